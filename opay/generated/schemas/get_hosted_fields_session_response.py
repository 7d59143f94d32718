# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``GetHostedFieldsSessionResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.token_info import TokenInfo
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class GetHostedFieldsSessionResponse(Model):
    """The ``GetHostedFieldsSessionResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "session_id": "sessionId",
        "token": "token",
    }

    session_id: str | None = None
    token: TokenInfo | None = attrs.field(default=None, repr=model_field_repr("token"))
