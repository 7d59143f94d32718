"""Every operation of the API description, called on the sandbox in one scenario: each answers
with a success whose body conforms to the operation's response schema."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sandbox_app_support import (
    MERCHANT,
    body_of,
    call,
    card_payment,
    future_expiry,
    make_app,
    payments_path,
)

from opay.operations import OPERATIONS
from opay.sandbox import validation
from opay.sandbox.app import SandboxApp
from opay.transport import Response

CARD = {
    "cardNumber": "4111111111111111",
    "expiryDate": future_expiry(),
    "cvv": "123",
    "cardholderName": "Wile E. Coyote",
}
MONEY = {"amount": 1000, "currencyCode": "EUR"}


class Scenario:
    """Calls operations by id and keeps every response."""

    def __init__(self, app: SandboxApp) -> None:
        self.app = app
        self.responses: dict[str, Response] = {}

    def __call__(
        self,
        operation_id: str,
        values: dict[str, str] | None = None,
        body: Any = None,
        query: str = "",
        **kwargs: Any,
    ) -> Any:
        op = OPERATIONS[operation_id]
        path = op.path.replace("{merchantId}", MERCHANT)
        for name, value in (values or {}).items():
            path = path.replace("{" + name + "}", value)
        response = call(self.app, op.method, path + (f"?{query}" if query else ""), body, **kwargs)
        assert response.status < 300, (operation_id, response.status, response.body)
        self.responses[operation_id] = response
        return body_of(response) if response.body else None


def run(app: SandboxApp) -> dict[str, Response]:
    op = Scenario(app)
    op("test_connection")
    op("get_payment_products", query="countryCode=NL&currencyCode=EUR&hide=fields")
    op("get_payment_product", {"paymentProductId": "1"}, query="currencyCode=EUR")
    op("get_product_groups", query="countryCode=NL")
    op("get_product_group", {"paymentProductGroupId": "cards"})
    op("get_payment_product_networks", {"paymentProductId": "302"})
    op("get_product_directory", {"paymentProductId": "809"}, query="currencyCode=EUR")
    op(
        "create_payment_product_session",
        {"paymentProductId": "302"},
        {"paymentProductSession302SpecificInput": {"domainName": "shop.example"}},
    )
    op("get_iin_details", body={"bin": "67034444"})
    op(
        "get_dcc_rate_inquiry",
        body={
            "cardSource": {"card": {"cardNumber": "4111111111111111", "paymentProductId": 1}},
            "transaction": {"amount": MONEY},
        },
    )
    op(
        "surcharge_calculation",
        body={
            "amountOfMoney": MONEY,
            "cardSource": {"card": {"cardNumber": "4111111111111111", "paymentProductId": 1}},
        },
    )
    op("get_privacy_policy", query="locale=en_GB&paymentProductId=1")
    op("create_session", body={"tokens": []})
    token = op("create_token", body={"paymentProductId": 1, "card": {"data": {"card": CARD}}})[
        "token"
    ]
    op("get_token", {"tokenId": token})
    session = op("create_hosted_fields_session", body={"tokens": [token], "locale": "en_GB"})
    op("get_hosted_fields_session", {"sessionId": session["hostedFieldsSessionId"]})

    pay = op("create_payment", body=card_payment(tokenize=True))["payment"]["id"]
    op("get_payment", {"paymentId": pay})
    op("add_authorization_details", {"paymentId": pay}, {"carRentalData": {}})
    op("capture_payment", {"paymentId": pay}, {"amount": 600})
    op("get_captures", {"paymentId": pay})
    op(
        "refund_payment",
        {"paymentId": pay},
        {"amountOfMoney": {"amount": 100, "currencyCode": "EUR"}},
    )
    op("get_refunds", {"paymentId": pay})
    op("get_payment_details", {"paymentId": pay})
    op("subsequent_payment", {"paymentId": pay}, {"order": {"amountOfMoney": MONEY}})
    pre = op("create_payment", body=card_payment(mode="PRE_AUTHORIZATION"))["payment"]["id"]
    op("increment_authorization", {"paymentId": pre}, {"amountOfMoney": MONEY})
    op("cancel_payment", {"paymentId": pre}, {})
    challenged = op(
        "create_payment",
        body=card_payment("4874970686672022", returnUrl="https://shop.example/back"),
    )["payment"]["id"]
    op("complete_payment", {"paymentId": challenged}, {})

    checkout = op(
        "create_hosted_checkout",
        body={
            "order": {"amountOfMoney": MONEY, "references": {"merchantReference": "hc-1"}},
            "hostedCheckoutSpecificInput": {"returnUrl": "https://shop.example/back"},
        },
    )
    app.complete_hosted_checkout(checkout["hostedCheckoutId"], CARD)
    op("get_hosted_checkout", {"hostedCheckoutId": checkout["hostedCheckoutId"]})
    tokenization = op("create_hosted_tokenization", body={"locale": "en_GB"})
    app.complete_hosted_tokenization(tokenization["hostedTokenizationId"], CARD)
    op("get_hosted_tokenization", {"hostedTokenizationId": tokenization["hostedTokenizationId"]})

    link = op(
        "create_payment_link",
        body={
            "order": {"amountOfMoney": MONEY},
            "paymentLinkSpecificInput": {"description": "Shoes", "recipientName": "Wile"},
            "displayQRCode": True,
        },
    )["paymentLinkId"]
    op("get_payment_link_by_id", {"paymentLinkId": link})
    op("share", {"paymentLinkId": link}, {"channel": "EMAIL", "recipient": "wile@example.com"})
    op(
        "get_payment_links_by_merchant_group_id",
        {"merchantGroupId": "group-1"},
        {"filtering": {"merchantIds": [MERCHANT]}, "pagination": {"page": 1, "pageSize": 10}},
    )
    op("cancel_payment_link_by_id", {"paymentLinkId": link})

    reference = op(
        "create_mandate",
        body={
            "customer": {
                "bankAccountIban": {"iban": "NL91ABNA0417164300"},
                "personalInformation": {"name": {"firstName": "Wile", "surname": "Coyote"}},
                "mandateAddress": {
                    "city": "Amsterdam",
                    "countryCode": "NL",
                    "street": "Damrak",
                    "zip": "1012LG",
                },
            },
            "recurrenceType": "RECURRING",
            "signatureType": "UNSIGNED",
            "customerReference": "cust-1",
        },
    )["mandate"]["uniqueMandateReference"]
    op("get_mandate", {"uniqueMandateReference": reference})
    op("block_mandate", {"uniqueMandateReference": reference})
    op("unblock_mandate", {"uniqueMandateReference": reference})
    op("revoke_mandate", {"uniqueMandateReference": reference}, {"revocationReason": "userAction"})

    payout = op(
        "create_payout",
        body={
            "amountOfMoney": MONEY,
            "cardPayoutMethodSpecificInput": {"card": CARD, "paymentProductId": 1},
        },
    )["id"]
    op("get_payout", {"payoutId": payout})

    op(
        "create_certificate",
        body={
            "csr": "-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----"
        },
    )
    op("get_card_data_by_payments", query=f"payments={pay}")
    op("get_card_data_by_tokens", query=f"tokens={token}")
    op(
        "import_cof_series",
        body={
            "card": {k: CARD[k] for k in ("cardNumber", "expiryDate")},
            "paymentProductId": 1,
            "currencyCode": "EUR",
        },
    )

    op(
        "submit_batch",
        body={
            "header": {
                "merchantBatchReference": "batch-1",
                "operationType": "CREATE_PAYMENT",
                "itemCount": 2,
            },
            "createPayments": [card_payment(), card_payment("4012003360932265")],
        },
        compress=True,
    )
    op("process_batch", {"merchantBatchReference": "batch-1"})
    op("get_batch_status", {"merchantBatchReference": "batch-1"})
    op("get_payments_report", {"merchantBatchReference": "batch-1"}, query="limit=1")

    op("send_test_webhook", body={"url": "https://shop.example/hooks"})
    op("validate_webhook_credentials", body={"key": "sandbox-key", "secret": "sandbox-secret"})
    op("delete_token", {"tokenId": token})
    return op.responses


@pytest.fixture(scope="module")
def responses() -> dict[str, Response]:
    return run(make_app())


def test_the_scenario_calls_every_operation(responses: dict[str, Response]) -> None:
    assert set(responses) == set(OPERATIONS)
    assert len(OPERATIONS) == 56


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_response_conforms_to_the_api_description(
    responses: dict[str, Response], operation_id: str
) -> None:
    response = responses[operation_id]
    model = OPERATIONS[operation_id].response_model
    if model is None:
        assert response.status == 204
        assert response.body == b""
        return
    body = json.loads(response.body)
    assert validation.validate(body, model) == []
    assert body  # something was answered


def test_batch_processing_made_the_payments() -> None:
    app = make_app()
    run(app)
    report = body_of(
        call(
            app,
            "GET",
            payments_path("merchant-batches", "batch-1", "reports", "payments") + "?limit=5",
        )
    )
    assert [p["status"] for p in report["payments"]] == ["PENDING_CAPTURE", "REJECTED"]
    assert report["pagination"]["hasMore"] is False


def test_every_webhook_event_conforms() -> None:
    events: list[dict[str, Any]] = []
    run(make_app(on_event=events.append))
    types = {e["type"] for e in events}
    assert {
        "payment.created",
        "payment.captured",
        "payment.refunded",
        "token.created",
        "paymentlink.created",
        "paymentlink.cancelled",
        "payout.created",
        "payout.account_credited",
        "payment.cancelled",
        "token.deleted",
    } <= types
    for event in events:
        assert validation.validate(event, "WebhooksEvent") == [], event["type"]


def test_error_bodies_conform_to_their_models() -> None:
    app = make_app()
    declined = call(app, "POST", payments_path("payments"), card_payment("4012003360932265"))
    assert declined.status == 402
    assert validation.validate(body_of(declined), "PaymentErrorResponse") == []
    payout = call(
        app,
        "POST",
        payments_path("payouts"),
        {
            "amountOfMoney": MONEY,
            "cardPayoutMethodSpecificInput": {"card": {**CARD, "cardNumber": "4012003360932265"}},
        },
    )
    assert payout.status == 402
    body = body_of(payout)
    assert validation.validate(body, "PayoutErrorResponse") == []
    assert body["payoutResult"]["status"] == "REJECTED"
    invalid = call(app, "POST", payments_path("payments"), {"order": {}})
    assert invalid.status == 400
    assert validation.validate(body_of(invalid), "ErrorResponse") == []
