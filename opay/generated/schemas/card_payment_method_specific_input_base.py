# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CardPaymentMethodSpecificInputBase`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.auto_capture import AutoCapture
from opay.generated.schemas.card_recurrence_details import CardRecurrenceDetails
from opay.generated.schemas.currency_conversion_specific_input import (
    CurrencyConversionSpecificInput,
)
from opay.generated.schemas.market_place import MarketPlace
from opay.generated.schemas.multiple_payment_information import MultiplePaymentInformation
from opay.generated.schemas.payment_product130_specific_input import PaymentProduct130SpecificInput
from opay.generated.schemas.payment_product3012_specific_input import (
    PaymentProduct3012SpecificInput,
)
from opay.generated.schemas.payment_product3013_specific_input import (
    PaymentProduct3013SpecificInput,
)
from opay.generated.schemas.payment_product3208_specific_input import (
    PaymentProduct3208SpecificInput,
)
from opay.generated.schemas.payment_product3209_specific_input import (
    PaymentProduct3209SpecificInput,
)
from opay.generated.schemas.payment_product5100_specific_input import (
    PaymentProduct5100SpecificInput,
)
from opay.generated.schemas.sub_merchant import SubMerchant
from opay.generated.schemas.three_d_secure_base import ThreeDSecureBase
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class CardPaymentMethodSpecificInputBase(Model):
    """The ``CardPaymentMethodSpecificInputBase`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "allow_dynamic_linking": "allowDynamicLinking",
        "authorization_mode": "authorizationMode",
        "auto_capture": "autoCapture",
        "currency_conversion_specific_input": "currencyConversionSpecificInput",
        "initial_scheme_transaction_id": "initialSchemeTransactionId",
        "market_place": "marketPlace",
        "multiple_payment_information": "multiplePaymentInformation",
        "payment_product130_specific_input": "paymentProduct130SpecificInput",
        "payment_product3012_specific_input": "paymentProduct3012SpecificInput",
        "payment_product3013_specific_input": "paymentProduct3013SpecificInput",
        "payment_product3208_specific_input": "paymentProduct3208SpecificInput",
        "payment_product3209_specific_input": "paymentProduct3209SpecificInput",
        "payment_product5100_specific_input": "paymentProduct5100SpecificInput",
        "payment_product_id": "paymentProductId",
        "recurring": "recurring",
        "sub_merchant": "subMerchant",
        "three_d_secure": "threeDSecure",
        "token": "token",
        "tokenize": "tokenize",
        "transaction_channel": "transactionChannel",
        "unscheduled_card_on_file_requestor": "unscheduledCardOnFileRequestor",
        "unscheduled_card_on_file_sequence_indicator": "unscheduledCardOnFileSequenceIndicator",
    }

    allow_dynamic_linking: bool | None = None
    authorization_mode: str | None = None
    auto_capture: AutoCapture | None = None
    currency_conversion_specific_input: CurrencyConversionSpecificInput | None = None
    initial_scheme_transaction_id: str | None = None
    market_place: MarketPlace | None = None
    multiple_payment_information: MultiplePaymentInformation | None = None
    payment_product130_specific_input: PaymentProduct130SpecificInput | None = None
    payment_product3012_specific_input: PaymentProduct3012SpecificInput | None = None
    payment_product3013_specific_input: PaymentProduct3013SpecificInput | None = None
    payment_product3208_specific_input: PaymentProduct3208SpecificInput | None = None
    payment_product3209_specific_input: PaymentProduct3209SpecificInput | None = None
    payment_product5100_specific_input: PaymentProduct5100SpecificInput | None = None
    payment_product_id: int | None = None
    recurring: CardRecurrenceDetails | None = None
    sub_merchant: SubMerchant | None = None
    three_d_secure: ThreeDSecureBase | None = None
    token: str | None = attrs.field(default=None, repr=model_field_repr("token"))
    tokenize: bool | None = None
    transaction_channel: str | None = None
    unscheduled_card_on_file_requestor: str | None = None
    unscheduled_card_on_file_sequence_indicator: str | None = None
