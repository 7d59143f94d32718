"""The journal wired into the clients: what is recorded around a deduplicated call, business
keys, replays, recovery of calls in doubt, expiry. In memory, on the SQLite store (the
stores themselves are held to one suite in test_stores.py)."""

from __future__ import annotations

import copy
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from reliability_support import payment_for, payment_id

from opay import CallContext, Client, DeclinedPaymentException, ValidationException
from opay.exceptions import CommunicationException, PlatformException
from opay.journal import (
    BusinessKeyConflictError,
    CallInProgressError,
    Entry,
    Journal,
    JournalError,
    KeyExpiredError,
    SqliteStore,
    State,
)
from opay.journal.entry import business_slot, request_digest, request_document
from opay.marshal import from_dict
from opay.models import CreatePaymentRequest
from opay.operations import IDEMPOTENCE_RETENTION_SECONDS
from opay.retry import RetryPolicy
from opay.sandbox import Faults, Sandbox
from opay.transport import Request, Response
from opay_transports.memory import MemoryTransport

MERCHANT = "sandbox-merchant"


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(in_memory=True)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    opened = Journal(SqliteStore(tmp_path / "journal.db"), wait=0.0)
    yield opened
    opened.close()


def client_for(sandbox: Sandbox, journal: Journal, **kwargs: Any) -> Client:
    return sandbox.client(journal=journal, **kwargs)


def create(client: Client, body: Any, context: CallContext | None = None) -> Any:
    return client.merchant(MERCHANT).payments().create_payment(body, context)


def create_requests(sandbox: Sandbox) -> list[dict[str, Any]]:
    return [r for r in sandbox.app.requests if r["operationId"] == "create_payment"]  # type: ignore[attr-defined]


def test_the_call_is_recorded_before_its_first_attempt_is_sent(
    sandbox: Sandbox, journal: Journal
) -> None:
    seen: list[list[Entry]] = []

    def handler(request: Request) -> Response:
        seen.append(journal.in_doubt())
        return sandbox.handle(request)

    body = payment_for("r1")
    with Client(
        sandbox.endpoint,
        "sandbox-key",
        "sandbox-secret",
        transport=MemoryTransport(handler),
        journal=journal,
    ) as client:
        created = create(client, body, CallContext(business_key="order-1"))
    (before,) = seen[0]
    assert before.state is State.PENDING and before.business_key == "order-1"
    assert before.operation_id == "create_payment" and before.merchant_id == MERCHANT
    path = {"merchantId": MERCHANT}
    assert before.digest == request_digest(request_document(path, body, None))
    assert create_requests(sandbox)[0]["idempotenceKey"] == before.idempotence_key
    after = journal.find(MERCHANT, "create_payment", business_key="order-1")
    assert after is not None
    assert (after.state, after.status, after.request) == (State.DONE, 201, None)
    assert created.payment.id in (after.response_body or "")


def test_a_business_key_gives_the_same_idempotence_key_and_outcome_on_a_rerun(
    sandbox: Sandbox, journal: Journal
) -> None:
    with client_for(sandbox, journal) as client:
        first_context = CallContext(business_key="order-4711")
        first = create(client, payment_for("r"), first_context)
        again_context = CallContext(business_key="order-4711")
        again = create(client, payment_for("r"), again_context)
    assert again.payment.id == first.payment.id
    assert again_context.sent_idempotence_key == first_context.sent_idempotence_key
    assert again_context.idempotence_request_timestamp is not None
    assert len(create_requests(sandbox)) == 1 and len(sandbox.payments()) == 1
    key = first_context.sent_idempotence_key
    assert key is not None and len(key) <= 40 and key.isascii()


def test_the_derived_key_does_not_depend_on_the_journal(sandbox: Sandbox, tmp_path: Path) -> None:
    keys = []
    for name in ("a.db", "b.db"):
        with client_for(sandbox, Journal(SqliteStore(tmp_path / name))) as client:
            context = CallContext(business_key="order-9")
            create(client, payment_for("r9"), context)
            keys.append(context.sent_idempotence_key)
    assert keys[0] == keys[1]
    assert len(sandbox.payments()) == 1  # the platform replayed the first outcome


