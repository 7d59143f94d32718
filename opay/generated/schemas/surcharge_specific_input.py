# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``SurchargeSpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.amount_of_money import AmountOfMoney
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class SurchargeSpecificInput(Model):
    """The ``SurchargeSpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "mode": "mode",
        "surcharge_amount": "surchargeAmount",
    }

    mode: str | None = None
    surcharge_amount: AmountOfMoney | None = None
