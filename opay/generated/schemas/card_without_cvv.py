# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CardWithoutCvv`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class CardWithoutCvv(Model):
    """The ``CardWithoutCvv`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "card_number": "cardNumber",
        "cardholder_name": "cardholderName",
        "expiry_date": "expiryDate",
    }

    card_number: str | None = attrs.field(default=None, repr=model_field_repr("cardNumber"))
    cardholder_name: str | None = attrs.field(default=None, repr=model_field_repr("cardholderName"))
    expiry_date: str | None = attrs.field(default=None, repr=model_field_repr("expiryDate"))
