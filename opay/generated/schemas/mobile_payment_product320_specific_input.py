# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``MobilePaymentProduct320SpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.g_pay_three_d_secure import GPayThreeDSecure
from opay.generated.schemas.product320_recurring import Product320Recurring
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class MobilePaymentProduct320SpecificInput(Model):
    """The ``MobilePaymentProduct320SpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "is_recurring": "isRecurring",
        "recurring": "recurring",
        "three_d_secure": "threeDSecure",
        "tokenize": "tokenize",
    }

    is_recurring: bool | None = None
    recurring: Product320Recurring | None = None
    three_d_secure: GPayThreeDSecure | None = None
    tokenize: bool | None = None
