"""The platform's own Python SDK (onlinepayments-sdk-python3) against ``python -m opay.sandbox``.

Someone moving from the official SDK must see, for the same requests, the exception classes
and error ids the platform documents. Each operation family has a happy path, a documented
validation error and a documented state or reference error; the expected errors are the
entries of :mod:`opay.sandbox.error_catalogue`, whose sources are noted there.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from onlinepayments.sdk.api_exception import ApiException
from onlinepayments.sdk.authorization_exception import AuthorizationException
from onlinepayments.sdk.call_context import CallContext
from onlinepayments.sdk.communicator_configuration import CommunicatorConfiguration
from onlinepayments.sdk.declined_payment_exception import DeclinedPaymentException
from onlinepayments.sdk.domain.cancel_payment_request import CancelPaymentRequest
from onlinepayments.sdk.domain.capture_payment_request import CapturePaymentRequest
from onlinepayments.sdk.domain.complete_payment_request import CompletePaymentRequest
from onlinepayments.sdk.domain.create_hosted_checkout_request import (
    CreateHostedCheckoutRequest,
)
from onlinepayments.sdk.domain.create_hosted_tokenization_request import (
    CreateHostedTokenizationRequest,
)
from onlinepayments.sdk.domain.create_mandate_request import CreateMandateRequest
from onlinepayments.sdk.domain.create_payment_link_request import (
    CreatePaymentLinkRequest,
)
from onlinepayments.sdk.domain.create_payment_request import CreatePaymentRequest
from onlinepayments.sdk.domain.create_payout_request import CreatePayoutRequest
from onlinepayments.sdk.domain.create_token_request import CreateTokenRequest
from onlinepayments.sdk.domain.get_iin_details_request import GetIINDetailsRequest
from onlinepayments.sdk.domain.refund_request import RefundRequest
from onlinepayments.sdk.domain.revoke_mandate_request import RevokeMandateRequest
from onlinepayments.sdk.domain.share_payment_link_request import (
    SharePaymentLinkRequest,
)
from onlinepayments.sdk.domain.subsequent_payment_request import SubsequentPaymentRequest
from onlinepayments.sdk.factory import Factory
from onlinepayments.sdk.idempotence_exception import IdempotenceException
from onlinepayments.sdk.merchant.products.get_payment_products_params import (
    GetPaymentProductsParams,
)
from onlinepayments.sdk.reference_exception import ReferenceException
from onlinepayments.sdk.validation_exception import ValidationException

from opay.sandbox import Sandbox
from opay.sandbox import error_catalogue as catalogue
from opay.sandbox.app import SandboxApp
from opay.transport import Request

ROOT = Path(__file__).resolve().parents[2]
MERCHANT = "sdk-shop"
KEY_ID = "sdk-key"
SECRET = "sdk-secret"
CARD = {
    "cardNumber": "4111111111111111",
    "expiryDate": "1230",
    "cvv": "123",
    "cardholderName": "Ada Lovelace",
}
MANDATE_CUSTOMER = {
    "bankAccountIban": {"iban": "NL91ABNA0417164300"},
    "personalInformation": {"name": {"firstName": "Wile", "surname": "Coyote"}},
    "mandateAddress": {
        "city": "Amsterdam",
        "countryCode": "NL",
        "street": "Damrak",
        "zip": "1012LG",
    },
}


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    """``python -m opay.sandbox`` on a free loopback port, for the whole module."""
    options = {"--merchant-id": MERCHANT, "--api-key-id": KEY_ID, "--secret-api-key": SECRET}
    command = [sys.executable, "-m", "opay.sandbox", "--quiet", "--port", "0"]
    command += [part for pair in options.items() for part in pair]
    proc = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("ready: "):
                yield line.removeprefix("ready: ").strip()
                break
        else:
            raise AssertionError("the sandbox exited before it was ready")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        if proc.stdout is not None:
            proc.stdout.close()


def _client(endpoint: str, secret: str = SECRET) -> Any:
    configuration = CommunicatorConfiguration(
        api_endpoint=endpoint,
        api_key_id=KEY_ID,
        secret_api_key=secret,
        authorization_type="v1HMAC",
        connect_timeout=5,
        socket_timeout=30,
        max_connections=2,
        integrator="opay platform-SDK scenarios",
    )
    return Factory.create_client_from_configuration(configuration)


@pytest.fixture(scope="module")
def merchant(endpoint: str) -> Iterator[Any]:
    client = _client(endpoint)
    try:
        yield client.merchant(MERCHANT)
    finally:
        client.close()


def _error(exc: ApiException, entry: catalogue.Entry, status: int | None = None) -> Any:
    """The single error of ``exc``, checked against the catalogue entry it must be."""
    assert exc.status_code == (status or entry.http_status)
    assert exc.error_id
    (error,) = exc.errors
    assert (error.code, error.id, error.category) == (entry.code, entry.id, entry.category)
    assert error.http_status_code == exc.status_code
    assert error.error_code == entry.error_code
    return error


def _card_payment(merchant: Any, amount: int = 1000) -> Any:
    body = CreatePaymentRequest().from_dictionary(
        {
            "order": {"amountOfMoney": {"amount": amount, "currencyCode": "EUR"}},
            "cardPaymentMethodSpecificInput": {
                "paymentProductId": 1,
                "authorizationMode": "PRE_AUTHORIZATION",
                "card": CARD,
            },
        }
    )
    return merchant.payments().create_payment(body).payment


def _cancelled_payment(merchant: Any) -> Any:
    payment = _card_payment(merchant)
    merchant.payments().cancel_payment(payment.id, CancelPaymentRequest())
    return payment


# ---------------------------------------------------------------- authentication


def test_a_wrong_secret_is_an_authorization_exception(endpoint: str) -> None:
    client = _client(endpoint, secret="not-the-secret")
    try:
        with pytest.raises(AuthorizationException) as caught:
            client.merchant(MERCHANT).payments().get_payment("3000000000_0")
    finally:
        client.close()
    _error(caught.value, catalogue.MISSING_OR_INVALID_AUTHORIZATION)


def test_another_merchant_is_an_authorization_exception(endpoint: str) -> None:
    client = _client(endpoint)
    try:
        with pytest.raises(AuthorizationException) as caught:
            client.merchant("someone-else").payments().get_payment("3000000000_0")
    finally:
        client.close()
    _error(caught.value, catalogue.ACCESS_TO_MERCHANT_NOT_ALLOWED)


# ---------------------------------------------------------------- payments


def test_payment_happy_path(merchant: Any) -> None:
    payment = _card_payment(merchant)
    assert payment.status == "PENDING_CAPTURE"
    fetched = merchant.payments().get_payment(payment.id)
    assert fetched.id == payment.id


@pytest.mark.parametrize(
    ("number", "outcome"),
    [
        ("4012003360932265", "rejected by the issuer during 3-D Secure"),  # the platform's card
        ("4999000000000005", "declined by the issuer"),  # the sandbox's own declined card
    ],
)
def test_a_declined_card_is_a_declined_payment_exception(
    merchant: Any, number: str, outcome: str
) -> None:
    body = CreatePaymentRequest().from_dictionary(
        {
            "order": {"amountOfMoney": {"amount": 1000, "currencyCode": "EUR"}},
            "cardPaymentMethodSpecificInput": {
                "paymentProductId": 1,
                "card": {**CARD, "cardNumber": number},
            },
        }
    )
    with pytest.raises(DeclinedPaymentException) as caught:
        merchant.payments().create_payment(body)
    declined = caught.value
    assert declined.status_code == 402, outcome
    result = declined.create_payment_response
    assert result is not None and result.payment.status == "REJECTED"
    assert result.payment.status_output.status_category == "UNSUCCESSFUL"
    _error(declined, catalogue.NOT_AUTHORISED)


def test_payment_without_a_currency_is_a_validation_exception(merchant: Any) -> None:
    body = CreatePaymentRequest().from_dictionary(
        {
            "order": {"amountOfMoney": {"amount": 1000}},
            "cardPaymentMethodSpecificInput": {"paymentProductId": 1, "card": CARD},
        }
    )
    with pytest.raises(ValidationException) as caught:
        merchant.payments().create_payment(body)
    error = _error(caught.value, catalogue.PARAMETER_NOT_FOUND_IN_REQUEST)
    assert error.property_name == "order.amountOfMoney.currencyCode"


def test_a_lowercase_currency_code_is_a_validation_exception(merchant: Any) -> None:
    body = CreatePaymentRequest().from_dictionary(
        {
            "order": {"amountOfMoney": {"amount": 1000, "currencyCode": "eur"}},
            "cardPaymentMethodSpecificInput": {"paymentProductId": 1, "card": CARD},
        }
    )
    with pytest.raises(ValidationException) as caught:
        merchant.payments().create_payment(body)
    error = _error(caught.value, catalogue.INVALID_VALUE)
    assert error.property_name == "order.amountOfMoney.currencyCode"


def test_a_card_failing_the_luhn_check_gets_the_documented_message(merchant: Any) -> None:
    body = CreatePaymentRequest().from_dictionary(
        {
            "order": {"amountOfMoney": {"amount": 1000, "currencyCode": "EUR"}},
            "cardPaymentMethodSpecificInput": {
                "paymentProductId": 1,
                "card": {**CARD, "cardNumber": "4111111111111112"},
            },
        }
    )
    with pytest.raises(ValidationException) as caught:
        merchant.payments().create_payment(body)
    error = _error(caught.value, catalogue.CARD_NUMBER_LUHN)
    assert error.message == catalogue.CARD_NUMBER_LUHN.message


def test_an_unknown_payment_is_a_reference_exception(merchant: Any) -> None:
    with pytest.raises(ReferenceException) as caught:
        merchant.payments().get_payment("3999999999_0")
    _error(caught.value, catalogue.REQUEST_ERROR_404)


def test_a_malformed_payment_id_is_a_validation_exception(merchant: Any) -> None:
    with pytest.raises(ValidationException) as caught:
        merchant.payments().get_payment("not-a-payment-id")
    error = _error(caught.value, catalogue.INVALID_VALUE)
    assert error.property_name == "paymentId"


def test_cancelling_twice_is_not_possible(merchant: Any) -> None:
    payment = _cancelled_payment(merchant)
    with pytest.raises(ValidationException) as caught:
        merchant.payments().cancel_payment(payment.id, CancelPaymentRequest())
    _error(caught.value, catalogue.OPERATION_NOT_POSSIBLE)


# ---------------------------------------------------------------- captures


def test_capture_happy_path(merchant: Any) -> None:
    payment = _card_payment(merchant, 700)
    capture = merchant.payments().capture_payment(
        payment.id, CapturePaymentRequest().from_dictionary({"amount": 700})
    )
    assert capture.status in ("CAPTURE_REQUESTED", "CAPTURED")


def test_capturing_more_than_authorised_is_a_validation_exception(merchant: Any) -> None:
    payment = _card_payment(merchant, 700)
    with pytest.raises(ValidationException) as caught:
        merchant.payments().capture_payment(
            payment.id, CapturePaymentRequest().from_dictionary({"amount": 701})
        )
    error = _error(caught.value, catalogue.INVALID_VALUE)
    assert error.property_name == "amount"


def test_capturing_a_cancelled_payment_is_not_possible(merchant: Any) -> None:
    payment = _cancelled_payment(merchant)
    with pytest.raises(ValidationException) as caught:
        merchant.payments().capture_payment(
            payment.id, CapturePaymentRequest().from_dictionary({"amount": 100})
        )
    _error(caught.value, catalogue.OPERATION_NOT_POSSIBLE)


# ---------------------------------------------------------------- refunds


def test_refund_happy_path(merchant: Any) -> None:
    payment = _card_payment(merchant, 900)
    merchant.payments().capture_payment(
        payment.id, CapturePaymentRequest().from_dictionary({"amount": 900, "isFinal": True})
    )
    refund = merchant.payments().refund_payment(
        payment.id,
        RefundRequest().from_dictionary({"amountOfMoney": {"amount": 400, "currencyCode": "EUR"}}),
    )
    assert refund.id


def test_refunding_a_cancelled_payment_is_not_possible(merchant: Any) -> None:
    payment = _cancelled_payment(merchant)
    with pytest.raises(ValidationException) as caught:
        merchant.payments().refund_payment(
            payment.id,
            RefundRequest().from_dictionary(
                {"amountOfMoney": {"amount": 100, "currencyCode": "EUR"}}
            ),
        )
    _error(caught.value, catalogue.OPERATION_NOT_POSSIBLE)


# ---------------------------------------------------------------- hosted checkout


def _hosted_checkout(extra: dict[str, Any] | None = None) -> Any:
    return CreateHostedCheckoutRequest().from_dictionary(
        {
            "order": {"amountOfMoney": {"amount": 2500, "currencyCode": "EUR"}},
            "hostedCheckoutSpecificInput": {
                "returnUrl": "https://shop.example/back",
                **(extra or {}),
            },
        }
    )


def test_hosted_checkout_happy_path(merchant: Any) -> None:
    created = merchant.hosted_checkout().create_hosted_checkout(_hosted_checkout())
    fetched = merchant.hosted_checkout().get_hosted_checkout(created.hosted_checkout_id)
    assert fetched.status == "IN_PROGRESS"


def test_more_than_ten_payment_attempts_is_a_validation_exception(merchant: Any) -> None:
    # API reference: allowedNumberOfPaymentAttempts "must be between 1 and 10"
    with pytest.raises(ValidationException) as caught:
        merchant.hosted_checkout().create_hosted_checkout(
            _hosted_checkout({"allowedNumberOfPaymentAttempts": 11})
        )
    error = _error(caught.value, catalogue.INVALID_VALUE)
    assert error.property_name == "hostedCheckoutSpecificInput.allowedNumberOfPaymentAttempts"


def test_an_unknown_hosted_checkout_is_a_reference_exception(merchant: Any) -> None:
    with pytest.raises(ReferenceException) as caught:
        merchant.hosted_checkout().get_hosted_checkout("0000000000")
    _error(caught.value, catalogue.REQUEST_ERROR_404)


# ---------------------------------------------------------------- products and services


def test_products_accept_the_sdks_boolean_spelling(merchant: Any) -> None:
    # the SDK sends isRecurring=True (str(bool)), not "true"
    params = GetPaymentProductsParams()
    params.country_code = "NL"
    params.currency_code = "EUR"
    params.is_recurring = True
    products = merchant.products().get_payment_products(params).payment_products
    assert products


def test_a_three_letter_country_code_is_a_validation_exception(merchant: Any) -> None:
    params = GetPaymentProductsParams()
    params.country_code = "NLD"
    params.currency_code = "EUR"
    with pytest.raises(ValidationException) as caught:
        merchant.products().get_payment_products(params)
    error = _error(caught.value, catalogue.INVALID_VALUE)
    assert error.property_name == "countryCode"


def test_iin_details_happy_path(merchant: Any) -> None:
    details = merchant.services().get_iin_details(
        GetIINDetailsRequest().from_dictionary({"bin": "411111"})
    )
    assert details.payment_product_id == 1


def test_iin_details_without_a_bin_is_the_documented_error(merchant: Any) -> None:
    # the platform SDK's sample: PARAMETER_NOT_FOUND_IN_REQUEST with propertyName "bin"
    with pytest.raises(ValidationException) as caught:
        merchant.services().get_iin_details(GetIINDetailsRequest())
    error = _error(caught.value, catalogue.PARAMETER_NOT_FOUND_IN_REQUEST)
    assert error.property_name == "bin"
    assert error.message == catalogue.PARAMETER_NOT_FOUND_IN_REQUEST.message


# ---------------------------------------------------------------- mandates


def test_mandate_happy_path_then_a_revoked_one_cannot_be_blocked(merchant: Any) -> None:
    created = merchant.mandates().create_mandate(
        CreateMandateRequest().from_dictionary(
            {
                "customer": MANDATE_CUSTOMER,
                "customerReference": "cust-1",
                "recurrenceType": "RECURRING",
                "signatureType": "UNSIGNED",
                "uniqueMandateReference": "SDK-MANDATE-1",
            }
        )
    )
    assert created.mandate.status == "ACTIVE"
    merchant.mandates().revoke_mandate(
        "SDK-MANDATE-1", RevokeMandateRequest().from_dictionary({"revocationReason": "userAction"})
    )
    with pytest.raises(ValidationException) as caught:
        merchant.mandates().block_mandate("SDK-MANDATE-1")
    _error(caught.value, catalogue.OPERATION_NOT_POSSIBLE)


def test_a_mandate_without_an_address_is_a_validation_exception(merchant: Any) -> None:
    # API reference: mandateAddress "Required for Create mandate and Create payment calls"
    customer = {k: v for k, v in MANDATE_CUSTOMER.items() if k != "mandateAddress"}
    with pytest.raises(ValidationException) as caught:
        merchant.mandates().create_mandate(
            CreateMandateRequest().from_dictionary(
                {"customer": customer, "customerReference": "cust-2", "recurrenceType": "UNIQUE"}
            )
        )
    error = _error(caught.value, catalogue.PARAMETER_NOT_FOUND_IN_REQUEST)
    assert error.property_name == "customer.mandateAddress"


# ---------------------------------------------------------------- payment links


def _payment_link(merchant: Any) -> Any:
    return merchant.payment_links().create_payment_link(
        CreatePaymentLinkRequest().from_dictionary(
            {"order": {"amountOfMoney": {"amount": 1500, "currencyCode": "EUR"}}}
        )
    )


def test_payment_link_happy_path(merchant: Any) -> None:
    link = _payment_link(merchant)
    shared = SharePaymentLinkRequest().from_dictionary(
        {"channel": "EMAIL", "recipient": "wile@example.com", "locale": "fr-BE"}
    )
    merchant.payment_links().share(link.payment_link_id, shared)
    fetched = merchant.payment_links().get_payment_link_by_id(link.payment_link_id)
    assert fetched.payment_link_id == link.payment_link_id


def test_sharing_with_an_underscore_locale_is_a_validation_exception(merchant: Any) -> None:
    # API reference: locale "in language-country format ... (e.g., fr-BE, en-US, de-DE)"
    link = _payment_link(merchant)
    with pytest.raises(ValidationException) as caught:
        merchant.payment_links().share(
            link.payment_link_id,
            SharePaymentLinkRequest().from_dictionary(
                {"channel": "EMAIL", "recipient": "wile@example.com", "locale": "fr_BE"}
            ),
        )
    error = _error(caught.value, catalogue.INVALID_VALUE)
    assert error.property_name == "locale"


def test_a_cancelled_link_cannot_be_shared(merchant: Any) -> None:
    link = _payment_link(merchant)
    merchant.payment_links().cancel_payment_link_by_id(link.payment_link_id)
    with pytest.raises(ValidationException) as caught:
        merchant.payment_links().share(
            link.payment_link_id,
            SharePaymentLinkRequest().from_dictionary(
                {"channel": "EMAIL", "recipient": "wile@example.com"}
            ),
        )
    _error(caught.value, catalogue.OPERATION_NOT_POSSIBLE)


# ---------------------------------------------------------------- tokens


def _token_request(card: dict[str, str]) -> Any:
    return CreateTokenRequest().from_dictionary(
        {"paymentProductId": 1, "card": {"data": {"card": card}}}
    )


def test_token_happy_path_then_a_deleted_token_is_gone(merchant: Any) -> None:
    created = merchant.tokens().create_token(_token_request(CARD))
    assert merchant.tokens().get_token(created.token).id == created.token
    merchant.tokens().delete_token(created.token)
    with pytest.raises(ReferenceException) as caught:
        merchant.tokens().get_token(created.token)
    _error(caught.value, catalogue.REQUEST_ERROR_404)


def test_a_token_for_a_card_failing_luhn_is_a_validation_exception(merchant: Any) -> None:
    with pytest.raises(ValidationException) as caught:
        merchant.tokens().create_token(_token_request({**CARD, "cardNumber": "4111111111111112"}))
    error = _error(caught.value, catalogue.CARD_NUMBER_LUHN)
    assert error.property_name == "card.data.card.cardNumber"


def test_an_unknown_token_is_a_reference_exception(merchant: Any) -> None:
    with pytest.raises(ReferenceException) as caught:
        merchant.tokens().get_token("0123456789abcdef0123456789abcdef")
    _error(caught.value, catalogue.REQUEST_ERROR_404)


# ---------------------------------------------------------------- hosted tokenization


def test_hosted_tokenization_happy_path(merchant: Any) -> None:
    created = merchant.hosted_tokenization().create_hosted_tokenization(
        CreateHostedTokenizationRequest().from_dictionary({"locale": "en_GB"})
    )
    assert created.hosted_tokenization_id
    assert created.partial_redirect_url.endswith(created.hosted_tokenization_id)


def test_an_unknown_hosted_tokenization_is_a_reference_exception(merchant: Any) -> None:
    with pytest.raises(ReferenceException) as caught:
        merchant.hosted_tokenization().get_hosted_tokenization("0000000000")
    _error(caught.value, catalogue.REQUEST_ERROR_404)


# ---------------------------------------------------------------- payouts


def _payout(currency: str = "EUR") -> Any:
    return CreatePayoutRequest().from_dictionary(
        {
            "amountOfMoney": {"amount": 500, "currencyCode": currency},
            "cardPayoutMethodSpecificInput": {"paymentProductId": 1, "card": CARD},
        }
    )


def test_payout_happy_path(merchant: Any) -> None:
    payout = merchant.payouts().create_payout(_payout())
    assert merchant.payouts().get_payout(payout.id).id == payout.id


def test_a_payout_in_a_malformed_currency_is_a_validation_exception(merchant: Any) -> None:
    with pytest.raises(ValidationException) as caught:
        merchant.payouts().create_payout(_payout("euro"))
    error = _error(caught.value, catalogue.INVALID_VALUE)
    assert error.property_name == "amountOfMoney.currencyCode"


def test_an_unknown_payout_is_a_reference_exception(merchant: Any) -> None:
    with pytest.raises(ReferenceException) as caught:
        merchant.payouts().get_payout("3999999999")
    _error(caught.value, catalogue.REQUEST_ERROR_404)


# ---------------------------------------------------------------- complete and subsequent


def test_completing_a_payment_that_awaits_nothing_is_not_possible(merchant: Any) -> None:
    payment = _card_payment(merchant)
    with pytest.raises(ValidationException) as caught:
        merchant.complete().complete_payment(payment.id, CompletePaymentRequest())
    _error(caught.value, catalogue.OPERATION_NOT_POSSIBLE)


def test_a_subsequent_payment_on_an_unknown_payment_is_a_reference_exception(
    merchant: Any,
) -> None:
    body = SubsequentPaymentRequest().from_dictionary(
        {"order": {"amountOfMoney": {"amount": 100, "currencyCode": "EUR"}}}
    )
    with pytest.raises(ReferenceException) as caught:
        merchant.subsequent().subsequent_payment("3999999999_0", body)
    _error(caught.value, catalogue.REQUEST_ERROR_404)


# ---------------------------------------------------------------- idempotence


def test_a_repeat_while_the_first_runs_is_an_idempotence_exception() -> None:
    # This one scenario needs the first request held while the second arrives, so it runs
    # the sandbox in this process (still over a socket) with a hook that holds it.
    entered = threading.Event()
    release = threading.Event()

    def hold(request: Request) -> None:
        if request.header("X-GCS-Idempotence-Key") == "order-1":
            entered.set()
            assert release.wait(30)

    app = SandboxApp(
        merchant_id=MERCHANT, api_key_id=KEY_ID, secret_api_key=SECRET, before_handling=hold
    )
    body = CreatePaymentRequest().from_dictionary(
        {
            "order": {"amountOfMoney": {"amount": 1000, "currencyCode": "EUR"}},
            "cardPaymentMethodSpecificInput": {"paymentProductId": 1, "card": CARD},
        }
    )
    with Sandbox(app=app) as sb:
        client = _client(sb.endpoint)
        payments = client.merchant(MERCHANT).payments()
        try:
            with ThreadPoolExecutor(1) as pool:
                first = pool.submit(
                    payments.create_payment, body, CallContext(idempotence_key="order-1")
                )
                assert entered.wait(30)
                with pytest.raises(IdempotenceException) as caught:
                    payments.create_payment(body, CallContext(idempotence_key="order-1"))
                release.set()
                assert first.result(30).payment.status == "PENDING_CAPTURE"
        finally:
            release.set()
            client.close()
    assert caught.value.idempotence_key == "order-1"
    error = _error(caught.value, catalogue.DUPLICATE_REQUEST_IN_PROGRESS)
    assert error.message == "DUPLICATE REQUEST IN PROGRESS"
