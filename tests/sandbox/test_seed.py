"""A fresh sandbox draws new ids; a seed makes them repeatable (in process and as a process)."""

from __future__ import annotations

from sandbox_app_support import card_payment
from test_server_cli import CARD_PAYMENT, SandboxProcess

from opay.client import Client
from opay.models import CreatePaymentRequest, CreatePaymentResponse
from opay.sandbox import Sandbox


def _payment_id(created: CreatePaymentResponse) -> str:
    assert created.payment is not None and created.payment.id is not None
    return created.payment.id


def _first_ids(seed: int | None) -> list[str]:
    with Sandbox(in_memory=True, seed=seed) as sb, sb.client() as client:
        payments = client.merchant(sb.merchant_id).payments()
        return [_payment_id(payments.create_payment(card_payment())) for _ in range(2)]


def test_fresh_sandboxes_draw_new_ids() -> None:
    assert _first_ids(None) != _first_ids(None)


def test_a_seed_repeats_the_ids() -> None:
    assert _first_ids(11) == _first_ids(11)
    assert _first_ids(11) != _first_ids(12)


def _process_first_id(*args: str) -> str:
    process = SandboxProcess(*args)
    try:
        endpoint = process.wait_ready()
        with Client(endpoint, "sandbox-key", "sandbox-secret") as client:
            payments = client.merchant("sandbox-merchant").payments()
            created = payments.create_payment(CreatePaymentRequest.from_dictionary(CARD_PAYMENT))
            return _payment_id(created)
    finally:
        process.close()


def test_the_process_draws_new_ids_unless_seeded() -> None:
    assert _process_first_id() != _process_first_id()
    assert _process_first_id("--seed", "5") == _process_first_id("--seed", "5")
