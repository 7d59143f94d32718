# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""Every operation of the API: route, parameters, body, response and error models.

``OPERATIONS`` maps each operation id to its :class:`~opay.operation.Operation`.
The operations marked ``idempotent=True`` are those the platform deduplicates by
``X-GCS-Idempotence-Key``; it ignores the key on every other one. Source:
https://docs.direct.worldline-solutions.com/en/integration/api-developer-guide/idempotent-requests
"""

from opay.operation import Operation, Pagination, PathParam, QueryParam

# The platform's limit on the length of an idempotence key (printable ASCII only).
IDEMPOTENCE_KEY_MAX_LENGTH = 40
# How long the platform keeps an idempotence key at least, in seconds.
IDEMPOTENCE_RETENTION_SECONDS = 86400

ADD_AUTHORIZATION_DETAILS = Operation(
    operation_id="add_authorization_details",
    tag="pre_authorization",
    method="POST",
    path="/v2/{merchantId}/payments/{paymentId}/authorization-additional-data",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("paymentId", "payment_id"),
    ),
    body_model="UpdateAuthorizationAdditionalDataRequest",
    response_model="AddAuthorizationDetailsResponse",
    error_model="PaymentErrorResponse",
)

BLOCK_MANDATE = Operation(
    operation_id="block_mandate",
    tag="mandates",
    method="POST",
    path="/v2/{merchantId}/mandates/{uniqueMandateReference}/block",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("uniqueMandateReference", "unique_mandate_reference"),
    ),
    response_model="GetMandateResponse",
    error_model="ErrorResponse",
)

CANCEL_PAYMENT = Operation(
    operation_id="cancel_payment",
    tag="payments",
    method="POST",
    path="/v2/{merchantId}/payments/{paymentId}/cancel",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("paymentId", "payment_id"),
    ),
    body_model="CancelPaymentRequest",
    response_model="CancelPaymentResponse",
    error_model="ErrorResponse",
    idempotent=True,
)

CANCEL_PAYMENT_LINK_BY_ID = Operation(
    operation_id="cancel_payment_link_by_id",
    tag="payment_links",
    method="POST",
    path="/v2/{merchantId}/paymentlinks/{paymentLinkId}/cancel",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("paymentLinkId", "payment_link_id"),
    ),
    error_model="ErrorResponse",
)

CAPTURE_PAYMENT = Operation(
    operation_id="capture_payment",
    tag="payments",
    method="POST",
    path="/v2/{merchantId}/payments/{paymentId}/capture",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("paymentId", "payment_id"),
    ),
    body_model="CapturePaymentRequest",
    response_model="CaptureResponse",
    error_model="ErrorResponse",
    idempotent=True,
)

COMPLETE_PAYMENT = Operation(
    operation_id="complete_payment",
    tag="complete",
    method="POST",
    path="/v2/{merchantId}/payments/{paymentId}/complete",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("paymentId", "payment_id"),
    ),
    body_model="CompletePaymentRequest",
    response_model="CompletePaymentResponse",
    error_model="PaymentErrorResponse",
    idempotent=True,
)

CREATE_CERTIFICATE = Operation(
    operation_id="create_certificate",
    tag="tokenization",
    method="POST",
    path="/v2/{merchantId}/detokenize/csr",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    body_model="CsrRequest",
    response_model="CreateCertificateResponse",
    error_model="ErrorResponse",
)

CREATE_HOSTED_CHECKOUT = Operation(
    operation_id="create_hosted_checkout",
    tag="hosted_checkout",
    method="POST",
    path="/v2/{merchantId}/hostedcheckouts",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    body_model="CreateHostedCheckoutRequest",
    response_model="CreateHostedCheckoutResponse",
    error_model="ErrorResponse",
)

CREATE_HOSTED_FIELDS_SESSION = Operation(
    operation_id="create_hosted_fields_session",
    tag="hosted_fields",
    method="POST",
    path="/v2/{merchantId}/hostedfields/sessions",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    body_model="CreateHostedFieldsSessionRequest",
    response_model="CreateHostedFieldsSessionResponse",
    error_model="ErrorResponse",
)

CREATE_HOSTED_TOKENIZATION = Operation(
    operation_id="create_hosted_tokenization",
    tag="hosted_tokenization",
    method="POST",
    path="/v2/{merchantId}/hostedtokenizations",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    body_model="CreateHostedTokenizationRequest",
    response_model="CreateHostedTokenizationResponse",
    error_model="ErrorResponse",
)

CREATE_MANDATE = Operation(
    operation_id="create_mandate",
    tag="mandates",
    method="POST",
    path="/v2/{merchantId}/mandates",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    body_model="CreateMandateRequest",
    response_model="CreateMandateResponse",
    error_model="ErrorResponse",
)

CREATE_PAYMENT = Operation(
    operation_id="create_payment",
    tag="payments",
    method="POST",
    path="/v2/{merchantId}/payments",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    body_model="CreatePaymentRequest",
    response_model="CreatePaymentResponse",
    error_model="PaymentErrorResponse",
    idempotent=True,
)

CREATE_PAYMENT_LINK = Operation(
    operation_id="create_payment_link",
    tag="payment_links",
    method="POST",
    path="/v2/{merchantId}/paymentlinks",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    body_model="CreatePaymentLinkRequest",
    response_model="PaymentLinkResponse",
    error_model="ErrorResponse",
)

CREATE_PAYMENT_PRODUCT_SESSION = Operation(
    operation_id="create_payment_product_session",
    tag="products",
    method="POST",
    path="/v2/{merchantId}/products/{paymentProductId}/sessions",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("paymentProductId", "payment_product_id", type="integer"),
    ),
    body_model="PaymentProductSessionRequest",
    response_model="PaymentProductSessionResponse",
    error_model="ErrorResponse",
)

CREATE_PAYOUT = Operation(
    operation_id="create_payout",
    tag="payouts",
    method="POST",
    path="/v2/{merchantId}/payouts",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    body_model="CreatePayoutRequest",
    response_model="PayoutResponse",
    error_model="PayoutErrorResponse",
    idempotent=True,
)

CREATE_SESSION = Operation(
    operation_id="create_session",
    tag="sessions",
    method="POST",
    path="/v2/{merchantId}/sessions",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    body_model="SessionRequest",
    response_model="SessionResponse",
    error_model="ErrorResponse",
)

CREATE_TOKEN = Operation(
    operation_id="create_token",
    tag="tokens",
    method="POST",
    path="/v2/{merchantId}/tokens",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    body_model="CreateTokenRequest",
    response_model="CreatedTokenResponse",
    error_model="ErrorResponse",
)

DELETE_TOKEN = Operation(
    operation_id="delete_token",
    tag="tokens",
    method="DELETE",
    path="/v2/{merchantId}/tokens/{tokenId}",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("tokenId", "token_id"),
    ),
    error_model="ErrorResponse",
)

GET_BATCH_STATUS = Operation(
    operation_id="get_batch_status",
    tag="merchant_batch",
    method="GET",
    path="/v2/{merchantId}/merchant-batches/{merchantBatchReference}",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("merchantBatchReference", "merchant_batch_reference"),
    ),
    response_model="GetBatchStatusResponse",
    error_model="ErrorResponse",
)

GET_CAPTURES = Operation(
    operation_id="get_captures",
    tag="captures",
    method="GET",
    path="/v2/{merchantId}/payments/{paymentId}/captures",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("paymentId", "payment_id"),
    ),
    response_model="CapturesResponse",
    error_model="ErrorResponse",
)

GET_CARD_DATA_BY_PAYMENTS = Operation(
    operation_id="get_card_data_by_payments",
    tag="tokenization",
    method="GET",
    path="/v2/{merchantId}/detokenize/payments",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    query_class="GetCardDataByPaymentsParams",
    query_params=(QueryParam("payments", "payments", "array", item_type="string"),),
    response_model="DetokenizationResponse",
    error_model="ErrorResponse",
)

GET_CARD_DATA_BY_TOKENS = Operation(
    operation_id="get_card_data_by_tokens",
    tag="tokenization",
    method="GET",
    path="/v2/{merchantId}/detokenize/tokens",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    query_class="GetCardDataByTokensParams",
    query_params=(QueryParam("tokens", "tokens", "array", item_type="string"),),
    response_model="DetokenizationResponse",
    error_model="ErrorResponse",
)

GET_DCC_RATE_INQUIRY = Operation(
    operation_id="get_dcc_rate_inquiry",
    tag="services",
    method="POST",
    path="/v2/{merchantId}/services/dccrate",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    body_model="CurrencyConversionRequest",
    response_model="CurrencyConversionResponse",
    error_model="ErrorResponse",
)

GET_HOSTED_CHECKOUT = Operation(
    operation_id="get_hosted_checkout",
    tag="hosted_checkout",
    method="GET",
    path="/v2/{merchantId}/hostedcheckouts/{hostedCheckoutId}",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("hostedCheckoutId", "hosted_checkout_id"),
    ),
    response_model="GetHostedCheckoutResponse",
    error_model="ErrorResponse",
)

GET_HOSTED_FIELDS_SESSION = Operation(
    operation_id="get_hosted_fields_session",
    tag="hosted_fields",
    method="GET",
    path="/v2/{merchantId}/hostedfields/sessions/{sessionId}",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("sessionId", "session_id"),
    ),
    response_model="GetHostedFieldsSessionResponse",
    error_model="ProblemDetailsResponse",
)

GET_HOSTED_TOKENIZATION = Operation(
    operation_id="get_hosted_tokenization",
    tag="hosted_tokenization",
    method="GET",
    path="/v2/{merchantId}/hostedtokenizations/{hostedTokenizationId}",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("hostedTokenizationId", "hosted_tokenization_id"),
    ),
    response_model="GetHostedTokenizationResponse",
    error_model="ErrorResponse",
)

GET_IIN_DETAILS = Operation(
    operation_id="get_iin_details",
    tag="services",
    method="POST",
    path="/v2/{merchantId}/services/getIINdetails",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    body_model="GetIINDetailsRequest",
    response_model="GetIINDetailsResponse",
    error_model="ErrorResponse",
)

GET_MANDATE = Operation(
    operation_id="get_mandate",
    tag="mandates",
    method="GET",
    path="/v2/{merchantId}/mandates/{uniqueMandateReference}",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("uniqueMandateReference", "unique_mandate_reference"),
    ),
    response_model="GetMandateResponse",
    error_model="ErrorResponse",
)

GET_PAYMENT = Operation(
    operation_id="get_payment",
    tag="payments",
    method="GET",
    path="/v2/{merchantId}/payments/{paymentId}",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("paymentId", "payment_id"),
    ),
    response_model="PaymentResponse",
    error_model="ErrorResponse",
)

GET_PAYMENT_DETAILS = Operation(
    operation_id="get_payment_details",
    tag="payments",
    method="GET",
    path="/v2/{merchantId}/payments/{paymentId}/details",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("paymentId", "payment_id"),
    ),
    response_model="PaymentDetailsResponse",
    error_model="ErrorResponse",
)

GET_PAYMENT_LINK_BY_ID = Operation(
    operation_id="get_payment_link_by_id",
    tag="payment_links",
    method="GET",
    path="/v2/{merchantId}/paymentlinks/{paymentLinkId}",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("paymentLinkId", "payment_link_id"),
    ),
    response_model="PaymentLinkResponse",
    error_model="ErrorResponse",
)

GET_PAYMENT_LINKS_BY_MERCHANT_GROUP_ID = Operation(
    operation_id="get_payment_links_by_merchant_group_id",
    tag="payment_links",
    method="POST",
    path="/v2/merchant-groups/{merchantGroupId}/paymentlinks/search",
    path_params=(PathParam("merchantGroupId", "merchant_group_id"),),
    body_model="GetPaymentLinksByMerchantGroupRequest",
    response_model="PaymentLinkOverviewResponse",
    error_model="ErrorResponse",
)

GET_PAYMENT_PRODUCT = Operation(
    operation_id="get_payment_product",
    tag="products",
    method="GET",
    path="/v2/{merchantId}/products/{paymentProductId}",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("paymentProductId", "payment_product_id", type="integer"),
    ),
    query_class="GetPaymentProductParams",
    query_params=(
        QueryParam("countryCode", "country_code", "string"),
        QueryParam("currencyCode", "currency_code", "string"),
        QueryParam("locale", "locale", "string"),
        QueryParam("amount", "amount", "integer"),
        QueryParam(
            "isRecurring",
            "is_recurring",
            "boolean",
            serialization=(
                (
                    "false",
                    "False",
                ),
                (
                    "true",
                    "True",
                ),
            ),
        ),
        QueryParam("hide", "hide", "array", item_type="string"),
        QueryParam("operationType", "operation_type", "string"),
    ),
    response_model="PaymentProduct",
    error_model="ErrorResponse",
)

GET_PAYMENT_PRODUCT_NETWORKS = Operation(
    operation_id="get_payment_product_networks",
    tag="products",
    method="GET",
    path="/v2/{merchantId}/products/{paymentProductId}/networks",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("paymentProductId", "payment_product_id", type="integer"),
    ),
    query_class="GetPaymentProductNetworksParams",
    query_params=(
        QueryParam("countryCode", "country_code", "string"),
        QueryParam("currencyCode", "currency_code", "string"),
        QueryParam("amount", "amount", "integer"),
        QueryParam(
            "isRecurring",
            "is_recurring",
            "boolean",
            serialization=(
                (
                    "false",
                    "False",
                ),
                (
                    "true",
                    "True",
                ),
            ),
        ),
    ),
    response_model="PaymentProductNetworksResponse",
    error_model="ErrorResponse",
)

GET_PAYMENT_PRODUCTS = Operation(
    operation_id="get_payment_products",
    tag="products",
    method="GET",
    path="/v2/{merchantId}/products",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    query_class="GetPaymentProductsParams",
    query_params=(
        QueryParam("countryCode", "country_code", "string"),
        QueryParam("currencyCode", "currency_code", "string"),
        QueryParam("locale", "locale", "string"),
        QueryParam("amount", "amount", "integer"),
        QueryParam(
            "isRecurring",
            "is_recurring",
            "boolean",
            serialization=(
                (
                    "false",
                    "False",
                ),
                (
                    "true",
                    "True",
                ),
            ),
        ),
        QueryParam("hide", "hide", "array", item_type="string"),
        QueryParam("operationType", "operation_type", "string"),
    ),
    response_model="GetPaymentProductsResponse",
    error_model="ErrorResponse",
)

GET_PAYMENTS_REPORT = Operation(
    operation_id="get_payments_report",
    tag="merchant_batch",
    method="GET",
    path="/v2/{merchantId}/merchant-batches/{merchantBatchReference}/reports/payments",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("merchantBatchReference", "merchant_batch_reference"),
    ),
    query_class="GetPaymentsReportParams",
    query_params=(
        QueryParam("cursor", "cursor", "string"),
        QueryParam("limit", "limit", "integer"),
    ),
    response_model="PaymentsReportResponse",
    error_model="ErrorResponse",
    pagination=Pagination(
        "cursor",
        "payments",
        (
            "pagination",
            "next_cursor",
        ),
        (
            "pagination",
            "has_more",
        ),
    ),
)

GET_PAYOUT = Operation(
    operation_id="get_payout",
    tag="payouts",
    method="GET",
    path="/v2/{merchantId}/payouts/{payoutId}",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("payoutId", "payout_id"),
    ),
    response_model="PayoutResponse",
    error_model="ErrorResponse",
)

GET_PRIVACY_POLICY = Operation(
    operation_id="get_privacy_policy",
    tag="privacy_policy",
    method="GET",
    path="/v2/{merchantId}/services/privacypolicy",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    query_class="GetPrivacyPolicyParams",
    query_params=(
        QueryParam("locale", "locale", "string"),
        QueryParam("paymentProductId", "payment_product_id", "integer"),
    ),
    response_model="GetPrivacyPolicyResponse",
    error_model="ErrorResponse",
)

GET_PRODUCT_DIRECTORY = Operation(
    operation_id="get_product_directory",
    tag="products",
    method="GET",
    path="/v2/{merchantId}/products/{paymentProductId}/directory",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("paymentProductId", "payment_product_id", type="integer"),
    ),
    query_class="GetProductDirectoryParams",
    query_params=(
        QueryParam("countryCode", "country_code", "string"),
        QueryParam("currencyCode", "currency_code", "string"),
    ),
    response_model="ProductDirectory",
    error_model="ErrorResponse",
)

GET_PRODUCT_GROUP = Operation(
    operation_id="get_product_group",
    tag="product_groups",
    method="GET",
    path="/v2/{merchantId}/productgroups/{paymentProductGroupId}",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("paymentProductGroupId", "payment_product_group_id"),
    ),
    query_class="GetProductGroupParams",
    query_params=(
        QueryParam("countryCode", "country_code", "string"),
        QueryParam("currencyCode", "currency_code", "string"),
        QueryParam("locale", "locale", "string", deprecated=True),
        QueryParam("amount", "amount", "integer"),
        QueryParam(
            "isRecurring",
            "is_recurring",
            "boolean",
            serialization=(
                (
                    "false",
                    "False",
                ),
                (
                    "true",
                    "True",
                ),
            ),
        ),
        QueryParam("hide", "hide", "array", item_type="string"),
    ),
    response_model="PaymentProductGroup",
    error_model="ErrorResponse",
)

GET_PRODUCT_GROUPS = Operation(
    operation_id="get_product_groups",
    tag="product_groups",
    method="GET",
    path="/v2/{merchantId}/productgroups",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    query_class="GetProductGroupsParams",
    query_params=(
        QueryParam("countryCode", "country_code", "string"),
        QueryParam("currencyCode", "currency_code", "string"),
        QueryParam("locale", "locale", "string", deprecated=True),
        QueryParam("amount", "amount", "integer"),
        QueryParam(
            "isRecurring",
            "is_recurring",
            "boolean",
            serialization=(
                (
                    "false",
                    "False",
                ),
                (
                    "true",
                    "True",
                ),
            ),
        ),
        QueryParam("hide", "hide", "array", item_type="string"),
    ),
    response_model="GetPaymentProductGroupsResponse",
    error_model="ErrorResponse",
)

GET_REFUNDS = Operation(
    operation_id="get_refunds",
    tag="refunds",
    method="GET",
    path="/v2/{merchantId}/payments/{paymentId}/refunds",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("paymentId", "payment_id"),
    ),
    response_model="RefundsResponse",
    error_model="ErrorResponse",
)

GET_TOKEN = Operation(
    operation_id="get_token",
    tag="tokens",
    method="GET",
    path="/v2/{merchantId}/tokens/{tokenId}",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("tokenId", "token_id"),
    ),
    response_model="TokenResponse",
    error_model="ErrorResponse",
)

IMPORT_COF_SERIES = Operation(
    operation_id="import_cof_series",
    tag="cof_series",
    method="POST",
    path="/v2/{merchantId}/tokens/importCofSeries",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    body_model="ImportCofSeriesRequest",
    response_model="ImportCofSeriesResponse",
    error_model="ErrorResponse",
)

INCREMENT_AUTHORIZATION = Operation(
    operation_id="increment_authorization",
    tag="pre_authorization",
    method="POST",
    path="/v2/{merchantId}/payments/{paymentId}/increment-authorization",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("paymentId", "payment_id"),
    ),
    body_model="IncrementAuthorizationRequest",
    response_model="IncrementAuthorizationResponse",
    error_model="PaymentErrorResponse",
)

PROCESS_BATCH = Operation(
    operation_id="process_batch",
    tag="merchant_batch",
    method="POST",
    path="/v2/{merchantId}/merchant-batches/{merchantBatchReference}/process",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("merchantBatchReference", "merchant_batch_reference"),
    ),
    error_model="ErrorResponse",
)

REFUND_PAYMENT = Operation(
    operation_id="refund_payment",
    tag="payments",
    method="POST",
    path="/v2/{merchantId}/payments/{paymentId}/refund",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("paymentId", "payment_id"),
    ),
    body_model="RefundRequest",
    response_model="RefundResponse",
    error_model="RefundErrorResponse",
    idempotent=True,
)

REVOKE_MANDATE = Operation(
    operation_id="revoke_mandate",
    tag="mandates",
    method="POST",
    path="/v2/{merchantId}/mandates/{uniqueMandateReference}/revoke",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("uniqueMandateReference", "unique_mandate_reference"),
    ),
    body_model="RevokeMandateRequest",
    response_model="GetMandateResponse",
    error_model="ErrorResponse",
)

SEND_TEST_WEBHOOK = Operation(
    operation_id="send_test_webhook",
    tag="webhooks",
    method="POST",
    path="/v2/{merchantId}/webhooks/sendtest",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    body_model="SendTestRequest",
    error_model="ErrorResponse",
)

SHARE = Operation(
    operation_id="share",
    tag="payment_links",
    method="POST",
    path="/v2/{merchantId}/paymentlinks/{paymentLinkId}/share",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("paymentLinkId", "payment_link_id"),
    ),
    body_model="SharePaymentLinkRequest",
    error_model="ErrorResponse",
)

SUBMIT_BATCH = Operation(
    operation_id="submit_batch",
    tag="merchant_batch",
    method="POST",
    path="/v2/{merchantId}/merchant-batches",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    body_model="SubmitBatchRequestBody",
    response_model="SubmitBatchResponse",
    error_model="ErrorResponse",
    gzip_body=True,
)

SUBSEQUENT_PAYMENT = Operation(
    operation_id="subsequent_payment",
    tag="subsequent",
    method="POST",
    path="/v2/{merchantId}/payments/{paymentId}/subsequent",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("paymentId", "payment_id"),
    ),
    body_model="SubsequentPaymentRequest",
    response_model="SubsequentPaymentResponse",
    error_model="PaymentErrorResponse",
    idempotent=True,
)

SURCHARGE_CALCULATION = Operation(
    operation_id="surcharge_calculation",
    tag="services",
    method="POST",
    path="/v2/{merchantId}/services/surchargecalculation",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    body_model="CalculateSurchargeRequest",
    response_model="CalculateSurchargeResponse",
    error_model="ErrorResponse",
)

TEST_CONNECTION = Operation(
    operation_id="test_connection",
    tag="services",
    method="GET",
    path="/v2/{merchantId}/services/testconnection",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    response_model="TestConnection",
    error_model="ErrorResponse",
)

UNBLOCK_MANDATE = Operation(
    operation_id="unblock_mandate",
    tag="mandates",
    method="POST",
    path="/v2/{merchantId}/mandates/{uniqueMandateReference}/unblock",
    path_params=(
        PathParam("merchantId", "merchant_id", bound_by="merchant"),
        PathParam("uniqueMandateReference", "unique_mandate_reference"),
    ),
    response_model="GetMandateResponse",
    error_model="ErrorResponse",
)

VALIDATE_WEBHOOK_CREDENTIALS = Operation(
    operation_id="validate_webhook_credentials",
    tag="webhooks",
    method="POST",
    path="/v2/{merchantId}/webhooks/validateCredentials",
    path_params=(PathParam("merchantId", "merchant_id", bound_by="merchant"),),
    body_model="ValidateCredentialsRequest",
    response_model="ValidateCredentialsResponse",
    error_model="ErrorResponse",
)

OPERATIONS: dict[str, Operation] = {
    "add_authorization_details": ADD_AUTHORIZATION_DETAILS,
    "block_mandate": BLOCK_MANDATE,
    "cancel_payment": CANCEL_PAYMENT,
    "cancel_payment_link_by_id": CANCEL_PAYMENT_LINK_BY_ID,
    "capture_payment": CAPTURE_PAYMENT,
    "complete_payment": COMPLETE_PAYMENT,
    "create_certificate": CREATE_CERTIFICATE,
    "create_hosted_checkout": CREATE_HOSTED_CHECKOUT,
    "create_hosted_fields_session": CREATE_HOSTED_FIELDS_SESSION,
    "create_hosted_tokenization": CREATE_HOSTED_TOKENIZATION,
    "create_mandate": CREATE_MANDATE,
    "create_payment": CREATE_PAYMENT,
    "create_payment_link": CREATE_PAYMENT_LINK,
    "create_payment_product_session": CREATE_PAYMENT_PRODUCT_SESSION,
    "create_payout": CREATE_PAYOUT,
    "create_session": CREATE_SESSION,
    "create_token": CREATE_TOKEN,
    "delete_token": DELETE_TOKEN,
    "get_batch_status": GET_BATCH_STATUS,
    "get_captures": GET_CAPTURES,
    "get_card_data_by_payments": GET_CARD_DATA_BY_PAYMENTS,
    "get_card_data_by_tokens": GET_CARD_DATA_BY_TOKENS,
    "get_dcc_rate_inquiry": GET_DCC_RATE_INQUIRY,
    "get_hosted_checkout": GET_HOSTED_CHECKOUT,
    "get_hosted_fields_session": GET_HOSTED_FIELDS_SESSION,
    "get_hosted_tokenization": GET_HOSTED_TOKENIZATION,
    "get_iin_details": GET_IIN_DETAILS,
    "get_mandate": GET_MANDATE,
    "get_payment": GET_PAYMENT,
    "get_payment_details": GET_PAYMENT_DETAILS,
    "get_payment_link_by_id": GET_PAYMENT_LINK_BY_ID,
    "get_payment_links_by_merchant_group_id": GET_PAYMENT_LINKS_BY_MERCHANT_GROUP_ID,
    "get_payment_product": GET_PAYMENT_PRODUCT,
    "get_payment_product_networks": GET_PAYMENT_PRODUCT_NETWORKS,
    "get_payment_products": GET_PAYMENT_PRODUCTS,
    "get_payments_report": GET_PAYMENTS_REPORT,
    "get_payout": GET_PAYOUT,
    "get_privacy_policy": GET_PRIVACY_POLICY,
    "get_product_directory": GET_PRODUCT_DIRECTORY,
    "get_product_group": GET_PRODUCT_GROUP,
    "get_product_groups": GET_PRODUCT_GROUPS,
    "get_refunds": GET_REFUNDS,
    "get_token": GET_TOKEN,
    "import_cof_series": IMPORT_COF_SERIES,
    "increment_authorization": INCREMENT_AUTHORIZATION,
    "process_batch": PROCESS_BATCH,
    "refund_payment": REFUND_PAYMENT,
    "revoke_mandate": REVOKE_MANDATE,
    "send_test_webhook": SEND_TEST_WEBHOOK,
    "share": SHARE,
    "submit_batch": SUBMIT_BATCH,
    "subsequent_payment": SUBSEQUENT_PAYMENT,
    "surcharge_calculation": SURCHARGE_CALCULATION,
    "test_connection": TEST_CONNECTION,
    "unblock_mandate": UNBLOCK_MANDATE,
    "validate_webhook_credentials": VALIDATE_WEBHOOK_CREDENTIALS,
}
