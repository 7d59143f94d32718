"""Running deduplicated calls through the journal: claim, send, record the outcome.

:class:`JournaledExecutor` (and its async twin) stand where a client's executor stands. A
call of an operation the platform deduplicates is claimed in the journal before its first
attempt and recorded after its last; every other call goes straight to the communicator.
The attempts themselves are the communicator's (:meth:`~opay.communicator.CommunicatorCore.steps`,
its retries and signing); the executor drives that generator so that it sees the final
answer (status and body), which the journal keeps to answer a re-run of the same call.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from opay.attempts import adrive, drive
from opay.call import Call
from opay.communicator import AsyncCommunicator, Communicator
from opay.context import CallContext, attempts_context
from opay.exceptions import (
    DeclinedPaymentException,
    DeclinedPayoutException,
    DeclinedRefundException,
    OpayError,
)
from opay.journal.entry import Entry, State, request_digest
from opay.journal.errors import JournalError, KeyExpiredError
from opay.journal.journal import Journal, JournalCall, Replay, Send, Wait
from opay.operation import Operation
from opay.response import IDEMPOTENCE_TIMESTAMP_HEADER, parse_response
from opay.transport import Headers, Request, Response

_DECLINED = (DeclinedPaymentException, DeclinedRefundException, DeclinedPayoutException)


class _Seen:
    """What driving one call's attempts observed: whether a request was handed to the
    transport, and the last response. :meth:`noting` and :meth:`anoting` wrap a
    transport's ``send`` to observe it."""

    __slots__ = ("last", "sent")

    def __init__(self) -> None:
        self.sent = False
        self.last: Response | None = None

    def noting(self, send: Callable[[Request], Response]) -> Callable[[Request], Response]:
        def noted(request: Request) -> Response:
            self.sent = True
            self.last = send(request)
            return self.last

        return noted

    def anoting(
        self, send: Callable[[Request], Awaitable[Response]]
    ) -> Callable[[Request], Awaitable[Response]]:
        async def noted(request: Request) -> Response:
            self.sent = True
            self.last = await send(request)
            return self.last

        return noted


def _outcome(error: BaseException | None, seen: _Seen) -> tuple[State, int | None, str | None]:
    """The journal state a call ended in: DONE with the platform's final answer, FAILED when
    it certainly had no effect, PENDING when its outcome is unknown."""
    last = seen.last
    body = last.body.decode("utf-8", "replace") if last is not None else None
    if error is None:
        return State.DONE, last.status if last else None, body
    if not seen.sent:
        return State.FAILED, None, None
    if isinstance(error, _DECLINED) and last is not None:
        return State.DONE, last.status, body  # it exists, with a rejected status
    if isinstance(error, OpayError) and not error.may_have_taken_effect:
        return State.FAILED, last.status if last else None, None
    return State.PENDING, None, None


def _no_business_key(operation: Operation, context: CallContext | None) -> None:
    if context is not None and context.business_key is not None:
        raise ValueError(
            f"{operation.operation_id}: business_key applies only to the operations the "
            "platform deduplicates by idempotence key; this one is not"
        )


def _report(context: CallContext | None, entry: Entry, attempt: CallContext | None) -> None:
    if context is not None:
        context.sent_idempotence_key = entry.idempotence_key
        if attempt is not None:
            context.record(attempt)
            context.attempts = attempt.attempts


def _attempt_context(context: CallContext | None, key: str) -> CallContext:
    """The context the attempts of a journaled call send: its key, and the caller's
    per-call options (timeout, retry policy, headers, gzip)."""
    return attempts_context(key) if context is None else context.for_attempts(key)


def replay(operation: Operation, entry: Entry, context: CallContext | None) -> Any:
    """The recorded answer of a settled call, parsed as when it first came (the model, or
    the exception it raised), with the call's start as its idempotence timestamp."""
    if entry.state is State.FAILED:
        raise JournalError(f"{operation.operation_id}: the call failed without effect", entry)
    if entry.status is None:
        raise JournalError(
            f"{operation.operation_id}: the call with idempotence key "
            f"{entry.idempotence_key!r} was settled by hand and has no recorded answer; "
            "look its result up by reference",
            entry,
        )
    headers = (
        ("Content-Type", "application/json"),
        (IDEMPOTENCE_TIMESTAMP_HEADER, str(int(entry.started * 1000))),
    )
    body = (entry.response_body or "").encode("utf-8")
    attempt = CallContext(idempotence_key=entry.idempotence_key)
    try:
        return parse_response(
            Call(operation, context=attempt), Response(entry.status, headers, body)
        )
    finally:
        _report(context, entry, attempt)


def resend_arguments(
    operation: Operation, entry: Entry
) -> tuple[Mapping[str, object], object | None, object | None]:
    """The path values, body and query to resend an entry's call with."""
    if entry.request is None or request_digest(entry.request) != entry.digest:
        raise JournalError(
            f"{operation.operation_id}: the journal holds no intact request for the call "
            f"with idempotence key {entry.idempotence_key!r}",
            entry,
        )
    document = json.loads(entry.request)
    query = document["query"]
    if query is not None and operation.query_class is not None:
        import opay.models
        from opay.marshal import from_dict

        query = from_dict(getattr(opay.models, operation.query_class), query)
    return document["path"], document["body"], query