def test_a_journaled_call_sends_the_body_it_would_send_without_a_journal(
    sandbox: Sandbox, journal: Journal
) -> None:
    sent: list[bytes] = []

    def handler(request: Request) -> Response:
        sent.append(request.body)
        return sandbox.handle(request)

    body = payment_for("r5")
    model = from_dict(CreatePaymentRequest, body)
    for with_journal in (None, journal):
        with Client(
            sandbox.endpoint,
            "sandbox-key",
            "sandbox-secret",
            transport=MemoryTransport(handler),
            journal=with_journal,
        ) as client:
            create(client, model, CallContext(idempotence_key="k-model"))
            create(client, body, CallContext(idempotence_key="k-dict"))
    assert sent[2:] == sent[:2]
    entries = [
        journal.find(MERCHANT, "create_payment", idempotence_key=k) for k in ("k-model", "k-dict")
    ]
    assert entries[0] is not None and entries[1] is not None
    assert entries[0].digest == entries[1].digest


def test_a_dictionary_body_with_an_unknown_property_is_refused_unsent(
    sandbox: Sandbox, journal: Journal
) -> None:
    body = payment_for("r6")
    body["order"]["notAProperty"] = 1
    with client_for(sandbox, journal) as client, pytest.raises(ValueError, match="notAProperty"):
        create(client, body, CallContext(business_key="order-6"))
    entry = journal.find(MERCHANT, "create_payment", business_key="order-6")
    assert entry is not None and entry.state is State.FAILED
    assert create_requests(sandbox) == []


def test_the_same_business_key_with_another_request_is_refused(
    sandbox: Sandbox, journal: Journal
) -> None:
    with client_for(sandbox, journal) as client:
        create(client, payment_for("r"), CallContext(business_key="order-1"))
        with pytest.raises(BusinessKeyConflictError, match="order-1") as caught:
            create(client, payment_for("other"), CallContext(business_key="order-1"))
    assert isinstance(caught.value, ValueError)
    assert caught.value.entry is not None and caught.value.entry.state is State.DONE
    assert len(sandbox.payments()) == 1


def test_business_keys_are_per_merchant_and_operation(sandbox: Sandbox, journal: Journal) -> None:
    sandbox.app.add_merchant("other-merchant")  # type: ignore[attr-defined]
    with client_for(sandbox, journal) as client:
        create(client, payment_for("r"), CallContext(business_key="k"))
        client.merchant("other-merchant").payments().create_payment(
            payment_for("r"), CallContext(business_key="k")
        )
    assert len(sandbox.payments()) == 2


def test_a_business_key_and_an_idempotence_key_together_are_refused(
    sandbox: Sandbox, journal: Journal
) -> None:
    with client_for(sandbox, journal) as client, pytest.raises(ValueError, match="not both"):
        create(client, payment_for("r"), CallContext(idempotence_key="k", business_key="b"))


def test_a_business_key_on_an_operation_that_is_not_deduplicated_is_refused(
    sandbox: Sandbox, journal: Journal
) -> None:
    with client_for(sandbox, journal) as client:
        payment = create(client, payment_for("r"))
        with pytest.raises(ValueError, match="deduplicate"):
            client.merchant(MERCHANT).payments().get_payment(
                payment.payment.id, CallContext(business_key="b")
            )
        assert client.merchant(MERCHANT).payments().get_payment(payment.payment.id) is not None
    assert journal.in_doubt() == []


def test_calls_without_a_business_key_are_journaled_under_their_own_key(
    sandbox: Sandbox, journal: Journal
) -> None:
    with client_for(sandbox, journal) as client:
        context = CallContext()
        create(client, payment_for("r1"), context)
        create(client, payment_for("r1"))
        given = CallContext(idempotence_key="my-key")
        first = create(client, payment_for("r2"), given)
        replayed = create(client, payment_for("r2"), CallContext(idempotence_key="my-key"))
    assert len(sandbox.payments()) == 3
    assert context.sent_idempotence_key is not None
    entry = journal.find(MERCHANT, "create_payment", idempotence_key=context.sent_idempotence_key)
    assert entry is not None and entry.state is State.DONE
    assert replayed.payment.id == first.payment.id
    assert len(create_requests(sandbox)) == 3  # the repeat of "my-key" came from the journal


def test_a_declined_payment_is_done_and_replayed_as_the_same_exception(
    sandbox: Sandbox, journal: Journal
) -> None:
    body = payment_for("declined")
    body["cardPaymentMethodSpecificInput"]["card"]["cardNumber"] = "4999000000000005"  # declined
    with client_for(sandbox, journal) as client:
        with pytest.raises(DeclinedPaymentException) as first:
            create(client, body, CallContext(business_key="d"))
        with pytest.raises(DeclinedPaymentException) as again:
            create(client, copy.deepcopy(body), CallContext(business_key="d"))
    assert first.value.status_code == again.value.status_code
    declined_first, declined_again = (e.value.create_payment_result for e in (first, again))
    assert declined_first is not None and declined_again is not None
    assert payment_id(declined_again) == payment_id(declined_first)
    assert len(create_requests(sandbox)) == 1


