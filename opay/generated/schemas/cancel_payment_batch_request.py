# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CancelPaymentBatchRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.cancel_payment_request import CancelPaymentRequest
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CancelPaymentBatchRequest(Model):
    """The ``CancelPaymentBatchRequest`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "cancel": "cancel",
        "payment_id": "paymentId",
    }

    cancel: CancelPaymentRequest | None = None
    payment_id: str | None = None
