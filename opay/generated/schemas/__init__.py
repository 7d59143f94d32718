# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""Every model of the Online Payments API and every query-parameter class.

``from opay.models import CreatePaymentRequest`` works for each of them; a class is
imported on first access, so importing this package costs next to nothing.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from opay.generated.schemas.acceptance import Acceptance
    from opay.generated.schemas.account_on_file import AccountOnFile
    from opay.generated.schemas.account_on_file_attribute import AccountOnFileAttribute
    from opay.generated.schemas.account_on_file_display_hints import AccountOnFileDisplayHints
    from opay.generated.schemas.acquirer_information import AcquirerInformation
    from opay.generated.schemas.acquirer_selection_information import AcquirerSelectionInformation
    from opay.generated.schemas.add_authorization_details_response import (
        AddAuthorizationDetailsResponse,
    )
    from opay.generated.schemas.additional_order_input import AdditionalOrderInput
    from opay.generated.schemas.address import Address
    from opay.generated.schemas.address_personal import AddressPersonal
    from opay.generated.schemas.airline_data import AirlineData
    from opay.generated.schemas.airline_flight_leg import AirlineFlightLeg
    from opay.generated.schemas.airline_passenger import AirlinePassenger
    from opay.generated.schemas.amex import Amex
    from opay.generated.schemas.amount_breakdown import AmountBreakdown
    from opay.generated.schemas.amount_of_money import AmountOfMoney
    from opay.generated.schemas.api_error import APIError
    from opay.generated.schemas.api_parameters import ApiParameters
    from opay.generated.schemas.apple_pay_line_item import ApplePayLineItem
    from opay.generated.schemas.apple_pay_recurring_payment_request import (
        ApplePayRecurringPaymentRequest,
    )
    from opay.generated.schemas.authentication_options import AuthenticationOptions
    from opay.generated.schemas.auto_capture import AutoCapture
    from opay.generated.schemas.bank_account_iban import BankAccountIban
    from opay.generated.schemas.batch_metadata import BatchMetadata
    from opay.generated.schemas.browser_data import BrowserData
    from opay.generated.schemas.calculate_surcharge_request import CalculateSurchargeRequest
    from opay.generated.schemas.calculate_surcharge_response import CalculateSurchargeResponse
    from opay.generated.schemas.cancel_payment_batch_request import CancelPaymentBatchRequest
    from opay.generated.schemas.cancel_payment_request import CancelPaymentRequest
    from opay.generated.schemas.cancel_payment_response import CancelPaymentResponse
    from opay.generated.schemas.capture import Capture
    from opay.generated.schemas.capture_output import CaptureOutput
    from opay.generated.schemas.capture_payment_batch_request import CapturePaymentBatchRequest
    from opay.generated.schemas.capture_payment_request import CapturePaymentRequest
    from opay.generated.schemas.capture_response import CaptureResponse
    from opay.generated.schemas.capture_status_output import CaptureStatusOutput
    from opay.generated.schemas.captures_response import CapturesResponse
    from opay.generated.schemas.car_rental_data import CarRentalData
    from opay.generated.schemas.car_rental_pickup_return_data import CarRentalPickupReturnData
    from opay.generated.schemas.car_rental_vehicle_data import CarRentalVehicleData
    from opay.generated.schemas.card import Card
    from opay.generated.schemas.card_bin_details import CardBinDetails
    from opay.generated.schemas.card_data_without_cvv import CardDataWithoutCvv
    from opay.generated.schemas.card_essentials import CardEssentials
    from opay.generated.schemas.card_fraud_results import CardFraudResults
    from opay.generated.schemas.card_info import CardInfo
    from opay.generated.schemas.card_payment_method_specific_input import (
        CardPaymentMethodSpecificInput,
    )
    from opay.generated.schemas.card_payment_method_specific_input_base import (
        CardPaymentMethodSpecificInputBase,
    )
    from opay.generated.schemas.card_payment_method_specific_input_for_hosted_checkout import (
        CardPaymentMethodSpecificInputForHostedCheckout,
    )
    from opay.generated.schemas.card_payment_method_specific_output import (
        CardPaymentMethodSpecificOutput,
    )
    from opay.generated.schemas.card_payment_method_specific_output_summary import (
        CardPaymentMethodSpecificOutputSummary,
    )
    from opay.generated.schemas.card_payment_method_specific_output_summary_card import (
        CardPaymentMethodSpecificOutputSummaryCard,
    )
    from opay.generated.schemas.card_payout_method_specific_input import (
        CardPayoutMethodSpecificInput,
    )
    from opay.generated.schemas.card_recurrence_details import CardRecurrenceDetails
    from opay.generated.schemas.card_source import CardSource
    from opay.generated.schemas.card_token import CardToken
    from opay.generated.schemas.card_without_cvv import CardWithoutCvv
    from opay.generated.schemas.click_to_pay import ClickToPay
    from opay.generated.schemas.company_information import CompanyInformation
    from opay.generated.schemas.complete_payment_card_payment_method_specific_input import (
        CompletePaymentCardPaymentMethodSpecificInput,
    )
    from opay.generated.schemas.complete_payment_request import CompletePaymentRequest
    from opay.generated.schemas.complete_payment_response import CompletePaymentResponse
    from opay.generated.schemas.contact_details import ContactDetails
    from opay.generated.schemas.create_certificate_response import CreateCertificateResponse
    from opay.generated.schemas.create_hosted_checkout_request import CreateHostedCheckoutRequest
    from opay.generated.schemas.create_hosted_checkout_response import CreateHostedCheckoutResponse
    from opay.generated.schemas.create_hosted_fields_session_request import (
        CreateHostedFieldsSessionRequest,
    )
    from opay.generated.schemas.create_hosted_fields_session_response import (
        CreateHostedFieldsSessionResponse,
    )
    from opay.generated.schemas.create_hosted_tokenization_request import (
        CreateHostedTokenizationRequest,
    )
    from opay.generated.schemas.create_hosted_tokenization_response import (
        CreateHostedTokenizationResponse,
    )
    from opay.generated.schemas.create_mandate_request import CreateMandateRequest
    from opay.generated.schemas.create_mandate_response import CreateMandateResponse
    from opay.generated.schemas.create_mandate_with_return_url import CreateMandateWithReturnUrl
    from opay.generated.schemas.create_payment_link_request import CreatePaymentLinkRequest
    from opay.generated.schemas.create_payment_request import CreatePaymentRequest
    from opay.generated.schemas.create_payment_response import CreatePaymentResponse
    from opay.generated.schemas.create_payout_request import CreatePayoutRequest
    from opay.generated.schemas.create_token_request import CreateTokenRequest
    from opay.generated.schemas.created_payment_output import CreatedPaymentOutput
    from opay.generated.schemas.created_token_response import CreatedTokenResponse
    from opay.generated.schemas.credit_card_specific_input_hosted_tokenization import (
        CreditCardSpecificInputHostedTokenization,
    )
    from opay.generated.schemas.credit_card_validation_rules import CreditCardValidationRules
    from opay.generated.schemas.credit_card_validation_rules_hosted_tokenization import (
        CreditCardValidationRulesHostedTokenization,
    )
    from opay.generated.schemas.crm_token import CrmToken
    from opay.generated.schemas.csr_request import CsrRequest
    from opay.generated.schemas.currency_conversion import CurrencyConversion
    from opay.generated.schemas.currency_conversion_input import CurrencyConversionInput
    from opay.generated.schemas.currency_conversion_request import CurrencyConversionRequest
    from opay.generated.schemas.currency_conversion_response import CurrencyConversionResponse
    from opay.generated.schemas.currency_conversion_result import CurrencyConversionResult
    from opay.generated.schemas.currency_conversion_specific_input import (
        CurrencyConversionSpecificInput,
    )
    from opay.generated.schemas.cursor_pagination_info import CursorPaginationInfo
    from opay.generated.schemas.customer import Customer
    from opay.generated.schemas.customer_account import CustomerAccount
    from opay.generated.schemas.customer_account_authentication import CustomerAccountAuthentication
    from opay.generated.schemas.customer_bank_account import CustomerBankAccount
    from opay.generated.schemas.customer_device import CustomerDevice
    from opay.generated.schemas.customer_device_output import CustomerDeviceOutput
    from opay.generated.schemas.customer_output import CustomerOutput
    from opay.generated.schemas.customer_payment_activity import CustomerPaymentActivity
    from opay.generated.schemas.customer_token import CustomerToken
    from opay.generated.schemas.dcc_card_source import DccCardSource
    from opay.generated.schemas.dcc_proposal import DccProposal
    from opay.generated.schemas.decrypted_payment_data import DecryptedPaymentData
    from opay.generated.schemas.detokenization_response import DetokenizationResponse
    from opay.generated.schemas.detokenized_token_response import DetokenizedTokenResponse
    from opay.generated.schemas.directory_entry import DirectoryEntry
    from opay.generated.schemas.discount import Discount
    from opay.generated.schemas.dpa_data import DpaData
    from opay.generated.schemas.dpa_transaction_options import DpaTransactionOptions
    from opay.generated.schemas.empty_validator import EmptyValidator
    from opay.generated.schemas.error_response import ErrorResponse
    from opay.generated.schemas.external_cardholder_authentication_data import (
        ExternalCardholderAuthenticationData,
    )
    from opay.generated.schemas.external_token_linked import ExternalTokenLinked
    from opay.generated.schemas.feedbacks import Feedbacks
    from opay.generated.schemas.fixed_list_validator import FixedListValidator
    from opay.generated.schemas.fraud_fields import FraudFields
    from opay.generated.schemas.fraud_results import FraudResults
    from opay.generated.schemas.g_pay_three_d_secure import GPayThreeDSecure
    from opay.generated.schemas.get_batch_status_response import GetBatchStatusResponse
    from opay.generated.schemas.get_card_data_by_payments_params import GetCardDataByPaymentsParams
    from opay.generated.schemas.get_card_data_by_tokens_params import GetCardDataByTokensParams
    from opay.generated.schemas.get_hosted_checkout_response import GetHostedCheckoutResponse
    from opay.generated.schemas.get_hosted_fields_session_response import (
        GetHostedFieldsSessionResponse,
    )
    from opay.generated.schemas.get_hosted_tokenization_response import (
        GetHostedTokenizationResponse,
    )
    from opay.generated.schemas.get_iin_details_request import GetIINDetailsRequest
    from opay.generated.schemas.get_iin_details_response import GetIINDetailsResponse
    from opay.generated.schemas.get_mandate_response import GetMandateResponse
    from opay.generated.schemas.get_payment_links_by_merchant_group_request import (
        GetPaymentLinksByMerchantGroupRequest,
    )
    from opay.generated.schemas.get_payment_product_groups_response import (
        GetPaymentProductGroupsResponse,
    )
    from opay.generated.schemas.get_payment_product_networks_params import (
        GetPaymentProductNetworksParams,
    )
    from opay.generated.schemas.get_payment_product_params import GetPaymentProductParams
    from opay.generated.schemas.get_payment_products_params import GetPaymentProductsParams
    from opay.generated.schemas.get_payment_products_response import GetPaymentProductsResponse
    from opay.generated.schemas.get_payments_report_params import GetPaymentsReportParams
    from opay.generated.schemas.get_privacy_policy_params import GetPrivacyPolicyParams
    from opay.generated.schemas.get_privacy_policy_response import GetPrivacyPolicyResponse
    from opay.generated.schemas.get_product_directory_params import GetProductDirectoryParams
    from opay.generated.schemas.get_product_group_params import GetProductGroupParams
    from opay.generated.schemas.get_product_groups_params import GetProductGroupsParams
    from opay.generated.schemas.gift_card_purchase import GiftCardPurchase
    from opay.generated.schemas.hosted_checkout_specific_input import HostedCheckoutSpecificInput
    from opay.generated.schemas.hosted_checkout_specific_output import HostedCheckoutSpecificOutput
    from opay.generated.schemas.iin_detail import IINDetail
    from opay.generated.schemas.import_cof_series_request import ImportCofSeriesRequest
    from opay.generated.schemas.import_cof_series_response import ImportCofSeriesResponse
    from opay.generated.schemas.increment_authorization_request import IncrementAuthorizationRequest
    from opay.generated.schemas.increment_authorization_response import (
        IncrementAuthorizationResponse,
    )
    from opay.generated.schemas.label_template_element import LabelTemplateElement
    from opay.generated.schemas.length_validator import LengthValidator
    from opay.generated.schemas.line_item import LineItem
    from opay.generated.schemas.line_item_detail import LineItemDetail
    from opay.generated.schemas.line_item_invoice_data import LineItemInvoiceData
    from opay.generated.schemas.loan_recipient import LoanRecipient
    from opay.generated.schemas.lodging_data import LodgingData
    from opay.generated.schemas.mandate_address import MandateAddress
    from opay.generated.schemas.mandate_address_response import MandateAddressResponse
    from opay.generated.schemas.mandate_contact_details import MandateContactDetails
    from opay.generated.schemas.mandate_customer import MandateCustomer
    from opay.generated.schemas.mandate_customer_response import MandateCustomerResponse
    from opay.generated.schemas.mandate_merchant_action import MandateMerchantAction
    from opay.generated.schemas.mandate_personal_information import MandatePersonalInformation
    from opay.generated.schemas.mandate_personal_information_response import (
        MandatePersonalInformationResponse,
    )
    from opay.generated.schemas.mandate_personal_name import MandatePersonalName
    from opay.generated.schemas.mandate_personal_name_response import MandatePersonalNameResponse
    from opay.generated.schemas.mandate_redirect_data import MandateRedirectData
    from opay.generated.schemas.mandate_response import MandateResponse
    from opay.generated.schemas.market_place import MarketPlace
    from opay.generated.schemas.mastercard import Mastercard
    from opay.generated.schemas.merchant_action import MerchantAction
    from opay.generated.schemas.mobile_payment_data import MobilePaymentData
    from opay.generated.schemas.mobile_payment_method_hosted_checkout_specific_input import (
        MobilePaymentMethodHostedCheckoutSpecificInput,
    )
    from opay.generated.schemas.mobile_payment_method_specific_input import (
        MobilePaymentMethodSpecificInput,
    )
    from opay.generated.schemas.mobile_payment_method_specific_output import (
        MobilePaymentMethodSpecificOutput,
    )
    from opay.generated.schemas.mobile_payment_product302_specific_input import (
        MobilePaymentProduct302SpecificInput,
    )
    from opay.generated.schemas.mobile_payment_product320_specific_input import (
        MobilePaymentProduct320SpecificInput,
    )
    from opay.generated.schemas.mobile_three_d_secure_challenge_parameters import (
        MobileThreeDSecureChallengeParameters,
    )
    from opay.generated.schemas.multiple_payment_information import MultiplePaymentInformation
    from opay.generated.schemas.network_token_data import NetworkTokenData
    from opay.generated.schemas.network_token_essentials import NetworkTokenEssentials
    from opay.generated.schemas.network_token_linked import NetworkTokenLinked
    from opay.generated.schemas.omnichannel_payment_specific_input import (
        OmnichannelPaymentSpecificInput,
    )
    from opay.generated.schemas.omnichannel_payout_specific_input import (
        OmnichannelPayoutSpecificInput,
    )
    from opay.generated.schemas.omnichannel_refund_specific_input import (
        OmnichannelRefundSpecificInput,
    )
    from opay.generated.schemas.omnichannel_subsequent_specific_input import (
        OmnichannelSubsequentSpecificInput,
    )
    from opay.generated.schemas.operation_output import OperationOutput
    from opay.generated.schemas.operation_payment_references import OperationPaymentReferences
    from opay.generated.schemas.order import Order
    from opay.generated.schemas.order_line_details import OrderLineDetails
    from opay.generated.schemas.order_references import OrderReferences
    from opay.generated.schemas.order_status_output import OrderStatusOutput
    from opay.generated.schemas.order_type_information import OrderTypeInformation
    from opay.generated.schemas.other_details import OtherDetails
    from opay.generated.schemas.pagination import Pagination
    from opay.generated.schemas.payment_account_on_file import PaymentAccountOnFile
    from opay.generated.schemas.payment_context import PaymentContext
    from opay.generated.schemas.payment_creation_output import PaymentCreationOutput
    from opay.generated.schemas.payment_details_response import PaymentDetailsResponse
    from opay.generated.schemas.payment_error_response import PaymentErrorResponse
    from opay.generated.schemas.payment_link_event import PaymentLinkEvent
    from opay.generated.schemas.payment_link_order_input import PaymentLinkOrderInput
    from opay.generated.schemas.payment_link_order_output import PaymentLinkOrderOutput
    from opay.generated.schemas.payment_link_overview_entry import PaymentLinkOverviewEntry
    from opay.generated.schemas.payment_link_overview_filtering import PaymentLinkOverviewFiltering
    from opay.generated.schemas.payment_link_overview_response import PaymentLinkOverviewResponse
    from opay.generated.schemas.payment_link_overview_sorting import PaymentLinkOverviewSorting
    from opay.generated.schemas.payment_link_response import PaymentLinkResponse
    from opay.generated.schemas.payment_link_specific_input import PaymentLinkSpecificInput
    from opay.generated.schemas.payment_links_response import PaymentLinksResponse
    from opay.generated.schemas.payment_output import PaymentOutput
    from opay.generated.schemas.payment_output_summary import PaymentOutputSummary
    from opay.generated.schemas.payment_product import PaymentProduct
    from opay.generated.schemas.payment_product11 import PaymentProduct11
    from opay.generated.schemas.payment_product130_specific_input import (
        PaymentProduct130SpecificInput,
    )
    from opay.generated.schemas.payment_product130_specific_three_d_secure import (
        PaymentProduct130SpecificThreeDSecure,
    )
    from opay.generated.schemas.payment_product302_specific_data import (
        PaymentProduct302SpecificData,
    )
    from opay.generated.schemas.payment_product320_specific_data import (
        PaymentProduct320SpecificData,
    )
    from opay.generated.schemas.payment_product350 import PaymentProduct350
    from opay.generated.schemas.payment_product771_specific_output import (
        PaymentProduct771SpecificOutput,
    )
    from opay.generated.schemas.payment_product840 import PaymentProduct840
    from opay.generated.schemas.payment_product840_customer_account import (
        PaymentProduct840CustomerAccount,
    )
    from opay.generated.schemas.payment_product840_specific_output import (
        PaymentProduct840SpecificOutput,
    )
    from opay.generated.schemas.payment_product3012 import PaymentProduct3012
    from opay.generated.schemas.payment_product3012_specific_input import (
        PaymentProduct3012SpecificInput,
    )
    from opay.generated.schemas.payment_product3013_specific_input import (
        PaymentProduct3013SpecificInput,
    )
    from opay.generated.schemas.payment_product3203_specific_output import (
        PaymentProduct3203SpecificOutput,
    )
    from opay.generated.schemas.payment_product3204_specific_output import (
        PaymentProduct3204SpecificOutput,
    )
    from opay.generated.schemas.payment_product3208_specific_input import (
        PaymentProduct3208SpecificInput,
    )
    from opay.generated.schemas.payment_product3208_specific_output import (
        PaymentProduct3208SpecificOutput,
    )
    from opay.generated.schemas.payment_product3209_specific_input import (
        PaymentProduct3209SpecificInput,
    )
    from opay.generated.schemas.payment_product3209_specific_output import (
        PaymentProduct3209SpecificOutput,
    )
    from opay.generated.schemas.payment_product5001 import PaymentProduct5001
    from opay.generated.schemas.payment_product5001_specific_output import (
        PaymentProduct5001SpecificOutput,
    )
    from opay.generated.schemas.payment_product5002_specific_data import (
        PaymentProduct5002SpecificData,
    )
    from opay.generated.schemas.payment_product5002_specific_input import (
        PaymentProduct5002SpecificInput,
    )
    from opay.generated.schemas.payment_product5002default_brand_parameters import (
        PaymentProduct5002defaultBrandParameters,
    )
    from opay.generated.schemas.payment_product5100_specific_input import (
        PaymentProduct5100SpecificInput,
    )
    from opay.generated.schemas.payment_product5402_specific_output import (
        PaymentProduct5402SpecificOutput,
    )
    from opay.generated.schemas.payment_product5404 import PaymentProduct5404
    from opay.generated.schemas.payment_product5407 import PaymentProduct5407
    from opay.generated.schemas.payment_product5412 import PaymentProduct5412
    from opay.generated.schemas.payment_product5500_specific_output import (
        PaymentProduct5500SpecificOutput,
    )
    from opay.generated.schemas.payment_product5704_auto_capture import (
        PaymentProduct5704AutoCapture,
    )
    from opay.generated.schemas.payment_product_display_hints import PaymentProductDisplayHints
    from opay.generated.schemas.payment_product_field import PaymentProductField
    from opay.generated.schemas.payment_product_field_data_restrictions import (
        PaymentProductFieldDataRestrictions,
    )
    from opay.generated.schemas.payment_product_field_display_element import (
        PaymentProductFieldDisplayElement,
    )
    from opay.generated.schemas.payment_product_field_display_hints import (
        PaymentProductFieldDisplayHints,
    )
    from opay.generated.schemas.payment_product_field_form_element import (
        PaymentProductFieldFormElement,
    )
    from opay.generated.schemas.payment_product_field_tooltip import PaymentProductFieldTooltip
    from opay.generated.schemas.payment_product_field_validators import (
        PaymentProductFieldValidators,
    )
    from opay.generated.schemas.payment_product_filter import PaymentProductFilter
    from opay.generated.schemas.payment_product_filter_hosted_tokenization import (
        PaymentProductFilterHostedTokenization,
    )
    from opay.generated.schemas.payment_product_filters_hosted_checkout import (
        PaymentProductFiltersHostedCheckout,
    )
    from opay.generated.schemas.payment_product_filters_hosted_fields import (
        PaymentProductFiltersHostedFields,
    )
    from opay.generated.schemas.payment_product_filters_hosted_tokenization import (
        PaymentProductFiltersHostedTokenization,
    )
    from opay.generated.schemas.payment_product_group import PaymentProductGroup
    from opay.generated.schemas.payment_product_networks_response import (
        PaymentProductNetworksResponse,
    )
    from opay.generated.schemas.payment_product_session302_specific_input import (
        PaymentProductSession302SpecificInput,
    )
    from opay.generated.schemas.payment_product_session302_specific_output import (
        PaymentProductSession302SpecificOutput,
    )
    from opay.generated.schemas.payment_product_session_request import PaymentProductSessionRequest
    from opay.generated.schemas.payment_product_session_response import (
        PaymentProductSessionResponse,
    )
    from opay.generated.schemas.payment_references import PaymentReferences
    from opay.generated.schemas.payment_response import PaymentResponse
    from opay.generated.schemas.payment_status_output import PaymentStatusOutput
    from opay.generated.schemas.payment_status_output_summary import PaymentStatusOutputSummary
    from opay.generated.schemas.payment_summary import PaymentSummary
    from opay.generated.schemas.payments_report_response import PaymentsReportResponse
    from opay.generated.schemas.payout_card_payment_method_specific_output import (
        PayoutCardPaymentMethodSpecificOutput,
    )
    from opay.generated.schemas.payout_error_response import PayoutErrorResponse
    from opay.generated.schemas.payout_output import PayoutOutput
    from opay.generated.schemas.payout_response import PayoutResponse
    from opay.generated.schemas.payout_result import PayoutResult
    from opay.generated.schemas.payout_status_output import PayoutStatusOutput
    from opay.generated.schemas.pending_authentication import PendingAuthentication
    from opay.generated.schemas.personal_information import PersonalInformation
    from opay.generated.schemas.personal_information_token import PersonalInformationToken
    from opay.generated.schemas.personal_name import PersonalName
    from opay.generated.schemas.personal_name_token import PersonalNameToken
    from opay.generated.schemas.problem_details_response import ProblemDetailsResponse
    from opay.generated.schemas.product302_recurring import Product302Recurring
    from opay.generated.schemas.product320_recurring import Product320Recurring
    from opay.generated.schemas.product_directory import ProductDirectory
    from opay.generated.schemas.protection_eligibility import ProtectionEligibility
    from opay.generated.schemas.range_validator import RangeValidator
    from opay.generated.schemas.rate_details import RateDetails
    from opay.generated.schemas.reattempt_instructions import ReattemptInstructions
    from opay.generated.schemas.reattempt_instructions_conditions import (
        ReattemptInstructionsConditions,
    )
    from opay.generated.schemas.redirect_data import RedirectData
    from opay.generated.schemas.redirect_payment_method_specific_input import (
        RedirectPaymentMethodSpecificInput,
    )
    from opay.generated.schemas.redirect_payment_method_specific_output import (
        RedirectPaymentMethodSpecificOutput,
    )
    from opay.generated.schemas.redirect_payment_product11_specific_input import (
        RedirectPaymentProduct11SpecificInput,
    )
    from opay.generated.schemas.redirect_payment_product809_specific_input import (
        RedirectPaymentProduct809SpecificInput,
    )
    from opay.generated.schemas.redirect_payment_product840_specific_input import (
        RedirectPaymentProduct840SpecificInput,
    )
    from opay.generated.schemas.redirect_payment_product900_specific_input import (
        RedirectPaymentProduct900SpecificInput,
    )
    from opay.generated.schemas.redirect_payment_product3103_specific_input import (
        RedirectPaymentProduct3103SpecificInput,
    )
    from opay.generated.schemas.redirect_payment_product3112_specific_input import (
        RedirectPaymentProduct3112SpecificInput,
    )
    from opay.generated.schemas.redirect_payment_product3116_specific_input import (
        RedirectPaymentProduct3116SpecificInput,
    )
    from opay.generated.schemas.redirect_payment_product3203_specific_input import (
        RedirectPaymentProduct3203SpecificInput,
    )
    from opay.generated.schemas.redirect_payment_product3204_specific_input import (
        RedirectPaymentProduct3204SpecificInput,
    )
    from opay.generated.schemas.redirect_payment_product3302_specific_input import (
        RedirectPaymentProduct3302SpecificInput,
    )
    from opay.generated.schemas.redirect_payment_product3306_specific_input import (
        RedirectPaymentProduct3306SpecificInput,
    )
    from opay.generated.schemas.redirect_payment_product3307_specific_input import (
        RedirectPaymentProduct3307SpecificInput,
    )
    from opay.generated.schemas.redirect_payment_product5001_specific_input import (
        RedirectPaymentProduct5001SpecificInput,
    )
    from opay.generated.schemas.redirect_payment_product5300_specific_input import (
        RedirectPaymentProduct5300SpecificInput,
    )
    from opay.generated.schemas.redirect_payment_product5301_specific_input import (
        RedirectPaymentProduct5301SpecificInput,
    )
    from opay.generated.schemas.redirect_payment_product5402_specific_input import (
        RedirectPaymentProduct5402SpecificInput,
    )
    from opay.generated.schemas.redirect_payment_product5403_specific_input import (
        RedirectPaymentProduct5403SpecificInput,
    )
    from opay.generated.schemas.redirect_payment_product5406_specific_input import (
        RedirectPaymentProduct5406SpecificInput,
    )
    from opay.generated.schemas.redirect_payment_product5407_specific_input import (
        RedirectPaymentProduct5407SpecificInput,
    )
    from opay.generated.schemas.redirect_payment_product5408_specific_input import (
        RedirectPaymentProduct5408SpecificInput,
    )
    from opay.generated.schemas.redirect_payment_product5410_specific_input import (
        RedirectPaymentProduct5410SpecificInput,
    )
    from opay.generated.schemas.redirect_payment_product5412_specific_input import (
        RedirectPaymentProduct5412SpecificInput,
    )
    from opay.generated.schemas.redirect_payment_product5601_specific_input import (
        RedirectPaymentProduct5601SpecificInput,
    )
    from opay.generated.schemas.redirection_data import RedirectionData
    from opay.generated.schemas.refund_card_method_specific_output import (
        RefundCardMethodSpecificOutput,
    )
    from opay.generated.schemas.refund_e_wallet_method_specific_output import (
        RefundEWalletMethodSpecificOutput,
    )
    from opay.generated.schemas.refund_error_response import RefundErrorResponse
    from opay.generated.schemas.refund_mobile_method_specific_output import (
        RefundMobileMethodSpecificOutput,
    )
    from opay.generated.schemas.refund_output import RefundOutput
    from opay.generated.schemas.refund_payment_batch_request import RefundPaymentBatchRequest
    from opay.generated.schemas.refund_payment_product840_customer_account import (
        RefundPaymentProduct840CustomerAccount,
    )
    from opay.generated.schemas.refund_payment_product840_specific_output import (
        RefundPaymentProduct840SpecificOutput,
    )
    from opay.generated.schemas.refund_redirect_method_specific_output import (
        RefundRedirectMethodSpecificOutput,
    )
    from opay.generated.schemas.refund_redirect_payment_method_specific_input import (
        RefundRedirectPaymentMethodSpecificInput,
    )
    from opay.generated.schemas.refund_redirect_payment_product900_specific_input import (
        RefundRedirectPaymentProduct900SpecificInput,
    )
    from opay.generated.schemas.refund_request import RefundRequest
    from opay.generated.schemas.refund_response import RefundResponse
    from opay.generated.schemas.refunds_response import RefundsResponse
    from opay.generated.schemas.regular_expression_validator import RegularExpressionValidator
    from opay.generated.schemas.revoke_mandate_request import RevokeMandateRequest
    from opay.generated.schemas.send_test_request import SendTestRequest
    from opay.generated.schemas.sepa_direct_debit_payment_method_specific_input import (
        SepaDirectDebitPaymentMethodSpecificInput,
    )
    from opay.generated.schemas.sepa_direct_debit_payment_method_specific_input_base import (
        SepaDirectDebitPaymentMethodSpecificInputBase,
    )
    from opay.generated.schemas.sepa_direct_debit_payment_method_specific_output import (
        SepaDirectDebitPaymentMethodSpecificOutput,
    )
    from opay.generated.schemas.sepa_direct_debit_payment_product771_specific_input import (
        SepaDirectDebitPaymentProduct771SpecificInput,
    )
    from opay.generated.schemas.sepa_direct_debit_payment_product771_specific_input_base import (
        SepaDirectDebitPaymentProduct771SpecificInputBase,
    )
    from opay.generated.schemas.session_data import SessionData
    from opay.generated.schemas.session_details import SessionDetails
    from opay.generated.schemas.session_request import SessionRequest
    from opay.generated.schemas.session_response import SessionResponse
    from opay.generated.schemas.share_payment_link_request import SharePaymentLinkRequest
    from opay.generated.schemas.shipping import Shipping
    from opay.generated.schemas.shipping_detail import ShippingDetail
    from opay.generated.schemas.shipping_method import ShippingMethod
    from opay.generated.schemas.shopping_cart import ShoppingCart
    from opay.generated.schemas.shopping_cart_extension import ShoppingCartExtension
    from opay.generated.schemas.shopping_cart_output import ShoppingCartOutput
    from opay.generated.schemas.show_form_data import ShowFormData
    from opay.generated.schemas.show_instructions_data import ShowInstructionsData
    from opay.generated.schemas.split_payment_product_filter import SplitPaymentProductFilter
    from opay.generated.schemas.split_payment_product_filters_hosted_checkout import (
        SplitPaymentProductFiltersHostedCheckout,
    )
    from opay.generated.schemas.sub_merchant import SubMerchant
    from opay.generated.schemas.submit_batch_request_body import SubmitBatchRequestBody
    from opay.generated.schemas.submit_batch_response import SubmitBatchResponse
    from opay.generated.schemas.subsequent_card_payment_method_specific_input import (
        SubsequentCardPaymentMethodSpecificInput,
    )
    from opay.generated.schemas.subsequent_payment_batch_request import (
        SubsequentPaymentBatchRequest,
    )
    from opay.generated.schemas.subsequent_payment_product5001_specific_input import (
        SubsequentPaymentProduct5001SpecificInput,
    )
    from opay.generated.schemas.subsequent_payment_request import SubsequentPaymentRequest
    from opay.generated.schemas.subsequent_payment_response import SubsequentPaymentResponse
    from opay.generated.schemas.surcharge import Surcharge
    from opay.generated.schemas.surcharge_calculation_card import SurchargeCalculationCard
    from opay.generated.schemas.surcharge_for_payment_link import SurchargeForPaymentLink
    from opay.generated.schemas.surcharge_rate import SurchargeRate
    from opay.generated.schemas.surcharge_specific_input import SurchargeSpecificInput
    from opay.generated.schemas.surcharge_specific_output import SurchargeSpecificOutput
    from opay.generated.schemas.test_connection import TestConnection
    from opay.generated.schemas.three_d_secure import ThreeDSecure
    from opay.generated.schemas.three_d_secure_base import ThreeDSecureBase
    from opay.generated.schemas.three_d_secure_data import ThreeDSecureData
    from opay.generated.schemas.three_d_secure_results import ThreeDSecureResults
    from opay.generated.schemas.three_ds_input_data import ThreeDsInputData
    from opay.generated.schemas.token_card import TokenCard
    from opay.generated.schemas.token_card_data import TokenCardData
    from opay.generated.schemas.token_card_specific_input import TokenCardSpecificInput
    from opay.generated.schemas.token_data import TokenData
    from opay.generated.schemas.token_e_wallet import TokenEWallet
    from opay.generated.schemas.token_info import TokenInfo
    from opay.generated.schemas.token_response import TokenResponse
    from opay.generated.schemas.transaction import Transaction
    from opay.generated.schemas.update_authorization_additional_data_request import (
        UpdateAuthorizationAdditionalDataRequest,
    )
    from opay.generated.schemas.validate_credentials_request import ValidateCredentialsRequest
    from opay.generated.schemas.validate_credentials_response import ValidateCredentialsResponse
    from opay.generated.schemas.value_mapping_element import ValueMappingElement
    from opay.generated.schemas.visa import Visa
    from opay.generated.schemas.visa_authentication_options import VisaAuthenticationOptions
    from opay.generated.schemas.webhooks_event import WebhooksEvent

