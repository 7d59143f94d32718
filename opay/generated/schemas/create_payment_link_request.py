# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CreatePaymentLinkRequest`` model (see :mod:`opay.models`)."""

import datetime
from typing import ClassVar

import attrs

from opay.generated.schemas.card_payment_method_specific_input_base import (
    CardPaymentMethodSpecificInputBase,
)
from opay.generated.schemas.feedbacks import Feedbacks
from opay.generated.schemas.fraud_fields import FraudFields
from opay.generated.schemas.hosted_checkout_specific_input import HostedCheckoutSpecificInput
from opay.generated.schemas.mobile_payment_method_hosted_checkout_specific_input import (
    MobilePaymentMethodHostedCheckoutSpecificInput,
)
from opay.generated.schemas.order import Order
from opay.generated.schemas.payment_link_order_input import PaymentLinkOrderInput
from opay.generated.schemas.payment_link_specific_input import PaymentLinkSpecificInput
from opay.generated.schemas.redirect_payment_method_specific_input import (
    RedirectPaymentMethodSpecificInput,
)
from opay.generated.schemas.sepa_direct_debit_payment_method_specific_input_base import (
    SepaDirectDebitPaymentMethodSpecificInputBase,
)
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class CreatePaymentLinkRequest(Model):
    """The ``CreatePaymentLinkRequest`` model of the Online Payments API.

    Deprecated properties (kept for compatibility): ``description``, ``expiration_date``,
    ``recipient_name``.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "card_payment_method_specific_input": "cardPaymentMethodSpecificInput",
        "description": "description",
        "display_qr_code": "displayQRCode",
        "expiration_date": "expirationDate",
        "feedbacks": "feedbacks",
        "fraud_fields": "fraudFields",
        "hosted_checkout_specific_input": "hostedCheckoutSpecificInput",
        "is_reusable_link": "isReusableLink",
        "mobile_payment_method_specific_input": "mobilePaymentMethodSpecificInput",
        "order": "order",
        "payment_link_order": "paymentLinkOrder",
        "payment_link_specific_input": "paymentLinkSpecificInput",
        "recipient_name": "recipientName",
        "redirect_payment_method_specific_input": "redirectPaymentMethodSpecificInput",
        "sepa_direct_debit_payment_method_specific_input": "sepaDirectDebitPaymentMethodSpecificInput",
    }

    card_payment_method_specific_input: CardPaymentMethodSpecificInputBase | None = None
    description: str | None = None
    """Deprecated by the platform; kept for compatibility."""
    display_qr_code: bool | None = None
    expiration_date: datetime.datetime | None = None
    """Deprecated by the platform; kept for compatibility."""
    feedbacks: Feedbacks | None = None
    fraud_fields: FraudFields | None = None
    hosted_checkout_specific_input: HostedCheckoutSpecificInput | None = None
    is_reusable_link: bool | None = None
    mobile_payment_method_specific_input: MobilePaymentMethodHostedCheckoutSpecificInput | None = (
        None
    )
    order: Order | None = None
    payment_link_order: PaymentLinkOrderInput | None = None
    payment_link_specific_input: PaymentLinkSpecificInput | None = None
    recipient_name: str | None = attrs.field(default=None, repr=model_field_repr("recipientName"))
    """Deprecated by the platform; kept for compatibility."""
    redirect_payment_method_specific_input: RedirectPaymentMethodSpecificInput | None = None
    sepa_direct_debit_payment_method_specific_input: (
        SepaDirectDebitPaymentMethodSpecificInputBase | None
    ) = None
