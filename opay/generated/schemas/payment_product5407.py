# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct5407`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class PaymentProduct5407(Model):
    """The ``PaymentProduct5407`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "pairing_token": "pairingToken",
        "qr_code": "qrCode",
    }

    pairing_token: str | None = attrs.field(default=None, repr=model_field_repr("pairingToken"))
    qr_code: str | None = None
