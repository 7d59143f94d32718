# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CardToken`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class CardToken(Model):
    """The ``CardToken`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "cardholder_name": "cardholderName",
        "expiry_date": "expiryDate",
        "logo_url": "logoUrl",
        "masked_pan": "maskedPan",
        "payment_product_id": "paymentProductId",
        "product_name": "productName",
        "token": "token",
    }

    cardholder_name: str | None = attrs.field(default=None, repr=model_field_repr("cardholderName"))
    expiry_date: str | None = attrs.field(default=None, repr=model_field_repr("expiryDate"))
    logo_url: str | None = None
    masked_pan: str | None = None
    payment_product_id: int | None = None
    product_name: str | None = None
    token: str | None = attrs.field(default=None, repr=model_field_repr("token"))
