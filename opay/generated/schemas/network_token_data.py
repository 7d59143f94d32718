# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``NetworkTokenData`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class NetworkTokenData(Model):
    """The ``NetworkTokenData`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "cardholder_name": "cardholderName",
        "cryptogram": "cryptogram",
        "eci": "eci",
        "network_token": "networkToken",
        "scheme_token_requestor_id": "schemeTokenRequestorId",
        "token_expiry_date": "tokenExpiryDate",
    }

    cardholder_name: str | None = attrs.field(default=None, repr=model_field_repr("cardholderName"))
    cryptogram: str | None = attrs.field(default=None, repr=model_field_repr("cryptogram"))
    eci: int | None = None
    network_token: str | None = attrs.field(default=None, repr=model_field_repr("networkToken"))
    scheme_token_requestor_id: str | None = None
    token_expiry_date: str | None = None
