# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``PaymentProduct840SpecificOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.address import Address
from opay.generated.schemas.address_personal import AddressPersonal
from opay.generated.schemas.payment_product840_customer_account import (
    PaymentProduct840CustomerAccount,
)
from opay.generated.schemas.protection_eligibility import ProtectionEligibility
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class PaymentProduct840SpecificOutput(Model):
    """The ``PaymentProduct840SpecificOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "billing_address": "billingAddress",
        "billing_personal_address": "billingPersonalAddress",
        "customer_account": "customerAccount",
        "customer_address": "customerAddress",
        "pay_pal_transaction_id": "payPalTransactionId",
        "protection_eligibility": "protectionEligibility",
        "shipping_address": "shippingAddress",
    }

    billing_address: Address | None = None
    billing_personal_address: AddressPersonal | None = None
    customer_account: PaymentProduct840CustomerAccount | None = None
    customer_address: Address | None = None
    pay_pal_transaction_id: str | None = None
    protection_eligibility: ProtectionEligibility | None = None
    shipping_address: AddressPersonal | None = None
