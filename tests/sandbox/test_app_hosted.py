"""Hosted checkouts, hosted tokenization, payment links, mandates, payouts and the catalog."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from sandbox_app_support import (
    BASE,
    Clock,
    body_of,
    call,
    future_expiry,
    make_app,
    past_expiry,
    payments_path,
)

from opay.sandbox.app import SandboxApp
from opay.sandbox.views import iso

MONEY = {"amount": 2500, "currencyCode": "EUR"}


def mandate_customer(iban: str) -> dict[str, object]:
    """A mandate's customer with what the platform requires for Create mandate and Create
    payment (API reference: MandateCustomer, MandateAddress, MandatePersonalName)."""
    return {
        "bankAccountIban": {"iban": iban},
        "personalInformation": {"name": {"firstName": "Wile", "surname": "Coyote"}},
        "mandateAddress": {
            "city": "Amsterdam",
            "countryCode": "NL",
            "street": "Damrak",
            "zip": "1012LG",
        },
    }


def card(number: str = "4111111111111111", **changes: str) -> dict[str, str]:
    return {
        "cardNumber": number,
        "expiryDate": future_expiry(),
        "cvv": "123",
        "cardholderName": "Wile E. Coyote",
        **changes,
    }


@pytest.fixture
def events() -> list[dict[str, Any]]:
    return []


@pytest.fixture
def app(events: list[dict[str, Any]]) -> SandboxApp:
    return make_app(on_event=events.append)


def new_checkout(app: SandboxApp, **specific: Any) -> dict[str, Any]:
    response = call(
        app,
        "POST",
        payments_path("hostedcheckouts"),
        {
            "order": {"amountOfMoney": MONEY, "references": {"merchantReference": "hc-7"}},
            "hostedCheckoutSpecificInput": {"returnUrl": "https://shop.example/done", **specific},
        },
    )
    assert response.status == 201
    return dict(body_of(response))


def checkout_status(app: SandboxApp, ident: str) -> dict[str, Any]:
    return dict(body_of(call(app, "GET", payments_path("hostedcheckouts", ident))))


def test_hosted_checkout_paid_by_card(app: SandboxApp, events: list[dict[str, Any]]) -> None:
    created = new_checkout(app)
    ident = created["hostedCheckoutId"]
    assert created["redirectUrl"] == f"{BASE}/hostedcheckout/{ident}"
    assert created["partialRedirectUrl"] == f"hostedcheckout/{ident}"
    assert created["merchantReference"] == "hc-7"
    page = app.hosted_checkout(ident)
    assert (page["amount"], page["currency"], page["status"]) == (2500, "EUR", "IN_PROGRESS")
    assert checkout_status(app, ident) == {"status": "IN_PROGRESS"}
    back = app.complete_hosted_checkout(ident, card())
    parts = urlsplit(back)
    assert parts.netloc == "shop.example"
    assert parse_qs(parts.query) == {
        "RETURNMAC": [created["RETURNMAC"]],
        "hostedCheckoutId": [ident],
    }
    status = checkout_status(app, ident)
    assert status["status"] == "PAYMENT_CREATED"
    output = status["createdPaymentOutput"]
    assert output["paymentStatusCategory"] == "SUCCESSFUL"
    assert output["payment"]["status"] == "PENDING_CAPTURE"
    assert output["payment"]["hostedCheckoutSpecificOutput"]["hostedCheckoutId"] == ident
    assert "payment.pending_capture" in [e["type"] for e in events]
    with pytest.raises(ValueError):
        app.complete_hosted_checkout(ident, card())


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"cardNumber": "4111111111111112"}, "Luhn"),
        ({"expiryDate": past_expiry()}, "expired"),
        ({"cvv": ""}, "CVV is required"),
        ({"paymentProductId": "3"}, "Visa"),
    ],
)
def test_hosted_checkout_rejects_bad_card_input(
    app: SandboxApp, changes: dict[str, str], words: str
) -> None:
    ident = new_checkout(app)["hostedCheckoutId"]
    with pytest.raises(ValueError, match=words):
        app.complete_hosted_checkout(ident, card(**changes))
    assert app.hosted_checkout(ident)["status"] == "IN_PROGRESS"
    assert app.payments() == []


def test_hosted_checkout_declined_card(app: SandboxApp) -> None:
    ident = new_checkout(app)["hostedCheckoutId"]
    app.complete_hosted_checkout(ident, card("4012003360932265"))
    output = checkout_status(app, ident)["createdPaymentOutput"]
    assert output["paymentStatusCategory"] == "REJECTED"
    assert output["payment"]["status"] == "REJECTED"


def test_hosted_checkout_with_challenge(app: SandboxApp) -> None:
    created = new_checkout(app)
    ident = created["hostedCheckoutId"]
    challenge_url = app.complete_hosted_checkout(ident, card("4874970686672022"))
    payment_id = app.hosted_checkout(ident)["paymentId"]
    assert challenge_url == f"{BASE}/challenge/{payment_id}"
    assert app.challenge(payment_id)["amount"] == 2500
    back = app.complete_challenge(payment_id, approve=True)
    assert parse_qs(urlsplit(back).query)["RETURNMAC"] == [created["RETURNMAC"]]
    assert checkout_status(app, ident)["createdPaymentOutput"]["payment"]["status"] == (
        "PENDING_CAPTURE"
    )


def test_hosted_checkout_sale(app: SandboxApp) -> None:
    response = call(
        app,
        "POST",
        payments_path("hostedcheckouts"),
        {
            "order": {"amountOfMoney": MONEY},
            "cardPaymentMethodSpecificInput": {"authorizationMode": "SALE"},
        },
    )
    ident = body_of(response)["hostedCheckoutId"]
    app.complete_hosted_checkout(ident, card())
    assert checkout_status(app, ident)["createdPaymentOutput"]["payment"]["status"] == "CAPTURED"


def test_unknown_hosted_objects_raise_key_error(app: SandboxApp) -> None:
    with pytest.raises(KeyError):
        app.hosted_checkout("nope")
    with pytest.raises(KeyError):
        app.hosted_tokenization("nope")
    with pytest.raises(KeyError):
        app.challenge("nope")


def test_hosted_tokenization(app: SandboxApp) -> None:
    created = body_of(call(app, "POST", payments_path("hostedtokenizations"), {}))
    ident = created["hostedTokenizationId"]
    assert created["hostedTokenizationUrl"] == f"{BASE}/hostedtokenization/{ident}"
    before = call(app, "GET", payments_path("hostedtokenizations", ident))
    assert (before.status, body_of(before)) == (200, {})
    with pytest.raises(ValueError, match="Luhn"):
        app.complete_hosted_tokenization(ident, card("4111111111111112"))
    after = app.complete_hosted_tokenization(ident, card())
    token_id = app.hosted_tokenization(ident)["tokenId"]
    assert parse_qs(urlsplit(after).query)["tokenId"] == [token_id]
    assert app.hosted_tokenization(ident)["status"] == "TOKEN_CREATED"
    got = body_of(call(app, "GET", payments_path("hostedtokenizations", ident)))
    assert (got["tokenStatus"], got["token"]["id"]) == ("CREATED", token_id)
    paid = call(
        app,
        "POST",
        payments_path("payments"),
        {"order": {"amountOfMoney": MONEY}, "hostedTokenizationId": ident},
    )
    assert body_of(paid)["payment"]["status"] == "PENDING_CAPTURE"


def new_link(app: SandboxApp, **extra: Any) -> dict[str, Any]:
    response = call(
        app, "POST", payments_path("paymentlinks"), {"order": {"amountOfMoney": MONEY}, **extra}
    )
    assert response.status == 201, response.body
    return dict(body_of(response))


def test_payment_link_paid_through_its_checkout(app: SandboxApp) -> None:
    link = new_link(app)
    assert link["status"] == "ACTIVE"
    checkout_id = link["redirectionUrl"].rsplit("/", 1)[-1]
    app.complete_hosted_checkout(checkout_id, card())
    paid = body_of(call(app, "GET", payments_path("paymentlinks", link["paymentLinkId"])))
    assert paid["status"] == "PAID"
    assert paid["paymentId"] == app.payments()[0]["id"]
    assert [e["type"] for e in paid["paymentLinkEvents"]] == ["CREATED", "PAID"]
    cancel = call(app, "POST", payments_path("paymentlinks", link["paymentLinkId"], "cancel"))
    assert cancel.status == 400


def test_cancelled_payment_link_cannot_be_paid(app: SandboxApp) -> None:
    link = new_link(app)
    assert (
        call(app, "POST", payments_path("paymentlinks", link["paymentLinkId"], "cancel")).status
        == 204
    )
    with pytest.raises(ValueError, match="cancelled"):
        app.complete_hosted_checkout(link["redirectionUrl"].rsplit("/", 1)[-1], card())


def test_payment_link_expires() -> None:
    clock = Clock()
    app = make_app(clock=clock)
    expires = clock.now + timedelta(hours=1)
    link = new_link(app, paymentLinkSpecificInput={"expirationDate": iso(expires)})
    clock.advance(hours=2)
    got = body_of(
        call(app, "GET", payments_path("paymentlinks", link["paymentLinkId"]), date=clock.now)
    )
    assert got["status"] == "EXPIRED"
    past = call(
        app,
        "POST",
        payments_path("paymentlinks"),
        {
            "order": {"amountOfMoney": MONEY},
            "paymentLinkSpecificInput": {"expirationDate": iso(clock.now - timedelta(days=1))},
        },
        date=clock.now,
    )
    assert past.status == 400


def test_mandate_lifecycle(app: SandboxApp) -> None:
    created = call(
        app,
        "POST",
        payments_path("mandates"),
        {
            "customer": mandate_customer("DE89370400440532013000"),
            "recurrenceType": "UNIQUE",
            "uniqueMandateReference": "MANDATE-1",
        },
    )
    assert created.status == 201
    assert body_of(created)["mandate"]["status"] == "ACTIVE"

    def act(action: str) -> Any:
        return call(
            app,
            "POST",
            payments_path("mandates", "MANDATE-1", action),
            {} if action == "revoke" else None,
        )

    assert act("unblock").status == 400
    assert body_of(act("block"))["mandate"]["status"] == "BLOCKED"
    assert body_of(act("unblock"))["mandate"]["status"] == "ACTIVE"
    assert body_of(act("revoke"))["mandate"]["status"] == "REVOKED"
    assert act("block").status == 400
    duplicate = call(
        app,
        "POST",
        payments_path("mandates"),
        {
            "customer": mandate_customer("DE89370400440532013000"),
            "recurrenceType": "UNIQUE",
            "uniqueMandateReference": "MANDATE-1",
        },
    )
    assert duplicate.status == 409
    bad_iban = call(
        app,
        "POST",
        payments_path("mandates"),
        {
            "customer": mandate_customer("DE89370400440532013001"),
            "recurrenceType": "UNIQUE",
        },
    )
    assert body_of(bad_iban)["errors"][0]["propertyName"] == "customer.bankAccountIban.iban"
    sepa = call(
        app,
        "POST",
        payments_path("payments"),
        {
            "order": {"amountOfMoney": MONEY},
            "sepaDirectDebitPaymentMethodSpecificInput": {
                "paymentProductId": 771,
                "paymentProduct771SpecificInput": {"existingUniqueMandateReference": "MANDATE-1"},
            },
        },
    )
    assert sepa.status == 400  # the mandate is revoked


def test_sepa_payment_with_a_new_mandate(app: SandboxApp) -> None:
    response = call(
        app,
        "POST",
        payments_path("payments"),
        {
            "order": {"amountOfMoney": MONEY},
            "sepaDirectDebitPaymentMethodSpecificInput": {
                "paymentProductId": 771,
                "paymentProduct771SpecificInput": {
                    "mandate": {
                        "customer": mandate_customer("NL91ABNA0417164300"),
                        "recurrenceType": "RECURRING",
                        "uniqueMandateReference": "SEPA-1",
                    }
                },
            },
        },
    )
    assert response.status == 201, response.body
    payment = body_of(response)["payment"]
    assert payment["status"] == "CAPTURED"
    assert (
        payment["paymentOutput"]["sepaDirectDebitPaymentMethodSpecificOutput"][
            "paymentProduct771SpecificOutput"
        ]["mandateReference"]
        == "SEPA-1"
    )
    assert call(app, "GET", payments_path("mandates", "SEPA-1")).status == 200


def test_redirect_product_goes_through_the_approval_page(app: SandboxApp) -> None:
    response = call(
        app,
        "POST",
        payments_path("payments"),
        {
            "order": {"amountOfMoney": MONEY},
            "redirectPaymentMethodSpecificInput": {
                "paymentProductId": 809,
                "redirectionData": {"returnUrl": "https://shop.example/"},
            },
        },
    )
    body = body_of(response)
    assert body["payment"]["status"] == "REDIRECTED"
    payment_id = body["payment"]["id"]
    assert body["merchantAction"]["redirectData"]["redirectURL"] == (
        f"{BASE}/challenge/{payment_id}"
    )
    app.complete_challenge(payment_id, approve=True)
    assert app.payments()[0]["status"] == "PENDING_CAPTURE"


def test_payout_to_a_card_and_to_a_declining_card(app: SandboxApp) -> None:
    paid = call(
        app,
        "POST",
        payments_path("payouts"),
        {"amountOfMoney": MONEY, "cardPayoutMethodSpecificInput": {"card": card()}},
    )
    assert paid.status == 201
    assert body_of(paid)["status"] == "ACCOUNT_CREDITED"
    declined = call(
        app,
        "POST",
        payments_path("payouts"),
        {
            "amountOfMoney": MONEY,
            "cardPayoutMethodSpecificInput": {"card": card("5168645305790452")},
        },
    )
    assert declined.status == 402
    assert body_of(declined)["payoutResult"]["status"] == "REJECTED"


def test_products_follow_the_currency(app: SandboxApp) -> None:
    euro = body_of(call(app, "GET", payments_path("products") + "?currencyCode=EUR"))
    dollar = body_of(call(app, "GET", payments_path("products") + "?currencyCode=USD"))
    euro_ids = {p["id"] for p in euro["paymentProducts"]}
    dollar_ids = {p["id"] for p in dollar["paymentProducts"]}
    assert {1, 2, 3, 117, 3012, 809, 771} <= euro_ids
    assert 809 not in dollar_ids and 1 in dollar_ids
    visa = body_of(call(app, "GET", payments_path("products", "1")))
    assert {f["id"] for f in visa["fields"]} == {
        "cardNumber",
        "expiryDate",
        "cvv",
        "cardholderName",
    }
    assert call(app, "GET", payments_path("products", "99999")).status == 404


@pytest.mark.parametrize(
    ("bin_", "product"),
    [
        ("411111", 1),
        ("222100", 3),
        ("510000", 3),
        ("340000", 2),
        ("370000", 2),
        ("675964", 117),
        ("670344", 3012),
    ],
)
def test_iin_details_from_the_bin_table(app: SandboxApp, bin_: str, product: int) -> None:
    body = body_of(call(app, "POST", payments_path("services", "getIINdetails"), {"bin": bin_}))
    assert body["paymentProductId"] == product


def test_iin_details_of_unknown_or_short_bins(app: SandboxApp) -> None:
    assert (
        call(app, "POST", payments_path("services", "getIINdetails"), {"bin": "999999"}).status
        == 404
    )
    assert (
        call(app, "POST", payments_path("services", "getIINdetails"), {"bin": "4111"}).status == 400
    )


def test_surcharge_only_on_credit_cards(app: SandboxApp) -> None:
    def surcharge(number: str) -> dict[str, Any]:
        body = body_of(
            call(
                app,
                "POST",
                payments_path("services", "surchargecalculation"),
                {
                    "amountOfMoney": {"amount": 10000, "currencyCode": "EUR"},
                    "cardSource": {"card": {"cardNumber": number}},
                },
            )
        )
        return dict(body["surcharges"][0])

    credit = surcharge("4111111111111111")
    assert credit["surchargeAmount"]["amount"] == 160
    assert credit["totalAmount"]["amount"] == 10160
    debit = surcharge("6759649826438453")
    assert (debit["result"], debit["surchargeAmount"]["amount"]) == ("NO_SURCHARGE", 0)


def test_dcc_rate_converts_the_amount(app: SandboxApp) -> None:
    body = body_of(
        call(
            app,
            "POST",
            payments_path("services", "dccrate"),
            {
                "cardSource": {"card": {"cardNumber": "4111111111111111"}},
                "transaction": {"amount": {"amount": 10000, "currencyCode": "EUR"}},
            },
        )
    )
    proposal = body["proposal"]
    assert proposal["targetAmount"]["currencyCode"] == "GBP"
    assert proposal["targetAmount"]["amount"] == round(100 * proposal["rate"]["exchangeRate"] * 100)


def test_webhook_credentials_are_checked(app: SandboxApp) -> None:
    app.webhook_keys["hook-key"] = "hook-secret"

    def result(key: str, secret: str) -> str:
        return str(
            body_of(
                call(
                    app,
                    "POST",
                    payments_path("webhooks", "validateCredentials"),
                    {"key": key, "secret": secret},
                )
            )["result"]
        )

    assert result("hook-key", "hook-secret") == "Valid"
    assert result("hook-key", "wrong") == "Invalid"


def test_redirect_urls_follow_the_base_url_set_later(app: SandboxApp) -> None:
    app.base_url = "http://127.0.0.1:9999"
    created = new_checkout(app)
    assert (
        created["redirectUrl"]
        == f"http://127.0.0.1:9999/hostedcheckout/{created['hostedCheckoutId']}"
    )
    challenge = app.complete_hosted_checkout(created["hostedCheckoutId"], card("4874970686672022"))
    assert challenge.startswith("http://127.0.0.1:9999/challenge/")
