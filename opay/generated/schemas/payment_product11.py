# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct11`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class PaymentProduct11(Model):
    """The ``PaymentProduct11`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "payment_bic": "paymentBIC",
        "payment_beneficiary": "paymentBeneficiary",
        "payment_iban": "paymentIBAN",
        "payment_reference": "paymentReference",
        "qr_code": "qrCode",
    }

    payment_bic: str | None = None
    payment_beneficiary: str | None = None
    payment_iban: str | None = attrs.field(default=None, repr=model_field_repr("paymentIBAN"))
    payment_reference: str | None = None
    qr_code: str | None = None
