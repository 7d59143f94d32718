"""The journal: a record, in a store, of every call the platform deduplicates, written
before the call's first attempt is sent and completed after its last.

A process that dies mid-call, or a call whose answer was lost, leaves its entry PENDING: the
recovery routine lists those (:meth:`Journal.in_doubt`) and resends each with its own
idempotence key (``client.resume(entry)``), which makes the platform replay the first
outcome instead of acting twice. A business key (``CallContext(business_key=...)``) gives a
call a deterministic identity, so a job that runs again reuses the first run's key and
outcome. The platform deduplicates by key only on some operations and keeps keys for at
least 24 hours (https://docs.direct.worldline-solutions.com/en/integration/api-developer-guide/idempotent-requests),
so only those operations are journaled, and an entry older than that is never resent.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping

import attrs

from opay.context import CallContext
from opay.journal.entry import (
    Entry,
    State,
    business_slot,
    derived_key,
    key_slot,
    request_digest,
    request_document,
)
from opay.journal.errors import BusinessKeyConflictError, CallInProgressError, JournalError
from opay.journal.store import JournalStore
from opay.operation import Operation
from opay.retry import new_idempotence_key


@attrs.frozen
class JournalCall:
    """One call about to be journaled: its identity, request and fixed key (if any)."""

    slot: str
    operation_id: str
    merchant_id: str
    business_key: str | None
    document: str
    digest: str
    fixed_key: str | None  # the caller's or a generated key; None for a business key


@attrs.frozen
class Send:
    """Step of :meth:`Journal.step`: this process claimed ``entry``; send it."""

    entry: Entry


@attrs.frozen
class Replay:
    """Step of :meth:`Journal.step`: the call is settled; answer with ``entry``'s outcome."""

    entry: Entry


@attrs.frozen
class Wait:
    """Step of :meth:`Journal.step`: another process holds the call; ask again later."""

    seconds: float


Step = Send | Replay | Wait


