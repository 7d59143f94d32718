# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``SessionResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class SessionResponse(Model):
    """The ``SessionResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "asset_url": "assetUrl",
        "client_api_url": "clientApiUrl",
        "client_session_id": "clientSessionId",
        "customer_id": "customerId",
        "invalid_tokens": "invalidTokens",
    }

    asset_url: str | None = None
    client_api_url: str | None = None
    client_session_id: str | None = None
    customer_id: str | None = None
    invalid_tokens: list[str] | None = attrs.field(
        default=None, repr=model_field_repr("invalidTokens")
    )
