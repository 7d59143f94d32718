"""Which hosts and URLs the served sandbox accepts.

The control endpoints and the customer pages answer only under the sandbox's own addresses
(a DNS-rebinding defence); a merchant's ``returnUrl`` must be an http(s) URL; non-ASCII URLs
are served, and redirected to, without dropping the connection.
"""

from __future__ import annotations

import http.client
import json
import socket
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from sandbox_app_support import body_of, call, card_payment, make_app, payments_path

from opay.sandbox import Sandbox
from opay.sandbox.app import SandboxApp
from opay.sandbox.urls import ascii_url

MONEY = {"amount": 2500, "currencyCode": "EUR"}
GOOD_CARD = "cardNumber=4111111111111111&expiryDate=12%2F40&cvv=123&cardholderName=Ada"


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(allowed_hosts=["sandbox.ci"]) as sb:
        yield sb


def get(sb: Sandbox, path: str, host: str | None) -> tuple[int, bytes]:
    request = f"GET {path} HTTP/1.1\r\n"
    if host is not None:
        request += f"Host: {host}\r\n"
    else:
        request = request.replace("HTTP/1.1", "HTTP/1.0")
    with socket.create_connection(("127.0.0.1", sb.port), timeout=5) as sock:
        sock.sendall((request + "Connection: close\r\n\r\n").encode())
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return int(answer.split(b" ", 2)[1]), answer.partition(b"\r\n\r\n")[2]


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST.:{port}", "127.0.0.1", "sandbox.ci:80"],
)
def test_own_addresses_reach_the_control_endpoints(sandbox: Sandbox, host: str) -> None:
    status, body = get(sandbox, "/_sandbox/payments", host.format(port=sandbox.port))
    assert status == 200
    assert json.loads(body) == []


@pytest.mark.parametrize(
    "path", ["/_sandbox/payments", "/_sandbox/webhooks", "/_sandbox/return", "/hostedcheckout/1"]
)
@pytest.mark.parametrize(
    "host", ["attacker.example:{port}", "127.0.0.1.attacker.example", "user@127.0.0.1", "[::2"]
)
def test_a_foreign_host_is_told_it_is_misdirected(sandbox: Sandbox, path: str, host: str) -> None:
    status, body = get(sandbox, path, host.format(port=sandbox.port))
    assert status == 421
    text = body.decode()
    assert "Host header" in text and repr(host.format(port=sandbox.port)) in text
    assert "allowed_hosts" in text and "--allow-host" in text


def test_the_api_is_not_host_checked(sandbox: Sandbox) -> None:
    # API calls are signed with the secret key, so a rebound name gains nothing there,
    # and proxies or containers may reach them under any name.
    status, _ = get(sandbox, "/v2/sandbox-merchant/services/testconnection", "api.example")
    assert status != 421


def test_http_10_without_host_is_served(sandbox: Sandbox) -> None:
    status, _ = get(sandbox, "/_sandbox/payments", None)
    assert status == 200


def test_bound_to_all_interfaces_any_ip_address_is_accepted_but_no_other_name() -> None:
    with Sandbox(host="0.0.0.0") as sb:
        assert get(sb, "/_sandbox/payments", f"127.0.0.1:{sb.port}")[0] == 200
        assert get(sb, "/_sandbox/payments", f"10.1.2.3:{sb.port}")[0] == 200
        assert get(sb, "/_sandbox/payments", f"[::1]:{sb.port}")[0] == 200
        assert get(sb, "/_sandbox/payments", f"rebound.example:{sb.port}")[0] == 421


def test_an_allowed_host_that_is_no_host_name_is_refused() -> None:
    with pytest.raises(ValueError, match="allowed_hosts"):
        Sandbox(allowed_hosts=["http://x/"])


def test_in_memory_requests_are_not_host_checked() -> None:
    with Sandbox(in_memory=True) as sb:
        assert sb.payments() == []


# -- returnUrl --------------------------------------------------------------------------------


