"""The retry decisions: what is resent, what never is, and how long opay waits.

The operations come from the generated operation table: ``create_payment`` is one the
platform deduplicates by idempotence key, ``increment_authorization`` is a POST it does not
deduplicate, ``delete_token`` the one DELETE, ``get_payment`` a read."""

from __future__ import annotations

import datetime as dt
import email.utils
import inspect
import math
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opay import operations
from opay.context import CallContext
from opay.exceptions import (
    CommunicationException,
    IdempotenceException,
    OpayError,
    PlatformException,
    ReferenceException,
    ResponseTooLargeException,
    ValidationException,
)
from opay.operation import Operation
from opay.retry import (
    RetryCall,
    RetryPolicy,
    RetryState,
    is_read,
    is_retryable_error,
    is_retryable_status,
    may_retry,
    needs_generated_key,
    new_idempotence_key,
    resend_is_harmless,
    retry_after_seconds,
)
from opay.transport import Response

CREATE = operations.CREATE_PAYMENT
INCREMENT = operations.INCREMENT_AUTHORIZATION
DELETE = operations.DELETE_TOKEN
GET = operations.GET_PAYMENT
EVERY_KIND = [CREATE, INCREMENT, DELETE, GET]


def not_sent() -> CommunicationException:
    return CommunicationException("refused", may_have_reached_platform=False)


def maybe_sent() -> CommunicationException:
    return CommunicationException("read timeout", may_have_reached_platform=True)


def in_progress() -> IdempotenceException:
    return IdempotenceException(409, "{}", idempotence_key="k")


def test_the_operations_used_here_are_what_the_table_says() -> None:
    assert CREATE.idempotent and CREATE.method == "POST"
    assert not INCREMENT.idempotent and INCREMENT.method == "POST"
    assert not DELETE.idempotent and DELETE.method == "DELETE"
    assert not GET.idempotent and GET.method == "GET"


# -- what may be resent ---------------------------------------------------------------------


@pytest.mark.parametrize("operation", EVERY_KIND, ids=lambda o: o.operation_id)
@pytest.mark.parametrize("key_sent", [False, True])
def test_a_request_certainly_not_sent_is_always_retried(
    operation: Operation, key_sent: bool
) -> None:
    assert is_retryable_error(not_sent(), operation, key_sent)
    assert may_retry(not_sent(), None, operation, key_sent)


@pytest.mark.parametrize("operation", EVERY_KIND, ids=lambda o: o.operation_id)
@pytest.mark.parametrize("key_sent", [False, True])
def test_too_many_requests_is_always_retried(operation: Operation, key_sent: bool) -> None:
    refused = PlatformException(429, "{}")
    assert may_retry(refused, Response(429, ()), operation, key_sent)


# (operation, key sent) -> whether a repeat after a possibly processed attempt is harmless
LOST_ANSWER_SCOPE = [
    (GET, False, True),
    (GET, True, True),
    (CREATE, True, True),
    (CREATE, False, False),
    (INCREMENT, True, False),  # the platform ignores the key: it would increment twice
    (INCREMENT, False, False),
    (DELETE, False, False),  # the documentation does not say a repeat is harmless
    (DELETE, True, False),
]
SCOPE_IDS = [f"{o.operation_id}-{'key' if k else 'nokey'}" for o, k, _ in LOST_ANSWER_SCOPE]


@pytest.mark.parametrize(("operation", "key_sent", "harmless"), LOST_ANSWER_SCOPE, ids=SCOPE_IDS)
def test_a_lost_answer_is_resent_only_within_the_scope(
    operation: Operation, key_sent: bool, harmless: bool
) -> None:
    assert resend_is_harmless(operation, key_sent) is harmless
    assert is_retryable_error(maybe_sent(), operation, key_sent) is harmless
    assert may_retry(maybe_sent(), None, operation, key_sent) is harmless


@pytest.mark.parametrize(("operation", "key_sent", "harmless"), LOST_ANSWER_SCOPE, ids=SCOPE_IDS)
@pytest.mark.parametrize("status", [502, 503, 504])
def test_gateway_errors_are_resent_only_within_the_scope(
    operation: Operation, key_sent: bool, harmless: bool, status: int
) -> None:
    error = PlatformException(status, "{}")
    assert may_retry(error, Response(status, ()), operation, key_sent) is harmless


