# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``DccCardSource`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.card_info import CardInfo
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class DccCardSource(Model):
    """The ``DccCardSource`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "card": "card",
        "encrypted_customer_input": "encryptedCustomerInput",
        "hosted_tokenization_id": "hostedTokenizationId",
        "token": "token",
    }

    card: CardInfo | None = None
    encrypted_customer_input: str | None = attrs.field(
        default=None, repr=model_field_repr("encryptedCustomerInput")
    )
    hosted_tokenization_id: str | None = None
    token: str | None = attrs.field(default=None, repr=model_field_repr("token"))
