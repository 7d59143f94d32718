# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CreatePaymentRequest`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.card_payment_method_specific_input import CardPaymentMethodSpecificInput
from opay.generated.schemas.feedbacks import Feedbacks
from opay.generated.schemas.fraud_fields import FraudFields
from opay.generated.schemas.mobile_payment_method_specific_input import (
    MobilePaymentMethodSpecificInput,
)
from opay.generated.schemas.omnichannel_payment_specific_input import (
    OmnichannelPaymentSpecificInput,
)
from opay.generated.schemas.order import Order
from opay.generated.schemas.redirect_payment_method_specific_input import (
    RedirectPaymentMethodSpecificInput,
)
from opay.generated.schemas.sepa_direct_debit_payment_method_specific_input import (
    SepaDirectDebitPaymentMethodSpecificInput,
)
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class CreatePaymentRequest(Model):
    """The ``CreatePaymentRequest`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "card_payment_method_specific_input": "cardPaymentMethodSpecificInput",
        "encrypted_customer_input": "encryptedCustomerInput",
        "feedbacks": "feedbacks",
        "fraud_fields": "fraudFields",
        "hosted_fields_session_id": "hostedFieldsSessionId",
        "hosted_tokenization_id": "hostedTokenizationId",
        "mobile_payment_method_specific_input": "mobilePaymentMethodSpecificInput",
        "omnichannel_payment_specific_input": "omnichannelPaymentSpecificInput",
        "order": "order",
        "redirect_payment_method_specific_input": "redirectPaymentMethodSpecificInput",
        "sepa_direct_debit_payment_method_specific_input": "sepaDirectDebitPaymentMethodSpecificInput",
    }

    card_payment_method_specific_input: CardPaymentMethodSpecificInput | None = None
    encrypted_customer_input: str | None = attrs.field(
        default=None, repr=model_field_repr("encryptedCustomerInput")
    )
    feedbacks: Feedbacks | None = None
    fraud_fields: FraudFields | None = None
    hosted_fields_session_id: str | None = None
    hosted_tokenization_id: str | None = None
    mobile_payment_method_specific_input: MobilePaymentMethodSpecificInput | None = None
    omnichannel_payment_specific_input: OmnichannelPaymentSpecificInput | None = None
    order: Order | None = None
    redirect_payment_method_specific_input: RedirectPaymentMethodSpecificInput | None = None
    sepa_direct_debit_payment_method_specific_input: (
        SepaDirectDebitPaymentMethodSpecificInput | None
    ) = None
