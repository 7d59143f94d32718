"""Retry decisions, as pure functions: which failures are safe to retry, and after how long.

A request is resent only when resending cannot act twice:

* the request was certainly not sent (connection refused, DNS, TLS handshake): always;
* the platform answered 429 (too many requests): it did not process the request; always;
* the platform answered 502, 503 or 504, or a timeout or reset happened after sending (the
  answer may have been lost after the platform acted): only for reads (GET), and for the
  operations the platform deduplicates by idempotence key (``Operation.idempotent``:
  CreatePayment, CancelPayment, RefundPayment, CapturePayment, CompletePayment, CreatePayout,
  SubsequentPayment, per the guide's "Idempotent requests" page) when a key is sent. With the
  default policy every call of those operations carries one: opay generates a key per
  logical call when the caller gave none, and every attempt of the call sends the same key.
  Any other POST, and DELETE, is not resent: the platform ignores a key there, so a repeat
  may act twice; the exception says so (``resend_may_act_twice``);
* 409 "idempotent request still in progress": the first attempt is running; wait and ask again.

Every other 4xx, and 500, is final. Delays use exponential backoff with full jitter, capped by
``max_delay`` and by the overall ``deadline``; a ``Retry-After`` header is honoured (but never
beyond the deadline).

:class:`RetryCall` holds the bookkeeping of one logical call; the communicators drive it (the
sync one with ``time.sleep``, the async one with ``asyncio.sleep``), so both retry alike.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import itertools
import math
import os
import random
import time
from collections.abc import Callable

import attrs

from opay.context import CallContext, ResponseHeaders, attempts_context
from opay.exceptions import (
    CommunicationException,
    IdempotenceException,
    OpayError,
    ResponseTooLargeException,
    TimeoutException,
)
from opay.operation import Operation
from opay.transport import Response

RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})
TOO_MANY_REQUESTS = 429
READ_METHODS = frozenset({"GET", "HEAD"})


def _positive(_inst: object, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"RetryPolicy.{attribute.name} must be a number of seconds, got {value!r}")
    if not 0 <= value < math.inf:
        raise ValueError(
            f"RetryPolicy.{attribute.name} must be a finite number of seconds >= 0, got {value!r}"
        )


@attrs.frozen
class RetryPolicy:
    """How many times, and how patiently, a call is retried.

    ``max_attempts`` counts the first attempt (1 disables retries). The delay before retry
    ``n`` is a random fraction of ``min(max_delay, base_delay * 2 ** (n - 1))`` seconds ("full
    jitter"), or what a ``Retry-After`` header asks if that is longer. ``deadline`` (seconds)
    bounds the time from the first attempt to the start of the last one: a retry that would
    start later is not made. ``generate_idempotence_keys`` makes opay send an idempotence key
    of its own with every call of an operation the platform deduplicates
    (``Operation.idempotent``) that has none, so that such calls can be retried safely.

    The default is conservative: 3 attempts, 0.2 s base delay, 5 s maximum delay, 30 s
    deadline. ``RetryPolicy.off()`` sends every call exactly once.
    """

    max_attempts: int = attrs.field(default=3)
    base_delay: float = attrs.field(default=0.2, validator=_positive)
    max_delay: float = attrs.field(default=5.0, validator=_positive)
    deadline: float = attrs.field(default=30.0, validator=_positive)
    generate_idempotence_keys: bool = True

    @max_attempts.validator
    def _check_attempts(self, _attribute: attrs.Attribute[int], value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"RetryPolicy.max_attempts must be an int, got {value!r}")
        if value < 1:
            raise ValueError(f"RetryPolicy.max_attempts must be at least 1, got {value!r}")

    @classmethod
    def off(cls) -> RetryPolicy:
        """A policy that never retries and never adds idempotence keys."""
        return cls(max_attempts=1, generate_idempotence_keys=False)

    @property
    def enabled(self) -> bool:
        """Whether any retry can happen."""
        return self.max_attempts > 1

    def backoff(self, retry_number: int, rand: Callable[[], float] = random.random) -> float:
        """Full-jitter delay before retry ``retry_number`` (1 for the first retry)."""
        ceiling = min(self.max_delay, self.base_delay * (2 ** (retry_number - 1)))
        return float(ceiling * rand())


def new_idempotence_key() -> str:
    """A fresh idempotence key for one logical call, reused by all its attempts: a version 4
    UUID as 32 hex digits.

    Its random bits are the keyed BLAKE2 hash of a per-process counter under a per-process
    secret read from the operating system once (again in a child after ``fork``): as
    unpredictable and unique as fresh random bytes, without a system call per key. (Reading
    ``os.urandom`` for every key released the interpreter lock on every POST, and under
    threads that hand-over cost more than the key itself.)"""
    state = _key_state
    keyed = state.keyed.copy()  # the hash keyed with the secret once, copied per key
    keyed.update(next(state.counter).to_bytes(8, "little"))
    octets = bytearray(keyed.digest())
    octets[6] = (octets[6] & 0x0F) | 0x40  # version 4
    octets[8] = (octets[8] & 0x3F) | 0x80  # RFC 4122 variant
    return octets.hex()


class _KeyState:
    """The secret and the counter :func:`new_idempotence_key` hashes (one per process)."""

    __slots__ = ("counter", "keyed")

    def __init__(self) -> None:
        self.keyed = hashlib.blake2b(key=os.urandom(32), digest_size=16)
        self.counter = itertools.count()


def _new_key_state() -> None:
    global _key_state
    _key_state = _KeyState()


_key_state = _KeyState()
if hasattr(os, "register_at_fork"):  # a child must not repeat its parent's keys
    os.register_at_fork(after_in_child=_new_key_state)


def needs_generated_key(policy: RetryPolicy, operation: Operation, given_key: str | None) -> bool:
    """Whether opay should add an idempotence key of its own to a call: only to an operation
    the platform deduplicates (on any other one the platform ignores the key, so a key would
    protect nothing)."""
    return (
        policy.enabled
        and policy.generate_idempotence_keys
        and given_key is None
        and operation.idempotent
    )


def retry_after_seconds(value: str | None, now: dt.datetime | None = None) -> float | None:
    """The delay a ``Retry-After`` header asks for (delay-seconds or an HTTP date, RFC 9110
    section 10.2.3), or None when it is absent or malformed.

    Never raises: non-ASCII digits, negative or unrepresentable numbers, and dates outside
    the calendar are treated as absent. A date is read in the zone it names (``now``, the
    current time by default, only matters for dates); a date in the past asks for no delay.
    """
    if value is None:
        return None
    text = value.strip()
    if text.isascii() and text.isdigit():
        try:
            return float(int(text))
        except (ValueError, OverflowError):  # more digits than an int or a float holds
            return None
    try:
        when = email.utils.parsedate_to_datetime(text)
        if when.tzinfo is None:  # "-0000": a time in UTC from an unknown zone (RFC 5322)
            when = when.replace(tzinfo=dt.timezone.utc)
        delay = (when - (now or dt.datetime.now(dt.timezone.utc))).total_seconds()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return max(0.0, delay)


def is_retryable_status(response: Response) -> bool:
    """Whether the status is one after which a resend may be in order (429, 502, 503, 504)."""
    return response.status in RETRYABLE_STATUSES


def is_read(method: str) -> bool:
    """Whether requests with this method only read (GET, HEAD): repeating one changes nothing.

    DELETE is not one of them: the platform's documentation does not say what a repeated
    DeleteToken does, so opay does not assume that a repeat is harmless."""
    return method.upper() in READ_METHODS


def resend_is_harmless(operation: Operation, key_sent: bool) -> bool:
    """Whether sending ``operation`` again, after an attempt the platform may have processed,
    cannot act twice: a read, or an operation the platform deduplicates by the idempotence
    key the attempts send."""
    return is_read(operation.method) or (operation.idempotent and key_sent)


def is_retryable_error(error: OpayError, operation: Operation, key_sent: bool) -> bool:
    """Whether an attempt that failed without an HTTP answer (or whose answer could not be
    used) may be resent without risking a double effect."""
    if isinstance(error, IdempotenceException):
        return resend_is_harmless(operation, key_sent)
    if isinstance(error, ResponseTooLargeException):
        return False  # answered: the same answer would come again
    if isinstance(error, CommunicationException):
        if not error.may_have_reached_platform:
            return True
        return resend_is_harmless(operation, key_sent)
    return False


def may_retry(
    error: OpayError, response: Response | None, operation: Operation, key_sent: bool
) -> bool:
    """Whether an attempt that ended with ``error`` (and ``response``, when the platform
    answered) may be resent without risking a double effect."""
    if response is None:
        return is_retryable_error(error, operation, key_sent)
    if response.status == TOO_MANY_REQUESTS:
        return True  # refused unprocessed
    if is_retryable_status(response):
        # 502/503/504 may come from a gateway after the platform acted: resent only when a
        # repeat cannot act twice.
        return resend_is_harmless(operation, key_sent)
    # Any other answer is the platform's final word, unless it asks to wait for the first
    # request with the same idempotence key.
    return isinstance(error, IdempotenceException) and resend_is_harmless(operation, key_sent)


@attrs.define
class RetryState:
    """The bookkeeping of one logical call across its attempts."""

    policy: RetryPolicy
    started: float
    attempt: int = 1

    def next_delay(
        self,
        now: float,
        retry_after: float | None = None,
        rand: Callable[[], float] = random.random,
    ) -> float | None:
        """The delay before the next attempt, or None when the call must give up."""
        if self.attempt >= self.policy.max_attempts:
            return None
        delay = self.policy.backoff(self.attempt, rand)
        if retry_after is not None:
            delay = max(delay, retry_after)
        if now - self.started + delay > self.policy.deadline:
            return None
        self.attempt += 1
        return delay


@attrs.define
class RetryCall:
    """One logical call of ``operation`` across its attempts: the idempotence key every
    attempt sends, whether an attempt so far may have taken effect, and when (if ever) to try
    again.

    The caller's :class:`CallContext` is never given a key it did not set (reusing a context
    for the next call must not turn that call into a replay of this one). A key opay generates
    (only for an operation the platform deduplicates) is reported in
    ``context.sent_idempotence_key`` and in the ``idempotence_key`` of the exception a failed
    call raises; what each answer showed (status, headers, the replay timestamp) is recorded
    in the caller's context by :func:`~opay.response.parse_response`. The backoff bookkeeping (:class:`RetryState`) is only made when an
    attempt fails.
    """

    policy: RetryPolicy
    operation: Operation
    caller_context: CallContext | None
    context: CallContext | None
    started: float
    clock: Callable[[], float] = time.monotonic
    rand: Callable[[], float] = random.random
    may_have_taken_effect: bool = False
    timeout: float | None = None
    """The call's total budget in seconds (attempts and pauses), or None."""
    _state: RetryState | None = attrs.field(init=False, default=None)
    _out_of_time: bool = attrs.field(init=False, default=False)

    @classmethod
    def start(
        cls,
        policy: RetryPolicy,
        operation: Operation,
        context: CallContext | None,
        *,
        timeout: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        rand: Callable[[], float] = random.random,
    ) -> RetryCall:
        """Begin a call: choose the idempotence key its attempts send. ``timeout`` is the
        call's total budget in seconds (None: only the policy's ``deadline`` bounds it)."""
        given = context.idempotence_key if context is not None else None
        attempt_context = context
        if needs_generated_key(policy, operation, given):
            key = new_idempotence_key()
            attempt_context = (
                attempts_context(key) if context is None else context.for_attempts(key)
            )
        if context is not None:
            context.sent_idempotence_key = (
                attempt_context.idempotence_key if attempt_context is not None else None
            )
        started = clock()
        return cls(
            policy, operation, context, attempt_context, started, clock, rand, False, timeout
        )

    def remaining(self) -> float | None:
        """Seconds left of the call's budget (None without one); a call with nothing left
        is marked out of time."""
        if self.timeout is None:
            return None
        left = self.started + self.timeout - self.clock()
        if left <= 0:
            self._out_of_time = True
        return left

    @property
    def method(self) -> str:
        """The HTTP method of the operation."""
        return self.operation.method

    @property
    def idempotence_key(self) -> str | None:
        """The key every attempt sends (the caller's, or one opay generated), or None."""
        return self.context.idempotence_key if self.context is not None else None

    @property
    def deduplicated(self) -> bool:
        """Whether the platform deduplicates the attempts: the operation is in its
        idempotence scope and the attempts send a key. (A key sent with any other operation
        is ignored by the platform and justifies nothing.)"""
        return self.operation.idempotent and self.idempotence_key is not None

    @property
    def resend_is_harmless(self) -> bool:
        """Whether resending after a possibly processed attempt cannot act twice."""
        return resend_is_harmless(self.operation, self.idempotence_key is not None)

    @property
    def attempt(self) -> int:
        """The number of the current attempt, 1 for the first."""
        return 1 if self._state is None else self._state.attempt

    def unanswered(self) -> None:
        """The last attempt got no answer: the caller's context shows none."""
        caller = self.caller_context
        if caller is not None:
            caller.response_status = None
            caller.response_headers = ResponseHeaders()
            caller.idempotence_request_timestamp = None
            caller.idempotence_response_date_time = None

    def done(self) -> None:
        """The call is over: the caller's context counts its attempts."""
        if self.caller_context is not None:
            object.__setattr__(self.caller_context, "attempts", self.attempt)

    def retry_delay(self, error: OpayError, response: Response | None) -> float | None:
        """After a failed attempt: seconds to wait before the next one, or None to give up."""
        self.may_have_taken_effect = self.may_have_taken_effect or error.may_have_taken_effect
        if not may_retry(error, response, self.operation, self.idempotence_key is not None):
            return None
        retry_after = retry_after_seconds(response.header("Retry-After")) if response else None
        if self._state is None:
            self._state = RetryState(self.policy, self.started)
        delay = self._state.next_delay(self.clock(), retry_after, self.rand)
        if delay is not None and self.timeout is not None:
            left = self.remaining()
            if left is not None and delay >= left:
                self._out_of_time = True  # the next attempt could not start in time
                return None
        return delay

    def out_of_time(self, error: OpayError | None = None) -> TimeoutException:
        """The error of a call whose budget ran out (after ``error``, the last failure)."""
        last = f"; the last attempt: {error}" if error is not None else ""
        timeout = TimeoutException(
            f"{self.operation.operation_id}: the call's timeout of {self.timeout} s ran out "
            f"after {self.attempt} attempt(s){last}",
            may_have_reached_platform=self.may_have_taken_effect
            or (error is not None and error.may_have_taken_effect),
        )
        timeout.__cause__ = error
        return timeout

    def final(self, error: OpayError) -> OpayError:
        """``error`` completed with what the whole call knows: whether any attempt may have
        taken effect, whether resending may act twice (then its message says so too), and
        the idempotence key to resend the call with later (only when the platform
        deduplicates by it). A call stopped by its budget raises
        :class:`~opay.exceptions.TimeoutException` (the last failure is its cause)."""
        if self._out_of_time and not isinstance(error, TimeoutException):
            error = self.out_of_time(error)
        self.done()
        error.may_have_taken_effect = self.may_have_taken_effect or error.may_have_taken_effect
        if not self.deduplicated:
            error.idempotence_key = None
        elif error.idempotence_key is None:
            error.idempotence_key = self.idempotence_key
        error.resend_may_act_twice = error.may_have_taken_effect and not self.resend_is_harmless
        if error.resend_may_act_twice:
            _add_to_message(error, self._double_effect_warning())
        error.attempts = self.attempt
        return error

    def _double_effect_warning(self) -> str:
        why = (
            "it was sent without an idempotence key"
            if self.operation.idempotent
            else "the platform does not deduplicate it by idempotence key"
        )
        return (
            f"{self.operation.operation_id} may have taken effect, and resending it may act "
            f"twice ({why})"
        )


def _add_to_message(error: OpayError, note: str) -> None:
    """Append ``note`` to what ``str(error)`` shows (and to its ``message``, if it has one)."""
    message = getattr(error, "message", None)
    text = f"{message if isinstance(message, str) else str(error)}; {note}"
    if isinstance(message, str):
        error.message = text  # type: ignore[attr-defined]
    error.args = (text, *error.args[1:])