__all__ = [
    "APIError",
    "Acceptance",
    "AccountOnFile",
    "AccountOnFileAttribute",
    "AccountOnFileDisplayHints",
    "AcquirerInformation",
    "AcquirerSelectionInformation",
    "AddAuthorizationDetailsResponse",
    "AdditionalOrderInput",
    "Address",
    "AddressPersonal",
    "AirlineData",
    "AirlineFlightLeg",
    "AirlinePassenger",
    "Amex",
    "AmountBreakdown",
    "AmountOfMoney",
    "ApiParameters",
    "ApplePayLineItem",
    "ApplePayRecurringPaymentRequest",
    "AuthenticationOptions",
    "AutoCapture",
    "BankAccountIban",
    "BatchMetadata",
    "BrowserData",
    "CalculateSurchargeRequest",
    "CalculateSurchargeResponse",
    "CancelPaymentBatchRequest",
    "CancelPaymentRequest",
    "CancelPaymentResponse",
    "Capture",
    "CaptureOutput",
    "CapturePaymentBatchRequest",
    "CapturePaymentRequest",
    "CaptureResponse",
    "CaptureStatusOutput",
    "CapturesResponse",
    "CarRentalData",
    "CarRentalPickupReturnData",
    "CarRentalVehicleData",
    "Card",
    "CardBinDetails",
    "CardDataWithoutCvv",
    "CardEssentials",
    "CardFraudResults",
    "CardInfo",
    "CardPaymentMethodSpecificInput",
    "CardPaymentMethodSpecificInputBase",
    "CardPaymentMethodSpecificInputForHostedCheckout",
    "CardPaymentMethodSpecificOutput",
    "CardPaymentMethodSpecificOutputSummary",
    "CardPaymentMethodSpecificOutputSummaryCard",
    "CardPayoutMethodSpecificInput",
    "CardRecurrenceDetails",
    "CardSource",
    "CardToken",
    "CardWithoutCvv",
    "ClickToPay",
    "CompanyInformation",
    "CompletePaymentCardPaymentMethodSpecificInput",
    "CompletePaymentRequest",
    "CompletePaymentResponse",
    "ContactDetails",
    "CreateCertificateResponse",
    "CreateHostedCheckoutRequest",
    "CreateHostedCheckoutResponse",
    "CreateHostedFieldsSessionRequest",
    "CreateHostedFieldsSessionResponse",
    "CreateHostedTokenizationRequest",
    "CreateHostedTokenizationResponse",
    "CreateMandateRequest",
    "CreateMandateResponse",
    "CreateMandateWithReturnUrl",
    "CreatePaymentLinkRequest",
    "CreatePaymentRequest",
    "CreatePaymentResponse",
    "CreatePayoutRequest",
    "CreateTokenRequest",
    "CreatedPaymentOutput",
    "CreatedTokenResponse",
    "CreditCardSpecificInputHostedTokenization",
    "CreditCardValidationRules",
    "CreditCardValidationRulesHostedTokenization",
    "CrmToken",
    "CsrRequest",
    "CurrencyConversion",
    "CurrencyConversionInput",
    "CurrencyConversionRequest",
    "CurrencyConversionResponse",
    "CurrencyConversionResult",
    "CurrencyConversionSpecificInput",
    "CursorPaginationInfo",
    "Customer",
    "CustomerAccount",
    "CustomerAccountAuthentication",
    "CustomerBankAccount",
    "CustomerDevice",
    "CustomerDeviceOutput",
    "CustomerOutput",
    "CustomerPaymentActivity",
    "CustomerToken",
    "DccCardSource",
    "DccProposal",
    "DecryptedPaymentData",
    "DetokenizationResponse",
    "DetokenizedTokenResponse",
    "DirectoryEntry",
    "Discount",
    "DpaData",
    "DpaTransactionOptions",
    "EmptyValidator",
    "ErrorResponse",
    "ExternalCardholderAuthenticationData",
    "ExternalTokenLinked",
    "Feedbacks",
    "FixedListValidator",
    "FraudFields",
    "FraudResults",
    "GPayThreeDSecure",
    "GetBatchStatusResponse",
    "GetCardDataByPaymentsParams",
    "GetCardDataByTokensParams",
    "GetHostedCheckoutResponse",
    "GetHostedFieldsSessionResponse",
    "GetHostedTokenizationResponse",
    "GetIINDetailsRequest",
    "GetIINDetailsResponse",
    "GetMandateResponse",
    "GetPaymentLinksByMerchantGroupRequest",
    "GetPaymentProductGroupsResponse",
    "GetPaymentProductNetworksParams",
    "GetPaymentProductParams",
    "GetPaymentProductsParams",
    "GetPaymentProductsResponse",
    "GetPaymentsReportParams",
    "GetPrivacyPolicyParams",
    "GetPrivacyPolicyResponse",
    "GetProductDirectoryParams",
    "GetProductGroupParams",
    "GetProductGroupsParams",
    "GiftCardPurchase",
    "HostedCheckoutSpecificInput",
    "HostedCheckoutSpecificOutput",
    "IINDetail",
    "ImportCofSeriesRequest",
    "ImportCofSeriesResponse",
    "IncrementAuthorizationRequest",
    "IncrementAuthorizationResponse",
    "LabelTemplateElement",
    "LengthValidator",
    "LineItem",
    "LineItemDetail",
    "LineItemInvoiceData",
    "LoanRecipient",
    "LodgingData",
    "MandateAddress",
    "MandateAddressResponse",
    "MandateContactDetails",
    "MandateCustomer",
    "MandateCustomerResponse",
    "MandateMerchantAction",
    "MandatePersonalInformation",
    "MandatePersonalInformationResponse",
    "MandatePersonalName",
    "MandatePersonalNameResponse",
    "MandateRedirectData",
    "MandateResponse",
    "MarketPlace",
    "Mastercard",
    "MerchantAction",
    "MobilePaymentData",
    "MobilePaymentMethodHostedCheckoutSpecificInput",
    "MobilePaymentMethodSpecificInput",
    "MobilePaymentMethodSpecificOutput",
    "MobilePaymentProduct302SpecificInput",
    "MobilePaymentProduct320SpecificInput",
    "MobileThreeDSecureChallengeParameters",
    "MultiplePaymentInformation",
    "NetworkTokenData",
    "NetworkTokenEssentials",
    "NetworkTokenLinked",
    "OmnichannelPaymentSpecificInput",
    "OmnichannelPayoutSpecificInput",
    "OmnichannelRefundSpecificInput",
    "OmnichannelSubsequentSpecificInput",
    "OperationOutput",
    "OperationPaymentReferences",
    "Order",
    "OrderLineDetails",
    "OrderReferences",
    "OrderStatusOutput",
    "OrderTypeInformation",
    "OtherDetails",
    "Pagination",
    "PaymentAccountOnFile",
    "PaymentContext",
    "PaymentCreationOutput",
    "PaymentDetailsResponse",
    "PaymentErrorResponse",
    "PaymentLinkEvent",
    "PaymentLinkOrderInput",
    "PaymentLinkOrderOutput",
    "PaymentLinkOverviewEntry",
    "PaymentLinkOverviewFiltering",
    "PaymentLinkOverviewResponse",
    "PaymentLinkOverviewSorting",
    "PaymentLinkResponse",
    "PaymentLinkSpecificInput",
    "PaymentLinksResponse",
    "PaymentOutput",
    "PaymentOutputSummary",
    "PaymentProduct",
    "PaymentProduct11",
    "PaymentProduct130SpecificInput",
    "PaymentProduct130SpecificThreeDSecure",
    "PaymentProduct3012",
    "PaymentProduct3012SpecificInput",
    "PaymentProduct3013SpecificInput",
    "PaymentProduct302SpecificData",
    "PaymentProduct3203SpecificOutput",
    "PaymentProduct3204SpecificOutput",
    "PaymentProduct3208SpecificInput",
    "PaymentProduct3208SpecificOutput",
    "PaymentProduct3209SpecificInput",
    "PaymentProduct3209SpecificOutput",
    "PaymentProduct320SpecificData",
    "PaymentProduct350",
    "PaymentProduct5001",
    "PaymentProduct5001SpecificOutput",
    "PaymentProduct5002SpecificData",
    "PaymentProduct5002SpecificInput",
    "PaymentProduct5002defaultBrandParameters",
    "PaymentProduct5100SpecificInput",
    "PaymentProduct5402SpecificOutput",
    "PaymentProduct5404",
    "PaymentProduct5407",
    "PaymentProduct5412",
    "PaymentProduct5500SpecificOutput",
    "PaymentProduct5704AutoCapture",
    "PaymentProduct771SpecificOutput",
    "PaymentProduct840",
    "PaymentProduct840CustomerAccount",
    "PaymentProduct840SpecificOutput",
    "PaymentProductDisplayHints",
    "PaymentProductField",
    "PaymentProductFieldDataRestrictions",
    "PaymentProductFieldDisplayElement",
    "PaymentProductFieldDisplayHints",
    "PaymentProductFieldFormElement",
    "PaymentProductFieldTooltip",
    "PaymentProductFieldValidators",
    "PaymentProductFilter",
    "PaymentProductFilterHostedTokenization",
    "PaymentProductFiltersHostedCheckout",
    "PaymentProductFiltersHostedFields",
    "PaymentProductFiltersHostedTokenization",
    "PaymentProductGroup",
    "PaymentProductNetworksResponse",
    "PaymentProductSession302SpecificInput",
    "PaymentProductSession302SpecificOutput",
    "PaymentProductSessionRequest",
    "PaymentProductSessionResponse",
    "PaymentReferences",
    "PaymentResponse",
    "PaymentStatusOutput",
    "PaymentStatusOutputSummary",
    "PaymentSummary",
    "PaymentsReportResponse",
    "PayoutCardPaymentMethodSpecificOutput",
    "PayoutErrorResponse",
    "PayoutOutput",
    "PayoutResponse",
    "PayoutResult",
    "PayoutStatusOutput",
    "PendingAuthentication",
    "PersonalInformation",
    "PersonalInformationToken",
    "PersonalName",
    "PersonalNameToken",
    "ProblemDetailsResponse",
    "Product302Recurring",
    "Product320Recurring",
    "ProductDirectory",
    "ProtectionEligibility",
    "RangeValidator",
    "RateDetails",
    "ReattemptInstructions",
    "ReattemptInstructionsConditions",
    "RedirectData",
    "RedirectPaymentMethodSpecificInput",
    "RedirectPaymentMethodSpecificOutput",
    "RedirectPaymentProduct11SpecificInput",
    "RedirectPaymentProduct3103SpecificInput",
    "RedirectPaymentProduct3112SpecificInput",
    "RedirectPaymentProduct3116SpecificInput",
    "RedirectPaymentProduct3203SpecificInput",
    "RedirectPaymentProduct3204SpecificInput",
    "RedirectPaymentProduct3302SpecificInput",
    "RedirectPaymentProduct3306SpecificInput",
    "RedirectPaymentProduct3307SpecificInput",
    "RedirectPaymentProduct5001SpecificInput",
    "RedirectPaymentProduct5300SpecificInput",
    "RedirectPaymentProduct5301SpecificInput",
    "RedirectPaymentProduct5402SpecificInput",
    "RedirectPaymentProduct5403SpecificInput",
    "RedirectPaymentProduct5406SpecificInput",
    "RedirectPaymentProduct5407SpecificInput",
    "RedirectPaymentProduct5408SpecificInput",
    "RedirectPaymentProduct5410SpecificInput",
    "RedirectPaymentProduct5412SpecificInput",
    "RedirectPaymentProduct5601SpecificInput",
    "RedirectPaymentProduct809SpecificInput",
    "RedirectPaymentProduct840SpecificInput",
    "RedirectPaymentProduct900SpecificInput",
    "RedirectionData",
    "RefundCardMethodSpecificOutput",
    "RefundEWalletMethodSpecificOutput",
    "RefundErrorResponse",
    "RefundMobileMethodSpecificOutput",
    "RefundOutput",
    "RefundPaymentBatchRequest",
    "RefundPaymentProduct840CustomerAccount",
    "RefundPaymentProduct840SpecificOutput",
    "RefundRedirectMethodSpecificOutput",
    "RefundRedirectPaymentMethodSpecificInput",
    "RefundRedirectPaymentProduct900SpecificInput",
    "RefundRequest",
    "RefundResponse",
    "RefundsResponse",
    "RegularExpressionValidator",
    "RevokeMandateRequest",
    "SendTestRequest",
    "SepaDirectDebitPaymentMethodSpecificInput",
    "SepaDirectDebitPaymentMethodSpecificInputBase",
    "SepaDirectDebitPaymentMethodSpecificOutput",
    "SepaDirectDebitPaymentProduct771SpecificInput",
    "SepaDirectDebitPaymentProduct771SpecificInputBase",
    "SessionData",
    "SessionDetails",
    "SessionRequest",
    "SessionResponse",
    "SharePaymentLinkRequest",
    "Shipping",
    "ShippingDetail",
    "ShippingMethod",
    "ShoppingCart",
    "ShoppingCartExtension",
    "ShoppingCartOutput",
    "ShowFormData",
    "ShowInstructionsData",
    "SplitPaymentProductFilter",
    "SplitPaymentProductFiltersHostedCheckout",
    "SubMerchant",
    "SubmitBatchRequestBody",
    "SubmitBatchResponse",
    "SubsequentCardPaymentMethodSpecificInput",
    "SubsequentPaymentBatchRequest",
    "SubsequentPaymentProduct5001SpecificInput",
    "SubsequentPaymentRequest",
    "SubsequentPaymentResponse",
    "Surcharge",
    "SurchargeCalculationCard",
    "SurchargeForPaymentLink",
    "SurchargeRate",
    "SurchargeSpecificInput",
    "SurchargeSpecificOutput",
    "TestConnection",
    "ThreeDSecure",
    "ThreeDSecureBase",
    "ThreeDSecureData",
    "ThreeDSecureResults",
    "ThreeDsInputData",
    "TokenCard",
    "TokenCardData",
    "TokenCardSpecificInput",
    "TokenData",
    "TokenEWallet",
    "TokenInfo",
    "TokenResponse",
    "Transaction",
    "UpdateAuthorizationAdditionalDataRequest",
    "ValidateCredentialsRequest",
    "ValidateCredentialsResponse",
    "ValueMappingElement",
    "Visa",
    "VisaAuthenticationOptions",
    "WebhooksEvent",
]

