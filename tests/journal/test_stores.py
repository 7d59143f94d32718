"""One conformance suite for every store (SQLite, PostgreSQL, Redis): the journal's atomic
claim and completion, the listing of calls in doubt, and the inbox's event claims."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from journal_support import StoreSpec

from opay.journal import Entry, InboxStore, JournalStore, State


@pytest.fixture
def store(store_spec: StoreSpec) -> Iterator[JournalStore]:
    opened = store_spec.open()
    yield opened
    opened.close()


def entry(slot: str = "s", generation: int = 0, started: float = 1000.0, **kw: object) -> Entry:
    values: dict[str, object] = {
        "slot": slot,
        "operation_id": "create_payment",
        "merchant_id": "m",
        "idempotence_key": f"key-{slot}-{generation}",
        "digest": "d" * 64,
        "started": started,
        "business_key": "order-1",
        "generation": generation,
        "request": '{"body":{"a":"é"}}',
    }
    values.update(kw)
    return Entry(**values)  # type: ignore[arg-type]


def test_every_store_follows_both_protocols(store: JournalStore) -> None:
    assert isinstance(store, JournalStore)
    assert isinstance(store, InboxStore)


def test_a_claimed_entry_is_read_back_as_written(store: JournalStore) -> None:
    first = entry(started=1234.5678)
    assert store.claim(first)
    assert store.get("s") == first
    assert store.get("other") is None


def test_only_one_claim_of_a_slot_wins(store: JournalStore) -> None:
    assert store.claim(entry())
    assert not store.claim(entry(idempotence_key="another"))
    found = store.get("s")
    assert found is not None and found.idempotence_key == "key-s-0"


def test_complete_records_the_outcome_once_and_erases_the_request(store: JournalStore) -> None:
    store.claim(entry())
    assert store.complete(
        "s", 0, State.DONE, finished=2000.25, status=201, response_body='{"id":"p"}'
    )
    done = store.get("s")
    assert done is not None
    assert (done.state, done.status, done.response_body, done.finished, done.request) == (
        State.DONE,
        201,
        '{"id":"p"}',
        2000.25,
        None,
    )
    assert not store.complete("s", 0, State.FAILED, finished=3000.0)
    assert not store.complete("missing", 0, State.DONE, finished=1.0)


def test_complete_needs_the_generation_that_was_claimed(store: JournalStore) -> None:
    store.claim(entry())
    assert not store.complete("s", 1, State.DONE, finished=1.0, status=200)
    still = store.get("s")
    assert still is not None and still.state is State.PENDING


def test_a_failed_entry_is_replaced_only_by_its_next_generation(store: JournalStore) -> None:
    store.claim(entry())
    assert not store.claim(entry(generation=1), replaces=0)  # still pending
    store.complete("s", 0, State.FAILED, finished=2.0)
    assert not store.claim(entry(generation=2), replaces=1)  # wrong generation
    assert store.claim(entry(generation=1), replaces=0)
    assert not store.claim(entry(generation=1, idempotence_key="late"), replaces=0)
    current = store.get("s")
    assert current is not None
    assert (current.generation, current.state, current.idempotence_key, current.status) == (
        1,
        State.PENDING,
        "key-s-1",
        None,
    )
    assert store.pending(started_before=10_000.0) == [current]


def test_pending_lists_entries_in_doubt_started_before_a_time_oldest_first(
    store: JournalStore,
) -> None:
    store.claim(entry("late", started=300.0))
    store.claim(entry("early", started=100.0))
    store.claim(entry("done", started=50.0))
    store.complete("done", 0, State.DONE, finished=60.0, status=200, response_body="{}")
    assert [e.slot for e in store.pending(started_before=1000.0)] == ["early", "late"]
    assert [e.slot for e in store.pending(started_before=300.0)] == ["early"]
    assert store.pending(started_before=100.0) == []


def test_concurrent_claims_of_one_slot_have_one_winner(store_spec: StoreSpec) -> None:
    stores = [store_spec.open() for _ in range(4)]
    results: list[bool] = []
    barrier = threading.Barrier(len(stores))

    def claim(store: JournalStore, number: int) -> None:
        barrier.wait()
        results.append(store.claim(entry(idempotence_key=f"k{number}")))

    threads = [threading.Thread(target=claim, args=(s, n)) for n, s in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False, False, False, True]
    for opened in stores:
        opened.close()


# -- the inbox's part ---------------------------------------------------------------------


def test_an_event_is_claimed_once(store: InboxStore) -> None:
    assert store.claim_event("e1", "payment:1", 10.0, now=100.0, lease=60.0) == "claimed"
    assert store.claim_event("e1", "payment:1", 10.0, now=101.0, lease=60.0) == "duplicate"
    store.finish_event("e1")
    assert store.claim_event("e1", "payment:1", 10.0, now=500.0, lease=60.0) == "duplicate"


def test_a_released_event_can_be_claimed_again(store: InboxStore) -> None:
    store.claim_event("e1", "payment:1", 10.0, now=100.0, lease=60.0)
    store.release_event("e1")
    assert store.claim_event("e1", "payment:1", 10.0, now=101.0, lease=60.0) == "claimed"


def test_an_older_event_of_the_same_resource_is_stale(store: InboxStore) -> None:
    assert store.claim_event("new", "payment:1", 20.0, now=100.0, lease=60.0) == "claimed"
    assert store.claim_event("old", "payment:1", 10.0, now=100.0, lease=60.0) == "stale"
    assert store.claim_event("old", "payment:1", 10.0, now=100.0, lease=60.0) == "duplicate"
    assert store.claim_event("same", "payment:1", 20.0, now=100.0, lease=60.0) == "claimed"
    assert store.claim_event("other", "payment:2", 5.0, now=100.0, lease=60.0) == "claimed"
    assert store.claim_event("untimed", "payment:1", None, now=100.0, lease=60.0) == "claimed"
    assert store.claim_event("orphan", None, 1.0, now=100.0, lease=60.0) == "claimed"


def test_a_released_newer_event_no_longer_makes_older_ones_stale(store: InboxStore) -> None:
    store.claim_event("new", "payment:1", 20.0, now=100.0, lease=60.0)
    store.release_event("new")
    assert store.claim_event("old", "payment:1", 10.0, now=100.0, lease=60.0) == "claimed"


def test_an_abandoned_claim_is_taken_over_after_its_lease(store: InboxStore) -> None:
    store.claim_event("e1", None, None, now=100.0, lease=60.0)
    assert store.claim_event("e1", None, None, now=150.0, lease=60.0) == "duplicate"
    assert store.claim_event("e1", None, None, now=161.0, lease=60.0) == "claimed"
    assert store.claim_event("e1", None, None, now=162.0, lease=60.0) == "duplicate"
    store.finish_event("e1")
    assert store.claim_event("e1", None, None, now=time.time(), lease=60.0) == "duplicate"