@pytest.fixture
def app() -> SandboxApp:
    return make_app()


BAD_URLS = ["javascript:alert(document.domain)", "data:text/html,<script>1</script>", "/relative"]


@pytest.mark.parametrize("url", BAD_URLS)
def test_a_hosted_checkout_return_url_must_be_http(app: SandboxApp, url: str) -> None:
    response = call(
        app,
        "POST",
        payments_path("hostedcheckouts"),
        {"order": {"amountOfMoney": MONEY}, "hostedCheckoutSpecificInput": {"returnUrl": url}},
    )
    assert response.status == 400
    error = body_of(response)["errors"][0]
    assert error["propertyName"] == "hostedCheckoutSpecificInput.returnUrl"
    assert error["id"] == "INVALID_VALUE"  # the platform's error for a value it refuses


@pytest.mark.parametrize("url", BAD_URLS)
def test_a_3ds_return_url_must_be_http(app: SandboxApp, url: str) -> None:
    body = card_payment("4000000000003220", threeDSecure={"redirectionData": {"returnUrl": url}})
    response = call(app, "POST", payments_path("payments"), body)
    assert response.status == 400
    error = body_of(response)["errors"][0]
    assert error["propertyName"] == (
        "cardPaymentMethodSpecificInput.threeDSecure.redirectionData.returnUrl"
    )


def test_a_redirect_payment_return_url_must_be_http(app: SandboxApp) -> None:
    body: dict[str, Any] = {
        "order": {"amountOfMoney": MONEY},
        "redirectPaymentMethodSpecificInput": {
            "paymentProductId": 809,
            "redirectionData": {"returnUrl": "JavaScript:alert(1)"},
        },
    }
    response = call(app, "POST", payments_path("payments"), body)
    assert response.status == 400
    assert body_of(response)["errors"][0]["propertyName"] == (
        "redirectPaymentMethodSpecificInput.redirectionData.returnUrl"
    )


def test_http_and_https_return_urls_are_accepted(app: SandboxApp) -> None:
    for url in ("http://127.0.0.1:9/back", "HTTPS://shop.example/r?x=1"):
        response = call(
            app,
            "POST",
            payments_path("hostedcheckouts"),
            {"order": {"amountOfMoney": MONEY}, "hostedCheckoutSpecificInput": {"returnUrl": url}},
        )
        assert response.status == 201, body_of(response)


# -- non-ASCII URLs ---------------------------------------------------------------------------


def test_ascii_url_percent_encodes_only_what_is_not_ascii() -> None:
    assert ascii_url("https://shop.example/a%20b?q=1") == "https://shop.example/a%20b?q=1"
    assert ascii_url("https://shop.example/caf\u00e9?q=\u20ac") == (
        "https://shop.example/caf%C3%A9?q=%E2%82%AC"
    )


def test_a_unicode_return_url_is_redirected_to_over_http(sandbox: Sandbox) -> None:
    return_url = "https://shop.example/caf\u00e9/\u8a02\u55ae?ref=\u20ac"
    with sandbox.client() as client:
        created = (
            client.merchant(sandbox.merchant_id)
            .hosted_checkout()
            .create_hosted_checkout(
                {
                    "order": {"amountOfMoney": MONEY},
                    "hostedCheckoutSpecificInput": {"returnUrl": return_url},
                }
            )
        )
    assert created.redirect_url is not None
    path = urlsplit(created.redirect_url).path
    conn = http.client.HTTPConnection("127.0.0.1", sandbox.port, timeout=10)
    try:
        conn.request(
            "POST",
            path,
            body=GOOD_CARD,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        response = conn.getresponse()
        response.read()
        location = response.headers["Location"]
        conn.request("GET", "/_sandbox/payments")  # the connection is still usable
        after = conn.getresponse()
        after.read()
    finally:
        conn.close()
    assert response.status == 303
    assert location.isascii()
    assert unquote(location).startswith(return_url)
    assert after.status == 200
