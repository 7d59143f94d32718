# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CreateTokenRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.token_card_specific_input import TokenCardSpecificInput
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class CreateTokenRequest(Model):
    """The ``CreateTokenRequest`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "card": "card",
        "encrypted_customer_input": "encryptedCustomerInput",
        "payment_product_id": "paymentProductId",
    }

    card: TokenCardSpecificInput | None = None
    encrypted_customer_input: str | None = attrs.field(
        default=None, repr=model_field_repr("encryptedCustomerInput")
    )
    payment_product_id: int | None = None
