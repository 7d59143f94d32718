# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``RateDetails`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class RateDetails(Model):
    """The ``RateDetails`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "exchange_rate": "exchangeRate",
        "inverted_exchange_rate": "invertedExchangeRate",
        "mark_up_rate": "markUpRate",
        "quotation_date_time": "quotationDateTime",
        "source": "source",
    }

    exchange_rate: float | None = None
    inverted_exchange_rate: float | None = None
    mark_up_rate: float | None = None
    quotation_date_time: str | None = None
    source: str | None = None
