# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``GiftCardPurchase`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.amount_of_money import AmountOfMoney
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class GiftCardPurchase(Model):
    """The ``GiftCardPurchase`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "amount_of_money": "amountOfMoney",
        "number_of_gift_cards": "numberOfGiftCards",
    }

    amount_of_money: AmountOfMoney | None = None
    number_of_gift_cards: int | None = None