def test_a_refused_request_failed_without_effect_and_may_be_sent_again(
    sandbox: Sandbox, journal: Journal
) -> None:
    bad = payment_for("r")
    del bad["order"]["amountOfMoney"]
    with client_for(sandbox, journal) as client:
        first_context = CallContext(business_key="order-2")
        with pytest.raises(ValidationException):
            create(client, bad, first_context)
        failed = journal.find(MERCHANT, "create_payment", business_key="order-2")
        assert failed is not None and failed.state is State.FAILED and failed.request is None
        fixed_context = CallContext(business_key="order-2")
        created = create(client, payment_for("r"), fixed_context)
    assert created.payment.id
    assert fixed_context.sent_idempotence_key != first_context.sent_idempotence_key
    entry = journal.find(MERCHANT, "create_payment", business_key="order-2")
    assert entry is not None and (entry.generation, entry.state) == (1, State.DONE)


def test_a_lost_answer_leaves_the_call_in_doubt_and_resume_settles_it(
    sandbox: Sandbox, journal: Journal
) -> None:
    sandbox.faults = Faults(drop_rate=1.0, drop_mode="after")
    with client_for(sandbox, journal, retry=RetryPolicy.off()) as client:
        with pytest.raises(CommunicationException) as lost:
            create(client, payment_for("r"), CallContext(business_key="order-3"))
        assert lost.value.may_have_taken_effect
        (entry,) = journal.in_doubt()
        assert entry.business_key == "order-3" and not entry.expired
        with pytest.raises(CallInProgressError, match="in_doubt"):
            create(client, payment_for("r"), CallContext(business_key="order-3"))
        sandbox.faults = None
        resumed = client.resume(entry)
        assert journal.in_doubt() == []
        assert client.resume(entry).payment.id == resumed.payment.id  # settled: replayed
        again = create(client, payment_for("r"), CallContext(business_key="order-3"))
    assert again.payment.id == resumed.payment.id
    assert [p["id"] for p in sandbox.payments()] == [resumed.payment.id]
    assert [r["replayed"] for r in create_requests(sandbox)] == [False, True]


def test_a_server_error_leaves_the_call_in_doubt(sandbox: Sandbox, journal: Journal) -> None:
    sandbox.faults = Faults(error_rate=1.0, error_mode="after", seed=2)
    with client_for(sandbox, journal, retry=RetryPolicy.off()) as client:
        with pytest.raises(PlatformException):
            create(client, payment_for("r"), CallContext(business_key="order-5"))
        (entry,) = journal.in_doubt()
        sandbox.faults = None
        assert client.resume(entry).payment.id == sandbox.payments()[0]["id"]
    assert len(sandbox.payments()) == 1


def test_in_doubt_lists_only_calls_older_than_asked(sandbox: Sandbox, tmp_path: Path) -> None:
    clock = Clock()
    journal = Journal(SqliteStore(tmp_path / "j.db"), clock=clock, wait=0.0)
    sandbox.faults = Faults(drop_rate=1.0, drop_mode="before")
    with (
        client_for(sandbox, journal, retry=RetryPolicy.off()) as client,
        pytest.raises(CommunicationException),
    ):
        create(client, payment_for("r"), CallContext(business_key="b"))
    assert journal.in_doubt() == []  # not older than 0 s by this clock
    clock.now += 10
    assert [e.business_key for e in journal.in_doubt(older_than=5)] == ["b"]
    assert journal.in_doubt(older_than=60) == []


