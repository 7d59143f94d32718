# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentStatusOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.api_error import APIError
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentStatusOutput(Model):
    """The ``PaymentStatusOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "errors": "errors",
        "is_authorized": "isAuthorized",
        "is_cancellable": "isCancellable",
        "is_refundable": "isRefundable",
        "status_category": "statusCategory",
        "status_code": "statusCode",
        "status_code_change_date_time": "statusCodeChangeDateTime",
    }

    errors: list[APIError] | None = None
    is_authorized: bool | None = None
    is_cancellable: bool | None = None
    is_refundable: bool | None = None
    status_category: str | None = None
    status_code: int | None = None
    status_code_change_date_time: str | None = None
