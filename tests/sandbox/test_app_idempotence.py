"""Idempotence keys: a finished request is replayed, a running one answers 409, and the app
stays consistent when called from many threads."""

from __future__ import annotations

import threading
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
    error = body_of(conflict)["errors"][0]
    # the platform SDK's published sample (duplicate_request.json) and its exception factory,
    # which recognises the 409 by errorCode 30001002
    assert (error["code"], error["errorCode"]) == ("1409", "30001002")
    assert error["message"] == "DUPLICATE REQUEST IN PROGRESS"
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
