# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentLinkOrderInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.amount_of_money import AmountOfMoney
from opay.generated.schemas.surcharge_for_payment_link import SurchargeForPaymentLink
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentLinkOrderInput(Model):
    """The ``PaymentLinkOrderInput`` model of the Online Payments API.

    Deprecated by the platform; kept for compatibility.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "amount": "amount",
        "merchant_reference": "merchantReference",
        "surcharge_specific_input": "surchargeSpecificInput",
    }

    amount: AmountOfMoney | None = None
    merchant_reference: str | None = None
    surcharge_specific_input: SurchargeForPaymentLink | None = None
