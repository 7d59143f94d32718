# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``SubsequentPaymentBatchRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.subsequent_payment_request import SubsequentPaymentRequest
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class SubsequentPaymentBatchRequest(Model):
    """The ``SubsequentPaymentBatchRequest`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "payment_id": "paymentId",
        "subsequent": "subsequent",
    }

    payment_id: str | None = None
    subsequent: SubsequentPaymentRequest | None = None