class _JournaledCore:
    """What both executors share: the journal, and the rules for a resume."""

    def __init__(self, journal: Journal, extra_headers: Headers) -> None:
        if not isinstance(journal, Journal):
            raise TypeError(f"journal must be an opay.journal.Journal, not {journal!r}")
        self.journal = journal
        self.extra_headers = extra_headers

    def _resumable(self, entry: Entry) -> tuple[Operation, Entry]:
        from opay.operations import OPERATIONS

        if not isinstance(entry, Entry):
            raise TypeError(f"resume needs a journal Entry, not {type(entry).__name__}")
        operation = OPERATIONS.get(entry.operation_id)
        if operation is None or not operation.idempotent:
            raise JournalError(f"{entry.operation_id!r} is not a deduplicated operation", entry)
        current = self.journal.refresh(entry)
        if current.state is State.PENDING and current.expired:
            raise KeyExpiredError(
                f"{operation.operation_id}: the call with idempotence key "
                f"{current.idempotence_key!r} started {current.age / 3600:.1f} h ago, beyond "
                "the platform's key retention; a resend could act again. Settle it by "
                "reference (get_payment, or a search by merchantReference) and record what "
                "you found with journal.settle(entry, took_effect=...)",
                current,
            )
        return operation, current

    def _finish(self, entry: Entry, error: BaseException | None, seen: _Seen) -> None:
        state, status, body = _outcome(error, seen)
        if state is not State.PENDING:
            self.journal.record(entry, state, status, body)


class JournaledExecutor(_JournaledCore):
    """A client's executor with a journal (see the module documentation)."""

    def __init__(
        self, communicator: Communicator, journal: Journal, extra_headers: Headers = ()
    ) -> None:
        super().__init__(journal, extra_headers)
        self.communicator = communicator

    def execute(self, whole: Call) -> Any:
        """Run one call; a deduplicated one through the journal."""
        operation, path_values, body, query, context = (
            whole.operation,
            whole.path_values,
            whole.body,
            whole.query,
            whole.context,
        )
        if not operation.idempotent:
            _no_business_key(operation, context)
            return self.communicator.execute(whole, extra_headers=self.extra_headers)
        call = self.journal.prepare(operation, path_values, body, query, context)
        entry = self._claim(call)
        if entry.state is not State.PENDING:
            return replay(operation, entry, context)
        return self._send(operation, entry, path_values, body, query, context)

    def _claim(self, call: JournalCall) -> Entry:
        waited = 0.0
        while True:
            step = self.journal.step(call, waited)
            if isinstance(step, Wait):
                time.sleep(step.seconds)
                waited += step.seconds
                continue
            assert isinstance(step, Send | Replay)
            return step.entry

    def resume(self, entry: Entry) -> Any:
        """Resend a call in doubt with its idempotence key and record its outcome; for a
        settled one, its recorded answer."""
        operation, current = self._resumable(entry)
        if current.state is not State.PENDING:
            return replay(operation, current, None)
        path_values, body, query = resend_arguments(operation, current)
        return self._send(operation, current, path_values, body, query, None)

    def _send(
        self,
        operation: Operation,
        entry: Entry,
        path_values: Mapping[str, object],
        body: object | None,
        query: object | None,
        context: CallContext | None,
    ) -> Any:
        attempt = _attempt_context(context, entry.idempotence_key)
        steps = self.communicator.steps(
            Call(operation, path_values, body, query, attempt), self.extra_headers
        )
        seen = _Seen()
        try:
            result = drive(steps, seen.noting(self.communicator.transport.send))
        except BaseException as exc:
            self._finish(entry, exc, seen)
            _report(context, entry, attempt)
            raise
        self._finish(entry, None, seen)
        _report(context, entry, attempt)
        return result


class AsyncJournaledExecutor(_JournaledCore):
    """The asynchronous twin of :class:`JournaledExecutor`. The store's calls are short
    and synchronous; waiting for another process is awaited."""

    def __init__(
        self, communicator: AsyncCommunicator, journal: Journal, extra_headers: Headers = ()
    ) -> None:
        super().__init__(journal, extra_headers)
        self.communicator = communicator

    async def execute(self, whole: Call) -> Any:
        """Run one call; a deduplicated one through the journal."""
        operation, path_values, body, query, context = (
            whole.operation,
            whole.path_values,
            whole.body,
            whole.query,
            whole.context,
        )
        if not operation.idempotent:
            _no_business_key(operation, context)
            return await self.communicator.execute(whole, extra_headers=self.extra_headers)
        call = self.journal.prepare(operation, path_values, body, query, context)
        entry = await self._claim(call)
        if entry.state is not State.PENDING:
            return replay(operation, entry, context)
        return await self._send(operation, entry, path_values, body, query, context)

    async def _claim(self, call: JournalCall) -> Entry:
        waited = 0.0
        while True:
            step = self.journal.step(call, waited)
            if isinstance(step, Wait):
                await asyncio.sleep(step.seconds)
                waited += step.seconds
                continue
            assert isinstance(step, Send | Replay)
            return step.entry

    async def resume(self, entry: Entry) -> Any:
        """Resend a call in doubt with its idempotence key and record its outcome; for a
        settled one, its recorded answer."""
        operation, current = self._resumable(entry)
        if current.state is not State.PENDING:
            return replay(operation, current, None)
        path_values, body, query = resend_arguments(operation, current)
        return await self._send(operation, current, path_values, body, query, None)

    async def _send(
        self,
        operation: Operation,
        entry: Entry,
        path_values: Mapping[str, object],
        body: object | None,
        query: object | None,
        context: CallContext | None,
    ) -> Any:
        attempt = _attempt_context(context, entry.idempotence_key)
        steps = self.communicator.steps(
            Call(operation, path_values, body, query, attempt), self.extra_headers
        )
        seen = _Seen()
        try:
            result = await adrive(
                steps, seen.anoting(self.communicator.transport.send), asyncio.sleep
            )
        except BaseException as exc:
            self._finish(entry, exc, seen)
            _report(context, entry, attempt)
            raise
        self._finish(entry, None, seen)
        _report(context, entry, attempt)
        return result
