"""The platform's published Python guide, sample by sample, with only the imports changed to
opay, run against a recording server that answers like the platform.

The guide's samples are fragments; each test completes one the way the guide describes it
(``payment_id = payment_response.payment.id`` where the guide leaves the right-hand side out).
"""

from __future__ import annotations

import json
import logging as log
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from recording_server import RecordingServer

from opay import (
    ApiException,
    AuthorizationException,
    CallContext,
    Client,
    CommunicationException,
    DeclinedPaymentException,
    DeclinedRefundException,
    Factory,
    IdempotenceException,
    ReferenceException,
    ValidationException,
)
from opay.log import SysOutCommunicatorLogger
from opay.models import (
    CapturePaymentRequest,
    CreateHostedCheckoutRequest,
    CreateHostedTokenizationRequest,
    CreatePaymentRequest,
    GetPaymentProductParams,
    GetPaymentProductsParams,
    RefundRequest,
)

# The guide's variable names.
apiKey = "5e45c937b9db33ae"
apiSecret = "I42Zf4pVnRdroHfuHnRiJjJ2B6+22h0yQt/R3nZR8Xg="
merchantId = "PSPID123"

PAYMENT_DICT = {
    "order": {"amountOfMoney": {"currencyCode": "EUR", "amount": 125000}},
    "cardPaymentMethodSpecificInput": {
        "card": {
            "cvv": "123",
            "cardNumber": "5300000000000006",
            "expiryDate": "0124",
            "cardholderName": "John Doe",
        },
        "paymentProductId": 3,
    },
}

CREATED = {
    "creationOutput": {"isNewToken": False},
    "payment": {
        "id": "3066019730_0",
        "status": "PENDING_CAPTURE",
        "statusOutput": {"statusCategory": "PENDING_MERCHANT", "statusCode": 5},
    },
}


def api_error(
    code: str, message: str, status: int, property_name: str | None = None
) -> dict[str, Any]:
    error: dict[str, Any] = {
        "code": code,
        "id": "ERR",
        "message": message,
        "httpStatusCode": status,
    }
    if property_name is not None:
        error["propertyName"] = property_name
    return {"errorId": "e-1", "errors": [error]}


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as running:
        yield running
        assert running.pending() == 0


