"""The customer-facing pages: plain accessible forms, escaped output, redirects on success."""

from __future__ import annotations

import http.client
import re
from typing import Any
from urllib.parse import urlencode

import pytest

from opay.sandbox import Sandbox
from opay.sandbox.pages import HostedPages, card_from_form, format_amount
from opay.transport import Request, Response

RETURN = "https://shop.example/return?RETURNMAC=mac-1&hostedCheckoutId=hc-1"
GOOD_CARD = {
    "cardNumber": "4111 1111 1111 1111",
    "expiryDate": "12/30",
    "cvv": "123",
    "cardholderName": "Ada Lovelace",
}


class PageApp:
    """Knows one checkout, one tokenization and one challenge; rejects all but one card."""

    def __init__(self) -> None:
        self.base_url = "http://127.0.0.1"
        self.cards: list[dict[str, str]] = []
        self.decisions: list[bool] = []
        self.currency = "EUR"
        self.status = "IN_PROGRESS"
        self.token_status = "IN_PROGRESS"
        self.waiting = True

    def handle(self, request: Request) -> Response:
        return Response(404, (), b"")

    def _complete(self, card: dict[str, str]) -> None:
        self.cards.append(card)
        if card["cardNumber"] != "4111111111111111":
            raise ValueError("The card <b>number</b> is not valid & was refused")

    def hosted_checkout(self, hosted_checkout_id: str) -> dict[str, Any]:
        if hosted_checkout_id != "hc-1":
            raise KeyError(hosted_checkout_id)
        return {
            "amount": 1250,
            "currency": self.currency,
            "returnUrl": "https://shop.example/r",
            "status": self.status,
        }

    def complete_hosted_checkout(self, hosted_checkout_id: str, card: dict[str, str]) -> str:
        self._complete(card)
        return RETURN

    def hosted_tokenization(self, hosted_tokenization_id: str) -> dict[str, Any]:
        if hosted_tokenization_id != "ht-1":
            raise KeyError(hosted_tokenization_id)
        return {"status": self.token_status}

    def complete_hosted_tokenization(
        self, hosted_tokenization_id: str, card: dict[str, str]
    ) -> str:
        self._complete(card)
        return "http://127.0.0.1/_sandbox/return?hostedTokenizationId=ht-1"

    def challenge(self, payment_id: str) -> dict[str, Any]:
        if payment_id != "pay-1":
            raise KeyError(payment_id)
        return {
            "amount": 500,
            "currency": "JPY",
            "cardNumber": "411111******1111",
            "waiting": self.waiting,
            "status": "REDIRECTED" if self.waiting else "CAPTURED",
        }

    def complete_challenge(self, payment_id: str, approve: bool) -> str:
        self.decisions.append(approve)
        return "https://shop.example/after-3ds"


@pytest.fixture
def app() -> PageApp:
    return PageApp()


@pytest.fixture
def pages(app: PageApp) -> HostedPages:
    return HostedPages(app)


def _get(pages: HostedPages, path: str) -> Response:
    return pages.respond(Request("GET", "http://127.0.0.1" + path, ()))


def _post(pages: HostedPages, path: str, form: dict[str, str]) -> Response:
    headers = (("Content-Type", "application/x-www-form-urlencoded"),)
    return pages.respond(
        Request("POST", "http://127.0.0.1" + path, headers, urlencode(form).encode())
    )


def _text(response: Response) -> str:
    return response.body.decode("utf-8")


def test_checkout_page_is_an_accessible_card_form_with_the_amount(pages: HostedPages) -> None:
    response = _get(pages, "/hostedcheckout/hc-1")
    page = _text(response)
    assert response.status == 200
    assert response.header("Content-Type") == "text/html; charset=utf-8"
    assert '<html lang="en">' in page
    assert "12.50 EUR" in page
    assert "<script" not in page
    for name, autocomplete in [
        ("cardNumber", "cc-number"),
        ("expiryDate", "cc-exp"),
        ("cvv", "cc-csc"),
        ("cardholderName", "cc-name"),
    ]:
        assert f'<label for="{name}">' in page
        tag = re.search(rf'<input id="{name}"[^>]*>', page)
        assert tag is not None, name
        assert f'autocomplete="{autocomplete}"' in tag.group(0)
    assert '<form method="post">' in page
    assert '<button type="submit">Pay</button>' in page
    assert 'role="alert"' not in page


