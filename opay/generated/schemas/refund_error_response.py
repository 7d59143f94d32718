# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RefundErrorResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.api_error import APIError
from opay.generated.schemas.refund_response import RefundResponse
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RefundErrorResponse(Model):
    """The ``RefundErrorResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "error_id": "errorId",
        "errors": "errors",
        "refund_result": "refundResult",
    }

    error_id: str | None = None
    errors: list[APIError] | None = None
    refund_result: RefundResponse | None = None
