# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``GetProductGroupParams`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class GetProductGroupParams(Model):
    """Query parameters of ``get_product_group``.

    Deprecated properties (kept for compatibility): ``locale``.

    Platform rules:
    - ``country_code``: matches ``^[A-Z]{2}$``.
    - ``currency_code``: matches ``^[A-Z]{3}$``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "country_code": "countryCode",
        "currency_code": "currencyCode",
        "locale": "locale",
        "amount": "amount",
        "is_recurring": "isRecurring",
        "hide": "hide",
    }

    country_code: str | None = None
    currency_code: str | None = None
    locale: str | None = None
    """Deprecated by the platform; kept for compatibility."""
    amount: int | None = None
    is_recurring: bool | None = None
    hide: list[str] | None = None
