# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``DetokenizationResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.detokenized_token_response import DetokenizedTokenResponse
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class DetokenizationResponse(Model):
    """The ``DetokenizationResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "tokens": "tokens",
    }

    tokens: list[DetokenizedTokenResponse] | None = attrs.field(
        default=None, repr=model_field_repr("tokens")
    )
