# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""The synchronous resource clients: one class per API group, one method per operation.

``MerchantClient`` gives access to every group for one merchant; each method
runs its operation through the executor it was created with.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, cast

from opay.call import Call
from opay.context import CallContext
from opay.generated import operation_table as _op
from opay.operation import Executor
from opay.pagination import iterate

if TYPE_CHECKING:
    from opay.generated.schemas import (
        AddAuthorizationDetailsResponse,
        CalculateSurchargeRequest,
        CalculateSurchargeResponse,
        CancelPaymentRequest,
        CancelPaymentResponse,
        CapturePaymentRequest,
        CaptureResponse,
        CapturesResponse,
        CompletePaymentRequest,
        CompletePaymentResponse,
        CreateCertificateResponse,
        CreatedTokenResponse,
        CreateHostedCheckoutRequest,
        CreateHostedCheckoutResponse,
        CreateHostedFieldsSessionRequest,
        CreateHostedFieldsSessionResponse,
        CreateHostedTokenizationRequest,
        CreateHostedTokenizationResponse,
        CreateMandateRequest,
        CreateMandateResponse,
        CreatePaymentLinkRequest,
        CreatePaymentRequest,
        CreatePaymentResponse,
        CreatePayoutRequest,
        CreateTokenRequest,
        CsrRequest,
        CurrencyConversionRequest,
        CurrencyConversionResponse,
        DetokenizationResponse,
        GetBatchStatusResponse,
        GetCardDataByPaymentsParams,
        GetCardDataByTokensParams,
        GetHostedCheckoutResponse,
        GetHostedFieldsSessionResponse,
        GetHostedTokenizationResponse,
        GetIINDetailsRequest,
        GetIINDetailsResponse,
        GetMandateResponse,
        GetPaymentLinksByMerchantGroupRequest,
        GetPaymentProductGroupsResponse,
        GetPaymentProductNetworksParams,
        GetPaymentProductParams,
        GetPaymentProductsParams,
        GetPaymentProductsResponse,
        GetPaymentsReportParams,
        GetPrivacyPolicyParams,
        GetPrivacyPolicyResponse,
        GetProductDirectoryParams,
        GetProductGroupParams,
        GetProductGroupsParams,
        ImportCofSeriesRequest,
        ImportCofSeriesResponse,
        IncrementAuthorizationRequest,
        IncrementAuthorizationResponse,
        PaymentDetailsResponse,
        PaymentLinkOverviewResponse,
        PaymentLinkResponse,
        PaymentProduct,
        PaymentProductGroup,
        PaymentProductNetworksResponse,
        PaymentProductSessionRequest,
        PaymentProductSessionResponse,
        PaymentResponse,
        PaymentsReportResponse,
        PaymentSummary,
        PayoutResponse,
        ProductDirectory,
        RefundRequest,
        RefundResponse,
        RefundsResponse,
        RevokeMandateRequest,
        SendTestRequest,
        SessionRequest,
        SessionResponse,
        SharePaymentLinkRequest,
        SubmitBatchRequestBody,
        SubmitBatchResponse,
        SubsequentPaymentRequest,
        SubsequentPaymentResponse,
        TestConnection,
        TokenResponse,
        UpdateAuthorizationAdditionalDataRequest,
        ValidateCredentialsRequest,
        ValidateCredentialsResponse,
    )


class _ResourceClient:
    """What every resource client holds: the executor and the merchant id."""

    __slots__ = ("_executor", "_merchant_id")

    def __init__(self, executor: Executor, merchant_id: str) -> None:
        self._executor = executor
        self._merchant_id = merchant_id

    @property
    def merchant_id(self) -> str:
        """The merchant (PSPID) whose operations this client runs."""
        return self._merchant_id


class CapturesClient(_ResourceClient):
    """The ``captures`` operations."""

    __slots__ = ()

    def get_captures(
        self,
        payment_id: str,
        context: CallContext | None = None,
    ) -> CapturesResponse:
        """GET /v2/{merchantId}/payments/{paymentId}/captures: returns CapturesResponse"""
        return cast(
            "CapturesResponse",
            self._executor.execute(
                Call(
                    _op.GET_CAPTURES,
                    {"merchantId": self._merchant_id, "paymentId": payment_id},
                    None,
                    None,
                    context,
                )
            ),
        )


