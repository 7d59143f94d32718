# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``MarketPlace`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class MarketPlace(Model):
    """The ``MarketPlace`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "retailer_country": "retailerCountry",
        "retailer_name": "retailerName",
    }

    retailer_country: str | None = None
    retailer_name: str | None = None
