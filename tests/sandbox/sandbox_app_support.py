"""Helpers of the sandbox application tests: a settable clock, signed raw requests and
request bodies."""

from __future__ import annotations

import email.utils
import gzip
import json
from datetime import datetime, timedelta, timezone
from typing import Any

from opay import signing
from opay.sandbox.app import SandboxApp
from opay.transport import Request, Response

MERCHANT = "sandbox-merchant"
KEY_ID = "sandbox-key"
SECRET = "sandbox-secret"
BASE = "http://127.0.0.1:8443"


class Clock:
    """A clock the test moves by hand; starts at the real time (the client signs with it)."""

    def __init__(self) -> None:
        self.now = datetime.now(timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def make_app(**kwargs: Any) -> SandboxApp:
    kwargs.setdefault("base_url", BASE)
    return SandboxApp(**kwargs)


def future_expiry(years: int = 3) -> str:
    """An MMYY expiry date ``years`` from now."""
    return f"12{(datetime.now(timezone.utc).year + years) % 100:02d}"


def past_expiry() -> str:
    """An MMYY expiry date in last year."""
    return f"01{(datetime.now(timezone.utc).year - 1) % 100:02d}"


def call(app: SandboxApp, method: str, path: str, body: Any = None, **kwargs: Any) -> Response:
    """Send one signed request straight to ``app.handle``; ``path`` may carry a query."""
    return app.handle(signed_request(method, path, body, **kwargs))


def signed_request(
    method: str,
    path: str,
    body: Any = None,
    *,
    raw: bytes | None = None,
    headers: tuple[tuple[str, str], ...] = (),
    key_id: str = KEY_ID,
    secret: str = SECRET,
    date: datetime | None = None,
    compress: bool = False,
) -> Request:
    """One request signed as a client would sign it."""
    payload = raw if raw is not None else (b"" if body is None else json.dumps(body).encode())
    all_headers: list[tuple[str, str]] = [
        ("Date", email.utils.format_datetime(date or datetime.now(timezone.utc), usegmt=True)),
        *headers,
    ]
    if payload:
        all_headers.append(("Content-Type", "application/json"))
    if compress:
        payload = gzip.compress(payload)
        all_headers.append(("Content-Encoding", "gzip"))
    url = BASE + path
    authorization = signing.authorization_header(
        key_id, secret, method, signing.path_and_query(url), all_headers
    )
    all_headers.append(("Authorization", authorization))
    return Request(method, url, tuple(all_headers), payload)


def body_of(response: Response) -> Any:
    return json.loads(response.body)


def card_payment(
    number: str = "4111111111111111",
    *,
    amount: int = 1000,
    currency: str = "EUR",
    product_id: int | None = 1,
    mode: str | None = None,
    reference: str = "order-1",
    expiry: str | None = None,
    cvv: str = "123",
    **card_input: Any,
) -> dict[str, Any]:
    """A ``CreatePaymentRequest`` body paying by card."""
    specific: dict[str, Any] = {
        "card": {
            "cardNumber": number,
            "expiryDate": expiry or future_expiry(),
            "cvv": cvv,
            "cardholderName": "Wile E. Coyote",
        },
        **card_input,
    }
    if product_id is not None:
        specific["paymentProductId"] = product_id
    if mode is not None:
        specific["authorizationMode"] = mode
    return {
        "order": {
            "amountOfMoney": {"amount": amount, "currencyCode": currency},
            "references": {"merchantReference": reference},
        },
        "cardPaymentMethodSpecificInput": specific,
    }


def payments_path(*parts: str) -> str:
    return "/".join(("", "v2", MERCHANT, *parts))
