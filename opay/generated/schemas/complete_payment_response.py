# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CompletePaymentResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.merchant_action import MerchantAction
from opay.generated.schemas.payment_creation_output import PaymentCreationOutput
from opay.generated.schemas.payment_response import PaymentResponse
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CompletePaymentResponse(Model):
    """The ``CompletePaymentResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "creation_output": "creationOutput",
        "merchant_action": "merchantAction",
        "payment": "payment",
    }

    creation_output: PaymentCreationOutput | None = None
    merchant_action: MerchantAction | None = None
    payment: PaymentResponse | None = None
