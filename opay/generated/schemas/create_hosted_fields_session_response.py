# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CreateHostedFieldsSessionResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.card_token import CardToken
from opay.generated.schemas.session_data import SessionData
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class CreateHostedFieldsSessionResponse(Model):
    """The ``CreateHostedFieldsSessionResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "card_tokens": "cardTokens",
        "hosted_fields_session_id": "hostedFieldsSessionId",
        "invalid_tokens": "invalidTokens",
        "sdk_sri": "sdkSri",
        "sdk_url": "sdkUrl",
        "session_data": "sessionData",
    }

    card_tokens: list[CardToken] | None = attrs.field(
        default=None, repr=model_field_repr("cardTokens")
    )
    hosted_fields_session_id: str | None = None
    invalid_tokens: list[str] | None = attrs.field(
        default=None, repr=model_field_repr("invalidTokens")
    )
    sdk_sri: str | None = None
    sdk_url: str | None = None
    session_data: SessionData | None = None
