# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``AmountOfMoney`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class AmountOfMoney(Model):
    """The ``AmountOfMoney`` model of the Online Payments API.

    Platform rules:
    - ``currency_code``: matches ``^[A-Z]{3}$``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "amount": "amount",
        "currency_code": "currencyCode",
    }

    amount: int | None = None
    currency_code: str | None = None
