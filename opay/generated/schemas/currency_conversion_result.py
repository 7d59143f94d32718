# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CurrencyConversionResult`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CurrencyConversionResult(Model):
    """The ``CurrencyConversionResult`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "result": "result",
        "result_reason": "resultReason",
    }

    result: str | None = None
    result_reason: str | None = None
