# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CurrencyConversion`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.dcc_proposal import DccProposal
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CurrencyConversion(Model):
    """The ``CurrencyConversion`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "accepted_by_user": "acceptedByUser",
        "proposal": "proposal",
    }

    accepted_by_user: bool | None = None
    proposal: DccProposal | None = None
