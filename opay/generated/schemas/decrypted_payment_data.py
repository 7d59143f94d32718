# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``DecryptedPaymentData`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class DecryptedPaymentData(Model):
    """The ``DecryptedPaymentData`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "cardholder_name": "cardholderName",
        "cryptogram": "cryptogram",
        "dpan": "dpan",
        "eci": "eci",
        "expiry_date": "expiryDate",
    }

    cardholder_name: str | None = attrs.field(default=None, repr=model_field_repr("cardholderName"))
    cryptogram: str | None = attrs.field(default=None, repr=model_field_repr("cryptogram"))
    dpan: str | None = attrs.field(default=None, repr=model_field_repr("dpan"))
    eci: int | None = None
    expiry_date: str | None = attrs.field(default=None, repr=model_field_repr("expiryDate"))
