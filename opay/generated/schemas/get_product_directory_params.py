# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``GetProductDirectoryParams`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class GetProductDirectoryParams(Model):
    """Query parameters of ``get_product_directory``.

    Platform rules:
    - ``country_code``: matches ``^[A-Z]{2}$``.
    - ``currency_code``: matches ``^[A-Z]{3}$``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "country_code": "countryCode",
        "currency_code": "currencyCode",
    }

    country_code: str | None = None
    currency_code: str | None = None