class Journal:
    """The journal of deduplicated calls, in ``store`` (see the module documentation).

    ``wait`` is how long (seconds) a call waits for another process that claimed the same
    business key to finish before raising :class:`CallInProgressError` (0: at once).
    """

    def __init__(
        self,
        store: JournalStore,
        *,
        wait: float = 5.0,
        poll_interval: float = 0.05,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not isinstance(store, JournalStore):
            raise TypeError(
                f"store must be a journal store (claim, complete, get, pending, close), "
                f"not {type(store).__name__}"
            )
        if wait < 0 or poll_interval <= 0:
            raise ValueError("wait must be >= 0 and poll_interval > 0 seconds")
        self.store = store
        self.wait = wait
        self.poll_interval = poll_interval
        self.clock = clock

    # -- one call ---------------------------------------------------------------------------

    def prepare(
        self,
        operation: Operation,
        path_values: Mapping[str, object],
        body: object | None,
        query: object | None,
        context: CallContext | None,
    ) -> JournalCall:
        """The identity and request of a call of a deduplicated ``operation``."""
        merchant_id = str(path_values.get("merchantId", ""))
        business_key = context.business_key if context is not None else None
        given_key = context.idempotence_key if context is not None else None
        if business_key is not None and given_key is not None:
            raise ValueError(
                "CallContext: give a business_key or an idempotence_key, not both "
                "(the key is derived from the business key)"
            )
        if business_key is not None and (not isinstance(business_key, str) or not business_key):
            raise ValueError(f"business_key must be a non-empty string, got {business_key!r}")
        document = request_document(path_values, body, query)
        digest = request_digest(document)
        if business_key is not None:
            slot = business_slot(merchant_id, operation.operation_id, business_key)
            fixed = None
        else:
            fixed = given_key if given_key is not None else new_idempotence_key()
            slot = key_slot(merchant_id, operation.operation_id, fixed)
        return JournalCall(
            slot,
            operation.operation_id,
            merchant_id,
            business_key,
            document,
            digest,
            fixed,
        )

    def _new_entry(self, call: JournalCall, generation: int) -> Entry:
        key = call.fixed_key
        if key is None:
            assert call.business_key is not None
            key = derived_key(call.merchant_id, call.operation_id, call.business_key, generation)
        return Entry(
            slot=call.slot,
            operation_id=call.operation_id,
            merchant_id=call.merchant_id,
            idempotence_key=key,
            digest=call.digest,
            started=self.clock(),
            business_key=call.business_key,
            generation=generation,
            request=call.document,
        )

    def step(self, call: JournalCall, waited: float = 0.0) -> Step:
        """What to do with ``call`` now: send it (claimed), replay a settled outcome, or wait
        for another process (``waited`` seconds were waited so far). Raises
        :class:`BusinessKeyConflictError` for a business key that stands for another
        request, :class:`CallInProgressError` once ``wait`` seconds have passed."""
        if not waited:  # most calls are new: claim before reading
            first = self._new_entry(call, 0)
            if self.store.claim(first):
                return Send(first)
        while True:
            existing = self.store.get(call.slot)
            if existing is None:
                entry = self._new_entry(call, 0)
                if self.store.claim(entry):
                    return Send(entry)
                continue
            if existing.state is State.FAILED:
                entry = self._new_entry(call, existing.generation + 1)
                if self.store.claim(entry, replaces=existing.generation):
                    return Send(entry)
                continue
            if existing.digest != call.digest:
                raise BusinessKeyConflictError(
                    f"{call.operation_id}: business key {call.business_key!r} of merchant "
                    f"{call.merchant_id!r} was first used for another request (digest "
                    f"{existing.digest[:12]}…, this one {call.digest[:12]}…); use a new "
                    "business key for a new request",
                    existing,
                )
            if existing.state is State.DONE:
                return Replay(existing)
            if waited >= self.wait:
                raise CallInProgressError(
                    f"{call.operation_id}: the call with idempotence key "
                    f"{existing.idempotence_key!r} (business key {existing.business_key!r}) "
                    f"started {existing.age:.1f} s ago and its outcome is not known yet; "
                    "if no process is working on it, settle it with journal.in_doubt() and "
                    "client.resume(entry)",
                    existing,
                )
            return Wait(max(min(self.poll_interval, self.wait - waited), 0.001))

    def record(
        self,
        entry: Entry,
        state: State,
        status: int | None = None,
        response_body: str | None = None,
    ) -> bool:
        """Record the outcome of ``entry`` (DONE or FAILED); False when it was settled
        already (by another process resuming it)."""
        if state is State.PENDING:
            raise ValueError("an outcome is DONE or FAILED")
        return self.store.complete(
            entry.slot,
            entry.generation,
            state,
            finished=self.clock(),
            status=status,
            response_body=response_body,
        )

    # -- recovery ---------------------------------------------------------------------------

    def in_doubt(self, older_than: float = 0.0) -> list[Entry]:
        """The calls whose outcome is unknown, started more than ``older_than`` seconds ago,
        oldest first. Give ``older_than`` longer than your longest call (with its retries),
        or calls still running in other processes are listed too. Entries whose key has
        outlived the platform's retention say so (``entry.expired``): settle those by
        reference, never by a resend."""
        return self.store.pending(self.clock() - older_than)

    def expired(self) -> list[Entry]:
        """The calls in doubt whose idempotence key may no longer be known to the platform."""
        return [entry for entry in self.in_doubt() if entry.expired]

    def find(
        self,
        merchant_id: str,
        operation_id: str,
        *,
        business_key: str | None = None,
        idempotence_key: str | None = None,
    ) -> Entry | None:
        """The entry of a call, by its business key (or the idempotence key it was given)."""
        if (business_key is None) == (idempotence_key is None):
            raise ValueError("give exactly one of business_key and idempotence_key")
        if business_key is not None:
            return self.store.get(business_slot(merchant_id, operation_id, business_key))
        assert idempotence_key is not None
        return self.store.get(key_slot(merchant_id, operation_id, idempotence_key))

    def settle(self, entry: Entry, *, took_effect: bool) -> bool:
        """Record by hand the outcome of a call found by reference (an expired entry): it
        took effect (DONE, with no recorded answer) or it did not (FAILED: the business key
        may be used again, under a new idempotence key). False when it was settled already."""
        if not isinstance(entry, Entry):
            raise TypeError(f"entry must be a journal Entry, not {type(entry).__name__}")
        return self.record(entry, State.DONE if took_effect else State.FAILED)

    def refresh(self, entry: Entry) -> Entry:
        """The current state of ``entry`` in the store."""
        current = self.store.get(entry.slot)
        if current is None or current.generation != entry.generation:
            raise JournalError(f"the journal no longer holds the call {entry.slot}", entry)
        return current

    def close(self) -> None:
        """Close the store."""
        self.store.close()

    def __repr__(self) -> str:
        return f"Journal({self.store!r})"
