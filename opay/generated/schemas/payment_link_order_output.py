# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentLinkOrderOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.amount_of_money import AmountOfMoney
from opay.generated.schemas.surcharge_for_payment_link import SurchargeForPaymentLink
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentLinkOrderOutput(Model):
    """The ``PaymentLinkOrderOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "amount": "amount",
        "merchant_reference": "merchantReference",
        "surcharge_specific_output": "surchargeSpecificOutput",
    }

    amount: AmountOfMoney | None = None
    merchant_reference: str | None = None
    surcharge_specific_output: SurchargeForPaymentLink | None = None
