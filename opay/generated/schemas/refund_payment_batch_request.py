# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RefundPaymentBatchRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.refund_request import RefundRequest
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RefundPaymentBatchRequest(Model):
    """The ``RefundPaymentBatchRequest`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "payment_id": "paymentId",
        "refund": "refund",
    }

    payment_id: str | None = None
    refund: RefundRequest | None = None
