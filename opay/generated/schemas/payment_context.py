# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentContext`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.amount_of_money import AmountOfMoney
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentContext(Model):
    """The ``PaymentContext`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "amount_of_money": "amountOfMoney",
        "country_code": "countryCode",
        "is_recurring": "isRecurring",
    }

    amount_of_money: AmountOfMoney | None = None
    country_code: str | None = None
    is_recurring: bool | None = None
