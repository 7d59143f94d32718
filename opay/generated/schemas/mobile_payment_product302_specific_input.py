# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``MobilePaymentProduct302SpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.apple_pay_recurring_payment_request import (
    ApplePayRecurringPaymentRequest,
)
from opay.generated.schemas.product302_recurring import Product302Recurring
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class MobilePaymentProduct302SpecificInput(Model):
    """The ``MobilePaymentProduct302SpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "apple_pay_recurring_payment_request": "applePayRecurringPaymentRequest",
        "is_recurring": "isRecurring",
        "recurring": "recurring",
        "tokenize": "tokenize",
    }

    apple_pay_recurring_payment_request: ApplePayRecurringPaymentRequest | None = None
    is_recurring: bool | None = None
    recurring: Product302Recurring | None = None
    tokenize: bool | None = None