@pytest.fixture
def properties_file(server: RecordingServer, tmp_path: Path) -> Path:
    path = tmp_path / "payments_sdk.prp"
    path.write_text(
        "[OnlinePaymentsSDK]\n"
        f"onlinePayments.api.endpoint.host={server.host}\n"
        "; The following keys are optional and use the given value by default.\n"
        "onlinePayments.api.endpoint.scheme=http\n"
        f"onlinePayments.api.endpoint.port={server.port}\n"
        "onlinePayments.api.authorizationType=v1HMAC\n"
        "onlinePayments.api.connectTimeout=5\n"
        "onlinePayments.api.socketTimeout=300\n"
        "onlinePayments.api.maxConnections=10\n"
        "onlinePayments.api.integrator=Seed samples\n"
        "; one attempt per call: each test queues exactly the answers it expects\n"
        "onlinePayments.api.retry.maxAttempts=1\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def client(properties_file: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Client]:
    # 2. Initialise SDK
    monkeypatch.chdir(properties_file.parent)
    client = Factory.create_client_from_file("payments_sdk.prp", apiKey, apiSecret)
    yield client
    client.close()


def test_initialise_sdk(server: RecordingServer, client: Client) -> None:
    merchant_client = client.merchant(merchantId)
    server.respond(200, {"result": "OK"})
    assert merchant_client.services().test_connection().result == "OK"
    seen = server.take()
    assert seen.path == f"/v2/{merchantId}/services/testconnection"
    assert (seen.header("Authorization") or "").startswith(f"GCS v1HMAC:{apiKey}:")


def test_hosted_checkout_page(server: RecordingServer, client: Client) -> None:
    server.respond(
        201,
        {
            "hostedCheckoutId": "hc-1",
            "RETURNMAC": "mac-1",
            "partialRedirectUrl": "preprod.example.com/hostedcheckout/PaymentMethods/Selection/hc-1",
            "redirectUrl": "https://payment.preprod.example.com/hostedcheckout/hc-1",
        },
    )

    order_dict = {"order": {"amountOfMoney": {"currencyCode": "EUR", "amount": 123}}}

    hosted_checkout_client = client.merchant(merchantId).hosted_checkout()
    hosted_checkout_request = CreateHostedCheckoutRequest()
    hosted_checkout_request.from_dictionary(order_dict)

    hosted_checkout_response = hosted_checkout_client.create_hosted_checkout(
        hosted_checkout_request
    )

    assert hosted_checkout_response.hosted_checkout_id == "hc-1"
    assert hosted_checkout_response.returnmac == "mac-1"
    assert hosted_checkout_response.redirect_url is not None
    seen = server.take()
    assert seen.path == f"/v2/{merchantId}/hostedcheckouts"
    assert seen.json() == order_dict


def test_hosted_tokenization_page(server: RecordingServer, client: Client) -> None:
    server.respond(
        201, {"hostedTokenizationId": "ht-1", "partialRedirectUrl": "preprod.example.com/ht-1"}
    )
    server.respond(200, {"token": {"id": "tok-1", "paymentProductId": 1}, "tokenStatus": "CREATED"})
    server.respond(201, CREATED)
    merchant_client = client.merchant(merchantId)

    request = CreateHostedTokenizationRequest()
    request.from_dictionary({"variant": "template.html"})
    hosted_t_client = client.merchant(merchantId).hosted_tokenization()
    response = hosted_t_client.create_hosted_tokenization(request)

    t_id = response.hosted_tokenization_id
    url = response.partial_redirect_url
    assert (t_id, url) == ("ht-1", "preprod.example.com/ht-1")

    assert t_id is not None
    token = hosted_t_client.get_hosted_tokenization(t_id)
    assert token.token is not None

    # Dictionary with all needed data for payment request
    payment_dict = {
        "order": {"amountOfMoney": {"currencyCode": "EUR", "amount": 12300}},
        "cardPaymentMethodSpecificInput": {"token": token.token.id},
    }

    payment_request = CreatePaymentRequest().from_dictionary(payment_dict)
    payment_response = merchant_client.payments().create_payment(payment_request)

    assert payment_response.payment is not None
    assert payment_response.payment.id == "3066019730_0"
    assert server.take().json() == {"variant": "template.html"}
    assert server.take().path == f"/v2/{merchantId}/hostedtokenizations/ht-1"
    assert server.take().json() == payment_dict


def test_server_to_server_payment_and_status(server: RecordingServer, client: Client) -> None:
    server.respond(201, CREATED)
    server.respond(200, CREATED["payment"])
    merchant_client = client.merchant(merchantId)

    # Dictionary with all needed data for payment request
    payment_dict = PAYMENT_DICT

    payment_request = CreatePaymentRequest()
    payment_request.from_dictionary(payment_dict)
    payment_response = merchant_client.payments().create_payment(payment_request)

    assert payment_response.payment is not None
    payment_id = payment_response.payment.id
    assert payment_id is not None
    response = merchant_client.payments().get_payment(payment_id)

    assert response.status == "PENDING_CAPTURE"
    assert response.status_output is not None
    assert response.status_output.status_category == "PENDING_MERCHANT"
    assert server.take().json() == PAYMENT_DICT
    assert server.take().path == f"/v2/{merchantId}/payments/3066019730_0"


def test_capture_and_refund(server: RecordingServer, client: Client) -> None:
    server.respond(201, {"id": "3066019730_1", "status": "CAPTURE_REQUESTED"})
    server.respond(201, {"id": "3066019730_2", "status": "REFUND_REQUESTED"})
    merchant_client = client.merchant(merchantId)
    amount = 125000

    # Here you get payment_id you can use in the further code
    payment_id = "3066019730_0"
    capture_request = CapturePaymentRequest()
    capture_request.from_dictionary({"amount": amount, "isFinal": True})

    capture = merchant_client.payments().capture_payment(payment_id, capture_request)

    refund_dict = {"amountOfMoney": {"currencyCode": "EUR", "amount": 125000}}
    refund_request = RefundRequest().from_dictionary(refund_dict)

    # Get RefundResponse object
    response = merchant_client.payments().refund_payment(payment_id, refund_request)

    assert capture.status == "CAPTURE_REQUESTED"
    assert response.id == "3066019730_2"
    seen = server.take()
    assert seen.path == f"/v2/{merchantId}/payments/{payment_id}/capture"
    assert seen.json() == {"amount": amount, "isFinal": True}
    seen = server.take()
    assert seen.path == f"/v2/{merchantId}/payments/{payment_id}/refund"
    assert seen.json() == refund_dict


def test_declined_payment(server: RecordingServer, client: Client) -> None:
    declined = {
        "errorId": "e-2",
        "errors": [{"code": "30511001", "id": "PAYMENT_DECLINED", "httpStatusCode": 402}],
        "paymentResult": {"payment": {"id": "3066019730_9", "status": "REJECTED"}},
    }
    server.respond(402, declined)
    server.respond(200, {"id": "3066019730_9", "status": "REJECTED"})
    merchant_client = client.merchant(merchantId)
    payment_request = CreatePaymentRequest().from_dictionary(PAYMENT_DICT)

    payment_status = None
    payment_response: Any  # the guide rebinds this name to another response type
    try:
        payment_response = merchant_client.payments().create_payment(payment_request)
        assert payment_response.payment is not None
        payment_id = payment_response.payment.id
    except DeclinedPaymentException as e:
        assert e.create_payment_result is not None
        payment = e.create_payment_result.payment
        assert payment is not None
        payment_id = payment.id
        payment_status = payment.status

    assert payment_id is not None
    payment_response = merchant_client.payments().get_payment(payment_id)

    assert (payment_id, payment_status) == ("3066019730_9", "REJECTED")
    assert payment_response.status == "REJECTED"
    server.take()
    server.take()


def test_declined_refund(server: RecordingServer, client: Client) -> None:
    server.respond(201, CREATED)
    server.respond(
        402,
        {
            "errorId": "e-3",
            "errors": [{"code": "30511001", "httpStatusCode": 402}],
            "refundResult": {"id": "3066019730_3", "status": "REJECTED"},
        },
    )
    server.respond(200, {"refunds": [{"id": "3066019730_3", "status": "REJECTED"}]})
    merchant_client = client.merchant(merchantId)
    payment_request = CreatePaymentRequest().from_dictionary(PAYMENT_DICT)
    refund_dict = {"amountOfMoney": {"currencyCode": "EUR", "amount": 125000}}

    payment_response = merchant_client.payments().create_payment(payment_request)
    assert payment_response.payment is not None
    payment_id = payment_response.payment.id
    assert payment_id is not None

    refund_id = None
    refund_response: Any  # the guide rebinds this name to another response type
    refund_result = None
    try:
        refund_request = RefundRequest().from_dictionary(refund_dict)
        refund_response = merchant_client.payments().refund_payment(payment_id, refund_request)
        refund_id = refund_response.id
    except DeclinedRefundException as e:
        refund_result = e.refund_result

    refund_response = merchant_client.refunds().get_refunds(payment_id)

    assert refund_id is None
    assert refund_result is not None and refund_result.id == "3066019730_3"
    assert refund_response.refunds is not None
    assert refund_response.refunds[0].status == "REJECTED"
    for _ in range(3):
        server.take()


def _create_payment_handling(client: Client, caplog: pytest.LogCaptureFixture) -> str:
    """The guide's CreatePayment call with its chain of ``except`` clauses; returns the log."""
    merchant_clients = client.merchant(merchantId)
    payment_request = CreatePaymentRequest().from_dictionary(PAYMENT_DICT)
    caplog.clear()
    try:
        merchant_clients.payments().create_payment(payment_request)
    except ValidationException as e:
        log.error("Input validation error:")
        for error in e.errors:
            if error.property_name is None:
                log.error(f"{error.code}: {error.message}")
            else:
                log.error(f"{error.property_name}: {error.code}: {error.message}")
    except AuthorizationException as e:
        log.error("Authorization error:")
        for error in e.errors:
            log.error(f"{error.code}: {error.message}")
    except IdempotenceException as e:
        log.error("Idempotence error:")
        for error in e.errors:
            log.error(f"{error.code}: {error.message}")
    except ReferenceException as e:
        log.error("Incorrect object reference:")
        for error in e.errors:
            log.error(f"{error.code}: {error.message}")
    except ApiException as e:
        direct_er = [error for error in e.errors if error.http_status_code in [500, 502, 503]]
        if direct_er:
            log.error("Error occurred at Direct or a downstream partner/acquirer:")
            for error in direct_er:
                log.error(f"{error.code}: {error.message}")
        else:
            log.error("Platform error: ")
            for error in e.errors:
                log.error(f"{error.code}: {error.message}")
    except CommunicationException as e:
        log.error(f"Communication exception: {e}")
    return caplog.text


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (
            400,
            api_error("21000020", "AMOUNT is missing", 400, "order.amountOfMoney.amount"),
            "order.amountOfMoney.amount: 21000020: AMOUNT is missing",
        ),
        (403, api_error("9002", "MISSING_OR_INVALID_AUTHORIZATION", 403), "Authorization error"),
        (404, api_error("1002", "UNKNOWN_PAYMENT_ID", 404), "Incorrect object reference"),
        (409, api_error("1409", "DUPLICATE_REQUEST", 409), "Incorrect object reference"),
        (502, api_error("9999", "ACQUIRER_DOWN", 502), "downstream partner/acquirer"),
        (418, api_error("9998", "TEAPOT", 418), "Platform error"),
    ],
)
def test_http_exceptions(
    server: RecordingServer,
    client: Client,
    caplog: pytest.LogCaptureFixture,
    status: int,
    body: dict[str, Any],
    expected: str,
) -> None:
    server.respond(status, body)
    assert expected in _create_payment_handling(client, caplog)
    server.take()


