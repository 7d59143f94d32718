# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``GetHostedTokenizationResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.token_response import TokenResponse
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class GetHostedTokenizationResponse(Model):
    """The ``GetHostedTokenizationResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "token": "token",
        "token_status": "tokenStatus",
    }

    token: TokenResponse | None = attrs.field(default=None, repr=model_field_repr("token"))
    token_status: str | None = None
