"""The retry decisions: what is resent, what never is, and how long opay waits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opay.exceptions import (
    CommunicationException,
    IdempotenceException,
    ValidationException,
)
from opay.retry import (
    RetryPolicy,
    RetryState,
    is_retryable_error,
    is_retryable_status,
    needs_generated_key,
    retry_after_seconds,
)
from opay.transport import Response

NOT_SENT = CommunicationException("refused", may_have_reached_platform=False)
MAYBE_SENT = CommunicationException("read timeout", may_have_reached_platform=True)


@pytest.mark.parametrize("method", ["GET", "POST", "DELETE"])
def test_a_request_certainly_not_sent_is_always_retried(method: str) -> None:
    assert is_retryable_error(NOT_SENT, method, has_idempotence_key=False)


def test_a_post_that_may_have_arrived_is_retried_only_with_an_idempotence_key() -> None:
    assert not is_retryable_error(MAYBE_SENT, "POST", has_idempotence_key=False)
    assert is_retryable_error(MAYBE_SENT, "POST", has_idempotence_key=True)


@pytest.mark.parametrize("method", ["GET", "DELETE"])
def test_reads_and_deletes_are_retried_after_a_timeout(method: str) -> None:
    assert is_retryable_error(MAYBE_SENT, method, has_idempotence_key=False)


def test_an_idempotent_request_in_progress_is_waited_for() -> None:
    error = IdempotenceException(409, "{}", idempotence_key="k")
    assert is_retryable_error(error, "POST", has_idempotence_key=True)


def test_validation_errors_are_final() -> None:
    assert not is_retryable_error(ValidationException(400, "{}"), "POST", True)


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_overload_and_gateway_statuses_are_retried(status: int) -> None:
    assert is_retryable_status(Response(status, ()))


@pytest.mark.parametrize("status", [200, 400, 402, 403, 404, 409, 410, 500])
def test_other_statuses_are_not_retried_by_status(status: int) -> None:
    assert not is_retryable_status(Response(status, ()))


def test_keys_are_generated_only_for_unsafe_methods_without_a_key() -> None:
    policy = RetryPolicy()
    assert needs_generated_key(policy, "POST", None)
    assert not needs_generated_key(policy, "POST", "mine")
    assert not needs_generated_key(policy, "GET", None)
    assert not needs_generated_key(RetryPolicy.off(), "POST", None)


def test_retry_after_accepts_seconds_and_dates() -> None:
    assert retry_after_seconds("3") == 3.0
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0


@given(
    attempts=st.integers(1, 8),
    base=st.floats(0.0, 2.0),
    cap=st.floats(0.0, 10.0),
    rand=st.floats(0.0, 1.0),
)
def test_backoff_never_exceeds_its_cap(attempts: int, base: float, cap: float, rand: float) -> None:
    policy = RetryPolicy(max_attempts=attempts, base_delay=base, max_delay=cap)
    for retry in range(1, attempts):
        delay = policy.backoff(retry, lambda: rand)
        assert 0.0 <= delay <= min(cap, base * 2 ** (retry - 1)) + 1e-9


def test_the_state_stops_after_max_attempts() -> None:
    state = RetryState(RetryPolicy(max_attempts=3), started=0.0)
    assert state.next_delay(0.0, rand=lambda: 0.5) is not None
    assert state.next_delay(0.0, rand=lambda: 0.5) is not None
    assert state.next_delay(0.0, rand=lambda: 0.5) is None


def test_the_state_respects_the_deadline_and_retry_after() -> None:
    state = RetryState(RetryPolicy(max_attempts=5, deadline=10.0), started=0.0)
    assert state.next_delay(now=1.0, retry_after=4.0, rand=lambda: 0.0) == 4.0
    assert state.next_delay(now=9.0, retry_after=4.0, rand=lambda: 0.0) is None


def test_bad_policies_are_rejected_with_the_field_named() -> None:
    with pytest.raises(ValueError, match="max_attempts"):
        RetryPolicy(max_attempts=0)
    with pytest.raises(ValueError, match="base_delay"):
        RetryPolicy(base_delay=-1)