def test_communication_exception(
    server: RecordingServer, client: Client, caplog: pytest.LogCaptureFixture
) -> None:
    server.respond(503, body=b"<html>maintenance</html>", content_type="text/html")
    assert "Communication exception" in _create_payment_handling(client, caplog)
    server.take()


@pytest.mark.parametrize("params_class", [GetPaymentProductsParams])
def test_get_payment_products(
    server: RecordingServer, client: Client, params_class: type[GetPaymentProductsParams]
) -> None:
    server.respond(200, {"paymentProducts": [{"id": 1, "paymentMethod": "card"}]})
    merchant_client = client.merchant(merchantId)

    product_params = params_class()
    product_params.country_code = "FR"
    product_params.currency_code = "EUR"

    response = merchant_client.products().get_payment_products(product_params)

    assert response.payment_products is not None
    assert response.payment_products[0].id == 1
    seen = server.take()
    assert seen.path == f"/v2/{merchantId}/products"
    assert sorted(seen.query_pairs) == [("countryCode", "FR"), ("currencyCode", "EUR")]


def test_get_payment_product_params(server: RecordingServer, client: Client) -> None:
    """The guide's ``GetPaymentProductParams`` is the query class of one product."""
    server.respond(200, {"id": 1, "paymentMethod": "card"})
    product_params = GetPaymentProductParams()
    product_params.country_code = "FR"
    product_params.currency_code = "EUR"
    product = client.merchant(merchantId).products().get_payment_product(1, product_params)
    assert product.id == 1
    seen = server.take()
    assert seen.path == f"/v2/{merchantId}/products/1"
    assert sorted(seen.query_pairs) == [("countryCode", "FR"), ("currencyCode", "EUR")]


