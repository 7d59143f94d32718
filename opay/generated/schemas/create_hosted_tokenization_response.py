# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CreateHostedTokenizationResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class CreateHostedTokenizationResponse(Model):
    """The ``CreateHostedTokenizationResponse`` model of the Online Payments API.

    Deprecated properties (kept for compatibility): ``partial_redirect_url``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "expired_card_tokens": "expiredCardTokens",
        "hosted_tokenization_id": "hostedTokenizationId",
        "hosted_tokenization_url": "hostedTokenizationUrl",
        "invalid_tokens": "invalidTokens",
        "partial_redirect_url": "partialRedirectUrl",
        "sri": "sri",
    }

    expired_card_tokens: list[str] | None = attrs.field(
        default=None, repr=model_field_repr("expiredCardTokens")
    )
    hosted_tokenization_id: str | None = None
    hosted_tokenization_url: str | None = None
    invalid_tokens: list[str] | None = attrs.field(
        default=None, repr=model_field_repr("invalidTokens")
    )
    partial_redirect_url: str | None = None
    """Deprecated by the platform; kept for compatibility."""
    sri: str | None = None
