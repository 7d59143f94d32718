# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CurrencyConversionInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CurrencyConversionInput(Model):
    """The ``CurrencyConversionInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "accepted_by_user": "acceptedByUser",
        "dcc_session_id": "dccSessionId",
    }

    accepted_by_user: bool | None = None
    dcc_session_id: str | None = None
