"""The webhook inbox: each event handled once across redeliveries, reordering, failing
handlers and several receiver processes; on every store."""

from __future__ import annotations

import http.client
import json
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import cycle
from pathlib import Path
from typing import Any

import pytest
from journal_support import ROOT, StoreSpec, worker_env
from reliability_support import payment_for

from opay.journal import InboxStore
from opay.models import WebhooksEvent
from opay.sandbox import Sandbox, WebhookReceiver
from opay.sandbox.webhook_sender import WebhookSender
from opay.webhooks import (
    Inbox,
    InboxOutcome,
    InMemorySecretKeyStore,
    SignatureValidationException,
    Webhooks,
    compute_signature,
)
from opay.webhooks.exceptions import InvalidEventException

KEY_ID, SECRET = "hook-key", "hook-secret"


def helper() -> Any:
    keys = InMemorySecretKeyStore()
    keys.store_secret_key(KEY_ID, SECRET)
    return Webhooks.create_helper(keys)


def delivery(
    event_id: str, payment: str = "p1", created: str = "2030-01-01T10:00:00.000Z", **extra: Any
) -> tuple[bytes, dict[str, str]]:
    event = {
        "apiVersion": "v1",
        "id": event_id,
        "created": created,
        "merchantId": "m",
        "type": "payment.created",
        "payment": {"id": payment},
        **extra,
    }
    body = json.dumps(event).encode()
    return body, {"X-GCS-Signature": compute_signature(body, SECRET), "X-GCS-KeyId": KEY_ID}


@pytest.fixture
def inbox(store_spec: StoreSpec) -> Iterator[Inbox]:
    store = store_spec.open()
    yield Inbox(helper(), store)
    store.close()


class Recorder:
    def __init__(self) -> None:
        self.seen: list[str | None] = []

    def __call__(self, event: WebhooksEvent) -> None:
        self.seen.append(event.id)


def test_an_event_is_handled_once_and_its_duplicates_acknowledged(inbox: Inbox) -> None:
    handled = Recorder()
    first = inbox.receive(*delivery("e1"), handled)
    again = inbox.receive(*delivery("e1"), handled)
    assert (first.outcome, again.outcome) == (InboxOutcome.PROCESSED, InboxOutcome.DUPLICATE)
    assert first.processed and not again.processed and again.event.id == "e1"
    assert handled.seen == ["e1"]


def test_a_failing_handler_releases_the_event_for_its_redelivery(inbox: Inbox) -> None:
    def broken(event: WebhooksEvent) -> None:
        raise RuntimeError("database down")

    with pytest.raises(RuntimeError, match="database down"):
        inbox.receive(*delivery("e1"), broken)
    handled = Recorder()
    assert inbox.receive(*delivery("e1"), handled).outcome is InboxOutcome.PROCESSED
    assert handled.seen == ["e1"]


def test_an_event_older_than_one_handled_for_the_same_payment_is_stale(inbox: Inbox) -> None:
    handled = Recorder()
    later = delivery("captured", created="2030-01-01T10:00:05.000Z")
    earlier = delivery("created", created="2030-01-01T10:00:01+00:00")
    other_payment = delivery("other", payment="p2", created="2030-01-01T09:00:00.000Z")
    assert inbox.receive(*later, handled).processed
    stale = inbox.receive(*earlier, handled)
    assert stale.outcome is InboxOutcome.STALE
    assert inbox.receive(*earlier, handled).outcome is InboxOutcome.DUPLICATE
    assert inbox.receive(*other_payment, handled).processed
    assert handled.seen == ["captured", "other"]


def test_a_delivery_that_cannot_be_trusted_claims_nothing(inbox: Inbox) -> None:
    body, headers = delivery("e1")
    headers["X-GCS-Signature"] = compute_signature(body, "wrong")
    with pytest.raises(SignatureValidationException):
        inbox.receive(body, headers, Recorder())
    assert inbox.receive(*delivery("e1"), Recorder()).processed


def test_an_event_without_an_id_or_with_a_bad_time_is_refused(inbox: Inbox) -> None:
    with pytest.raises(InvalidEventException, match="no id"):
        inbox.receive(*delivery(""), Recorder())
    with pytest.raises(InvalidEventException, match="created"):
        inbox.receive(*delivery("e2", created="yesterday"), Recorder())


async def test_the_async_receive_runs_an_async_handler_once(inbox: Inbox) -> None:
    seen: list[str | None] = []

    async def handle(event: WebhooksEvent) -> None:
        seen.append(event.id)

    assert (await inbox.areceive(*delivery("e1"), handle)).processed
    assert (await inbox.areceive(*delivery("e1"), handle)).outcome is InboxOutcome.DUPLICATE

    async def broken(event: WebhooksEvent) -> None:
        raise ValueError("no")

    with pytest.raises(ValueError):
        await inbox.areceive(*delivery("e2"), broken)
    assert (await inbox.areceive(*delivery("e2"), handle)).processed
    assert seen == ["e1", "e2"]


