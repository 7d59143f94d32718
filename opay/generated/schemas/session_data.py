# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``SessionData`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class SessionData(Model):
    """The ``SessionData`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "hosted_fields_session_id": "hostedFieldsSessionId",
        "locale": "locale",
        "platform_url": "platformUrl",
        "session_token": "sessionToken",
        "tokens": "tokens",
    }

    hosted_fields_session_id: str | None = None
    locale: str | None = None
    platform_url: str | None = None
    session_token: str | None = attrs.field(default=None, repr=model_field_repr("sessionToken"))
    tokens: list[str] | None = attrs.field(default=None, repr=model_field_repr("tokens"))
