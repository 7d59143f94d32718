"""The protocol every journal store follows: a few atomic steps on entries.

A store holds :class:`~opay.journal.entry.Entry` values by ``slot``. Its two writes are
atomic compare-and-set steps, so that many processes (and machines, for the shared stores)
can use one store at once:

- :meth:`JournalStore.claim` records a new entry when its slot is free (``replaces`` None)
  or when it holds generation ``replaces`` in state FAILED; it says whether this caller won.
- :meth:`JournalStore.complete` records the outcome of a PENDING entry of a given
  generation and erases its request; it says whether the entry was still pending.

Stores: :class:`~opay.journal.sqlite.SqliteStore` (embedded, one machine),
:class:`~opay.journal.postgres.PostgresStore` and :class:`~opay.journal.redis.RedisStore`.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from opay.journal.entry import Entry, State


@runtime_checkable
class JournalStore(Protocol):
    """Where the journal keeps its entries (see the module documentation)."""

    def claim(self, entry: Entry, replaces: int | None = None) -> bool:
        """Record ``entry`` (state PENDING) if its slot is free, or, with ``replaces``, if
        the slot holds that generation in state FAILED. True when recorded."""
        ...

    def complete(
        self,
        slot: str,
        generation: int,
        state: State,
        *,
        finished: float,
        status: int | None = None,
        response_body: str | None = None,
    ) -> bool:
        """Record the outcome (DONE or FAILED) of the PENDING entry ``slot`` of
        ``generation``, erasing its request. True when the entry was still pending."""
        ...

    def get(self, slot: str) -> Entry | None:
        """The entry of ``slot``, or None."""
        ...

    def pending(self, started_before: float) -> list[Entry]:
        """Every PENDING entry started before ``started_before`` (epoch seconds), oldest
        first."""
        ...

    def close(self) -> None:
        """Release the store's connections."""
        ...


@runtime_checkable
class InboxStore(Protocol):
    """Where a webhook inbox keeps the events it has claimed (same backends as the journal).

    ``claim_event`` is atomic: it records ``event_id`` as claimed at ``now`` unless it is
    already recorded, and answers ``"claimed"``, ``"duplicate"`` or ``"stale"`` (the event is
    older, by ``created`` in epoch seconds, than an event already claimed for the same
    ``resource_id``; a stale event is recorded as handled, so its redeliveries are
    duplicates). A claim older than ``lease`` seconds that was never finished (its process
    died) is taken over: the answer is ``"claimed"`` again.
    """

    def claim_event(
        self,
        event_id: str,
        resource_id: str | None,
        created: float | None,
        *,
        now: float,
        lease: float,
    ) -> str:
        """Claim an event; see the class documentation."""
        ...

    def finish_event(self, event_id: str) -> None:
        """Mark a claimed event handled."""
        ...

    def release_event(self, event_id: str) -> None:
        """Forget a claimed event whose handler failed, so that a redelivery is handled."""
        ...

    def close(self) -> None:
        """Release the store's connections."""
        ...
