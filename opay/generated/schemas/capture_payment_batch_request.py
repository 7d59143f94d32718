# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CapturePaymentBatchRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.capture_payment_request import CapturePaymentRequest
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CapturePaymentBatchRequest(Model):
    """The ``CapturePaymentBatchRequest`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "capture": "capture",
        "payment_id": "paymentId",
    }

    capture: CapturePaymentRequest | None = None
    payment_id: str | None = None
