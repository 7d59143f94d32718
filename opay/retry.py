"""Retry decisions, as pure functions: which failures are safe to retry, and after how long.

A request is resent only when resending cannot charge a customer twice:

* the request was certainly not sent (connection refused, DNS, TLS handshake): always;
* the platform answered 429, 502, 503 or 504: it did not process the request;
* a timeout or reset after sending: only for GET and DELETE, or for a POST that carries an
  idempotence key (the platform then replays the first outcome instead of acting twice);
* 409 "idempotent request still in progress": the first attempt is running; wait and ask again.

Every other 4xx is final. Delays use exponential backoff with full jitter, capped by
``max_delay`` and by the overall ``deadline``; a ``Retry-After`` header is honoured.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import random
import uuid
from collections.abc import Callable

import attrs

from opay.exceptions import CommunicationException, IdempotenceException, OpayError
from opay.transport import Response

RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})
_SAFE_METHODS = frozenset({"GET", "DELETE", "HEAD", "OPTIONS"})


def _positive(_inst: object, attribute: attrs.Attribute[float], value: float) -> None:
    if value < 0:
        raise ValueError(f"RetryPolicy.{attribute.name} must not be negative, got {value!r}")


@attrs.frozen
class RetryPolicy:
    """How many times, and how patiently, a call is retried.

    ``max_attempts`` counts the first attempt (1 disables retries). ``deadline`` (seconds)
    bounds the total time a call may spend waiting between attempts.
    """

    max_attempts: int = attrs.field(default=3)
    base_delay: float = attrs.field(default=0.2, validator=_positive)
    max_delay: float = attrs.field(default=5.0, validator=_positive)
    deadline: float = attrs.field(default=30.0, validator=_positive)
    generate_idempotence_keys: bool = True

    @max_attempts.validator
    def _check_attempts(self, _attribute: attrs.Attribute[int], value: int) -> None:
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
    """A fresh idempotence key for one logical call, reused by all its attempts."""
    return uuid.uuid4().hex


def needs_generated_key(policy: RetryPolicy, method: str, given_key: str | None) -> bool:
    """Whether opay should add an idempotence key of its own to a call."""
    return (
        policy.enabled
        and policy.generate_idempotence_keys
        and given_key is None
        and method.upper() not in _SAFE_METHODS
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


def is_retryable_error(error: OpayError, method: str, has_idempotence_key: bool) -> bool:
    """Whether a failed attempt may be resent without risking a double effect."""
    if isinstance(error, IdempotenceException):
        return True
    if isinstance(error, CommunicationException):
        if not error.may_have_reached_platform:
            return True
        return method.upper() in _SAFE_METHODS or has_idempotence_key
    return False


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