def test_an_entry_beyond_the_key_retention_is_never_resent(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    store = SqliteStore(tmp_path / "j.db")
    journal = Journal(store, wait=0.0)
    sandbox.faults = Faults(drop_rate=1.0, drop_mode="after")
    with client_for(sandbox, journal, retry=RetryPolicy.off()) as client:
        with pytest.raises(CommunicationException):
            create(client, payment_for("r"), CallContext(business_key="old"))
        (entry,) = journal.in_doubt()
        # the same call, as if started a day and a minute ago
        old = attrs.evolve(entry, started=entry.started - IDEMPOTENCE_RETENTION_SECONDS - 60)
        store.complete(entry.slot, 0, State.FAILED, finished=0.0)
        assert store.claim(old, replaces=0)
        sandbox.faults = None
        (listed,) = journal.in_doubt()
        assert listed.expired and journal.expired() == [listed]
        with pytest.raises(KeyExpiredError, match="merchantReference"):
            client.resume(listed)
        assert len(create_requests(sandbox)) == 1
        assert journal.settle(listed, took_effect=True)
        assert journal.in_doubt() == []
        with pytest.raises(JournalError, match="settled by hand"):
            create(client, payment_for("r"), CallContext(business_key="old"))


def test_a_resumed_entry_must_still_be_in_the_journal(sandbox: Sandbox, journal: Journal) -> None:
    stranger = Entry(
        slot=business_slot(MERCHANT, "create_payment", "nowhere"),
        operation_id="create_payment",
        merchant_id=MERCHANT,
        idempotence_key="k",
        digest="0" * 64,
        started=0.0,
    )
    with client_for(sandbox, journal) as client, pytest.raises(JournalError, match="no longer"):
        client.resume(stranger)
    with sandbox.client() as plain, pytest.raises(RuntimeError, match="no journal"):
        plain.resume(stranger)


def test_a_journal_needs_a_store() -> None:
    with pytest.raises(TypeError, match="journal store"):
        Journal(object())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Journal"):
        Sandbox(in_memory=True).client(journal=object())


async def test_the_async_client_journals_and_resumes_alike(
    sandbox: Sandbox, journal: Journal
) -> None:
    async with sandbox.async_client(journal=journal, retry=RetryPolicy.off()) as client:
        payments = client.merchant(MERCHANT).payments()
        first = await payments.create_payment(payment_for("a"), CallContext(business_key="a1"))
        again = await payments.create_payment(payment_for("a"), CallContext(business_key="a1"))
        assert payment_id(again) == payment_id(first)
        sandbox.faults = Faults(drop_rate=1.0, drop_mode="after")
        with pytest.raises(CommunicationException):
            await payments.create_payment(payment_for("b"), CallContext(business_key="b1"))
        sandbox.faults = None
        (entry,) = journal.in_doubt()
        resumed = await client.resume(entry)
    assert journal.in_doubt() == []
    assert sorted(p["id"] for p in sandbox.payments()) == sorted(
        [payment_id(first), payment_id(resumed)]
    )


def test_the_sqlite_store_checks_its_synchronous_setting(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="synchronous"):
        SqliteStore(tmp_path / "j.db", synchronous="sometimes")
    store = SqliteStore(tmp_path / "k.db", synchronous="OFF")
    assert store.pending(started_before=1e12) == []
    store.close()


def test_sqlite_stores_opening_a_new_journal_at_once_all_open(tmp_path: Path) -> None:
    # Switching a new database to WAL mode needs a moment alone with it, and SQLite answers
    # "database is locked" at once (its busy timeout does not apply) to whoever comes then.
    errors: list[BaseException] = []

    def open_store(path: Path, barrier: threading.Barrier) -> None:
        barrier.wait()
        try:
            SqliteStore(path).close()
        except BaseException as exc:
            errors.append(exc)

    for round_ in range(20):
        barrier = threading.Barrier(6)
        openers = [
            threading.Thread(target=open_store, args=(tmp_path / f"{round_}.db", barrier))
            for _ in range(6)
        ]
        for opener in openers:
            opener.start()
        for opener in openers:
            opener.join()
    assert errors == []


def test_a_sqlite_journal_made_before_keeps_its_calls_in_doubt(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    old = sqlite3.connect(path, isolation_level=None)
    old.execute(
        "CREATE TABLE opay_journal (slot TEXT PRIMARY KEY, operation_id TEXT NOT NULL, "
        "merchant_id TEXT NOT NULL, idempotence_key TEXT NOT NULL, digest TEXT NOT NULL, "
        "started REAL NOT NULL, business_key TEXT, generation INTEGER NOT NULL, "
        "state TEXT NOT NULL, finished REAL, status INTEGER, response_body TEXT, request TEXT)"
    )
    old.execute("CREATE INDEX opay_journal_pending ON opay_journal (state, started)")
    old.execute(
        "INSERT INTO opay_journal VALUES "
        "('s', 'create_payment', 'm', 'k', 'd', 5.0, NULL, 0, 'pending', NULL, NULL, NULL, '{}')"
    )
    old.close()
    store = SqliteStore(path)
    (entry,) = store.pending(started_before=10.0)
    assert (entry.slot, entry.request) == ("s", "{}")
    assert store.complete("s", 0, State.DONE, finished=6.0, status=201, response_body="{}")
    assert store.pending(started_before=10.0) == []
    store.close()
