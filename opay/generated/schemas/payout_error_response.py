# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PayoutErrorResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.api_error import APIError
from opay.generated.schemas.payout_result import PayoutResult
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PayoutErrorResponse(Model):
    """The ``PayoutErrorResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "error_id": "errorId",
        "errors": "errors",
        "payout_result": "payoutResult",
    }

    error_id: str | None = None
    errors: list[APIError] | None = None
    payout_result: PayoutResult | None = None