def test_a_valid_card_redirects_to_the_return_url(pages: HostedPages, app: PageApp) -> None:
    response = _post(pages, "/hostedcheckout/hc-1", GOOD_CARD)
    assert response.status == 303
    assert response.header("Location") == RETURN
    assert app.cards == [
        {
            "cardNumber": "4111111111111111",
            "expiryDate": "1230",
            "cvv": "123",
            "cardholderName": "Ada Lovelace",
        }
    ]


def test_a_refused_card_shows_the_escaped_message_and_keeps_safe_fields(
    pages: HostedPages,
) -> None:
    form = {**GOOD_CARD, "cardNumber": "4000", "cardholderName": 'Eve "<img>"'}
    response = _post(pages, "/hostedcheckout/hc-1", form)
    page = _text(response)
    assert response.status == 400
    assert (
        '<p role="alert" id="form-error">The card &lt;b&gt;number&lt;/b&gt; is not valid '
        "&amp; was refused</p>" in page
    )
    assert 'value="Eve &quot;&lt;img&gt;&quot;"' in page
    assert 'aria-invalid="true"' in page
    assert 'value="123"' not in page, "the security code is never echoed back"


def test_everything_the_app_says_is_escaped(pages: HostedPages, app: PageApp) -> None:
    app.currency = "<script>alert(1)</script>"
    page = _text(_get(pages, "/hostedcheckout/hc-1"))
    assert "<script>" not in page
    assert "&lt;SCRIPT&gt;" in page


@pytest.mark.parametrize(
    "path", ["/hostedcheckout/nope", "/hostedtokenization/nope", "/challenge/nope", "/other/x"]
)
def test_unknown_pages_are_404(pages: HostedPages, path: str) -> None:
    response = _get(pages, path)
    assert response.status == 404
    assert "<h1>" in _text(response)


def test_unsupported_methods_are_405(pages: HostedPages) -> None:
    response = pages.respond(Request("DELETE", "http://127.0.0.1/hostedcheckout/hc-1", ()))
    assert response.status == 405
    assert response.header("Allow") == "GET, HEAD, POST"


def test_tokenization_form_stores_the_card_and_redirects(pages: HostedPages, app: PageApp) -> None:
    page = _text(_get(pages, "/hostedtokenization/ht-1"))
    assert "Save card" in page and 'autocomplete="cc-number"' in page
    response = _post(pages, "/hostedtokenization/ht-1", GOOD_CARD)
    assert response.status == 303
    assert (response.header("Location") or "").endswith("hostedTokenizationId=ht-1")
    bad = _post(pages, "/hostedtokenization/ht-1", {**GOOD_CARD, "cardNumber": "1"})
    assert bad.status == 400 and 'role="alert"' in _text(bad)


def test_challenge_page_offers_approve_and_decline(pages: HostedPages, app: PageApp) -> None:
    page = _text(_get(pages, "/challenge/pay-1"))
    assert "500 JPY" in page
    assert '<button type="submit" name="decision" value="approve">Approve</button>' in page
    assert 'value="decline"' in page
    assert _post(pages, "/challenge/pay-1", {"decision": "decline"}).status == 303
    assert _post(pages, "/challenge/pay-1", {"decision": "approve"}).status == 303
    assert app.decisions == [False, True]
    unclear = _post(pages, "/challenge/pay-1", {"decision": "maybe"})
    assert unclear.status == 400 and "Choose Approve or Decline" in _text(unclear)


