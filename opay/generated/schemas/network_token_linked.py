# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``NetworkTokenLinked`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class NetworkTokenLinked(Model):
    """The ``NetworkTokenLinked`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "expiry_date": "expiryDate",
        "masked_token": "maskedToken",
        "token_state": "tokenState",
    }

    expiry_date: str | None = attrs.field(default=None, repr=model_field_repr("expiryDate"))
    masked_token: str | None = None
    token_state: str | None = None
