# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``NetworkTokenEssentials`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class NetworkTokenEssentials(Model):
    """The ``NetworkTokenEssentials`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "bin": "bin",
        "country_code": "countryCode",
        "network_token": "networkToken",
        "network_token_state": "networkTokenState",
        "network_token_used": "networkTokenUsed",
        "token_expiry_date": "tokenExpiryDate",
    }

    bin: str | None = attrs.field(default=None, repr=model_field_repr("bin"))
    country_code: str | None = None
    network_token: str | None = attrs.field(default=None, repr=model_field_repr("networkToken"))
    network_token_state: str | None = None
    network_token_used: bool | None = None
    token_expiry_date: str | None = None
