# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CurrencyConversionResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.currency_conversion_result import CurrencyConversionResult
from opay.generated.schemas.dcc_proposal import DccProposal
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CurrencyConversionResponse(Model):
    """The ``CurrencyConversionResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "dcc_session_id": "dccSessionId",
        "proposal": "proposal",
        "result": "result",
    }

    dcc_session_id: str | None = None
    proposal: DccProposal | None = None
    result: CurrencyConversionResult | None = None