def test_an_inbox_checks_its_arguments(tmp_path: Path) -> None:
    from opay.journal import SqliteStore

    with pytest.raises(TypeError, match="inbox store"):
        Inbox(helper(), object())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="WebhooksHelper"):
        Inbox(object(), SqliteStore(tmp_path / "s.db"))  # type: ignore[arg-type]
    assert isinstance(SqliteStore(tmp_path / "t.db"), InboxStore)


# -- the sandbox's webhook sender misbehaving on purpose ----------------------------------


def test_the_sender_duplicates_and_reorders_deliveries_as_its_seed_says() -> None:
    def deliver(seed: int) -> list[tuple[str, bool]]:
        with WebhookReceiver() as receiver:
            sender = WebhookSender(
                receiver.url, KEY_ID, SECRET, jitter=0.05, duplicate_rate=0.5, seed=seed
            )
            for number in range(20):
                sender.send({"id": f"e{number}", "type": "payment.created"})
            assert sender.flush(10)
            log = [(d["eventId"], d["duplicate"]) for d in sender.deliveries()]
            sender.close()
            received = [json.loads(r.body)["id"] for r in receiver.accepted]
        assert sorted(received) == sorted(event for event, _ in log)
        return log

    log = deliver(seed=5)
    duplicated = [event for event, duplicate in log if duplicate]
    assert 0 < len(duplicated) < 20
    assert deliver(seed=5) == log  # the same seed, the same duplicates


def test_the_sender_checks_its_options() -> None:
    with pytest.raises(ValueError, match="duplicate_rate"):
        WebhookSender("http://127.0.0.1:1/", KEY_ID, SECRET, duplicate_rate=2.0)
    with pytest.raises(ValueError, match="jitter"):
        WebhookSender("http://127.0.0.1:1/", KEY_ID, SECRET, jitter=-1.0)


class _RoundRobin(ThreadingHTTPServer):
    """Forwards each POST to the next of several receivers, as a load balancer does."""

    def __init__(self, ports: list[int]) -> None:
        self.targets = cycle(ports)
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _Forward)


class _Forward(BaseHTTPRequestHandler):
    server: _RoundRobin

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with self.server.lock:
            port = next(self.server.targets)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("POST", "/", body, dict(self.headers.items()))
        status = conn.getresponse().status
        conn.close()
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_two_receiver_processes_handle_every_event_once(
    store_spec: StoreSpec, tmp_path: Path
) -> None:
    output = tmp_path / "handled.txt"
    receivers = [
        subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "tests/journal/receiver.py"),
                store_spec.to_json(),
                KEY_ID,
                SECRET,
                str(output),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=worker_env(),
            cwd=ROOT,
        )
        for _ in range(2)
    ]
    try:
        ports = []
        for receiver in receivers:
            assert receiver.stdout is not None
            ports.append(json.loads(receiver.stdout.readline())["port"])
        balancer = _RoundRobin(ports)
        threading.Thread(target=balancer.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{balancer.server_address[1]}/webhooks"
        with Sandbox(
            in_memory=True,
            webhook_url=url,
            webhook_key_id=KEY_ID,
            webhook_secret=SECRET,
            webhook_jitter=0.2,
            webhook_duplicate_rate=0.5,
            seed=11,
        ) as sandbox:
            with sandbox.client() as client:
                payments = client.merchant(sandbox.merchant_id).payments()
                for number in range(15):
                    created = payments.create_payment(payment_for(f"w{number}"))
                    assert created.payment is not None and created.payment.id
                    payments.capture_payment(created.payment.id, {"amount": 1234})
            assert sandbox.webhooks is not None and sandbox.webhooks.flush(30)
            deliveries = sandbox.webhooks.deliveries()
        balancer.shutdown()
        balancer.server_close()
    finally:
        for receiver in receivers:
            receiver.communicate(timeout=10)
    events = {d["eventId"] for d in deliveries}
    assert any(d["duplicate"] for d in deliveries)
    assert all(d["state"] == "delivered" for d in deliveries)
    lines = [line.split() for line in output.read_text().splitlines()]
    outcomes: dict[str, Counter[str]] = {}
    for outcome, event_id in lines:
        outcomes.setdefault(event_id, Counter())[outcome] += 1
    assert set(outcomes) == events
    for event_id, seen in outcomes.items():
        handled = seen["processed"] + seen["stale"]
        assert handled == 1, (event_id, seen)  # handled, or reported stale, exactly once
    assert sum(seen["processed"] for seen in outcomes.values()) > 0


def test_the_sandbox_command_line_takes_the_misbehaviour_flags() -> None:
    from opay.sandbox.__main__ import build_parser

    args = build_parser().parse_args(
        ["--webhook-delay", "0.1", "--webhook-jitter", "0.5", "--webhook-duplicates", "0.3"]
    )
    assert (args.webhook_delay, args.webhook_jitter, args.webhook_duplicates) == (0.1, 0.5, 0.3)
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--webhook-duplicates", "1.5"])