@pytest.mark.parametrize(("operation", "key_sent", "harmless"), LOST_ANSWER_SCOPE, ids=SCOPE_IDS)
def test_an_idempotent_request_in_progress_is_waited_for_only_within_the_scope(
    operation: Operation, key_sent: bool, harmless: bool
) -> None:
    assert is_retryable_error(in_progress(), operation, key_sent) is harmless
    assert may_retry(in_progress(), Response(409, ()), operation, key_sent) is harmless


@pytest.mark.parametrize("status", [400, 402, 403, 404, 409, 410, 500])
def test_final_answers_are_not_resent(status: int) -> None:
    error = ReferenceException(status, "{}")
    for operation in EVERY_KIND:
        assert not may_retry(error, Response(status, ()), operation, True)
    assert not is_retryable_error(ValidationException(400, "{}"), CREATE, True)
    assert not is_retryable_error(OpayError("other"), GET, True)


def test_an_oversized_answer_raised_by_the_transport_is_not_resent() -> None:
    too_large = ResponseTooLargeException("answer over max_response_size", limit=10)
    for operation in EVERY_KIND:
        assert not is_retryable_error(too_large, operation, True)
        assert not may_retry(too_large, None, operation, True)


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_overload_and_gateway_statuses_are_retryable_statuses(status: int) -> None:
    assert is_retryable_status(Response(status, ()))


@pytest.mark.parametrize("status", [200, 400, 402, 403, 404, 409, 410, 500, 501, 505])
def test_other_statuses_are_not_retryable_statuses(status: int) -> None:
    assert not is_retryable_status(Response(status, ()))


def test_reads_are_get_and_head_in_any_case() -> None:
    assert is_read("GET") and is_read("get") and is_read("HEAD")
    assert not is_read("DELETE") and not is_read("POST")


# -- keys -------------------------------------------------------------------------------------


def test_keys_are_generated_only_for_deduplicated_operations_without_a_key() -> None:
    policy = RetryPolicy()
    assert needs_generated_key(policy, CREATE, None)
    assert needs_generated_key(RetryPolicy(max_attempts=2), CREATE, None)
    assert not needs_generated_key(policy, CREATE, "mine")
    assert not needs_generated_key(policy, INCREMENT, None)
    assert not needs_generated_key(policy, DELETE, None)
    assert not needs_generated_key(policy, GET, None)
    assert not needs_generated_key(RetryPolicy.off(), CREATE, None)
    assert not needs_generated_key(RetryPolicy(generate_idempotence_keys=False), CREATE, None)
    assert not needs_generated_key(RetryPolicy(max_attempts=1), CREATE, None)


def test_generated_keys_are_version_4_uuids_and_unique() -> None:
    keys = [new_idempotence_key() for _ in range(2000)]
    assert len(set(keys)) == len(keys)
    for key in keys:
        assert len(key) == 32 and key == uuid.UUID(hex=key).hex
        assert uuid.UUID(hex=key).version == 4, key
        assert uuid.UUID(hex=key).variant == uuid.RFC_4122, key
    assert len({key[:12] for key in keys}) == len(keys), "the random bits vary"
    # every random bit around the fixed ones varies: the nibble after the version, and the
    # two bits after the variant
    assert {key[13] for key in keys} == set("0123456789abcdef")
    assert {key[16] for key in keys} == set("89ab")
    assert {key[17] for key in keys} == set("0123456789abcdef")
    # ... and none of them is a copy of another position's bits
    for position, mask in ((13, 0xF), (16, 0x3), (17, 0xF)):
        for other in set(range(32)) - {position}:
            assert any(
                int(key[position], 16) & mask != int(key[other], 16) & mask for key in keys
            ), (position, other)


_KEYS_OF_A_PROCESS = "from opay.retry import new_idempotence_key as k; print(k(), k())"


def test_two_processes_draw_different_keys() -> None:
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}

    def keys_of_a_new_process() -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", _KEYS_OF_A_PROCESS],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        return done.stdout.split()

    first, second = keys_of_a_new_process(), keys_of_a_new_process()
    assert len(first) == len(second) == 2
    assert not set(first) & set(second), "two processes drew the same keys"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_child_does_not_repeat_its_parents_keys() -> None:
    new_idempotence_key()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_end)
        os.write(write_end, new_idempotence_key().encode())
        os._exit(0)
    os.close(write_end)
    child_key = os.read(read_end, 64).decode()
    os.close(read_end)
    os.waitpid(pid, 0)
    assert child_key and child_key != new_idempotence_key()


