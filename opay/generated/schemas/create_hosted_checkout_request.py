# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CreateHostedCheckoutRequest`` model (see :mod:`opay.models`)."""

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
from opay.generated.schemas.redirect_payment_method_specific_input import (
    RedirectPaymentMethodSpecificInput,
)
from opay.generated.schemas.sepa_direct_debit_payment_method_specific_input_base import (
    SepaDirectDebitPaymentMethodSpecificInputBase,
)
from opay.model import Model


@attrs.define(kw_only=True, slots=True)
class CreateHostedCheckoutRequest(Model):
    """The ``CreateHostedCheckoutRequest`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "card_payment_method_specific_input": "cardPaymentMethodSpecificInput",
        "feedbacks": "feedbacks",
        "fraud_fields": "fraudFields",
        "hosted_checkout_specific_input": "hostedCheckoutSpecificInput",
        "mobile_payment_method_specific_input": "mobilePaymentMethodSpecificInput",
        "order": "order",
        "redirect_payment_method_specific_input": "redirectPaymentMethodSpecificInput",
        "sepa_direct_debit_payment_method_specific_input": "sepaDirectDebitPaymentMethodSpecificInput",
    }

    card_payment_method_specific_input: CardPaymentMethodSpecificInputBase | None = None
    feedbacks: Feedbacks | None = None
    fraud_fields: FraudFields | None = None
    hosted_checkout_specific_input: HostedCheckoutSpecificInput | None = None
    mobile_payment_method_specific_input: MobilePaymentMethodHostedCheckoutSpecificInput | None = (
        None
    )
    order: Order | None = None
    redirect_payment_method_specific_input: RedirectPaymentMethodSpecificInput | None = None
    sepa_direct_debit_payment_method_specific_input: (
        SepaDirectDebitPaymentMethodSpecificInputBase | None
    ) = None
