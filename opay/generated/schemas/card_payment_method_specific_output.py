# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The ``CardPaymentMethodSpecificOutput`` model (see :mod:`opay.models`)."""

from typing import ClassVar

import attrs

from opay.generated.schemas.acceptance import Acceptance
from opay.generated.schemas.acquirer_information import AcquirerInformation
from opay.generated.schemas.card_essentials import CardEssentials
from opay.generated.schemas.card_fraud_results import CardFraudResults
from opay.generated.schemas.click_to_pay import ClickToPay
from opay.generated.schemas.crm_token import CrmToken
from opay.generated.schemas.currency_conversion import CurrencyConversion
from opay.generated.schemas.external_token_linked import ExternalTokenLinked
from opay.generated.schemas.network_token_essentials import NetworkTokenEssentials
from opay.generated.schemas.payment_product3208_specific_output import (
    PaymentProduct3208SpecificOutput,
)
from opay.generated.schemas.payment_product3209_specific_output import (
    PaymentProduct3209SpecificOutput,
)
from opay.generated.schemas.reattempt_instructions import ReattemptInstructions
from opay.generated.schemas.three_d_secure_results import ThreeDSecureResults
from opay.model import Model
from opay.obfuscation import model_field_repr


@attrs.define(kw_only=True, slots=True)
class CardPaymentMethodSpecificOutput(Model):
    """The ``CardPaymentMethodSpecificOutput`` model of the Online Payments API."""

    _json_names: ClassVar[dict[str, str]] = {
        "acceptance": "acceptance",
        "acquirer_information": "acquirerInformation",
        "authenticated_amount": "authenticatedAmount",
        "authorisation_code": "authorisationCode",
        "card": "card",
        "click_to_pay": "clickToPay",
        "cobrand_selection_indicator": "cobrandSelectionIndicator",
        "crm_token": "crmToken",
        "currency_conversion": "currencyConversion",
        "external_token_linked": "externalTokenLinked",
        "fraud_results": "fraudResults",
        "initial_scheme_transaction_id": "initialSchemeTransactionId",
        "network_token_data": "networkTokenData",
        "payment_account_reference": "paymentAccountReference",
        "payment_option": "paymentOption",
        "payment_product3208_specific_output": "paymentProduct3208SpecificOutput",
        "payment_product3209_specific_output": "paymentProduct3209SpecificOutput",
        "payment_product_id": "paymentProductId",
        "reattempt_instructions": "reattemptInstructions",
        "scheme_reference_data": "schemeReferenceData",
        "scheme_transaction_id": "schemeTransactionId",
        "three_d_secure_results": "threeDSecureResults",
        "token": "token",
    }

    acceptance: Acceptance | None = None
    acquirer_information: AcquirerInformation | None = None
    authenticated_amount: int | None = None
    authorisation_code: str | None = None
    card: CardEssentials | None = None
    click_to_pay: ClickToPay | None = None
    cobrand_selection_indicator: str | None = None
    crm_token: CrmToken | None = attrs.field(default=None, repr=model_field_repr("crmToken"))
    currency_conversion: CurrencyConversion | None = None
    external_token_linked: ExternalTokenLinked | None = None
    fraud_results: CardFraudResults | None = None
    initial_scheme_transaction_id: str | None = None
    network_token_data: NetworkTokenEssentials | None = None
    payment_account_reference: str | None = None
    payment_option: str | None = None
    payment_product3208_specific_output: PaymentProduct3208SpecificOutput | None = None
    payment_product3209_specific_output: PaymentProduct3209SpecificOutput | None = None
    payment_product_id: int | None = None
    reattempt_instructions: ReattemptInstructions | None = None
    scheme_reference_data: str | None = None
    scheme_transaction_id: str | None = None
    three_d_secure_results: ThreeDSecureResults | None = None
    token: str | None = attrs.field(default=None, repr=model_field_repr("token"))
