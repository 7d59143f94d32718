"""Webhook delivery: signed like the platform's, in the background, retried with backoff."""

from __future__ import annotations

import json
import socket
import threading
from typing import Any

import pytest

from opay.sandbox import WebhookReceiver, WebhookSender
from opay.webhooks import InMemorySecretKeyStore, Webhooks

KEY_ID = "hook-key"
SECRET = "hook-secret"


def _event(n: int) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "id": f"event-{n}",
        "created": "2026-01-01T12:00:00.000+0000",
        "merchantId": "m1",
        "type": "payment.created",
        "payment": {"id": f"pay-{n}", "status": "CREATED"},
    }


def _helper() -> Any:
    store = InMemorySecretKeyStore()
    store.store_secret_key(KEY_ID, SECRET)
    return Webhooks.create_helper(store)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_failing_receiver_gets_the_event_again_until_it_accepts() -> None:
    with WebhookReceiver(statuses=(500, 503)) as receiver:
        sender = WebhookSender(receiver.url, KEY_ID, SECRET, base_delay=0.01, max_attempts=5)
        try:
            sender.send(_event(1))
            assert sender.flush(timeout=10)
        finally:
            sender.close()
        assert [r.status for r in receiver.received] == [500, 503, 200]
        bodies = {r.body for r in receiver.received}
        assert len(bodies) == 1, "every attempt carries the same bytes"
        event = _helper().unmarshal(receiver.accepted[0].body, receiver.accepted[0].headers)
        assert event.id == "event-1"
        assert event.payment.id == "pay-1"
        (log,) = sender.deliveries()
        assert log["eventId"] == "event-1"
        assert log["state"] == "delivered"
        assert [a["status"] for a in log["attempts"]] == [500, 503, 200]


def test_signature_and_key_id_headers_match_the_raw_body() -> None:
    with WebhookReceiver() as receiver:
        sender = WebhookSender(receiver.url, KEY_ID, SECRET, base_delay=0.01)
        try:
            sender(_event(2))
            assert sender.flush(timeout=10)
        finally:
            sender.close()
        (got,) = receiver.accepted
        assert got.header("X-GCS-KeyId") == KEY_ID
        assert (got.header("Content-Type") or "").startswith("application/json")
        assert json.loads(got.body) == _event(2)
        tampered = got.body.replace(b"pay-2", b"pay-9")
        with pytest.raises(Exception, match="does not match"):
            _helper().unmarshal(tampered, got.headers)


def test_delivery_gives_up_after_max_attempts() -> None:
    with WebhookReceiver(statuses=(500, 500, 500, 500)) as receiver:
        sender = WebhookSender(receiver.url, KEY_ID, SECRET, base_delay=0.01, max_attempts=3)
        try:
            sender.send(_event(3))
            assert sender.flush(timeout=10)
        finally:
            sender.close()
        assert len(receiver.received) == 3
        (log,) = sender.deliveries()
        assert log["state"] == "failed"
        assert log["attempts"][-1]["error"] == "receiver answered HTTP 500"


def test_connection_errors_are_retried_and_logged() -> None:
    port = _free_port()
    sender = WebhookSender(
        f"http://127.0.0.1:{port}/hooks", KEY_ID, SECRET, base_delay=0.01, max_attempts=2
    )
    try:
        sender.send(_event(4))
        assert sender.flush(timeout=10)
    finally:
        sender.close()
    (log,) = sender.deliveries()
    assert log["state"] == "failed"
    assert len(log["attempts"]) == 2
    assert all(a["status"] is None and "Error" in a["error"] for a in log["attempts"])


def test_a_retrying_event_does_not_hold_back_the_next_one() -> None:
    with WebhookReceiver(statuses=(500,)) as receiver:
        sender = WebhookSender(receiver.url, KEY_ID, SECRET, base_delay=5.0, max_attempts=2)
        try:
            sender.send(_event(5))  # answered 500, retried in 5 s
            sender.send(_event(6))
            assert receiver.wait_for(1, timeout=10)
            assert json.loads(receiver.accepted[0].body)["id"] == "event-6"
            assert not sender.flush(timeout=0.01)
        finally:
            assert not sender.close(timeout=0)
        states = {d["eventId"]: d["state"] for d in sender.deliveries()}
        assert states == {"event-5": "abandoned", "event-6": "delivered"}


def test_send_returns_without_waiting_for_the_receiver() -> None:
    release = threading.Event()
    entered = threading.Event()

    class SlowReceiver(WebhookReceiver):
        def record(self, body: bytes, headers: tuple[tuple[str, str], ...]) -> int:
            entered.set()
            release.wait(10)
            return super().record(body, headers)

    with SlowReceiver() as receiver:
        sender = WebhookSender(receiver.url, KEY_ID, SECRET)
        try:
            sender.send(_event(7))
            assert entered.wait(10), "the worker thread delivers while send() has returned"
            assert sender.deliveries()[0]["state"] == "pending"
            release.set()
            assert sender.flush(timeout=10)
        finally:
            release.set()
            sender.close()
        assert sender.deliveries()[0]["state"] == "delivered"


def test_backoff_doubles_up_to_the_maximum() -> None:
    sender = WebhookSender("http://127.0.0.1:9/x", KEY_ID, SECRET, base_delay=0.5, max_delay=3)
    try:
        assert [sender.delay_before(n) for n in (1, 2, 3, 4, 5)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    finally:
        sender.close()


def test_a_closed_sender_refuses_events() -> None:
    sender = WebhookSender("http://127.0.0.1:9/x", KEY_ID, SECRET)
    sender.close()
    with pytest.raises(RuntimeError, match="closed"):
        sender.send(_event(8))


@pytest.mark.parametrize(
    ("url", "key_id", "secret", "message"),
    [
        ("ftp://example/x", KEY_ID, SECRET, "absolute http"),
        ("/relative", KEY_ID, SECRET, "absolute http"),
        ("http://127.0.0.1:9/x", "", SECRET, "key id"),
        ("http://127.0.0.1:9/x", KEY_ID, "", "secret"),
    ],
)
def test_bad_settings_are_refused(url: str, key_id: str, secret: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        WebhookSender(url, key_id, secret)
