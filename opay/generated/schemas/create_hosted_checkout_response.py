# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CreateHostedCheckoutResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class CreateHostedCheckoutResponse(Model):
    """The ``CreateHostedCheckoutResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "returnmac": "RETURNMAC",
        "hosted_checkout_id": "hostedCheckoutId",
        "invalid_tokens": "invalidTokens",
        "merchant_reference": "merchantReference",
        "partial_redirect_url": "partialRedirectUrl",
        "redirect_url": "redirectUrl",
    }

    returnmac: str | None = None
    hosted_checkout_id: str | None = None
    invalid_tokens: list[str] | None = attrs.field(
        default=None, repr=model_field_repr("invalidTokens")
    )
    merchant_reference: str | None = None
    partial_redirect_url: str | None = None
    redirect_url: str | None = None
