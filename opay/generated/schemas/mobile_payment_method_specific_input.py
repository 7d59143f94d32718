# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``MobilePaymentMethodSpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.auto_capture import AutoCapture
from opay.generated.schemas.decrypted_payment_data import DecryptedPaymentData
from opay.generated.schemas.mobile_payment_product302_specific_input import (
    MobilePaymentProduct302SpecificInput,
)
from opay.generated.schemas.mobile_payment_product320_specific_input import (
    MobilePaymentProduct320SpecificInput,
)
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class MobilePaymentMethodSpecificInput(Model):
    """The ``MobilePaymentMethodSpecificInput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "authorization_mode": "authorizationMode",
        "auto_capture": "autoCapture",
        "decrypted_payment_data": "decryptedPaymentData",
        "encrypted_payment_data": "encryptedPaymentData",
        "ephemeral_key": "ephemeralKey",
        "payment_product302_specific_input": "paymentProduct302SpecificInput",
        "payment_product320_specific_input": "paymentProduct320SpecificInput",
        "payment_product_id": "paymentProductId",
        "public_key_hash": "publicKeyHash",
        "requires_approval": "requiresApproval",
    }

    authorization_mode: str | None = None
    auto_capture: AutoCapture | None = None
    decrypted_payment_data: DecryptedPaymentData | None = attrs.field(
        default=None, repr=model_field_repr("decryptedPaymentData")
    )
    encrypted_payment_data: str | None = attrs.field(
        default=None, repr=model_field_repr("encryptedPaymentData")
    )
    ephemeral_key: str | None = attrs.field(default=None, repr=model_field_repr("ephemeralKey"))
    payment_product302_specific_input: MobilePaymentProduct302SpecificInput | None = None
    payment_product320_specific_input: MobilePaymentProduct320SpecificInput | None = None
    payment_product_id: int | None = None
    public_key_hash: str | None = None
    requires_approval: bool | None = None