def test_pages_are_served_over_http_with_form_posts(app: PageApp) -> None:
    with Sandbox(app=app) as sb:
        conn = http.client.HTTPConnection("127.0.0.1", sb.port, timeout=10)
        try:
            conn.request("GET", "/hostedcheckout/hc-1")
            page = conn.getresponse()
            assert page.status == 200 and b"12.50 EUR" in page.read()
            conn.request(
                "POST",
                "/hostedcheckout/hc-1",
                body=urlencode(GOOD_CARD),
                headers={"Content-Type": "application/x-www-form-urlencoded"},
            )
            done = conn.getresponse()
            done.read()
        finally:
            conn.close()
    assert done.status == 303
    assert done.headers["Location"] == RETURN


@pytest.mark.parametrize(
    ("amount", "currency", "shown"),
    [
        (1250, "EUR", "12.50 EUR"),
        (123456789, "usd", "1,234,567.89 USD"),
        (500, "JPY", "500 JPY"),
        (1234, "KWD", "1.234 KWD"),
        (None, "EUR", "None EUR"),
    ],
)
def test_amounts_are_shown_in_major_units(amount: Any, currency: str, shown: str) -> None:
    assert format_amount(amount, currency) == shown


def test_card_numbers_and_expiry_dates_are_taken_as_people_type_them() -> None:
    card = card_from_form(
        {"cardNumber": "4111-1111 1111 1111", "expiryDate": "12 / 30", "cvv": " 1 "}
    )
    assert card == {
        "cardNumber": "4111111111111111",
        "expiryDate": "1230",
        "cvv": "1",
        "cardholderName": "",
    }


def test_return_page_shows_the_parameters_it_got_escaped(app: PageApp) -> None:
    with Sandbox(app=app) as sb:
        conn = http.client.HTTPConnection("127.0.0.1", sb.port, timeout=10)
        try:
            conn.request("GET", "/_sandbox/return?RETURNMAC=m%3C1%3E&hostedCheckoutId=hc-1")
            response = conn.getresponse()
            page = response.read().decode()
        finally:
            conn.close()
    assert response.status == 200
    assert '<th scope="row">RETURNMAC</th><td><code>m&lt;1&gt;</code>' in page
    assert "<code>hc-1</code>" in page


def test_a_paid_checkout_shows_that_it_is_closed(pages: HostedPages, app: PageApp) -> None:
    app.status = "PAYMENT_CREATED"
    page = _get(pages, "/hostedcheckout/hc-1")
    assert page.status == 200
    assert "no longer open (status: PAYMENT_CREATED)" in _text(page)
    assert "<form" not in _text(page)
    assert _post(pages, "/hostedcheckout/hc-1", GOOD_CARD).status == 409
    assert app.cards == []


def test_a_stored_card_shows_a_confirmation(pages: HostedPages, app: PageApp) -> None:
    app.token_status = "TOKEN_CREATED"
    page = _text(_get(pages, "/hostedtokenization/ht-1?status=TOKEN_CREATED&tokenId=t1"))
    assert '<p role="status">Your card has been saved.' in page
    assert "<form" not in page


def test_a_challenge_not_waiting_cannot_be_answered(pages: HostedPages, app: PageApp) -> None:
    assert "411111******1111" in _text(_get(pages, "/challenge/pay-1"))
    app.waiting = False
    page = _get(pages, "/challenge/pay-1")
    assert "not waiting for authentication (status: CAPTURED)" in _text(page)
    assert _post(pages, "/challenge/pay-1", {"decision": "approve"}).status == 409
    assert app.decisions == []


def test_card_forms_list_the_test_cards(pages: HostedPages) -> None:
    page = _text(_get(pages, "/hostedcheckout/hc-1"))
    assert "<summary>Test cards</summary>" in page
    assert "<code>4330 2649 3634 4675</code> Visa: authorised" in page
    assert "<code>4874 9706 8667 2022</code> Visa: 3-D Secure challenge" in page
