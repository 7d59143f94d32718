# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``DetokenizedTokenResponse`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class DetokenizedTokenResponse(Model):
    """The ``DetokenizedTokenResponse`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "card_brand": "cardBrand",
        "card_expiry_date": "cardExpiryDate",
        "card_holder_name": "cardHolderName",
        "encrypted_card_number": "encryptedCardNumber",
        "payment_id": "paymentId",
        "scheme_reference_data": "schemeReferenceData",
        "token": "token",
    }

    card_brand: str | None = None
    card_expiry_date: str | None = attrs.field(
        default=None, repr=model_field_repr("cardExpiryDate")
    )
    card_holder_name: str | None = attrs.field(
        default=None, repr=model_field_repr("cardHolderName")
    )
    encrypted_card_number: str | None = attrs.field(
        default=None, repr=model_field_repr("encryptedCardNumber")
    )
    payment_id: str | None = None
    scheme_reference_data: str | None = None
    token: str | None = attrs.field(default=None, repr=model_field_repr("token"))
