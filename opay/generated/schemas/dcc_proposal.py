# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``DccProposal`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.amount_of_money import AmountOfMoney
from opay.generated.schemas.rate_details import RateDetails
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class DccProposal(Model):
    """The ``DccProposal`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "base_amount": "baseAmount",
        "disclaimer_display": "disclaimerDisplay",
        "disclaimer_receipt": "disclaimerReceipt",
        "rate": "rate",
        "target_amount": "targetAmount",
    }

    base_amount: AmountOfMoney | None = None
    disclaimer_display: str | None = None
    disclaimer_receipt: str | None = None
    rate: RateDetails | None = None
    target_amount: AmountOfMoney | None = None
