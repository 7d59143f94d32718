"""opay's clients against the served simulator: in memory, over sockets, sync and async,
with faults and webhooks."""

from __future__ import annotations

import threading

import pytest

from opay.context import CallContext
from opay.exceptions import CommunicationException, PlatformException
from opay.sandbox import Faults, Sandbox, WebhookReceiver
from opay.transport import Request
from opay.webhooks import InMemorySecretKeyStore, Webhooks

CARD_PAYMENT = {
    "order": {"amountOfMoney": {"amount": 1234, "currencyCode": "EUR"}},
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


def test_in_memory_client_needs_no_socket() -> None:
    with Sandbox(in_memory=True, merchant_id="shop-1") as sb, sb.client() as client:
        assert not sb.running
        created = client.merchant("shop-1").payments().create_payment(CARD_PAYMENT)
        assert created.payment is not None
        assert created.payment.status == "PENDING_CAPTURE"
        (listed,) = sb.payments()
        assert listed["id"] == created.payment.id
        assert listed["status"] == "PENDING_CAPTURE"


async def test_async_in_memory_client() -> None:
    with Sandbox(in_memory=True) as sb:
        async with sb.async_client() as client:
            payments = client.merchant(sb.merchant_id).payments()
            created = await payments.create_payment(CARD_PAYMENT)
            assert created.payment is not None and created.payment.id
            fetched = await payments.get_payment(created.payment.id)
            assert fetched.status == "PENDING_CAPTURE"


async def test_async_client_over_sockets() -> None:
    with Sandbox() as sb:
        async with sb.async_client() as client:
            created = await client.merchant(sb.merchant_id).payments().create_payment(CARD_PAYMENT)
            assert created.payment is not None
        assert [p["id"] for p in sb.payments()] == [created.payment.id]


def test_error_after_execution_then_a_retry_with_the_same_key_finds_the_payment() -> None:
    with Sandbox() as sb, sb.client() as client:
        payments = client.merchant(sb.merchant_id).payments()
        sb.faults = Faults(error_rate=1.0, error_mode="after", seed=1)
        with pytest.raises(PlatformException):
            payments.create_payment(CARD_PAYMENT, CallContext(idempotence_key="order-42"))
        assert len(sb.payments()) == 1, "the platform processed it despite the error"
        sb.faults = None
        retry = CallContext(idempotence_key="order-42")
        again = payments.create_payment(CARD_PAYMENT, retry)
        assert again.payment is not None
        assert retry.idempotence_request_timestamp is not None
        assert [p["id"] for p in sb.payments()] == [again.payment.id]


def test_error_before_execution_leaves_nothing_behind() -> None:
    with Sandbox() as sb, sb.client() as client:
        sb.faults = Faults(error_rate=1.0, error_mode="before")
        with pytest.raises(PlatformException):
            client.merchant(sb.merchant_id).payments().create_payment(CARD_PAYMENT)
        assert sb.payments() == []


def test_a_dropped_connection_may_have_reached_the_platform() -> None:
    with Sandbox() as sb, sb.client() as client:
        payments = client.merchant(sb.merchant_id).payments()
        sb.faults = Faults(drop_rate=1.0, drop_mode="after")
        with pytest.raises(CommunicationException) as caught:
            payments.create_payment(CARD_PAYMENT, CallContext(idempotence_key="order-43"))
        assert caught.value.may_have_reached_platform
        sb.faults = None
        again = payments.create_payment(CARD_PAYMENT, CallContext(idempotence_key="order-43"))
        assert again.payment is not None
        assert [p["id"] for p in sb.payments()] == [again.payment.id]


def test_webhooks_are_delivered_logged_and_their_key_is_known_to_the_api() -> None:
    with (
        WebhookReceiver() as receiver,
        Sandbox(
            webhook_url=receiver.url,
            webhook_key_id="hooks-1",
            webhook_secret="hooks-secret",
            webhook_base_delay=0.01,
        ) as sb,
        sb.client() as client,
    ):
        merchant = client.merchant(sb.merchant_id)
        merchant.payments().create_payment(CARD_PAYMENT)
        assert sb.webhooks is not None and sb.webhooks.flush(timeout=10)
        events = sb.events()
        assert events and len(receiver.accepted) == len(events)
        log = sb.inspect("webhooks")
        assert [d["eventId"] for d in log] == [e["id"] for e in events]
        assert {d["state"] for d in log} == {"delivered"}
        valid = merchant.webhooks().validate_webhook_credentials(
            {"key": "hooks-1", "secret": "hooks-secret"}
        )
        assert valid.result == "Valid"

    store = InMemorySecretKeyStore()
    store.store_secret_key("hooks-1", "hooks-secret")
    helper = Webhooks.create_helper(store)
    received = [helper.unmarshal(r.body, r.headers) for r in receiver.accepted]
    assert [e.id for e in received] == [e["id"] for e in events]


def test_concurrent_clients_over_keep_alive_connections() -> None:
    with Sandbox() as sb, sb.client(max_connections=4) as client:
        payments = client.merchant(sb.merchant_id).payments()
        created: list[str] = []
        lock = threading.Lock()

        def create(n: int) -> None:
            for _ in range(n):
                response = payments.create_payment(CARD_PAYMENT)
                assert response.payment is not None and response.payment.id
                with lock:
                    created.append(response.payment.id)

        workers = [threading.Thread(target=create, args=(10,)) for _ in range(4)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=60)
        assert len(set(created)) == 40
        assert {p["id"] for p in sb.payments()} == set(created)


async def test_async_in_memory_handler_applies_faults() -> None:
    with Sandbox(in_memory=True, faults=Faults(error_rate=1.0)) as sb:
        async with sb.async_client() as client:
            with pytest.raises(PlatformException):
                await client.merchant(sb.merchant_id).payments().create_payment(CARD_PAYMENT)
        sb.faults = Faults(drop_rate=1.0, latency_ms=1)
        request = Request("GET", f"{sb.endpoint}/v2/{sb.merchant_id}/payments/x", ())
        with pytest.raises(CommunicationException):
            await sb.ahandle(request)
        assert sb.payments() == []


def test_events_after_stop_are_not_sent_and_do_not_break_the_api() -> None:
    with WebhookReceiver() as receiver:
        sb = Sandbox(
            in_memory=True,
            webhook_url=receiver.url,
            webhook_key_id="hooks-1",
            webhook_secret="hooks-secret",
        )
        sb.stop()
        with sb.client() as client:
            created = client.merchant(sb.merchant_id).payments().create_payment(CARD_PAYMENT)
        assert created.payment is not None
        assert sb.events(), "the event was still recorded"
        assert sb.inspect("webhooks") == []
        assert receiver.received == []