# -- Retry-After ------------------------------------------------------------------------------

NOW = dt.datetime(2015, 10, 21, 7, 27, 0, tzinfo=dt.timezone.utc)


def test_retry_after_accepts_seconds() -> None:
    assert retry_after_seconds("3") == 3.0
    assert retry_after_seconds(" 7 ") == 7.0
    assert retry_after_seconds("0") == 0.0
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds("") is None


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("Wed, 21 Oct 2015 07:28:00 GMT", 60.0),
        ("Wed, 21 Oct 2015 07:28:00 UT", 60.0),
        ("Wed, 21 Oct 2015 09:28:00 +0200", 60.0),
        ("Wed, 21 Oct 2015 02:28:00 -0500", 60.0),
        ("Wed, 21 Oct 2015 02:28:00 EST", 60.0),
        ("Wed, 21 Oct 2015 07:28:00 -0000", 60.0),
        ("Wed, 21 Oct 2015 07:26:00 GMT", 0.0),
        ("Wed, 21 Oct 2015 09:26:00 +0200", 0.0),
    ],
)
def test_retry_after_dates_are_read_in_their_zone(value: str, seconds: float) -> None:
    assert retry_after_seconds(value, now=NOW) == seconds


def test_retry_after_dates_are_measured_from_now_by_default() -> None:
    soon = dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=120)
    delay = retry_after_seconds(email.utils.format_datetime(soon, usegmt=True))
    assert delay is not None and 100 < delay <= 120


@pytest.mark.parametrize(
    "value",
    [
        "٣",  # an Arabic-Indic digit: str.isdigit() says yes
        "²",
        "\uff13",  # a fullwidth digit three
        "-5",
        "+5",
        "1.5",
        "1e3",
        "Wed, 21 Oct 99999999999999999999 07:28:00 GMT",
        "Wed, 21 Oct 10000 07:28:00 GMT",
        "Wed, 32 Oct 2015 07:28:00 GMT",
        "9" * 400,
        "9" * 5000,
    ],
)
def test_malformed_retry_after_is_treated_as_absent(value: str) -> None:
    assert retry_after_seconds(value, now=NOW) is None


@given(st.text())
def test_retry_after_never_raises(value: str) -> None:
    delay = retry_after_seconds(value)
    assert delay is None or (math.isfinite(delay) and delay >= 0.0)


@given(st.integers(min_value=0, max_value=10**30))
def test_retry_after_reads_every_number_of_seconds(seconds: int) -> None:
    assert retry_after_seconds(str(seconds)) == float(seconds)


@given(
    st.datetimes(min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(9998, 12, 30)).map(
        lambda d: d.replace(microsecond=0)
    ),
    st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59),
)
def test_retry_after_dates_in_any_zone(moment: dt.datetime, offset_minutes: int) -> None:
    zone = dt.timezone(dt.timedelta(minutes=offset_minutes))
    when = moment.replace(tzinfo=zone)
    now = when - dt.timedelta(seconds=90)
    assert retry_after_seconds(email.utils.format_datetime(when), now=now) == 90.0


# -- the policy -------------------------------------------------------------------------------


def test_the_documented_defaults() -> None:
    policy = RetryPolicy()
    assert (policy.max_attempts, policy.base_delay, policy.max_delay, policy.deadline) == (
        3,
        0.2,
        5.0,
        30.0,
    )
    assert policy.generate_idempotence_keys is True
    assert policy.enabled
    off = RetryPolicy.off()
    assert (off.max_attempts, off.generate_idempotence_keys, off.enabled) == (1, False, False)
    assert RetryPolicy(max_attempts=2).enabled


def test_the_backoff_ceiling_doubles_up_to_the_maximum() -> None:
    policy = RetryPolicy(max_attempts=9, base_delay=0.2, max_delay=5.0)
    ceilings = [policy.backoff(n, lambda: 1.0) for n in range(1, 8)]
    assert ceilings == pytest.approx([0.2, 0.4, 0.8, 1.6, 3.2, 5.0, 5.0])
    assert policy.backoff(3, lambda: 0.25) == pytest.approx(0.2)
    assert policy.backoff(3, lambda: 0.0) == 0.0


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
    assert state.attempt == 2
    assert state.next_delay(0.0, rand=lambda: 0.5) is not None
    assert state.attempt == 3
    assert state.next_delay(0.0, rand=lambda: 0.5) is None
    assert state.attempt == 3


