# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CreateHostedTokenizationRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.credit_card_specific_input_hosted_tokenization import (
    CreditCardSpecificInputHostedTokenization,
)
from opay.generated.schemas.payment_product_filters_hosted_tokenization import (
    PaymentProductFiltersHostedTokenization,
)
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class CreateHostedTokenizationRequest(Model):
    """The ``CreateHostedTokenizationRequest`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "ask_consumer_consent": "askConsumerConsent",
        "credit_card_specific_input": "creditCardSpecificInput",
        "locale": "locale",
        "payment_product_filters": "paymentProductFilters",
        "tokens": "tokens",
        "variant": "variant",
    }

    ask_consumer_consent: bool | None = None
    credit_card_specific_input: CreditCardSpecificInputHostedTokenization | None = None
    locale: str | None = None
    payment_product_filters: PaymentProductFiltersHostedTokenization | None = None
    tokens: str | None = attrs.field(default=None, repr=model_field_repr("tokens"))
    variant: str | None = None
