# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CreateHostedFieldsSessionResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.models.card_token import CardToken
from opay.models.session_data import SessionData


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

    card_tokens: list[CardToken] | None = None
    hosted_fields_session_id: str | None = None
    invalid_tokens: list[str] | None = None
    sdk_sri: str | None = None
    sdk_url: str | None = None
    session_data: SessionData | None = None