def test_the_state_respects_the_deadline_and_retry_after() -> None:
    state = RetryState(RetryPolicy(max_attempts=5, deadline=10.0), started=0.0)
    assert state.next_delay(now=1.0, retry_after=4.0, rand=lambda: 0.0) == 4.0
    assert state.next_delay(now=6.0, retry_after=4.0, rand=lambda: 0.0) == 4.0, "ends at 10"
    assert state.next_delay(now=6.5, retry_after=4.0, rand=lambda: 0.0) is None
    assert state.attempt == 3


def test_a_short_retry_after_does_not_shorten_the_backoff() -> None:
    state = RetryState(RetryPolicy(base_delay=1.0, max_delay=5.0), started=0.0)
    assert state.next_delay(now=0.0, retry_after=0.1, rand=lambda: 1.0) == 1.0


def test_bad_policies_are_rejected_with_the_field_named() -> None:
    with pytest.raises(ValueError, match="max_attempts"):
        RetryPolicy(max_attempts=0)
    with pytest.raises(TypeError, match="max_attempts"):
        RetryPolicy(max_attempts=True)
    with pytest.raises(ValueError, match="base_delay"):
        RetryPolicy(base_delay=-1)
    with pytest.raises(ValueError, match="max_delay"):
        RetryPolicy(max_delay=math.inf)
    with pytest.raises(TypeError, match="deadline"):
        RetryPolicy(deadline=True)
    assert RetryPolicy(max_attempts=1, base_delay=0, max_delay=0, deadline=0).max_attempts == 1


# -- one logical call -------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def start(
    operation: Operation, context: CallContext | None = None, policy: RetryPolicy | None = None
) -> RetryCall:
    return RetryCall.start(
        policy or RetryPolicy(), operation, context, clock=Clock(), rand=lambda: 1.0
    )


def test_a_call_is_made_by_start_with_the_backoff_state_its_own() -> None:
    assert "state" not in inspect.signature(RetryCall).parameters
    assert "_state" not in inspect.signature(RetryCall).parameters


def test_a_call_of_a_deduplicated_operation_gets_a_key_the_caller_is_told_of() -> None:
    context = CallContext()
    call = start(CREATE, context)
    assert call.idempotence_key is not None and len(call.idempotence_key) == 32
    assert call.context is not context and context.idempotence_key is None
    assert context.sent_idempotence_key == call.idempotence_key
    assert call.deduplicated and call.resend_is_harmless
    assert call.method == "POST" and call.attempt == 1


def test_calls_of_other_operations_get_no_key() -> None:
    for operation in (INCREMENT, DELETE, GET):
        context = CallContext()
        call = start(operation, context)
        assert call.idempotence_key is None
        assert context.sent_idempotence_key is None
        assert not call.deduplicated


def test_the_callers_key_is_used_and_reported_but_only_counts_within_the_scope() -> None:
    mine = CallContext(idempotence_key="order-42")
    call = start(INCREMENT, mine)
    assert call.context is mine and call.idempotence_key == "order-42"
    assert mine.sent_idempotence_key == "order-42"
    assert not call.deduplicated and not call.resend_is_harmless
    assert start(CREATE, CallContext(idempotence_key="order-42")).deduplicated


def test_a_lost_answer_of_a_deduplicated_call_is_resent_after_the_backoff() -> None:
    call = start(CREATE, policy=RetryPolicy(base_delay=0.5))
    assert call.retry_delay(maybe_sent(), None) == 0.5
    assert call.attempt == 2 and call.may_have_taken_effect
    error = call.final(maybe_sent())
    assert error.idempotence_key == call.idempotence_key
    assert error.may_have_taken_effect and not error.resend_may_act_twice
    assert "may act twice" not in str(error)
    assert error.attempts == 2


