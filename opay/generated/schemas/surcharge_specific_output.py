# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``SurchargeSpecificOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.amount_of_money import AmountOfMoney
from opay.generated.schemas.surcharge_rate import SurchargeRate
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class SurchargeSpecificOutput(Model):
    """The ``SurchargeSpecificOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "mode": "mode",
        "surcharge_amount": "surchargeAmount",
        "surcharge_rate": "surchargeRate",
    }

    mode: str | None = None
    surcharge_amount: AmountOfMoney | None = None
    surcharge_rate: SurchargeRate | None = None
