# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``HostedCheckoutSpecificInput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.card_payment_method_specific_input_for_hosted_checkout import (
    CardPaymentMethodSpecificInputForHostedCheckout,
)
from opay.generated.schemas.payment_product_filters_hosted_checkout import (
    PaymentProductFiltersHostedCheckout,
)
from opay.generated.schemas.split_payment_product_filters_hosted_checkout import (
    SplitPaymentProductFiltersHostedCheckout,
)
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class HostedCheckoutSpecificInput(Model):
    """The ``HostedCheckoutSpecificInput`` model of the Online Payments API.

    Platform rules:
    - ``allowed_number_of_payment_attempts``: at least 1; at most 10.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "allowed_number_of_payment_attempts": "allowedNumberOfPaymentAttempts",
        "auto_refund_split_payments": "autoRefundSplitPayments",
        "card_payment_method_specific_input": "cardPaymentMethodSpecificInput",
        "is_new_unscheduled_card_on_file_series": "isNewUnscheduledCardOnFileSeries",
        "is_recurring": "isRecurring",
        "locale": "locale",
        "payment_product_filters": "paymentProductFilters",
        "return_url": "returnUrl",
        "session_timeout": "sessionTimeout",
        "show_result_page": "showResultPage",
        "split_payment_product_filters": "splitPaymentProductFilters",
        "tokens": "tokens",
        "variant": "variant",
    }

    allowed_number_of_payment_attempts: int | None = None
    auto_refund_split_payments: bool | None = None
    card_payment_method_specific_input: CardPaymentMethodSpecificInputForHostedCheckout | None = (
        None
    )
    is_new_unscheduled_card_on_file_series: bool | None = None
    is_recurring: bool | None = None
    locale: str | None = None
    payment_product_filters: PaymentProductFiltersHostedCheckout | None = None
    return_url: str | None = None
    session_timeout: int | None = None
    show_result_page: bool | None = None
    split_payment_product_filters: SplitPaymentProductFiltersHostedCheckout | None = None
    tokens: str | None = attrs.field(default=None, repr=model_field_repr("tokens"))
    variant: str | None = None
