# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``Transaction`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.amount_of_money import AmountOfMoney
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class Transaction(Model):
    """The ``Transaction`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "amount": "amount",
    }

    amount: AmountOfMoney | None = None
