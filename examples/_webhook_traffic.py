"""Sends webhooks to an endpoint of an example: a local sandbox signs and delivers the events
of a payment, and a forged request shows what an attacker gets."""

from __future__ import annotations

import urllib.error
import urllib.request

from opay.models import (
    AmountOfMoney,
    CapturePaymentRequest,
    Card,
    CardPaymentMethodSpecificInput,
    CreatePaymentRequest,
    Order,
)
from opay.sandbox import Sandbox

KEY_ID = "webhooks-key-1"
SECRET_KEY = "webhooks-secret-1"  # a sandbox secret, shown on purpose; keep real ones secret


def send_payment_events(url: str, *, duplicate_rate: float = 0.0) -> int:
    """Make a payment and capture it on a sandbox delivering to ``url``; the events sent.
    ``duplicate_rate`` of them are delivered twice, as at-least-once delivery may."""
    with (
        Sandbox(
            webhook_url=url,
            webhook_key_id=KEY_ID,
            webhook_secret=SECRET_KEY,
            webhook_base_delay=0.05,
            webhook_duplicate_rate=duplicate_rate,
        ) as sandbox,
        sandbox.client() as client,
    ):
        payments = client.merchant(sandbox.merchant_id).payments()
        created = payments.create_payment(
            CreatePaymentRequest(
                order=Order(amount_of_money=AmountOfMoney(amount=990, currency_code="EUR")),
                card_payment_method_specific_input=CardPaymentMethodSpecificInput(
                    payment_product_id=1,
                    authorization_mode="PRE_AUTHORIZATION",
                    card=Card(card_number="4330264936344675", cvv="123", expiry_date="1230"),
                ),
            )
        )
        assert created.payment is not None and created.payment.id is not None
        payments.capture_payment(created.payment.id, CapturePaymentRequest(amount=990))
        assert sandbox.webhooks is not None
        if not sandbox.webhooks.flush(timeout=10):
            raise RuntimeError("the webhooks were not all delivered in time")
        return len(sandbox.events())


def send_forged_event(url: str) -> int:
    """POST an event with a made-up signature; the HTTP status the endpoint answers."""
    body = b'{"apiVersion":"v1","id":"forged","type":"payment.captured"}'
    headers = {"X-GCS-Signature": "Zm9yZ2Vk", "X-GCS-KeyId": KEY_ID}
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as refused:
        return refused.code
