"""The attempts of one call, sans-IO: build, sign, (you send), parse, and retry as
:mod:`opay.retry` decides, as a generator of commands.

:func:`call_steps` yields the :class:`~opay.transport.Request` of each attempt (send it and
send the :class:`~opay.transport.Response` back in, or throw in what sending raised) and
:class:`Sleep` commands (wait, then resume it); it returns the call's model or raises its
final exception. Every attempt is freshly signed (a new ``Date``) and sends the same
idempotence key. The communicators drive it over their transports; :func:`drive` drives it
with any ``send`` function, for your own HTTP stack::

    steps = call_steps(Call(OPERATIONS["get_payment"], {"merchantId": m, "paymentId": p}),
                       settings, RetryPolicy())
    payment = drive(steps, my_send)

An observer (:class:`CallObserver`) sees each attempt: the communicators log and trace
through it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Generator, Iterable
from typing import Any, NamedTuple, Protocol

from opay.call import Call
from opay.exceptions import OpayError
from opay.request import RequestSettings, build_request
from opay.response import parse_response
from opay.retry import RetryCall, RetryPolicy
from opay.transport import Request, Response

_log = logging.getLogger("opay")


class Sleep(NamedTuple):
    """Command of :func:`call_steps`: wait this many seconds, then resume."""

    seconds: float


Steps = Generator[Request | Sleep, Response | None, Any]


class AttemptObserver(Protocol):
    """What is reported about one attempt."""

    def answered(self, response: Response) -> None:
        """The platform answered (any status)."""

    def failed(self, error: BaseException, retry: bool | None) -> None:
        """The attempt failed; ``retry`` says whether another attempt follows (None when
        the failure ends the call without a retry decision, e.g. an interruption)."""

    def end(self) -> None:
        """The attempt is over."""


class CallObserver(Protocol):
    """What is reported about one call: each attempt as it starts."""

    def attempt(self, number: int, request: Request) -> AttemptObserver:
        """Attempt ``number`` (1 for the first) starts, sending ``request``."""


def call_steps(
    call: Call,
    settings: RequestSettings,
    policy: RetryPolicy,
    *,
    timeout: float | None = None,
    max_body_size: int | None = None,
    extra_headers: Iterable[tuple[str, str]] = (),
    observer: CallObserver | None = None,
    retry: RetryCall | None = None,
) -> Steps:
    """The attempts of ``call`` (see the module documentation) under ``policy``, within
    ``timeout`` seconds in all when given (the call's own ``context.timeout`` and
    ``context.retry`` win), answers of at most ``max_body_size`` bytes, each attempt with
    ``extra_headers``. ``retry`` is the call's bookkeeping when the caller started it (to
    know the key before the first attempt); otherwise it is started here."""
    if retry is None:
        retry = start(call, policy, timeout)
    extra = tuple(extra_headers)
    attempt_call = call.with_context(retry.context)  # every attempt sends the same key
    while True:
        remaining = None if retry.timeout is None else retry.remaining()
        if remaining is not None and remaining <= 0:
            raise retry.final(retry.out_of_time())
        request = build_request(attempt_call, settings, extra, timeout=remaining)
        seen = None if observer is None else observer.attempt(retry.attempt, request)
        response: Response | None = None
        try:
            response = yield request
            assert response is not None
            if seen is not None:
                seen.answered(response)
            # what the answer showed goes to the caller's context, if any
            result = parse_response(
                call, response, max_body_size=max_body_size, idempotence_key=retry.idempotence_key
            )
            if retry.caller_context is not None:
                retry.done()
            if seen is not None:
                seen.end()
            return result
        except OpayError as exc:
            if response is None:
                retry.unanswered()
            error = exc
        except BaseException as exc:
            retry.done()
            if seen is not None:
                seen.failed(exc, None)
                seen.end()
            raise
        delay = retry.retry_delay(error, response)
        if seen is not None:
            seen.failed(error, delay is not None)
            seen.end()
        if delay is None:
            raise retry.final(error)
        _log.info(
            "%s %s: attempt %d failed (%s); retrying in %.3f s",
            call.operation.method,
            call.operation.operation_id,
            retry.attempt - 1,
            error,
            delay,
        )
        yield Sleep(delay)


def start(call: Call, policy: RetryPolicy, timeout: float | None = None) -> RetryCall:
    """The retry bookkeeping of ``call``: its own ``context.retry`` and ``context.timeout``
    win over ``policy`` and ``timeout``."""
    context = call.context
    if context is not None:  # (its options were checked when they were set)
        if context.retry is not None:
            policy = context.retry
        if context.timeout is not None:
            timeout = context.timeout
    return RetryCall.start(policy, call.operation, context, timeout=timeout)


def drive(
    steps: Steps,
    send: Callable[[Request], Response],
    sleep: Callable[[float], None] = time.sleep,
) -> Any:
    """Carry out ``steps`` with ``send`` (and ``sleep`` for the pauses): the call's model,
    or its final exception raised. What ``send`` raises goes back into the steps, so an
    :class:`~opay.exceptions.OpayError` of a transport is retried as opay decides."""
    try:
        command = next(steps)
        while True:
            if isinstance(command, Sleep):
                sleep(command.seconds)
                command = steps.send(None)
                continue
            try:
                response = send(command)
            except BaseException as exc:
                command = steps.throw(exc)
            else:
                command = steps.send(response)
    except StopIteration as done:
        return done.value


async def adrive(
    steps: Steps,
    send: Callable[[Request], Awaitable[Response]],
    sleep: Callable[[float], Awaitable[None]],
) -> Any:
    """The awaited twin of :func:`drive`: ``send`` and ``sleep`` (``asyncio.sleep``, or your
    event loop's) are awaited."""
    try:
        command = next(steps)
        while True:
            if isinstance(command, Sleep):
                await sleep(command.seconds)
                command = steps.send(None)
                continue
            try:
                response = await send(command)
            except BaseException as exc:
                command = steps.throw(exc)
            else:
                command = steps.send(response)
    except StopIteration as done:
        return done.value