_MODULES: dict[str, str] = {
    "APIError": "api_error",
    "Acceptance": "acceptance",
    "AccountOnFile": "account_on_file",
    "AccountOnFileAttribute": "account_on_file_attribute",
    "AccountOnFileDisplayHints": "account_on_file_display_hints",
    "AcquirerInformation": "acquirer_information",
    "AcquirerSelectionInformation": "acquirer_selection_information",
    "AddAuthorizationDetailsResponse": "add_authorization_details_response",
    "AdditionalOrderInput": "additional_order_input",
    "Address": "address",
    "AddressPersonal": "address_personal",
    "AirlineData": "airline_data",
    "AirlineFlightLeg": "airline_flight_leg",
    "AirlinePassenger": "airline_passenger",
    "Amex": "amex",
    "AmountBreakdown": "amount_breakdown",
    "AmountOfMoney": "amount_of_money",
    "ApiParameters": "api_parameters",
    "ApplePayLineItem": "apple_pay_line_item",
    "ApplePayRecurringPaymentRequest": "apple_pay_recurring_payment_request",
    "AuthenticationOptions": "authentication_options",
    "AutoCapture": "auto_capture",
    "BankAccountIban": "bank_account_iban",
    "BatchMetadata": "batch_metadata",
    "BrowserData": "browser_data",
    "CalculateSurchargeRequest": "calculate_surcharge_request",
    "CalculateSurchargeResponse": "calculate_surcharge_response",
    "CancelPaymentBatchRequest": "cancel_payment_batch_request",
    "CancelPaymentRequest": "cancel_payment_request",
    "CancelPaymentResponse": "cancel_payment_response",
    "Capture": "capture",
    "CaptureOutput": "capture_output",
    "CapturePaymentBatchRequest": "capture_payment_batch_request",
    "CapturePaymentRequest": "capture_payment_request",
    "CaptureResponse": "capture_response",
    "CaptureStatusOutput": "capture_status_output",
    "CapturesResponse": "captures_response",
    "CarRentalData": "car_rental_data",
    "CarRentalPickupReturnData": "car_rental_pickup_return_data",
    "CarRentalVehicleData": "car_rental_vehicle_data",
    "Card": "card",
    "CardBinDetails": "card_bin_details",
    "CardDataWithoutCvv": "card_data_without_cvv",
    "CardEssentials": "card_essentials",
    "CardFraudResults": "card_fraud_results",
    "CardInfo": "card_info",
    "CardPaymentMethodSpecificInput": "card_payment_method_specific_input",
    "CardPaymentMethodSpecificInputBase": "card_payment_method_specific_input_base",
    "CardPaymentMethodSpecificInputForHostedCheckout": "card_payment_method_specific_input_for_hosted_checkout",
    "CardPaymentMethodSpecificOutput": "card_payment_method_specific_output",
    "CardPaymentMethodSpecificOutputSummary": "card_payment_method_specific_output_summary",
    "CardPaymentMethodSpecificOutputSummaryCard": "card_payment_method_specific_output_summary_card",
    "CardPayoutMethodSpecificInput": "card_payout_method_specific_input",
    "CardRecurrenceDetails": "card_recurrence_details",
    "CardSource": "card_source",
    "CardToken": "card_token",
    "CardWithoutCvv": "card_without_cvv",
    "ClickToPay": "click_to_pay",
    "CompanyInformation": "company_information",
    "CompletePaymentCardPaymentMethodSpecificInput": "complete_payment_card_payment_method_specific_input",
    "CompletePaymentRequest": "complete_payment_request",
    "CompletePaymentResponse": "complete_payment_response",
    "ContactDetails": "contact_details",
    "CreateCertificateResponse": "create_certificate_response",
    "CreateHostedCheckoutRequest": "create_hosted_checkout_request",
    "CreateHostedCheckoutResponse": "create_hosted_checkout_response",
    "CreateHostedFieldsSessionRequest": "create_hosted_fields_session_request",
    "CreateHostedFieldsSessionResponse": "create_hosted_fields_session_response",
    "CreateHostedTokenizationRequest": "create_hosted_tokenization_request",
    "CreateHostedTokenizationResponse": "create_hosted_tokenization_response",
    "CreateMandateRequest": "create_mandate_request",
    "CreateMandateResponse": "create_mandate_response",
    "CreateMandateWithReturnUrl": "create_mandate_with_return_url",
    "CreatePaymentLinkRequest": "create_payment_link_request",
    "CreatePaymentRequest": "create_payment_request",
    "CreatePaymentResponse": "create_payment_response",
    "CreatePayoutRequest": "create_payout_request",
    "CreateTokenRequest": "create_token_request",
    "CreatedPaymentOutput": "created_payment_output",
    "CreatedTokenResponse": "created_token_response",
    "CreditCardSpecificInputHostedTokenization": "credit_card_specific_input_hosted_tokenization",
    "CreditCardValidationRules": "credit_card_validation_rules",
    "CreditCardValidationRulesHostedTokenization": "credit_card_validation_rules_hosted_tokenization",
    "CrmToken": "crm_token",
    "CsrRequest": "csr_request",
    "CurrencyConversion": "currency_conversion",
    "CurrencyConversionInput": "currency_conversion_input",
    "CurrencyConversionRequest": "currency_conversion_request",
    "CurrencyConversionResponse": "currency_conversion_response",
    "CurrencyConversionResult": "currency_conversion_result",
    "CurrencyConversionSpecificInput": "currency_conversion_specific_input",
    "CursorPaginationInfo": "cursor_pagination_info",
    "Customer": "customer",
    "CustomerAccount": "customer_account",
    "CustomerAccountAuthentication": "customer_account_authentication",
    "CustomerBankAccount": "customer_bank_account",
    "CustomerDevice": "customer_device",
    "CustomerDeviceOutput": "customer_device_output",
    "CustomerOutput": "customer_output",
    "CustomerPaymentActivity": "customer_payment_activity",
    "CustomerToken": "customer_token",
    "DccCardSource": "dcc_card_source",
    "DccProposal": "dcc_proposal",
    "DecryptedPaymentData": "decrypted_payment_data",
    "DetokenizationResponse": "detokenization_response",
    "DetokenizedTokenResponse": "detokenized_token_response",
    "DirectoryEntry": "directory_entry",
    "Discount": "discount",
    "DpaData": "dpa_data",
    "DpaTransactionOptions": "dpa_transaction_options",
    "EmptyValidator": "empty_validator",
    "ErrorResponse": "error_response",
    "ExternalCardholderAuthenticationData": "external_cardholder_authentication_data",
    "ExternalTokenLinked": "external_token_linked",
    "Feedbacks": "feedbacks",
    "FixedListValidator": "fixed_list_validator",
    "FraudFields": "fraud_fields",
    "FraudResults": "fraud_results",
    "GPayThreeDSecure": "g_pay_three_d_secure",
    "GetBatchStatusResponse": "get_batch_status_response",
    "GetCardDataByPaymentsParams": "get_card_data_by_payments_params",
    "GetCardDataByTokensParams": "get_card_data_by_tokens_params",
    "GetHostedCheckoutResponse": "get_hosted_checkout_response",
    "GetHostedFieldsSessionResponse": "get_hosted_fields_session_response",
    "GetHostedTokenizationResponse": "get_hosted_tokenization_response",
    "GetIINDetailsRequest": "get_iin_details_request",
    "GetIINDetailsResponse": "get_iin_details_response",
    "GetMandateResponse": "get_mandate_response",
    "GetPaymentLinksByMerchantGroupRequest": "get_payment_links_by_merchant_group_request",
    "GetPaymentProductGroupsResponse": "get_payment_product_groups_response",
    "GetPaymentProductNetworksParams": "get_payment_product_networks_params",
    "GetPaymentProductParams": "get_payment_product_params",
    "GetPaymentProductsParams": "get_payment_products_params",
    "GetPaymentProductsResponse": "get_payment_products_response",
    "GetPaymentsReportParams": "get_payments_report_params",
    "GetPrivacyPolicyParams": "get_privacy_policy_params",
    "GetPrivacyPolicyResponse": "get_privacy_policy_response",
    "GetProductDirectoryParams": "get_product_directory_params",
    "GetProductGroupParams": "get_product_group_params",
    "GetProductGroupsParams": "get_product_groups_params",
    "GiftCardPurchase": "gift_card_purchase",
    "HostedCheckoutSpecificInput": "hosted_checkout_specific_input",
    "HostedCheckoutSpecificOutput": "hosted_checkout_specific_output",
    "IINDetail": "iin_detail",
    "ImportCofSeriesRequest": "import_cof_series_request",
    "ImportCofSeriesResponse": "import_cof_series_response",
    "IncrementAuthorizationRequest": "increment_authorization_request",
    "IncrementAuthorizationResponse": "increment_authorization_response",
    "LabelTemplateElement": "label_template_element",
    "LengthValidator": "length_validator",
    "LineItem": "line_item",
    "LineItemDetail": "line_item_detail",
    "LineItemInvoiceData": "line_item_invoice_data",
    "LoanRecipient": "loan_recipient",
    "LodgingData": "lodging_data",
    "MandateAddress": "mandate_address",
    "MandateAddressResponse": "mandate_address_response",
    "MandateContactDetails": "mandate_contact_details",
    "MandateCustomer": "mandate_customer",
    "MandateCustomerResponse": "mandate_customer_response",
    "MandateMerchantAction": "mandate_merchant_action",
    "MandatePersonalInformation": "mandate_personal_information",
    "MandatePersonalInformationResponse": "mandate_personal_information_response",
    "MandatePersonalName": "mandate_personal_name",
    "MandatePersonalNameResponse": "mandate_personal_name_response",
    "MandateRedirectData": "mandate_redirect_data",
    "MandateResponse": "mandate_response",
    "MarketPlace": "market_place",
    "Mastercard": "mastercard",
    "MerchantAction": "merchant_action",
    "MobilePaymentData": "mobile_payment_data",
    "MobilePaymentMethodHostedCheckoutSpecificInput": "mobile_payment_method_hosted_checkout_specific_input",
    "MobilePaymentMethodSpecificInput": "mobile_payment_method_specific_input",
    "MobilePaymentMethodSpecificOutput": "mobile_payment_method_specific_output",
    "MobilePaymentProduct302SpecificInput": "mobile_payment_product302_specific_input",
    "MobilePaymentProduct320SpecificInput": "mobile_payment_product320_specific_input",
    "MobileThreeDSecureChallengeParameters": "mobile_three_d_secure_challenge_parameters",
    "MultiplePaymentInformation": "multiple_payment_information",
    "NetworkTokenData": "network_token_data",
    "NetworkTokenEssentials": "network_token_essentials",
    "NetworkTokenLinked": "network_token_linked",
    "OmnichannelPaymentSpecificInput": "omnichannel_payment_specific_input",
    "OmnichannelPayoutSpecificInput": "omnichannel_payout_specific_input",
    "OmnichannelRefundSpecificInput": "omnichannel_refund_specific_input",
    "OmnichannelSubsequentSpecificInput": "omnichannel_subsequent_specific_input",
    "OperationOutput": "operation_output",
    "OperationPaymentReferences": "operation_payment_references",
    "Order": "order",
    "OrderLineDetails": "order_line_details",
    "OrderReferences": "order_references",
    "OrderStatusOutput": "order_status_output",
    "OrderTypeInformation": "order_type_information",
    "OtherDetails": "other_details",
    "Pagination": "pagination",
    "PaymentAccountOnFile": "payment_account_on_file",
    "PaymentContext": "payment_context",
    "PaymentCreationOutput": "payment_creation_output",
    "PaymentDetailsResponse": "payment_details_response",
    "PaymentErrorResponse": "payment_error_response",
    "PaymentLinkEvent": "payment_link_event",
    "PaymentLinkOrderInput": "payment_link_order_input",
    "PaymentLinkOrderOutput": "payment_link_order_output",
    "PaymentLinkOverviewEntry": "payment_link_overview_entry",
    "PaymentLinkOverviewFiltering": "payment_link_overview_filtering",
    "PaymentLinkOverviewResponse": "payment_link_overview_response",
    "PaymentLinkOverviewSorting": "payment_link_overview_sorting",
    "PaymentLinkResponse": "payment_link_response",
    "PaymentLinkSpecificInput": "payment_link_specific_input",
    "PaymentLinksResponse": "payment_links_response",
    "PaymentOutput": "payment_output",
    "PaymentOutputSummary": "payment_output_summary",
    "PaymentProduct": "payment_product",
    "PaymentProduct11": "payment_product11",
    "PaymentProduct130SpecificInput": "payment_product130_specific_input",
    "PaymentProduct130SpecificThreeDSecure": "payment_product130_specific_three_d_secure",
    "PaymentProduct3012": "payment_product3012",
    "PaymentProduct3012SpecificInput": "payment_product3012_specific_input",
    "PaymentProduct3013SpecificInput": "payment_product3013_specific_input",
    "PaymentProduct302SpecificData": "payment_product302_specific_data",
    "PaymentProduct3203SpecificOutput": "payment_product3203_specific_output",
    "PaymentProduct3204SpecificOutput": "payment_product3204_specific_output",
    "PaymentProduct3208SpecificInput": "payment_product3208_specific_input",
    "PaymentProduct3208SpecificOutput": "payment_product3208_specific_output",
    "PaymentProduct3209SpecificInput": "payment_product3209_specific_input",
    "PaymentProduct3209SpecificOutput": "payment_product3209_specific_output",
    "PaymentProduct320SpecificData": "payment_product320_specific_data",
    "PaymentProduct350": "payment_product350",
    "PaymentProduct5001": "payment_product5001",
    "PaymentProduct5001SpecificOutput": "payment_product5001_specific_output",
    "PaymentProduct5002SpecificData": "payment_product5002_specific_data",
    "PaymentProduct5002SpecificInput": "payment_product5002_specific_input",
    "PaymentProduct5002defaultBrandParameters": "payment_product5002default_brand_parameters",
    "PaymentProduct5100SpecificInput": "payment_product5100_specific_input",
    "PaymentProduct5402SpecificOutput": "payment_product5402_specific_output",
    "PaymentProduct5404": "payment_product5404",
    "PaymentProduct5407": "payment_product5407",
    "PaymentProduct5412": "payment_product5412",
    "PaymentProduct5500SpecificOutput": "payment_product5500_specific_output",
    "PaymentProduct5704AutoCapture": "payment_product5704_auto_capture",
    "PaymentProduct771SpecificOutput": "payment_product771_specific_output",
    "PaymentProduct840": "payment_product840",
    "PaymentProduct840CustomerAccount": "payment_product840_customer_account",
    "PaymentProduct840SpecificOutput": "payment_product840_specific_output",
    "PaymentProductDisplayHints": "payment_product_display_hints",
    "PaymentProductField": "payment_product_field",
    "PaymentProductFieldDataRestrictions": "payment_product_field_data_restrictions",
    "PaymentProductFieldDisplayElement": "payment_product_field_display_element",
    "PaymentProductFieldDisplayHints": "payment_product_field_display_hints",
    "PaymentProductFieldFormElement": "payment_product_field_form_element",
    "PaymentProductFieldTooltip": "payment_product_field_tooltip",
    "PaymentProductFieldValidators": "payment_product_field_validators",
    "PaymentProductFilter": "payment_product_filter",
    "PaymentProductFilterHostedTokenization": "payment_product_filter_hosted_tokenization",
    "PaymentProductFiltersHostedCheckout": "payment_product_filters_hosted_checkout",
    "PaymentProductFiltersHostedFields": "payment_product_filters_hosted_fields",
    "PaymentProductFiltersHostedTokenization": "payment_product_filters_hosted_tokenization",
    "PaymentProductGroup": "payment_product_group",
    "PaymentProductNetworksResponse": "payment_product_networks_response",
    "PaymentProductSession302SpecificInput": "payment_product_session302_specific_input",
    "PaymentProductSession302SpecificOutput": "payment_product_session302_specific_output",
    "PaymentProductSessionRequest": "payment_product_session_request",
    "PaymentProductSessionResponse": "payment_product_session_response",
    "PaymentReferences": "payment_references",
    "PaymentResponse": "payment_response",
    "PaymentStatusOutput": "payment_status_output",
    "PaymentStatusOutputSummary": "payment_status_output_summary",
    "PaymentSummary": "payment_summary",
    "PaymentsReportResponse": "payments_report_response",
    "PayoutCardPaymentMethodSpecificOutput": "payout_card_payment_method_specific_output",
    "PayoutErrorResponse": "payout_error_response",
    "PayoutOutput": "payout_output",
    "PayoutResponse": "payout_response",
    "PayoutResult": "payout_result",
    "PayoutStatusOutput": "payout_status_output",
    "PendingAuthentication": "pending_authentication",
    "PersonalInformation": "personal_information",
    "PersonalInformationToken": "personal_information_token",
    "PersonalName": "personal_name",
    "PersonalNameToken": "personal_name_token",
    "ProblemDetailsResponse": "problem_details_response",
    "Product302Recurring": "product302_recurring",
    "Product320Recurring": "product320_recurring",
    "ProductDirectory": "product_directory",
    "ProtectionEligibility": "protection_eligibility",
    "RangeValidator": "range_validator",
    "RateDetails": "rate_details",
    "ReattemptInstructions": "reattempt_instructions",
    "ReattemptInstructionsConditions": "reattempt_instructions_conditions",
    "RedirectData": "redirect_data",
    "RedirectPaymentMethodSpecificInput": "redirect_payment_method_specific_input",
    "RedirectPaymentMethodSpecificOutput": "redirect_payment_method_specific_output",
    "RedirectPaymentProduct11SpecificInput": "redirect_payment_product11_specific_input",
    "RedirectPaymentProduct3103SpecificInput": "redirect_payment_product3103_specific_input",
    "RedirectPaymentProduct3112SpecificInput": "redirect_payment_product3112_specific_input",
    "RedirectPaymentProduct3116SpecificInput": "redirect_payment_product3116_specific_input",
    "RedirectPaymentProduct3203SpecificInput": "redirect_payment_product3203_specific_input",
    "RedirectPaymentProduct3204SpecificInput": "redirect_payment_product3204_specific_input",
    "RedirectPaymentProduct3302SpecificInput": "redirect_payment_product3302_specific_input",
    "RedirectPaymentProduct3306SpecificInput": "redirect_payment_product3306_specific_input",
    "RedirectPaymentProduct3307SpecificInput": "redirect_payment_product3307_specific_input",
    "RedirectPaymentProduct5001SpecificInput": "redirect_payment_product5001_specific_input",
    "RedirectPaymentProduct5300SpecificInput": "redirect_payment_product5300_specific_input",
    "RedirectPaymentProduct5301SpecificInput": "redirect_payment_product5301_specific_input",
    "RedirectPaymentProduct5402SpecificInput": "redirect_payment_product5402_specific_input",
    "RedirectPaymentProduct5403SpecificInput": "redirect_payment_product5403_specific_input",
    "RedirectPaymentProduct5406SpecificInput": "redirect_payment_product5406_specific_input",
    "RedirectPaymentProduct5407SpecificInput": "redirect_payment_product5407_specific_input",
    "RedirectPaymentProduct5408SpecificInput": "redirect_payment_product5408_specific_input",
    "RedirectPaymentProduct5410SpecificInput": "redirect_payment_product5410_specific_input",
    "RedirectPaymentProduct5412SpecificInput": "redirect_payment_product5412_specific_input",
    "RedirectPaymentProduct5601SpecificInput": "redirect_payment_product5601_specific_input",
    "RedirectPaymentProduct809SpecificInput": "redirect_payment_product809_specific_input",
    "RedirectPaymentProduct840SpecificInput": "redirect_payment_product840_specific_input",
    "RedirectPaymentProduct900SpecificInput": "redirect_payment_product900_specific_input",
    "RedirectionData": "redirection_data",
    "RefundCardMethodSpecificOutput": "refund_card_method_specific_output",
    "RefundEWalletMethodSpecificOutput": "refund_e_wallet_method_specific_output",
    "RefundErrorResponse": "refund_error_response",
    "RefundMobileMethodSpecificOutput": "refund_mobile_method_specific_output",
    "RefundOutput": "refund_output",
    "RefundPaymentBatchRequest": "refund_payment_batch_request",
    "RefundPaymentProduct840CustomerAccount": "refund_payment_product840_customer_account",
    "RefundPaymentProduct840SpecificOutput": "refund_payment_product840_specific_output",
    "RefundRedirectMethodSpecificOutput": "refund_redirect_method_specific_output",
    "RefundRedirectPaymentMethodSpecificInput": "refund_redirect_payment_method_specific_input",
    "RefundRedirectPaymentProduct900SpecificInput": "refund_redirect_payment_product900_specific_input",
    "RefundRequest": "refund_request",
    "RefundResponse": "refund_response",
    "RefundsResponse": "refunds_response",
    "RegularExpressionValidator": "regular_expression_validator",
    "RevokeMandateRequest": "revoke_mandate_request",
    "SendTestRequest": "send_test_request",
    "SepaDirectDebitPaymentMethodSpecificInput": "sepa_direct_debit_payment_method_specific_input",
    "SepaDirectDebitPaymentMethodSpecificInputBase": "sepa_direct_debit_payment_method_specific_input_base",
    "SepaDirectDebitPaymentMethodSpecificOutput": "sepa_direct_debit_payment_method_specific_output",
    "SepaDirectDebitPaymentProduct771SpecificInput": "sepa_direct_debit_payment_product771_specific_input",
    "SepaDirectDebitPaymentProduct771SpecificInputBase": "sepa_direct_debit_payment_product771_specific_input_base",
    "SessionData": "session_data",
    "SessionDetails": "session_details",
    "SessionRequest": "session_request",
    "SessionResponse": "session_response",
    "SharePaymentLinkRequest": "share_payment_link_request",
    "Shipping": "shipping",
    "ShippingDetail": "shipping_detail",
    "ShippingMethod": "shipping_method",
    "ShoppingCart": "shopping_cart",
    "ShoppingCartExtension": "shopping_cart_extension",
    "ShoppingCartOutput": "shopping_cart_output",
    "ShowFormData": "show_form_data",
    "ShowInstructionsData": "show_instructions_data",
    "SplitPaymentProductFilter": "split_payment_product_filter",
    "SplitPaymentProductFiltersHostedCheckout": "split_payment_product_filters_hosted_checkout",
    "SubMerchant": "sub_merchant",
    "SubmitBatchRequestBody": "submit_batch_request_body",
    "SubmitBatchResponse": "submit_batch_response",
    "SubsequentCardPaymentMethodSpecificInput": "subsequent_card_payment_method_specific_input",
    "SubsequentPaymentBatchRequest": "subsequent_payment_batch_request",
    "SubsequentPaymentProduct5001SpecificInput": "subsequent_payment_product5001_specific_input",
    "SubsequentPaymentRequest": "subsequent_payment_request",
    "SubsequentPaymentResponse": "subsequent_payment_response",
    "Surcharge": "surcharge",
    "SurchargeCalculationCard": "surcharge_calculation_card",
    "SurchargeForPaymentLink": "surcharge_for_payment_link",
    "SurchargeRate": "surcharge_rate",
    "SurchargeSpecificInput": "surcharge_specific_input",
    "SurchargeSpecificOutput": "surcharge_specific_output",
    "TestConnection": "test_connection",
    "ThreeDSecure": "three_d_secure",
    "ThreeDSecureBase": "three_d_secure_base",
    "ThreeDSecureData": "three_d_secure_data",
    "ThreeDSecureResults": "three_d_secure_results",
    "ThreeDsInputData": "three_ds_input_data",
    "TokenCard": "token_card",
    "TokenCardData": "token_card_data",
    "TokenCardSpecificInput": "token_card_specific_input",
    "TokenData": "token_data",
    "TokenEWallet": "token_e_wallet",
    "TokenInfo": "token_info",
    "TokenResponse": "token_response",
    "Transaction": "transaction",
    "UpdateAuthorizationAdditionalDataRequest": "update_authorization_additional_data_request",
    "ValidateCredentialsRequest": "validate_credentials_request",
    "ValidateCredentialsResponse": "validate_credentials_response",
    "ValueMappingElement": "value_mapping_element",
    "Visa": "visa",
    "VisaAuthenticationOptions": "visa_authentication_options",
    "WebhooksEvent": "webhooks_event",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
