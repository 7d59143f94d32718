# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CreatePayoutRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.amount_of_money import AmountOfMoney
from opay.generated.schemas.card_payout_method_specific_input import CardPayoutMethodSpecificInput
from opay.generated.schemas.feedbacks import Feedbacks
from opay.generated.schemas.omnichannel_payout_specific_input import OmnichannelPayoutSpecificInput
from opay.generated.schemas.payment_references import PaymentReferences
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CreatePayoutRequest(Model):
    """The ``CreatePayoutRequest`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "amount_of_money": "amountOfMoney",
        "card_payout_method_specific_input": "cardPayoutMethodSpecificInput",
        "descriptor": "descriptor",
        "feedbacks": "feedbacks",
        "omnichannel_payout_specific_input": "omnichannelPayoutSpecificInput",
        "references": "references",
    }

    amount_of_money: AmountOfMoney | None = None
    card_payout_method_specific_input: CardPayoutMethodSpecificInput | None = None
    descriptor: str | None = None
    feedbacks: Feedbacks | None = None
    omnichannel_payout_specific_input: OmnichannelPayoutSpecificInput | None = None
    references: PaymentReferences | None = None
