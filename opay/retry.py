"""Retry decisions, as pure functions: which failures are safe to retry, and after how long.

A request is resent only when resending cannot charge a customer twice:

* the request was certainly not sent (connection refused, DNS, TLS handshake): always;
* the platform answered 429 (too many requests): it did not process the request;
* the platform answered 502, 503 or 504, or a timeout or reset happened after sending: only
  for GET and DELETE, or for a POST that carries an idempotence key (the platform then replays
  the first outcome instead of acting twice). With the default policy every POST carries one:
  opay generates a key per logical call when the caller gave none, and every attempt of the
  call sends the same key;
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

from opay.context import CallContext
from opay.exceptions import (
    CommunicationException,
    IdempotenceException,
    OpayError,
    ResponseTooLargeException,
)
from opay.transport import Response

RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})
TOO_MANY_REQUESTS = 429
_SAFE_METHODS = frozenset({"GET", "DELETE", "HEAD", "OPTIONS"})


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
    of its own with every POST that has none, so that POSTs can be retried safely.

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
    octets = bytearray(
        hashlib.blake2b(
            next(state.counter).to_bytes(8, "little"), key=state.secret, digest_size=16
        ).digest()
    )
    octets[6] = (octets[6] & 0x0F) | 0x40  # version 4
    octets[8] = (octets[8] & 0x3F) | 0x80  # RFC 4122 variant
    return octets.hex()


class _KeyState:
    """The secret and the counter :func:`new_idempotence_key` hashes (one per process)."""

    __slots__ = ("counter", "secret")

    def __init__(self) -> None:
        self.secret = os.urandom(32)
        self.counter = itertools.count()


def _new_key_state() -> None:
    global _key_state
    _key_state = _KeyState()


_key_state = _KeyState()
if hasattr(os, "register_at_fork"):  # a child must not repeat its parent's keys
    os.register_at_fork(after_in_child=_new_key_state)


def needs_generated_key(policy: RetryPolicy, method: str, given_key: str | None) -> bool:
    """Whether opay should add an idempotence key of its own to a call."""
    return (
        policy.enabled
        and policy.generate_idempotence_keys
        and given_key is None
        and not is_safe_method(method)
    )


def retry_after_seconds(value: str | None) -> float | None:
    """The delay a ``Retry-After`` header asks for (seconds or an HTTP date), or None."""
    if value is None:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    now = dt.datetime.now(dt.timezone.utc)
    return max(0.0, (when - now).total_seconds())


def is_retryable_status(response: Response) -> bool:
    """Whether the platform's answer says the request was not processed and may be resent."""
    return response.status in RETRYABLE_STATUSES


def is_safe_method(method: str) -> bool:
    """Whether repeating a request with this method cannot act twice (GET, DELETE, ...)."""
    return method.upper() in _SAFE_METHODS


def is_retryable_error(error: OpayError, method: str, has_idempotence_key: bool) -> bool:
    """Whether a failed attempt may be resent without risking a double effect."""
    if isinstance(error, IdempotenceException):
        return True
    if isinstance(error, ResponseTooLargeException):
        return False  # answered: the same answer would come again
    if isinstance(error, CommunicationException):
        if not error.may_have_reached_platform:
            return True
        return is_safe_method(method) or has_idempotence_key
    return False


def may_retry(
    error: OpayError, response: Response | None, method: str, has_idempotence_key: bool
) -> bool:
    """Whether an attempt that ended with ``error`` (and ``response``, when the platform
    answered) may be resent without risking a double effect."""
    if response is None:
        return is_retryable_error(error, method, has_idempotence_key)
    if is_retryable_status(response):
        if response.status == TOO_MANY_REQUESTS:
            return True
        # 502/503/504 may come from a gateway after the platform acted: resent only when a
        # repeat cannot act twice.
        return is_safe_method(method) or has_idempotence_key
    # Any other answer is the platform's final word, unless it asks to wait for the first
    # request with the same idempotence key.
    return isinstance(error, IdempotenceException)


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
    """One logical call across its attempts: the idempotence key every attempt sends, whether
    an attempt so far may have taken effect, and when (if ever) to try again.

    The caller's :class:`CallContext` is never given a key it did not set (reusing a context
    for the next call must not turn that call into a replay of this one). A key opay generates
    is reported in ``context.sent_idempotence_key`` and in the ``idempotence_key`` of the
    exception a failed call raises; ``idempotence_request_timestamp`` is copied back to the
    caller's context after every attempt. The backoff bookkeeping (:class:`RetryState`) is
    only made when an attempt fails.
    """

    policy: RetryPolicy
    method: str
    caller_context: CallContext | None
    context: CallContext | None
    started: float
    clock: Callable[[], float] = time.monotonic
    rand: Callable[[], float] = random.random
    may_have_taken_effect: bool = False
    _state: RetryState | None = attrs.field(init=False, default=None)

    @classmethod
    def start(
        cls,
        policy: RetryPolicy,
        method: str,
        context: CallContext | None,
        *,
        clock: Callable[[], float] = time.monotonic,
        rand: Callable[[], float] = random.random,
    ) -> RetryCall:
        """Begin a call: choose the idempotence key its attempts send."""
        given = context.idempotence_key if context is not None else None
        attempt_context = context
        if needs_generated_key(policy, method, given):
            attempt_context = CallContext(idempotence_key=new_idempotence_key())
        if context is not None:
            context.sent_idempotence_key = (
                attempt_context.idempotence_key if attempt_context is not None else None
            )
        return cls(policy, method, context, attempt_context, clock(), clock, rand)

    @property
    def idempotence_key(self) -> str | None:
        """The key every attempt sends (the caller's, or one opay generated), or None."""
        return self.context.idempotence_key if self.context is not None else None

    @property
    def attempt(self) -> int:
        """The number of the current attempt, 1 for the first."""
        return 1 if self._state is None else self._state.attempt

    def answered(self) -> None:
        """Report the platform's idempotence timestamp of the last attempt to the caller."""
        if self.caller_context is not None and self.context is not self.caller_context:
            timestamp = self.context.idempotence_request_timestamp if self.context else None
            self.caller_context.idempotence_request_timestamp = timestamp

    def retry_delay(self, error: OpayError, response: Response | None) -> float | None:
        """After a failed attempt: seconds to wait before the next one, or None to give up."""
        self.may_have_taken_effect = self.may_have_taken_effect or error.may_have_taken_effect
        if not may_retry(error, response, self.method, self.idempotence_key is not None):
            return None
        retry_after = retry_after_seconds(response.header("Retry-After")) if response else None
        if self._state is None:
            self._state = RetryState(self.policy, self.started)
        return self._state.next_delay(self.clock(), retry_after, self.rand)

    def final(self, error: OpayError) -> OpayError:
        """``error`` completed with what the whole call knows: whether any attempt may have
        taken effect, and the idempotence key to resend the call with later."""
        error.may_have_taken_effect = self.may_have_taken_effect or error.may_have_taken_effect
        if error.idempotence_key is None:
            error.idempotence_key = self.idempotence_key
        error.attempts = self.attempt
        return error