def test_a_lost_answer_of_another_post_is_not_resent_and_says_so() -> None:
    call = start(INCREMENT, CallContext(idempotence_key="mine"))
    assert call.retry_delay(maybe_sent(), None) is None
    error = call.final(maybe_sent())
    assert error.may_have_taken_effect is True
    assert error.resend_may_act_twice is True
    assert error.idempotence_key is None, "the key justifies no resend"
    assert "increment_authorization may have taken effect" in str(error)
    assert "resending it may act twice" in str(error)
    assert "does not deduplicate" in str(error)
    assert isinstance(error, CommunicationException) and "may act twice" in error.message
    assert str(error) == error.message and error.args == (error.message,)
    assert error.message.startswith("read timeout; ")
    assert error.attempts == 1


def test_a_deduplicated_operation_sent_without_a_key_says_why_a_resend_may_act_twice() -> None:
    call = start(CREATE, policy=RetryPolicy(generate_idempotence_keys=False))
    assert call.retry_delay(PlatformException(502, "{}"), Response(502, ())) is None
    error = call.final(PlatformException(502, "{}"))
    assert error.resend_may_act_twice and "sent without an idempotence key" in str(error)
    assert isinstance(error, PlatformException) and "may act twice" in error.message


def test_what_certainly_did_not_happen_is_safe_to_resend() -> None:
    call = start(INCREMENT)
    assert call.retry_delay(not_sent(), None) is not None
    error = call.final(not_sent())
    assert not error.may_have_taken_effect and not error.resend_may_act_twice
    refused = start(INCREMENT).final(ValidationException(400, "{}"))
    assert not refused.resend_may_act_twice and "may act twice" not in str(refused)


def test_one_possibly_processed_attempt_makes_the_whole_call_uncertain() -> None:
    call = start(CREATE)
    call.retry_delay(maybe_sent(), None)
    call.retry_delay(not_sent(), None)
    error = call.final(not_sent())
    assert error.may_have_taken_effect and error.attempts == 3


def test_a_read_is_never_said_to_act_twice() -> None:
    call = start(GET)
    call.retry_delay(maybe_sent(), None)
    error = call.final(maybe_sent())
    assert error.may_have_taken_effect and not error.resend_may_act_twice


def test_the_key_of_an_idempotence_conflict_is_kept() -> None:
    call = start(CREATE, CallContext(idempotence_key="mine"))
    error = call.final(IdempotenceException(409, "{}", idempotence_key="theirs"))
    assert error.idempotence_key == "theirs"


def test_no_key_is_offered_back_for_an_operation_outside_the_scope() -> None:
    call = start(INCREMENT, CallContext(idempotence_key="mine"))
    error = call.final(IdempotenceException(409, "{}", idempotence_key="mine"))
    assert error.idempotence_key is None
    assert error.resend_may_act_twice is True


def test_an_api_error_message_carries_the_warning_once() -> None:
    error = start(INCREMENT).final(PlatformException(502, "{}", message="bad gateway"))
    assert isinstance(error, PlatformException)
    assert str(error) == error.message == error.args[0]
    assert error.message.startswith("bad gateway; increment_authorization may have taken")
    assert error.message.count("may act twice") == 1


def test_retry_after_is_honoured_and_bounded_by_the_deadline() -> None:
    call = start(CREATE, policy=RetryPolicy(base_delay=0.01, deadline=30.0))
    assert (
        call.retry_delay(PlatformException(429, "{}"), Response(429, (("Retry-After", "2"),)))
        == 2.0
    )
    late = start(INCREMENT, policy=RetryPolicy(deadline=30.0))
    assert (
        late.retry_delay(PlatformException(429, "{}"), Response(429, (("Retry-After", "31"),)))
        is None
    )
    garbled = start(INCREMENT, policy=RetryPolicy(base_delay=0.5))
    assert (
        garbled.retry_delay(PlatformException(429, "{}"), Response(429, (("Retry-After", "٣"),)))
        == 0.5
    )


def test_the_warning_replaces_only_the_first_argument_of_the_exception() -> None:
    error = start(INCREMENT).final(OpayError("lost", "detail"))
    assert error.args == ("lost", "detail")
    assert error.resend_may_act_twice is False, "an OpayError says nothing of its effect"
    lost = OpayError("lost", "detail")
    lost.may_have_taken_effect = True
    warned = start(INCREMENT).final(lost)
    assert warned.args[1:] == ("detail",)
    assert warned.args[0].startswith("('lost', 'detail'); increment_authorization may have")