def test_idempotent_requests(server: RecordingServer, client: Client) -> None:
    server.respond(201, CREATED)
    server.respond(
        201, CREATED, headers=(("X-GCS-Idempotence-Request-Timestamp", "1700000000123"),)
    )
    payment_request = CreatePaymentRequest().from_dictionary(PAYMENT_DICT)
    timestamps = []
    for _ in range(2):
        context = CallContext(idempotence_key="your_key_for_payment")

        payment_client = client.merchant(merchantId).payments()
        try:
            payment_client.create_payment(payment_request, context)
        except IdempotenceException as e:
            # a request with the same idempotence_key is still in progress
            log.info(f"Idempotent request: {e.idempotence_request_timestamp}")
        else:
            idempotence_timestamp = context.idempotence_request_timestamp
            # if idempotence_timestamp is not empty, this was not the first request
            timestamps.append(idempotence_timestamp)
    assert timestamps == [None, 1700000000123]
    for _ in range(2):
        assert server.take().header("X-GCS-Idempotence-Key") == "your_key_for_payment"


def test_idempotence_still_in_progress(server: RecordingServer, client: Client) -> None:
    server.respond(
        409,
        api_error("1409", "DUPLICATE_REQUEST_IN_PROGRESS", 409),
        headers=(("X-GCS-Idempotence-Request-Timestamp", "1700000000999"),),
    )
    payment_request = CreatePaymentRequest().from_dictionary(PAYMENT_DICT)
    context = CallContext(idempotence_key="your_key_for_payment")
    payment_client = client.merchant(merchantId).payments()
    with pytest.raises(IdempotenceException) as info:
        payment_client.create_payment(payment_request, context)
    assert info.value.idempotence_key == "your_key_for_payment"
    assert info.value.idempotence_request_timestamp == 1700000000999
    server.take()


