"""Idempotence keys: a finished request of a deduplicated operation is replayed showing the
current state, a running one answers the platform's 409, any other operation executes again,
and the app stays consistent when called from many threads."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from typing import Any

import pytest
from sandbox_app_support import (
    BASE,
    KEY_ID,
    MERCHANT,
    SECRET,
    Clock,
    body_of,
    call,
    card_payment,
    make_app,
    payments_path,
)

from opay import CallContext, Client
from opay.exceptions import DeclinedPaymentException, IdempotenceException
from opay.models import CreatePaymentRequest
from opay.retry import RetryPolicy
from opay.transport import Request, Response
from opay_transports.memory import MemoryTransport

KEY = (("X-GCS-Idempotence-Key", "order-1-attempt"),)
TIMESTAMP = "X-GCS-Idempotence-Request-Timestamp"


def test_repeat_replays_the_first_response_and_creates_nothing() -> None:
    clock = Clock()
    app = make_app(clock=clock)
    first = call(
        app, "POST", payments_path("payments"), card_payment(), headers=KEY, date=clock.now
    )
    clock.advance(seconds=30)
    second = call(
        app, "POST", payments_path("payments"), card_payment(amount=5), headers=KEY, date=clock.now
    )
    assert first.status == second.status == 201
    assert first.body == second.body
    assert first.header(TIMESTAMP) is None
    started = int((clock.now.timestamp() - 30) * 1000)
    assert second.header(TIMESTAMP) == str(started)
    assert len(app.payments()) == 1
    assert [r["replayed"] for r in app.requests] == [False, True]


def test_replayed_decline_is_the_same_decline() -> None:
    app = make_app()
    declined = card_payment("4012003360932265")
    first = call(app, "POST", payments_path("payments"), declined, headers=KEY)
    second = call(app, "POST", payments_path("payments"), declined, headers=KEY)
    assert first.status == second.status == 402
    assert body_of(first) == body_of(second)
    assert len(app.payments()) == 1


def assert_the_platforms_conflict(conflict: Response) -> None:
    """The 409 as the platform's SDK recognises it: exactly one error, errorCode 30001002
    (its exception factory), code 1409 (its published duplicate_request.json sample)."""
    assert conflict.status == 409
    (error,) = body_of(conflict)["errors"]
    assert (error["code"], error["errorCode"]) == ("1409", "30001002")
    assert error["id"] == "DUPLICATE_REQUEST_IN_PROGRESS"
    assert error["httpStatusCode"] == 409
    assert conflict.header(TIMESTAMP) is not None


def test_keys_are_per_merchant_and_path() -> None:
    app = make_app()
    app.add_merchant("other")
    call(app, "POST", payments_path("payments"), card_payment(), headers=KEY)
    call(app, "POST", "/v2/other/payments", card_payment(), headers=KEY)
    assert len(app.payments()) == 2
    token = call(
        app,
        "POST",
        payments_path("tokens"),
        {"card": {"data": {"card": card_payment()["cardPaymentMethodSpecificInput"]["card"]}}},
        headers=KEY,
    )
    assert token.status == 201
    assert token.header(TIMESTAMP) is None


def test_requests_without_a_key_are_never_replayed() -> None:
    app = make_app()
    for _ in range(2):
        assert call(app, "POST", payments_path("payments"), card_payment()).status == 201
    assert len(app.payments()) == 2


def test_key_on_a_read_is_ignored() -> None:
    app = make_app()
    path = payments_path("services", "testconnection")
    assert call(app, "GET", path, headers=KEY).header(TIMESTAMP) is None
    assert call(app, "GET", path, headers=KEY).header(TIMESTAMP) is None


def test_repeat_while_the_first_is_running_gets_409() -> None:
    entered = threading.Event()
    release = threading.Event()

    def hold(request: Request) -> None:
        if request.header("X-GCS-Idempotence-Key") == "slow":
            entered.set()
            assert release.wait(10)

    app = make_app(before_handling=hold)
    slow = (("X-GCS-Idempotence-Key", "slow"),)
    with ThreadPoolExecutor(1) as pool:
        first = pool.submit(
            call, app, "POST", payments_path("payments"), card_payment(), headers=slow
        )
        assert entered.wait(10)
        conflict = call(app, "POST", payments_path("payments"), card_payment(), headers=slow)
        # another key is not held up
        other = call(
            app,
            "POST",
            payments_path("payments"),
            card_payment(),
            headers=(("X-GCS-Idempotence-Key", "other"),),
        )
        release.set()
        done = first.result(10)
    assert conflict.status == 409
    assert_the_platforms_conflict(conflict)
    assert conflict.header(TIMESTAMP) is not None
    assert other.status == 201
    assert done.status == 201
    replay = call(app, "POST", payments_path("payments"), card_payment(), headers=slow)
    assert replay.body == done.body
    assert len(app.payments()) == 2


def test_a_failed_first_attempt_frees_its_key() -> None:
    failures = iter([RuntimeError("boom")])

    def explode(request: Request) -> None:
        error = next(failures, None)
        if error is not None:
            raise error

    app = make_app(before_handling=explode)
    with pytest.raises(RuntimeError):
        call(app, "POST", payments_path("payments"), card_payment(), headers=KEY)
    assert call(app, "POST", payments_path("payments"), card_payment(), headers=KEY).status == 201


def test_client_sees_the_replay_and_the_conflict() -> None:
    entered = threading.Event()
    release = threading.Event()
    hold_requests = threading.Event()

    def hold(request: Request) -> None:
        if hold_requests.is_set():
            hold_requests.clear()
            entered.set()
            assert release.wait(10)

    app = make_app(before_handling=hold)
    request = CreatePaymentRequest.from_dictionary(card_payment())
    with Client(BASE, KEY_ID, SECRET, transport=MemoryTransport(app.handle)) as client:
        payments = client.merchant(MERCHANT).payments()
        first_context = CallContext(idempotence_key="client-key")
        first: Any = payments.create_payment(request, first_context)
        assert first_context.idempotence_request_timestamp is None
        again_context = CallContext(idempotence_key="client-key")
        again: Any = payments.create_payment(request, again_context)
        assert again.payment.id == first.payment.id
        assert again_context.idempotence_request_timestamp is not None

        hold_requests.set()
        with ThreadPoolExecutor(1) as pool:
            running = pool.submit(
                payments.create_payment, request, CallContext(idempotence_key="held")
            )
            assert entered.wait(10)
            with pytest.raises(IdempotenceException) as conflict:
                payments.create_payment(request, CallContext(idempotence_key="held"))
            release.set()
            running.result(10)
        assert conflict.value.status_code == 409
        with pytest.raises(DeclinedPaymentException):
            payments.create_payment(
                CreatePaymentRequest.from_dictionary(card_payment("4012003360932265")),
                CallContext(idempotence_key="declined"),
            )
    assert len(app.payments()) == 3


def test_concurrent_requests_keep_the_store_consistent() -> None:
    app = make_app()

    def create(index: int) -> Response:
        return call(
            app,
            "POST",
            payments_path("payments"),
            card_payment(reference=f"r{index}"),
            headers=(("X-GCS-Idempotence-Key", f"k{index % 10}"),),
        )

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(create, range(80)))
    assert {a.status for a in answers} <= {201, 409}
    listed = app.payments()
    assert len(listed) == 10
    assert len({p["id"] for p in listed}) == 10
    by_key: dict[str, set[bytes]] = {}
    for index, answer in enumerate(answers):
        if answer.status == 201:
            by_key.setdefault(f"k{index % 10}", set()).add(answer.body)
    assert all(len(bodies) == 1 for bodies in by_key.values())


def test_timestamp_is_in_milliseconds() -> None:
    moment = datetime(2026, 3, 1, 12, 0, 0, 250000, tzinfo=timezone.utc)
    app = make_app(clock=lambda: moment)
    call(app, "POST", payments_path("payments"), card_payment(), headers=KEY, date=moment)
    replay = call(app, "POST", payments_path("payments"), card_payment(), headers=KEY, date=moment)
    assert replay.header(TIMESTAMP) == str(int(moment.timestamp() * 1000))


def test_a_repeated_key_outside_the_scope_executes_again() -> None:
    app = make_app()
    created = body_of(
        call(app, "POST", payments_path("payments"), card_payment(mode="PRE_AUTHORIZATION"))
    )
    payment_id = created["payment"]["id"]
    path = payments_path("payments", payment_id, "increment-authorization")
    body = {"amountOfMoney": {"amount": 500, "currencyCode": "EUR"}}
    first = call(app, "POST", path, body, headers=KEY)
    second = call(app, "POST", path, body, headers=KEY)
    assert first.status == second.status == 200
    assert second.header(TIMESTAMP) is None
    (payment,) = app.payments()
    assert payment["amount"] == 1000 + 2 * 500, "the platform ignores the key: it increments twice"
    checkouts = [
        call(
            app,
            "POST",
            payments_path("hostedcheckouts"),
            {"order": {"amountOfMoney": {"amount": 100, "currencyCode": "EUR"}}},
            headers=KEY,
        )
        for _ in range(2)
    ]
    assert [c.status for c in checkouts] == [201, 201]
    ids = {body_of(c)["hostedCheckoutId"] for c in checkouts}
    assert len(ids) == 2
    assert not any(r["replayed"] for r in app.requests)


def test_a_replay_shows_the_payments_current_status() -> None:
    clock = Clock()
    app = make_app(clock=clock)
    request = card_payment(mode="PRE_AUTHORIZATION")
    first = call(app, "POST", payments_path("payments"), request, headers=KEY, date=clock.now)
    payment_id = body_of(first)["payment"]["id"]
    assert body_of(first)["payment"]["status"] == "PENDING_CAPTURE"
    captured = call(
        app,
        "POST",
        payments_path("payments", payment_id, "capture"),
        {"amount": 1000},
        headers=(("X-GCS-Idempotence-Key", "capture-1"),),
    )
    assert captured.status == 200
    clock.advance(seconds=5)
    replay = call(app, "POST", payments_path("payments"), request, headers=KEY, date=clock.now)
    assert replay.status == first.status == 201
    assert replay.header(TIMESTAMP) == str(int((clock.now.timestamp() - 5) * 1000))
    payment = body_of(replay)["payment"]
    assert payment["id"] == payment_id
    assert payment["status"] == "CAPTURED"
    assert payment == body_of(call(app, "GET", payments_path("payments", payment_id)))
    assert len(app.payments()) == 1


class HeldSleep:
    """A ``sleep`` for the app that blocks until released (the processing delay, made
    reproducible without waiting for real)."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self.asked: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.asked.append(seconds)
        self.entered.set()
        assert self.release.wait(10)


