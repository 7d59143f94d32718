# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``MobilePaymentMethodHostedCheckoutSpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.mobile_payment_product302_specific_input import (
    MobilePaymentProduct302SpecificInput,
)
from opay.generated.schemas.mobile_payment_product320_specific_input import (
    MobilePaymentProduct320SpecificInput,
)
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class MobilePaymentMethodHostedCheckoutSpecificInput(Model):
    """The ``MobilePaymentMethodHostedCheckoutSpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "authorization_mode": "authorizationMode",
        "payment_product302_specific_input": "paymentProduct302SpecificInput",
        "payment_product320_specific_input": "paymentProduct320SpecificInput",
        "payment_product_id": "paymentProductId",
    }

    authorization_mode: str | None = None
    payment_product302_specific_input: MobilePaymentProduct302SpecificInput | None = None
    payment_product320_specific_input: MobilePaymentProduct320SpecificInput | None = None
    payment_product_id: int | None = None
