"""What the reliability tests share: every transport, a card payment per merchant reference,
and a logger that counts attempts and failed attempts."""

from __future__ import annotations

import copy
import importlib
from typing import Any

from opay.transport import Request, Response

SYNC_TRANSPORTS = {
    "urllib3": ("opay_transports.urllib3", "Urllib3Transport", {}),
    "httpx": ("opay_transports.httpx", "HttpxTransport", {"library": "httpx"}),
    "httpx2": ("opay_transports.httpx", "HttpxTransport", {"library": "httpx2"}),
    "stdlib": ("opay_transports.stdlib", "StdlibTransport", {}),
}
ASYNC_TRANSPORTS = {
    "aiohttp": ("opay_transports.aiohttp", "AiohttpTransport", {}),
    "httpx-async": ("opay_transports.httpx", "AsyncHttpxTransport", {"library": "httpx"}),
    "httpx2-async": ("opay_transports.httpx", "AsyncHttpxTransport", {"library": "httpx2"}),
}


def make_transport(spec: tuple[str, str, dict[str, Any]]) -> Any:
    """A transport of the matrix above, with a generous read timeout."""
    module, name, options = spec
    return getattr(importlib.import_module(module), name)(read_timeout=10.0, **options)


CARD_PAYMENT: dict[str, Any] = {
    "order": {
        "amountOfMoney": {"amount": 1234, "currencyCode": "EUR"},
        "references": {"merchantReference": ""},
    },
    "cardPaymentMethodSpecificInput": {
        "paymentProductId": 1,
        "authorizationMode": "PRE_AUTHORIZATION",
        "card": {
            "cardNumber": "4111111111111111",
            "expiryDate": "1230",
            "cvv": "123",
            "cardholderName": "Ada Lovelace",
        },
    },
}


def payment_for(reference: str) -> dict[str, Any]:
    """A card payment request whose merchantReference is ``reference``."""
    body = copy.deepcopy(CARD_PAYMENT)
    body["order"]["references"]["merchantReference"] = reference
    return body


def payment_id(created: Any) -> str:
    """The id of the payment a create_payment response holds."""
    assert created.payment is not None and created.payment.id
    return str(created.payment.id)


class AttemptCounter:
    """A communicator logger that counts attempts and failed attempts."""

    def __init__(self) -> None:
        self.attempts = 0
        self.failures = 0
        self.errors: list[BaseException] = []

    def log_request(self, request_id: str, request: Request) -> None:
        self.attempts += 1

    def log_response(
        self, request_id: str, request: Request, response: Response, duration_ms: float
    ) -> None:
        pass

    def log_exception(
        self, request_id: str, request: Request, exception: BaseException, duration_ms: float
    ) -> None:
        self.failures += 1
        self.errors.append(exception)