class CofSeriesClient(_ResourceClient):
    """The ``cof_series`` operations."""

    __slots__ = ()

    def import_cof_series(
        self,
        body: ImportCofSeriesRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> ImportCofSeriesResponse:
        """POST /v2/{merchantId}/tokens/importCofSeries: returns ImportCofSeriesResponse"""
        return cast(
            "ImportCofSeriesResponse",
            self._executor.execute(
                Call(
                    _op.IMPORT_COF_SERIES,
                    {"merchantId": self._merchant_id},
                    body,
                    None,
                    context,
                )
            ),
        )


class CompleteClient(_ResourceClient):
    """The ``complete`` operations."""

    __slots__ = ()

    def complete_payment(
        self,
        payment_id: str,
        body: CompletePaymentRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> CompletePaymentResponse:
        """POST /v2/{merchantId}/payments/{paymentId}/complete: returns CompletePaymentResponse"""
        return cast(
            "CompletePaymentResponse",
            self._executor.execute(
                Call(
                    _op.COMPLETE_PAYMENT,
                    {"merchantId": self._merchant_id, "paymentId": payment_id},
                    body,
                    None,
                    context,
                )
            ),
        )


class HostedCheckoutClient(_ResourceClient):
    """The ``hosted_checkout`` operations."""

    __slots__ = ()

    def create_hosted_checkout(
        self,
        body: CreateHostedCheckoutRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> CreateHostedCheckoutResponse:
        """POST /v2/{merchantId}/hostedcheckouts: returns CreateHostedCheckoutResponse"""
        return cast(
            "CreateHostedCheckoutResponse",
            self._executor.execute(
                Call(
                    _op.CREATE_HOSTED_CHECKOUT,
                    {"merchantId": self._merchant_id},
                    body,
                    None,
                    context,
                )
            ),
        )

    def get_hosted_checkout(
        self,
        hosted_checkout_id: str,
        context: CallContext | None = None,
    ) -> GetHostedCheckoutResponse:
        """GET /v2/{merchantId}/hostedcheckouts/{hostedCheckoutId}: returns GetHostedCheckoutResponse"""
        return cast(
            "GetHostedCheckoutResponse",
            self._executor.execute(
                Call(
                    _op.GET_HOSTED_CHECKOUT,
                    {"merchantId": self._merchant_id, "hostedCheckoutId": hosted_checkout_id},
                    None,
                    None,
                    context,
                )
            ),
        )


class HostedFieldsClient(_ResourceClient):
    """The ``hosted_fields`` operations."""

    __slots__ = ()

    def create_hosted_fields_session(
        self,
        body: CreateHostedFieldsSessionRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> CreateHostedFieldsSessionResponse:
        """POST /v2/{merchantId}/hostedfields/sessions: returns CreateHostedFieldsSessionResponse"""
        return cast(
            "CreateHostedFieldsSessionResponse",
            self._executor.execute(
                Call(
                    _op.CREATE_HOSTED_FIELDS_SESSION,
                    {"merchantId": self._merchant_id},
                    body,
                    None,
                    context,
                )
            ),
        )

    def get_hosted_fields_session(
        self,
        session_id: str,
        context: CallContext | None = None,
    ) -> GetHostedFieldsSessionResponse:
        """GET /v2/{merchantId}/hostedfields/sessions/{sessionId}: returns GetHostedFieldsSessionResponse"""
        return cast(
            "GetHostedFieldsSessionResponse",
            self._executor.execute(
                Call(
                    _op.GET_HOSTED_FIELDS_SESSION,
                    {"merchantId": self._merchant_id, "sessionId": session_id},
                    None,
                    None,
                    context,
                )
            ),
        )


class HostedTokenizationClient(_ResourceClient):
    """The ``hosted_tokenization`` operations."""

    __slots__ = ()

    def create_hosted_tokenization(
        self,
        body: CreateHostedTokenizationRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> CreateHostedTokenizationResponse:
        """POST /v2/{merchantId}/hostedtokenizations: returns CreateHostedTokenizationResponse"""
        return cast(
            "CreateHostedTokenizationResponse",
            self._executor.execute(
                Call(
                    _op.CREATE_HOSTED_TOKENIZATION,
                    {"merchantId": self._merchant_id},
                    body,
                    None,
                    context,
                )
            ),
        )

    def get_hosted_tokenization(
        self,
        hosted_tokenization_id: str,
        context: CallContext | None = None,
    ) -> GetHostedTokenizationResponse:
        """GET /v2/{merchantId}/hostedtokenizations/{hostedTokenizationId}: returns GetHostedTokenizationResponse"""
        return cast(
            "GetHostedTokenizationResponse",
            self._executor.execute(
                Call(
                    _op.GET_HOSTED_TOKENIZATION,
                    {
                        "merchantId": self._merchant_id,
                        "hostedTokenizationId": hosted_tokenization_id,
                    },
                    None,
                    None,
                    context,
                )
            ),
        )


class MandatesClient(_ResourceClient):
    """The ``mandates`` operations."""

    __slots__ = ()

    def block_mandate(
        self,
        unique_mandate_reference: str,
        context: CallContext | None = None,
    ) -> GetMandateResponse:
        """POST /v2/{merchantId}/mandates/{uniqueMandateReference}/block: returns GetMandateResponse"""
        return cast(
            "GetMandateResponse",
            self._executor.execute(
                Call(
                    _op.BLOCK_MANDATE,
                    {
                        "merchantId": self._merchant_id,
                        "uniqueMandateReference": unique_mandate_reference,
                    },
                    None,
                    None,
                    context,
                )
            ),
        )

    def create_mandate(
        self,
        body: CreateMandateRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> CreateMandateResponse:
        """POST /v2/{merchantId}/mandates: returns CreateMandateResponse"""
        return cast(
            "CreateMandateResponse",
            self._executor.execute(
                Call(
                    _op.CREATE_MANDATE,
                    {"merchantId": self._merchant_id},
                    body,
                    None,
                    context,
                )
            ),
        )

    def get_mandate(
        self,
        unique_mandate_reference: str,
        context: CallContext | None = None,
    ) -> GetMandateResponse:
        """GET /v2/{merchantId}/mandates/{uniqueMandateReference}: returns GetMandateResponse"""
        return cast(
            "GetMandateResponse",
            self._executor.execute(
                Call(
                    _op.GET_MANDATE,
                    {
                        "merchantId": self._merchant_id,
                        "uniqueMandateReference": unique_mandate_reference,
                    },
                    None,
                    None,
                    context,
                )
            ),
        )

    def revoke_mandate(
        self,
        unique_mandate_reference: str,
        body: RevokeMandateRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> GetMandateResponse:
        """POST /v2/{merchantId}/mandates/{uniqueMandateReference}/revoke: returns GetMandateResponse"""
        return cast(
            "GetMandateResponse",
            self._executor.execute(
                Call(
                    _op.REVOKE_MANDATE,
                    {
                        "merchantId": self._merchant_id,
                        "uniqueMandateReference": unique_mandate_reference,
                    },
                    body,
                    None,
                    context,
                )
            ),
        )

    def unblock_mandate(
        self,
        unique_mandate_reference: str,
        context: CallContext | None = None,
    ) -> GetMandateResponse:
        """POST /v2/{merchantId}/mandates/{uniqueMandateReference}/unblock: returns GetMandateResponse"""
        return cast(
            "GetMandateResponse",
            self._executor.execute(
                Call(
                    _op.UNBLOCK_MANDATE,
                    {
                        "merchantId": self._merchant_id,
                        "uniqueMandateReference": unique_mandate_reference,
                    },
                    None,
                    None,
                    context,
                )
            ),
        )


class MerchantBatchClient(_ResourceClient):
    """The ``merchant_batch`` operations."""

    __slots__ = ()

    def get_batch_status(
        self,
        merchant_batch_reference: str,
        context: CallContext | None = None,
    ) -> GetBatchStatusResponse:
        """GET /v2/{merchantId}/merchant-batches/{merchantBatchReference}: returns GetBatchStatusResponse"""
        return cast(
            "GetBatchStatusResponse",
            self._executor.execute(
                Call(
                    _op.GET_BATCH_STATUS,
                    {
                        "merchantId": self._merchant_id,
                        "merchantBatchReference": merchant_batch_reference,
                    },
                    None,
                    None,
                    context,
                )
            ),
        )

    def get_payments_report(
        self,
        merchant_batch_reference: str,
        query: GetPaymentsReportParams | None = None,
        context: CallContext | None = None,
    ) -> PaymentsReportResponse:
        """GET /v2/{merchantId}/merchant-batches/{merchantBatchReference}/reports/payments: returns PaymentsReportResponse"""
        return cast(
            "PaymentsReportResponse",
            self._executor.execute(
                Call(
                    _op.GET_PAYMENTS_REPORT,
                    {
                        "merchantId": self._merchant_id,
                        "merchantBatchReference": merchant_batch_reference,
                    },
                    None,
                    query,
                    context,
                )
            ),
        )

    def iter_get_payments_report(
        self,
        merchant_batch_reference: str,
        query: GetPaymentsReportParams | None = None,
        context: CallContext | None = None,
    ) -> Iterator[PaymentSummary]:
        """Every item of :meth:`get_payments_report`, page after page: each page's
        cursor is sent to get the next one, until the platform says there are no more.
        ``query`` sets the first page's parameters (``limit`` applies to each page)."""

        def page(page_query: GetPaymentsReportParams) -> Any:
            return self.get_payments_report(merchant_batch_reference, page_query, context)

        return iterate(page, _op.GET_PAYMENTS_REPORT, query)

    def process_batch(
        self,
        merchant_batch_reference: str,
        context: CallContext | None = None,
    ) -> None:
        """POST /v2/{merchantId}/merchant-batches/{merchantBatchReference}/process: returns nothing"""
        self._executor.execute(
            Call(
                _op.PROCESS_BATCH,
                {
                    "merchantId": self._merchant_id,
                    "merchantBatchReference": merchant_batch_reference,
                },
                None,
                None,
                context,
            )
        )

    def submit_batch(
        self,
        body: SubmitBatchRequestBody | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> SubmitBatchResponse:
        """POST /v2/{merchantId}/merchant-batches: returns SubmitBatchResponse"""
        return cast(
            "SubmitBatchResponse",
            self._executor.execute(
                Call(
                    _op.SUBMIT_BATCH,
                    {"merchantId": self._merchant_id},
                    body,
                    None,
                    context,
                )
            ),
        )


class PaymentLinksClient(_ResourceClient):
    """The ``payment_links`` operations."""

    __slots__ = ()

    def cancel_payment_link_by_id(
        self,
        payment_link_id: str,
        context: CallContext | None = None,
    ) -> None:
        """POST /v2/{merchantId}/paymentlinks/{paymentLinkId}/cancel: returns nothing"""
        self._executor.execute(
            Call(
                _op.CANCEL_PAYMENT_LINK_BY_ID,
                {"merchantId": self._merchant_id, "paymentLinkId": payment_link_id},
                None,
                None,
                context,
            )
        )

    def create_payment_link(
        self,
        body: CreatePaymentLinkRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> PaymentLinkResponse:
        """POST /v2/{merchantId}/paymentlinks: returns PaymentLinkResponse"""
        return cast(
            "PaymentLinkResponse",
            self._executor.execute(
                Call(
                    _op.CREATE_PAYMENT_LINK,
                    {"merchantId": self._merchant_id},
                    body,
                    None,
                    context,
                )
            ),
        )

    def get_payment_link_by_id(
        self,
        payment_link_id: str,
        context: CallContext | None = None,
    ) -> PaymentLinkResponse:
        """GET /v2/{merchantId}/paymentlinks/{paymentLinkId}: returns PaymentLinkResponse"""
        return cast(
            "PaymentLinkResponse",
            self._executor.execute(
                Call(
                    _op.GET_PAYMENT_LINK_BY_ID,
                    {"merchantId": self._merchant_id, "paymentLinkId": payment_link_id},
                    None,
                    None,
                    context,
                )
            ),
        )

    def get_payment_links_by_merchant_group_id(
        self,
        merchant_group_id: str,
        body: GetPaymentLinksByMerchantGroupRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> PaymentLinkOverviewResponse:
        """POST /v2/merchant-groups/{merchantGroupId}/paymentlinks/search: returns PaymentLinkOverviewResponse"""
        return cast(
            "PaymentLinkOverviewResponse",
            self._executor.execute(
                Call(
                    _op.GET_PAYMENT_LINKS_BY_MERCHANT_GROUP_ID,
                    {"merchantGroupId": merchant_group_id},
                    body,
                    None,
                    context,
                )
            ),
        )

    def share(
        self,
        payment_link_id: str,
        body: SharePaymentLinkRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> None:
        """POST /v2/{merchantId}/paymentlinks/{paymentLinkId}/share: returns nothing"""
        self._executor.execute(
            Call(
                _op.SHARE,
                {"merchantId": self._merchant_id, "paymentLinkId": payment_link_id},
                body,
                None,
                context,
            )
        )


class PaymentsClient(_ResourceClient):
    """The ``payments`` operations."""

    __slots__ = ()

    def cancel_payment(
        self,
        payment_id: str,
        body: CancelPaymentRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> CancelPaymentResponse:
        """POST /v2/{merchantId}/payments/{paymentId}/cancel: returns CancelPaymentResponse"""
        return cast(
            "CancelPaymentResponse",
            self._executor.execute(
                Call(
                    _op.CANCEL_PAYMENT,
                    {"merchantId": self._merchant_id, "paymentId": payment_id},
                    body,
                    None,
                    context,
                )
            ),
        )

    def capture_payment(
        self,
        payment_id: str,
        body: CapturePaymentRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> CaptureResponse:
        """POST /v2/{merchantId}/payments/{paymentId}/capture: returns CaptureResponse"""
        return cast(
            "CaptureResponse",
            self._executor.execute(
                Call(
                    _op.CAPTURE_PAYMENT,
                    {"merchantId": self._merchant_id, "paymentId": payment_id},
                    body,
                    None,
                    context,
                )
            ),
        )

    def create_payment(
        self,
        body: CreatePaymentRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> CreatePaymentResponse:
        """POST /v2/{merchantId}/payments: returns CreatePaymentResponse"""
        return cast(
            "CreatePaymentResponse",
            self._executor.execute(
                Call(
                    _op.CREATE_PAYMENT,
                    {"merchantId": self._merchant_id},
                    body,
                    None,
                    context,
                )
            ),
        )

    def get_payment(
        self,
        payment_id: str,
        context: CallContext | None = None,
    ) -> PaymentResponse:
        """GET /v2/{merchantId}/payments/{paymentId}: returns PaymentResponse"""
        return cast(
            "PaymentResponse",
            self._executor.execute(
                Call(
                    _op.GET_PAYMENT,
                    {"merchantId": self._merchant_id, "paymentId": payment_id},
                    None,
                    None,
                    context,
                )
            ),
        )

    def get_payment_details(
        self,
        payment_id: str,
        context: CallContext | None = None,
    ) -> PaymentDetailsResponse:
        """GET /v2/{merchantId}/payments/{paymentId}/details: returns PaymentDetailsResponse"""
        return cast(
            "PaymentDetailsResponse",
            self._executor.execute(
                Call(
                    _op.GET_PAYMENT_DETAILS,
                    {"merchantId": self._merchant_id, "paymentId": payment_id},
                    None,
                    None,
                    context,
                )
            ),
        )

    def refund_payment(
        self,
        payment_id: str,
        body: RefundRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> RefundResponse:
        """POST /v2/{merchantId}/payments/{paymentId}/refund: returns RefundResponse"""
        return cast(
            "RefundResponse",
            self._executor.execute(
                Call(
                    _op.REFUND_PAYMENT,
                    {"merchantId": self._merchant_id, "paymentId": payment_id},
                    body,
                    None,
                    context,
                )
            ),
        )


class PayoutsClient(_ResourceClient):
    """The ``payouts`` operations."""

    __slots__ = ()

    def create_payout(
        self,
        body: CreatePayoutRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> PayoutResponse:
        """POST /v2/{merchantId}/payouts: returns PayoutResponse"""
        return cast(
            "PayoutResponse",
            self._executor.execute(
                Call(
                    _op.CREATE_PAYOUT,
                    {"merchantId": self._merchant_id},
                    body,
                    None,
                    context,
                )
            ),
        )

    def get_payout(
        self,
        payout_id: str,
        context: CallContext | None = None,
    ) -> PayoutResponse:
        """GET /v2/{merchantId}/payouts/{payoutId}: returns PayoutResponse"""
        return cast(
            "PayoutResponse",
            self._executor.execute(
                Call(
                    _op.GET_PAYOUT,
                    {"merchantId": self._merchant_id, "payoutId": payout_id},
                    None,
                    None,
                    context,
                )
            ),
        )


class PreAuthorizationClient(_ResourceClient):
    """The ``pre_authorization`` operations."""

    __slots__ = ()

    def add_authorization_details(
        self,
        payment_id: str,
        body: UpdateAuthorizationAdditionalDataRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> AddAuthorizationDetailsResponse:
        """POST /v2/{merchantId}/payments/{paymentId}/authorization-additional-data: returns AddAuthorizationDetailsResponse"""
        return cast(
            "AddAuthorizationDetailsResponse",
            self._executor.execute(
                Call(
                    _op.ADD_AUTHORIZATION_DETAILS,
                    {"merchantId": self._merchant_id, "paymentId": payment_id},
                    body,
                    None,
                    context,
                )
            ),
        )

    def increment_authorization(
        self,
        payment_id: str,
        body: IncrementAuthorizationRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> IncrementAuthorizationResponse:
        """POST /v2/{merchantId}/payments/{paymentId}/increment-authorization: returns IncrementAuthorizationResponse"""
        return cast(
            "IncrementAuthorizationResponse",
            self._executor.execute(
                Call(
                    _op.INCREMENT_AUTHORIZATION,
                    {"merchantId": self._merchant_id, "paymentId": payment_id},
                    body,
                    None,
                    context,
                )
            ),
        )


class PrivacyPolicyClient(_ResourceClient):
    """The ``privacy_policy`` operations."""

    __slots__ = ()

    def get_privacy_policy(
        self,
        query: GetPrivacyPolicyParams | None = None,
        context: CallContext | None = None,
    ) -> GetPrivacyPolicyResponse:
        """GET /v2/{merchantId}/services/privacypolicy: returns GetPrivacyPolicyResponse"""
        return cast(
            "GetPrivacyPolicyResponse",
            self._executor.execute(
                Call(
                    _op.GET_PRIVACY_POLICY,
                    {"merchantId": self._merchant_id},
                    None,
                    query,
                    context,
                )
            ),
        )


class ProductGroupsClient(_ResourceClient):
    """The ``product_groups`` operations."""

    __slots__ = ()

    def get_product_group(
        self,
        payment_product_group_id: str,
        query: GetProductGroupParams | None = None,
        context: CallContext | None = None,
    ) -> PaymentProductGroup:
        """GET /v2/{merchantId}/productgroups/{paymentProductGroupId}: returns PaymentProductGroup"""
        return cast(
            "PaymentProductGroup",
            self._executor.execute(
                Call(
                    _op.GET_PRODUCT_GROUP,
                    {
                        "merchantId": self._merchant_id,
                        "paymentProductGroupId": payment_product_group_id,
                    },
                    None,
                    query,
                    context,
                )
            ),
        )

    def get_product_groups(
        self,
        query: GetProductGroupsParams | None = None,
        context: CallContext | None = None,
    ) -> GetPaymentProductGroupsResponse:
        """GET /v2/{merchantId}/productgroups: returns GetPaymentProductGroupsResponse"""
        return cast(
            "GetPaymentProductGroupsResponse",
            self._executor.execute(
                Call(
                    _op.GET_PRODUCT_GROUPS,
                    {"merchantId": self._merchant_id},
                    None,
                    query,
                    context,
                )
            ),
        )


class ProductsClient(_ResourceClient):
    """The ``products`` operations."""

    __slots__ = ()

    def create_payment_product_session(
        self,
        payment_product_id: int,
        body: PaymentProductSessionRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> PaymentProductSessionResponse:
        """POST /v2/{merchantId}/products/{paymentProductId}/sessions: returns PaymentProductSessionResponse"""
        return cast(
            "PaymentProductSessionResponse",
            self._executor.execute(
                Call(
                    _op.CREATE_PAYMENT_PRODUCT_SESSION,
                    {"merchantId": self._merchant_id, "paymentProductId": payment_product_id},
                    body,
                    None,
                    context,
                )
            ),
        )

    def get_payment_product(
        self,
        payment_product_id: int,
        query: GetPaymentProductParams | None = None,
        context: CallContext | None = None,
    ) -> PaymentProduct:
        """GET /v2/{merchantId}/products/{paymentProductId}: returns PaymentProduct"""
        return cast(
            "PaymentProduct",
            self._executor.execute(
                Call(
                    _op.GET_PAYMENT_PRODUCT,
                    {"merchantId": self._merchant_id, "paymentProductId": payment_product_id},
                    None,
                    query,
                    context,
                )
            ),
        )

    def get_payment_product_networks(
        self,
        payment_product_id: int,
        query: GetPaymentProductNetworksParams | None = None,
        context: CallContext | None = None,
    ) -> PaymentProductNetworksResponse:
        """GET /v2/{merchantId}/products/{paymentProductId}/networks: returns PaymentProductNetworksResponse"""
        return cast(
            "PaymentProductNetworksResponse",
            self._executor.execute(
                Call(
                    _op.GET_PAYMENT_PRODUCT_NETWORKS,
                    {"merchantId": self._merchant_id, "paymentProductId": payment_product_id},
                    None,
                    query,
                    context,
                )
            ),
        )

    def get_payment_products(
        self,
        query: GetPaymentProductsParams | None = None,
        context: CallContext | None = None,
    ) -> GetPaymentProductsResponse:
        """GET /v2/{merchantId}/products: returns GetPaymentProductsResponse"""
        return cast(
            "GetPaymentProductsResponse",
            self._executor.execute(
                Call(
                    _op.GET_PAYMENT_PRODUCTS,
                    {"merchantId": self._merchant_id},
                    None,
                    query,
                    context,
                )
            ),
        )

    def get_product_directory(
        self,
        payment_product_id: int,
        query: GetProductDirectoryParams | None = None,
        context: CallContext | None = None,
    ) -> ProductDirectory:
        """GET /v2/{merchantId}/products/{paymentProductId}/directory: returns ProductDirectory"""
        return cast(
            "ProductDirectory",
            self._executor.execute(
                Call(
                    _op.GET_PRODUCT_DIRECTORY,
                    {"merchantId": self._merchant_id, "paymentProductId": payment_product_id},
                    None,
                    query,
                    context,
                )
            ),
        )


class RefundsClient(_ResourceClient):
    """The ``refunds`` operations."""

    __slots__ = ()

    def get_refunds(
        self,
        payment_id: str,
        context: CallContext | None = None,
    ) -> RefundsResponse:
        """GET /v2/{merchantId}/payments/{paymentId}/refunds: returns RefundsResponse"""
        return cast(
            "RefundsResponse",
            self._executor.execute(
                Call(
                    _op.GET_REFUNDS,
                    {"merchantId": self._merchant_id, "paymentId": payment_id},
                    None,
                    None,
                    context,
                )
            ),
        )


class ServicesClient(_ResourceClient):
    """The ``services`` operations."""

    __slots__ = ()

    def get_dcc_rate_inquiry(
        self,
        body: CurrencyConversionRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> CurrencyConversionResponse:
        """POST /v2/{merchantId}/services/dccrate: returns CurrencyConversionResponse"""
        return cast(
            "CurrencyConversionResponse",
            self._executor.execute(
                Call(
                    _op.GET_DCC_RATE_INQUIRY,
                    {"merchantId": self._merchant_id},
                    body,
                    None,
                    context,
                )
            ),
        )

    def get_iin_details(
        self,
        body: GetIINDetailsRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> GetIINDetailsResponse:
        """POST /v2/{merchantId}/services/getIINdetails: returns GetIINDetailsResponse"""
        return cast(
            "GetIINDetailsResponse",
            self._executor.execute(
                Call(
                    _op.GET_IIN_DETAILS,
                    {"merchantId": self._merchant_id},
                    body,
                    None,
                    context,
                )
            ),
        )

    def surcharge_calculation(
        self,
        body: CalculateSurchargeRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> CalculateSurchargeResponse:
        """POST /v2/{merchantId}/services/surchargecalculation: returns CalculateSurchargeResponse"""
        return cast(
            "CalculateSurchargeResponse",
            self._executor.execute(
                Call(
                    _op.SURCHARGE_CALCULATION,
                    {"merchantId": self._merchant_id},
                    body,
                    None,
                    context,
                )
            ),
        )

    def test_connection(
        self,
        context: CallContext | None = None,
    ) -> TestConnection:
        """GET /v2/{merchantId}/services/testconnection: returns TestConnection"""
        return cast(
            "TestConnection",
            self._executor.execute(
                Call(
                    _op.TEST_CONNECTION,
                    {"merchantId": self._merchant_id},
                    None,
                    None,
                    context,
                )
            ),
        )


class SessionsClient(_ResourceClient):
    """The ``sessions`` operations."""

    __slots__ = ()

    def create_session(
        self,
        body: SessionRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> SessionResponse:
        """POST /v2/{merchantId}/sessions: returns SessionResponse"""
        return cast(
            "SessionResponse",
            self._executor.execute(
                Call(
                    _op.CREATE_SESSION,
                    {"merchantId": self._merchant_id},
                    body,
                    None,
                    context,
                )
            ),
        )


class SubsequentClient(_ResourceClient):
    """The ``subsequent`` operations."""

    __slots__ = ()

    def subsequent_payment(
        self,
        payment_id: str,
        body: SubsequentPaymentRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> SubsequentPaymentResponse:
        """POST /v2/{merchantId}/payments/{paymentId}/subsequent: returns SubsequentPaymentResponse"""
        return cast(
            "SubsequentPaymentResponse",
            self._executor.execute(
                Call(
                    _op.SUBSEQUENT_PAYMENT,
                    {"merchantId": self._merchant_id, "paymentId": payment_id},
                    body,
                    None,
                    context,
                )
            ),
        )


class TokenizationClient(_ResourceClient):
    """The ``tokenization`` operations."""

    __slots__ = ()

    def create_certificate(
        self,
        body: CsrRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> CreateCertificateResponse:
        """POST /v2/{merchantId}/detokenize/csr: returns CreateCertificateResponse"""
        return cast(
            "CreateCertificateResponse",
            self._executor.execute(
                Call(
                    _op.CREATE_CERTIFICATE,
                    {"merchantId": self._merchant_id},
                    body,
                    None,
                    context,
                )
            ),
        )

    def get_card_data_by_payments(
        self,
        query: GetCardDataByPaymentsParams | None = None,
        context: CallContext | None = None,
    ) -> DetokenizationResponse:
        """GET /v2/{merchantId}/detokenize/payments: returns DetokenizationResponse"""
        return cast(
            "DetokenizationResponse",
            self._executor.execute(
                Call(
                    _op.GET_CARD_DATA_BY_PAYMENTS,
                    {"merchantId": self._merchant_id},
                    None,
                    query,
                    context,
                )
            ),
        )

    def get_card_data_by_tokens(
        self,
        query: GetCardDataByTokensParams | None = None,
        context: CallContext | None = None,
    ) -> DetokenizationResponse:
        """GET /v2/{merchantId}/detokenize/tokens: returns DetokenizationResponse"""
        return cast(
            "DetokenizationResponse",
            self._executor.execute(
                Call(
                    _op.GET_CARD_DATA_BY_TOKENS,
                    {"merchantId": self._merchant_id},
                    None,
                    query,
                    context,
                )
            ),
        )


class TokensClient(_ResourceClient):
    """The ``tokens`` operations."""

    __slots__ = ()

    def create_token(
        self,
        body: CreateTokenRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> CreatedTokenResponse:
        """POST /v2/{merchantId}/tokens: returns CreatedTokenResponse"""
        return cast(
            "CreatedTokenResponse",
            self._executor.execute(
                Call(
                    _op.CREATE_TOKEN,
                    {"merchantId": self._merchant_id},
                    body,
                    None,
                    context,
                )
            ),
        )

    def delete_token(
        self,
        token_id: str,
        context: CallContext | None = None,
    ) -> None:
        """DELETE /v2/{merchantId}/tokens/{tokenId}: returns nothing"""
        self._executor.execute(
            Call(
                _op.DELETE_TOKEN,
                {"merchantId": self._merchant_id, "tokenId": token_id},
                None,
                None,
                context,
            )
        )

    def get_token(
        self,
        token_id: str,
        context: CallContext | None = None,
    ) -> TokenResponse:
        """GET /v2/{merchantId}/tokens/{tokenId}: returns TokenResponse"""
        return cast(
            "TokenResponse",
            self._executor.execute(
                Call(
                    _op.GET_TOKEN,
                    {"merchantId": self._merchant_id, "tokenId": token_id},
                    None,
                    None,
                    context,
                )
            ),
        )


class WebhooksClient(_ResourceClient):
    """The ``webhooks`` operations."""

    __slots__ = ()

    def send_test_webhook(
        self,
        body: SendTestRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> None:
        """POST /v2/{merchantId}/webhooks/sendtest: returns nothing"""
        self._executor.execute(
            Call(
                _op.SEND_TEST_WEBHOOK,
                {"merchantId": self._merchant_id},
                body,
                None,
                context,
            )
        )

    def validate_webhook_credentials(
        self,
        body: ValidateCredentialsRequest | Mapping[str, Any],
        context: CallContext | None = None,
    ) -> ValidateCredentialsResponse:
        """POST /v2/{merchantId}/webhooks/validateCredentials: returns ValidateCredentialsResponse"""
        return cast(
            "ValidateCredentialsResponse",
            self._executor.execute(
                Call(
                    _op.VALIDATE_WEBHOOK_CREDENTIALS,
                    {"merchantId": self._merchant_id},
                    body,
                    None,
                    context,
                )
            ),
        )


class MerchantClient(_ResourceClient):
    """Every group of operations of one merchant."""

    __slots__ = ()

    def captures(self) -> CapturesClient:
        """The ``captures`` operations."""
        return CapturesClient(self._executor, self._merchant_id)

    def cof_series(self) -> CofSeriesClient:
        """The ``cof_series`` operations."""
        return CofSeriesClient(self._executor, self._merchant_id)

    def complete(self) -> CompleteClient:
        """The ``complete`` operations."""
        return CompleteClient(self._executor, self._merchant_id)

    def hosted_checkout(self) -> HostedCheckoutClient:
        """The ``hosted_checkout`` operations."""
        return HostedCheckoutClient(self._executor, self._merchant_id)

    def hosted_fields(self) -> HostedFieldsClient:
        """The ``hosted_fields`` operations."""
        return HostedFieldsClient(self._executor, self._merchant_id)

    def hosted_tokenization(self) -> HostedTokenizationClient:
        """The ``hosted_tokenization`` operations."""
        return HostedTokenizationClient(self._executor, self._merchant_id)

    def mandates(self) -> MandatesClient:
        """The ``mandates`` operations."""
        return MandatesClient(self._executor, self._merchant_id)

    def merchant_batch(self) -> MerchantBatchClient:
        """The ``merchant_batch`` operations."""
        return MerchantBatchClient(self._executor, self._merchant_id)

    def payment_links(self) -> PaymentLinksClient:
        """The ``payment_links`` operations."""
        return PaymentLinksClient(self._executor, self._merchant_id)

    def payments(self) -> PaymentsClient:
        """The ``payments`` operations."""
        return PaymentsClient(self._executor, self._merchant_id)

    def payouts(self) -> PayoutsClient:
        """The ``payouts`` operations."""
        return PayoutsClient(self._executor, self._merchant_id)

    def pre_authorization(self) -> PreAuthorizationClient:
        """The ``pre_authorization`` operations."""
        return PreAuthorizationClient(self._executor, self._merchant_id)

    def privacy_policy(self) -> PrivacyPolicyClient:
        """The ``privacy_policy`` operations."""
        return PrivacyPolicyClient(self._executor, self._merchant_id)

    def product_groups(self) -> ProductGroupsClient:
        """The ``product_groups`` operations."""
        return ProductGroupsClient(self._executor, self._merchant_id)

    def products(self) -> ProductsClient:
        """The ``products`` operations."""
        return ProductsClient(self._executor, self._merchant_id)

    def refunds(self) -> RefundsClient:
        """The ``refunds`` operations."""
        return RefundsClient(self._executor, self._merchant_id)

    def services(self) -> ServicesClient:
        """The ``services`` operations."""
        return ServicesClient(self._executor, self._merchant_id)

    def sessions(self) -> SessionsClient:
        """The ``sessions`` operations."""
        return SessionsClient(self._executor, self._merchant_id)

    def subsequent(self) -> SubsequentClient:
        """The ``subsequent`` operations."""
        return SubsequentClient(self._executor, self._merchant_id)

    def tokenization(self) -> TokenizationClient:
        """The ``tokenization`` operations."""
        return TokenizationClient(self._executor, self._merchant_id)

    def tokens(self) -> TokensClient:
        """The ``tokens`` operations."""
        return TokensClient(self._executor, self._merchant_id)

    def webhooks(self) -> WebhooksClient:
        """The ``webhooks`` operations."""
        return WebhooksClient(self._executor, self._merchant_id)
