# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CalculateSurchargeRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.amount_of_money import AmountOfMoney
from opay.generated.schemas.card_source import CardSource
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CalculateSurchargeRequest(Model):
    """The ``CalculateSurchargeRequest`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "amount_of_money": "amountOfMoney",
        "card_source": "cardSource",
    }

    amount_of_money: AmountOfMoney | None = None
    card_source: CardSource | None = None