def test_the_processing_delay_holds_deduplicated_operations_in_progress() -> None:
    held = HeldSleep()
    app = make_app(processing_delay=2.5, sleep=held)
    with ThreadPoolExecutor(1) as pool:
        first = pool.submit(
            call, app, "POST", payments_path("payments"), card_payment(), headers=KEY
        )
        assert held.entered.wait(10)
        assert app.keys_in_progress == 1
        conflict = call(app, "POST", payments_path("payments"), card_payment(), headers=KEY)
        held.release.set()
        done = first.result(10)
    assert held.asked == [2.5]
    assert_the_platforms_conflict(conflict)
    assert done.status == 201 and app.keys_in_progress == 0
    assert len(app.payments()) == 1
    tested = call(app, "GET", payments_path("services", "testconnection"), headers=KEY)
    assert tested.status == 200 and held.asked == [2.5], "reads are not held"


def test_the_client_gets_the_idempotence_exception_over_http_with_a_real_delay() -> None:
    from opay.sandbox import Sandbox

    with Sandbox(processing_delay=1.0) as sb, sb.client(retry=RetryPolicy.off()) as client:
        payments = client.merchant(sb.merchant_id).payments()
        request = CreatePaymentRequest.from_dictionary(card_payment())
        with ThreadPoolExecutor(1) as pool:
            first = pool.submit(
                payments.create_payment, request, CallContext(idempotence_key="slow-1")
            )
            assert wait_until(lambda: sb.app.keys_in_progress == 1)  # type: ignore[attr-defined]
            with pytest.raises(IdempotenceException) as conflict:
                payments.create_payment(request, CallContext(idempotence_key="slow-1"))
            created = first.result(10)
        assert conflict.value.status_code == 409
        assert conflict.value.idempotence_key == "slow-1"
        assert conflict.value.idempotence_request_timestamp is not None
        again_context = CallContext(idempotence_key="slow-1")
        again = payments.create_payment(request, again_context)
        assert again.payment is not None and created.payment is not None
        assert again.payment.id == created.payment.id
        assert again_context.idempotence_request_timestamp is not None
        assert len(sb.payments()) == 1


def wait_until(condition: Any, timeout: float = 10.0) -> bool:
    """Poll ``condition`` (a state in another thread, no event to wait on) until it holds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.005)
    return False


def test_a_bad_processing_delay_is_refused() -> None:
    with pytest.raises(ValueError, match="processing_delay"):
        make_app(processing_delay=-1)


def test_the_command_line_sets_the_processing_delay() -> None:
    from opay.sandbox.__main__ import build_parser

    assert build_parser().parse_args([]).processing_delay == 0.0
    assert build_parser().parse_args(["--processing-delay", "1.5"]).processing_delay == 1.5
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--processing-delay", "-2"])
