"""A real browser completes the sandbox's hosted pages, as a customer would.

Chromium (Debian's, installed by ``make browser``) is driven by Playwright against a threaded
sandbox; the merchant's side uses the SDK over real sockets.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from opay.client import Client
from opay.models import (
    AmountOfMoney,
    CardPaymentMethodSpecificInput,
    CreateHostedCheckoutRequest,
    CreateHostedTokenizationRequest,
    CreatePaymentRequest,
    HostedCheckoutSpecificInput,
    Order,
)
from opay.sandbox import Sandbox

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    not os.access(CHROMIUM, os.X_OK),
    reason="chromium not found (run `make browser` to install Debian's chromium)",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    try:
        opened = context.new_page()
        opened.set_default_timeout(15_000)
        yield opened
    finally:
        context.close()


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sb:
        yield sb


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Client]:
    with sandbox.client() as opened:
        yield opened


def _fill_card(page: Any, number: str) -> None:
    page.get_by_label("Card number").fill(number)
    page.get_by_label("Expiry date (MM/YY)").fill("12/30")
    page.get_by_label("Security code (CVV)").fill("123")
    page.get_by_label("Name on card").fill("Ada Lovelace")


def test_hosted_checkout_in_a_browser(sandbox: Sandbox, client: Client, page: Any) -> None:
    merchant = client.merchant(sandbox.merchant_id)
    created = merchant.hosted_checkout().create_hosted_checkout(
        CreateHostedCheckoutRequest(
            order=Order(amount_of_money=AmountOfMoney(amount=1999, currency_code="EUR")),
            hosted_checkout_specific_input=HostedCheckoutSpecificInput(
                return_url=f"{sandbox.endpoint}/_sandbox/return"
            ),
        )
    )
    assert created.redirect_url is not None
    page.goto(created.redirect_url)
    assert page.locator("html").get_attribute("lang") == "en"
    assert "19.99 EUR" in page.locator("main").inner_text()

    # A card failing the Luhn check is refused on the page, with the reason announced.
    _fill_card(page, "4111 1111 1111 1112")
    page.get_by_role("button", name="Pay").click()
    alert = page.get_by_role("alert")
    assert alert.is_visible()
    assert "Card number" in alert.inner_text()
    assert (
        merchant.hosted_checkout().get_hosted_checkout(str(created.hosted_checkout_id)).status
        == "IN_PROGRESS"
    )

    _fill_card(page, "4111 1111 1111 1111")
    page.get_by_role("button", name="Pay").click()
    page.wait_for_url("**/_sandbox/return?**")
    query = parse_qs(urlsplit(page.url).query)
    assert query["RETURNMAC"] == [created.returnmac]
    assert query["hostedCheckoutId"] == [created.hosted_checkout_id]
    assert "Back at the merchant" in page.content()

    status = merchant.hosted_checkout().get_hosted_checkout(str(created.hosted_checkout_id))
    assert status.status == "PAYMENT_CREATED"
    assert status.created_payment_output is not None
    payment = status.created_payment_output.payment
    assert payment is not None and payment.id
    assert payment.status in ("PENDING_CAPTURE", "CAPTURED")
    assert payment.id in {p["id"] for p in sandbox.payments()}


def test_hosted_tokenization_in_a_browser_then_pay_with_the_token(
    sandbox: Sandbox, client: Client, page: Any
) -> None:
    merchant = client.merchant(sandbox.merchant_id)
    created = merchant.hosted_tokenization().create_hosted_tokenization(
        CreateHostedTokenizationRequest()
    )
    assert created.hosted_tokenization_url is not None
    page.goto(created.hosted_tokenization_url)
    _fill_card(page, "5555 5555 5555 4444")
    page.get_by_role("button", name="Save card").click()
    page.get_by_role("heading", name="Card saved").wait_for()
    assert page.get_by_role("status").inner_text().startswith("Your card has been saved")

    result = merchant.hosted_tokenization().get_hosted_tokenization(
        str(created.hosted_tokenization_id)
    )
    assert result.token is not None and result.token.id
    paid = merchant.payments().create_payment(
        CreatePaymentRequest(
            order=Order(amount_of_money=AmountOfMoney(amount=500, currency_code="EUR")),
            card_payment_method_specific_input=CardPaymentMethodSpecificInput(
                token=result.token.id, authorization_mode="SALE"
            ),
        )
    )
    assert paid.payment is not None
    assert paid.payment.status in ("CAPTURED", "PENDING_CAPTURE")


def test_hosted_checkout_with_a_3ds_challenge_in_a_browser(
    sandbox: Sandbox, client: Client, page: Any
) -> None:
    merchant = client.merchant(sandbox.merchant_id)
    created = merchant.hosted_checkout().create_hosted_checkout(
        CreateHostedCheckoutRequest(
            order=Order(amount_of_money=AmountOfMoney(amount=2500, currency_code="EUR")),
            hosted_checkout_specific_input=HostedCheckoutSpecificInput(
                return_url=f"{sandbox.endpoint}/_sandbox/return"
            ),
        )
    )
    assert created.redirect_url is not None
    page.goto(created.redirect_url)
    _fill_card(page, "4874 9706 8667 2022")  # the platform's 3-D Secure challenge card
    page.get_by_role("button", name="Pay").click()
    page.wait_for_url("**/challenge/**")
    assert "25.00 EUR" in page.locator("main").inner_text()
    page.get_by_role("button", name="Approve").click()
    page.wait_for_url("**/_sandbox/return?**")
    assert parse_qs(urlsplit(page.url).query)["RETURNMAC"] == [created.returnmac]
    status = merchant.hosted_checkout().get_hosted_checkout(str(created.hosted_checkout_id))
    assert status.created_payment_output is not None
    payment = status.created_payment_output.payment
    assert payment is not None
    assert payment.status in ("PENDING_CAPTURE", "CAPTURED")
