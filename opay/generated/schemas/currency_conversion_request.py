# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CurrencyConversionRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.dcc_card_source import DccCardSource
from opay.generated.schemas.transaction import Transaction
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CurrencyConversionRequest(Model):
    """The ``CurrencyConversionRequest`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "card_source": "cardSource",
        "transaction": "transaction",
    }

    card_source: DccCardSource | None = None
    transaction: Transaction | None = None