def test_logging(
    server: RecordingServer, client: Client, capsys: pytest.CaptureFixture[str]
) -> None:
    server.respond(201, CREATED)
    log_interface = SysOutCommunicatorLogger()
    client.enable_logging(log_interface)
    # Do some calls ...
    client.merchant(merchantId).payments().create_payment(
        CreatePaymentRequest().from_dictionary(PAYMENT_DICT)
    )
    client.disable_logging()
    out = capsys.readouterr().out
    assert f"/v2/{merchantId}/payments" in out
    assert "5300000000000006" not in out
    assert apiSecret not in out
    server.take()


def test_shared_connection_pool(server: RecordingServer, properties_file: Path) -> None:
    # Create shared communicator.
    communicator = Factory.create_communicator_from_file(str(properties_file), apiKey, apiSecret)
    # Create one or more clients using the shared communicator.
    client = Factory.create_client_from_communicator(communicator)
    other = Factory.create_client_from_communicator(communicator)
    assert client.communicator is other.communicator is communicator
    for made in (client, other):
        server.respond(200, {"result": "OK"})
        assert made.merchant(merchantId).services().test_connection().result == "OK"
    ports = {server.take().client_port, server.take().client_port}
    assert len(ports) == 1, "both clients used the same pooled connection"
    communicator.close()


def test_dictionary_round_trip() -> None:
    request = CreatePaymentRequest().from_dictionary(PAYMENT_DICT)
    assert request.to_dictionary() == PAYMENT_DICT
    assert json.loads(json.dumps(request.to_dictionary())) == PAYMENT_DICT
