"""Retries as the clients perform them: what is resent, with which key and signature, how long
opay waits, and what a failed call says about its effect. Every scenario runs through the
synchronous and the asynchronous client alike."""

from __future__ import annotations

import asyncio
import inspect
import itertools
import json
import time
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from opay import communicator as communicator_module
from opay import request as request_module
from opay.client import AsyncClient, Client
from opay.config import load_configuration
from opay.context import CallContext
from opay.exceptions import (
    ApiException,
    AuthorizationException,
    CommunicationException,
    ConfigurationError,
    DeclinedPaymentException,
    IdempotenceException,
    NotFoundException,
    PlatformException,
    ReferenceException,
    ResponseTooLargeException,
    ValidationException,
)
from opay.retry import RetryPolicy
from opay.transport import Request, Response
from opay_transports.memory import AsyncMemoryTransport, MemoryTransport

ENDPOINT = "https://api.example"
MERCHANT = "shop"
BODY = {
    "order": {"amountOfMoney": {"amount": 100, "currencyCode": "EUR"}},
    "cardPaymentMethodSpecificInput": {"paymentProductId": 1},
}
JSON = (("Content-Type", "application/json"),)
CREATED = Response(201, JSON, b'{"payment": {"id": "p-1", "status": "PENDING_CAPTURE"}}')
FOUND = Response(200, JSON, b'{"id": "p-1", "status": "CAPTURED"}')
NOT_SENT = "not sent"
MAYBE_SENT = "maybe sent"
FAST = RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=0.05, deadline=5.0)


def error(status: int, code: str = "9999", **extra: Any) -> Response:
    body = {"errorId": f"e-{status}", "errors": [{"code": code, "httpStatusCode": status}]}
    return Response(status, JSON, json.dumps({**body, **extra}).encode())


def with_headers(response: Response, *headers: tuple[str, str]) -> Response:
    return Response(response.status, (*response.headers, *headers), response.body)


DECLINED = error(402, paymentResult={"payment": {"id": "p-declined", "status": "REJECTED"}})
IN_PROGRESS = error(409, code="30001002")


class Script:
    """Answers requests in turn: a Response, or NOT_SENT / MAYBE_SENT for a network failure."""

    def __init__(self, *answers: Response | str | BaseException) -> None:
        self.answers = list(answers)
        self.requests: list[Request] = []

    def __call__(self, request: Request) -> Response:
        self.requests.append(request)
        answer = self.answers.pop(0)
        if answer == NOT_SENT:
            raise CommunicationException("connection refused", may_have_reached_platform=False)
        if answer == MAYBE_SENT:
            raise CommunicationException("read timeout", may_have_reached_platform=True)
        if isinstance(answer, BaseException):
            raise answer
        assert isinstance(answer, Response)
        return answer

    def keys(self) -> list[str | None]:
        return [r.header("X-GCS-Idempotence-Key") for r in self.requests]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The delays the communicators wait between attempts (recorded, not waited)."""
    waited: list[float] = []

    async def asleep(seconds: float) -> None:
        waited.append(seconds)

    monkeypatch.setattr(
        communicator_module,
        "time",
        types.SimpleNamespace(sleep=waited.append, perf_counter=time.perf_counter),
    )
    monkeypatch.setattr(communicator_module, "asyncio", types.SimpleNamespace(sleep=asleep))
    return waited


@pytest.fixture
def dates(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A clock that moves one second per signed request, so that fresh Dates are visible."""
    seconds = itertools.count(1)
    monkeypatch.setattr(
        request_module,
        "http_date",
        lambda: f"Wed, 25 Nov 2026 18:00:{next(seconds):02d} GMT",
    )
    yield


def call(
    mode: str,
    script: Script,
    operation: Callable[[Any], Any],
    retry: RetryPolicy | None = FAST,
    **options: Any,
) -> Any:
    """Run ``operation(merchant)`` on a client of ``mode`` whose transport is ``script``."""
    if mode == "sync":
        with Client(
            ENDPOINT, "key", "secret", transport=MemoryTransport(script), retry=retry, **options
        ) as client:
            return operation(client.merchant(MERCHANT))

    async def run() -> Any:
        async with AsyncClient(
            ENDPOINT,
            "key",
            "secret",
            transport=AsyncMemoryTransport(script),
            retry=retry,
            **options,
        ) as client:
            result = operation(client.merchant(MERCHANT))
            assert inspect.isawaitable(result)
            return await result

    return asyncio.run(run())


def create(context: CallContext | None = None) -> Callable[[Any], Any]:
    return lambda merchant: merchant.payments().create_payment(BODY, context)


def get(merchant: Any) -> Any:
    return merchant.payments().get_payment("p-1")


# -- what is retried, and how -------------------------------------------------------------


@pytest.mark.usefixtures("dates")
def test_gateway_errors_are_retried_signed_afresh_with_one_generated_key(
    mode: str, sleeps: list[float]
) -> None:
    script = Script(error(503), error(502), CREATED)
    context = CallContext()
    created = call(mode, script, create(context))
    assert created.payment.id == "p-1"
    assert len(script.requests) == 3
    assert len({r.header("Date") for r in script.requests}) == 3
    assert len({r.header("Authorization") for r in script.requests}) == 3
    key = script.keys()[0]
    assert key and script.keys() == [key, key, key]
    assert context.idempotence_key is None, "the caller's context is not given a key"
    assert context.sent_idempotence_key == key
    assert len(sleeps) == 2
    assert 0 <= sleeps[0] <= 0.01 and 0 <= sleeps[1] <= 0.02


def test_the_callers_key_is_sent_by_every_attempt_and_the_replay_is_reported(
    mode: str, sleeps: list[float]
) -> None:
    replayed = with_headers(CREATED, ("X-GCS-Idempotence-Request-Timestamp", "1700000000000"))
    script = Script(MAYBE_SENT, replayed)
    context = CallContext(idempotence_key="order-42")
    call(mode, script, create(context))
    assert script.keys() == ["order-42", "order-42"]
    assert context.idempotence_request_timestamp == 1700000000000
    assert context.sent_idempotence_key == "order-42"


def test_a_reused_context_gets_a_new_key_per_call(mode: str, sleeps: list[float]) -> None:
    script = Script(CREATED, CREATED)
    context = CallContext()

    def twice(merchant: Any) -> Any:
        payments = merchant.payments()
        if mode == "sync":
            return [payments.create_payment(BODY, context) for _ in range(2)]

        async def both() -> Any:
            return [await payments.create_payment(BODY, context) for _ in range(2)]

        return both()

    call(mode, script, twice)
    first, second = script.keys()
    assert first and second and first != second


def test_reads_are_retried_after_a_timeout_without_a_key(mode: str, sleeps: list[float]) -> None:
    script = Script(MAYBE_SENT, error(504), FOUND)
    assert call(mode, script, get).status == "CAPTURED"
    assert script.keys() == [None, None, None]


def test_a_request_that_was_never_sent_is_retried_and_reported_without_effect(
    mode: str, sleeps: list[float]
) -> None:
    script = Script(NOT_SENT, NOT_SENT, NOT_SENT)
    with pytest.raises(CommunicationException) as caught:
        call(mode, script, create())
    assert len(script.requests) == 3
    assert caught.value.attempts == 3
    assert caught.value.may_have_taken_effect is False
    assert caught.value.idempotence_key == script.keys()[0] is not None


def test_one_attempt_that_may_have_arrived_makes_the_whole_call_uncertain(
    mode: str, sleeps: list[float]
) -> None:
    script = Script(MAYBE_SENT, NOT_SENT, NOT_SENT)
    with pytest.raises(CommunicationException) as caught:
        call(mode, script, create())
    assert caught.value.may_have_reached_platform is False, "the last attempt was not sent"
    assert caught.value.may_have_taken_effect is True, "the first one may have been processed"


def test_too_many_requests_waits_as_long_as_retry_after_says(
    mode: str, sleeps: list[float]
) -> None:
    script = Script(with_headers(error(429), ("Retry-After", "2")), CREATED)
    call(mode, script, create(), RetryPolicy(base_delay=0.01, max_delay=0.05))
    assert sleeps == [2.0]


def test_a_retry_after_beyond_the_deadline_gives_up_at_once(mode: str, sleeps: list[float]) -> None:
    script = Script(with_headers(error(503), ("Retry-After", "100")), CREATED)
    with pytest.raises(PlatformException) as caught:
        call(mode, script, create(), RetryPolicy(deadline=30.0))
    assert len(script.requests) == 1 and sleeps == []
    assert caught.value.may_have_taken_effect is True


def test_an_idempotent_request_still_in_progress_is_waited_for(
    mode: str, sleeps: list[float]
) -> None:
    script = Script(IN_PROGRESS, IN_PROGRESS, CREATED)
    assert call(mode, script, create()).payment.id == "p-1"
    assert len(script.requests) == 3


def test_an_idempotent_request_in_progress_too_long_may_have_taken_effect(
    mode: str, sleeps: list[float]
) -> None:
    script = Script(IN_PROGRESS, IN_PROGRESS, IN_PROGRESS)
    with pytest.raises(IdempotenceException) as caught:
        call(mode, script, create())
    assert caught.value.may_have_taken_effect is True
    assert caught.value.idempotence_key == script.keys()[0]


def test_attempts_and_delays_stay_within_the_policy(mode: str, sleeps: list[float]) -> None:
    policy = RetryPolicy(max_attempts=5, base_delay=0.1, max_delay=0.25, deadline=60)
    script = Script(*[error(503)] * 6)
    with pytest.raises(PlatformException) as caught:
        call(mode, script, create(), policy)
    assert len(script.requests) == 5 and caught.value.attempts == 5
    ceilings = [0.1, 0.2, 0.25, 0.25]
    assert len(sleeps) == 4
    assert all(0 <= waited <= cap for waited, cap in zip(sleeps, ceilings, strict=True))


# -- what is never retried ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "exception"),
    [
        (error(400), ValidationException),
        (error(403), AuthorizationException),
        (error(404), ReferenceException),
        (error(409, code="1234"), ReferenceException),
        (Response(404, (("Content-Type", "text/html"),), b"<h1>no</h1>"), NotFoundException),
    ],
)
def test_refusals_are_final_and_certainly_without_effect(
    mode: str, sleeps: list[float], answer: Response, exception: type[Exception]
) -> None:
    script = Script(answer, CREATED)
    with pytest.raises(exception) as caught:
        call(mode, script, create())
    assert len(script.requests) == 1
    assert caught.value.may_have_taken_effect is False  # type: ignore[attr-defined]


def test_a_declined_payment_is_final_and_exists(mode: str, sleeps: list[float]) -> None:
    script = Script(DECLINED, CREATED)
    with pytest.raises(DeclinedPaymentException) as caught:
        call(mode, script, create())
    assert len(script.requests) == 1
    assert caught.value.may_have_taken_effect is True
    result = caught.value.create_payment_result
    assert result is not None and result.payment is not None
    assert result.payment.id == "p-declined"


def test_an_internal_error_is_final_and_may_have_taken_effect(
    mode: str, sleeps: list[float]
) -> None:
    script = Script(error(500), CREATED)
    with pytest.raises(PlatformException) as caught:
        call(mode, script, create())
    assert len(script.requests) == 1
    assert caught.value.may_have_taken_effect is True


def test_a_post_without_a_key_is_not_resent_once_it_may_have_arrived(
    mode: str, sleeps: list[float]
) -> None:
    no_keys = RetryPolicy(generate_idempotence_keys=False)
    for answer in (MAYBE_SENT, error(502)):
        script = Script(answer, CREATED)
        with pytest.raises((CommunicationException, PlatformException)) as caught:
            call(mode, script, create(), no_keys)
        assert len(script.requests) == 1
        assert script.keys() == [None]
        assert caught.value.may_have_taken_effect is True
        assert caught.value.idempotence_key is None


def test_retries_off_send_every_call_once_without_a_key(mode: str, sleeps: list[float]) -> None:
    script = Script(error(503), CREATED)
    with pytest.raises(PlatformException) as caught:
        call(mode, script, create(), RetryPolicy.off())
    assert script.keys() == [None]
    assert caught.value.attempts == 1


def test_failures_that_are_not_opay_errors_propagate_at_once(
    mode: str, sleeps: list[float]
) -> None:
    script = Script(RuntimeError("handler bug"), CREATED)
    with pytest.raises(RuntimeError, match="handler bug"):
        call(mode, script, create())
    assert len(script.requests) == 1


def test_the_default_client_retries_conservatively(mode: str, sleeps: list[float]) -> None:
    script = Script(error(503), error(503), error(503), CREATED)
    with pytest.raises(PlatformException) as caught:
        call(mode, script, create(), retry=None)
    assert caught.value.attempts == 3
    assert all(0 <= waited <= 5.0 for waited in sleeps)


# -- logging ------------------------------------------------------------------------------


class CountingLogger:
    def __init__(self) -> None:
        self.events: list[str] = []

    def log_request(self, request_id: str, request: Request) -> None:
        self.events.append("request")

    def log_response(
        self, request_id: str, request: Request, response: Response, duration_ms: float
    ) -> None:
        self.events.append(f"response {response.status}")

    def log_exception(
        self, request_id: str, request: Request, exception: BaseException, duration_ms: float
    ) -> None:
        self.events.append(type(exception).__name__)


def test_every_attempt_is_logged(mode: str, sleeps: list[float]) -> None:
    logger = CountingLogger()
    script = Script(NOT_SENT, error(503), CREATED)

    def logged(merchant: Any) -> Any:
        return merchant.payments().create_payment(BODY)

    if mode == "sync":
        with Client(ENDPOINT, "k", "s", transport=MemoryTransport(script), retry=FAST) as client:
            client.enable_logging(logger)
            logged(client.merchant(MERCHANT))
    else:

        async def run() -> None:
            async with AsyncClient(
                ENDPOINT, "k", "s", transport=AsyncMemoryTransport(script), retry=FAST
            ) as client:
                client.enable_logging(logger)
                await logged(client.merchant(MERCHANT))

        asyncio.run(run())
    assert logger.events == [
        "request",
        "CommunicationException",
        "request",
        "response 503",
        "PlatformException",
        "request",
        "response 201",
    ]


# -- the response size limit, at the parser -----------------------------------------------


def test_a_response_over_the_size_limit_names_the_limit(mode: str, sleeps: list[float]) -> None:
    big = Response(200, JSON, b'{"id": "p-1", "status": "' + b"x" * 2000 + b'"}')
    script = Script(big)
    with pytest.raises(CommunicationException, match=r"max_response_size \(1000 bytes\)") as caught:
        call(mode, script, get, max_response_size=1000)
    assert caught.value.may_have_taken_effect is True


# -- settings -----------------------------------------------------------------------------


def test_the_properties_file_sets_the_retry_policy_and_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "sdk.prp"
    path.write_text(
        "[OnlinePaymentsSDK]\n"
        "onlinePayments.api.endpoint.host=api.example\n"
        "onlinePayments.api.retry.maxAttempts=5\n"
        "onlinePayments.api.retry.baseDelay=0.5\n"
        "onlinePayments.api.retry.maxDelay=2\n"
        "onlinePayments.api.retry.deadline=10\n"
        "onlinePayments.api.maxResponseSize=1024\n",
        encoding="utf-8",
    )
    configuration = load_configuration(path, "key", "secret")
    assert configuration.retry == RetryPolicy(
        max_attempts=5, base_delay=0.5, max_delay=2.0, deadline=10.0
    )
    assert configuration.max_response_size == 1024


def test_without_retry_keys_the_default_policy_applies(tmp_path: Path) -> None:
    path = tmp_path / "sdk.prp"
    path.write_text(
        "[OnlinePaymentsSDK]\nonlinePayments.api.endpoint.host=api.example\n", encoding="utf-8"
    )
    configuration = load_configuration(path, "key", "secret")
    assert configuration.retry == RetryPolicy()
    assert configuration.max_response_size == 16 * 1024 * 1024


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("onlinePayments.api.retry.maxAttempts=0", "retry.maxAttempts must be an integer >= 1"),
        ("onlinePayments.api.retry.baseDelay=-1", "retry.baseDelay must be a number of seconds"),
        ("onlinePayments.api.retry.deadline=nan", "retry.deadline must be a number of seconds"),
        ("onlinePayments.api.maxResponseSize=lots", "maxResponseSize must be a number of bytes"),
    ],
)
def test_bad_retry_settings_name_the_key(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "sdk.prp"
    path.write_text(
        f"[OnlinePaymentsSDK]\nonlinePayments.api.endpoint.host=api.example\n{line}\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigurationError, match=message):
        load_configuration(path, "key", "secret")


def test_a_client_refuses_what_is_not_a_retry_policy() -> None:
    with pytest.raises(ConfigurationError, match="retry must be a RetryPolicy"):
        Client(ENDPOINT, "key", "secret", transport=MemoryTransport(Script()), retry=3)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="max_response_size"):
        Client(ENDPOINT, "key", "secret", transport=MemoryTransport(Script()), max_response_size=0)


def test_policies_refuse_values_that_are_not_durations() -> None:
    with pytest.raises(ValueError, match="deadline"):
        RetryPolicy(deadline=float("inf"))
    with pytest.raises(TypeError, match="max_attempts"):
        RetryPolicy(max_attempts=2.5)  # type: ignore[arg-type]


def test_an_oversized_answer_is_final(mode: str, sleeps: list[float]) -> None:
    big = Response(200, JSON, b'{"id": "' + b"x" * 2000 + b'"}')
    script = Script(big, FOUND)
    with pytest.raises(ResponseTooLargeException) as caught:
        call(mode, script, get, max_response_size=1000)
    assert len(script.requests) == 1
    assert caught.value.limit == 1000


def test_the_policy_is_importable_from_the_package() -> None:
    import opay

    assert opay.RetryPolicy is RetryPolicy
    assert issubclass(opay.ResponseTooLargeException, CommunicationException)


# -- the idempotence scope ----------------------------------------------------------------

INCREMENT_BODY = {"amountOfMoney": {"amount": 500, "currencyCode": "EUR"}}
INCREMENTED = Response(200, JSON, b'{"payment": {"id": "p-1", "status": "PENDING_CAPTURE"}}')
NO_CONTENT = Response(204, (), b"")


def increment(context: CallContext | None = None) -> Callable[[Any], Any]:
    return lambda merchant: merchant.pre_authorization().increment_authorization(
        "p-1", INCREMENT_BODY, context
    )


def delete(merchant: Any) -> Any:
    return merchant.tokens().delete_token("t-1")


@pytest.mark.parametrize("lost", [MAYBE_SENT, "502", "503", "504"])
def test_a_lost_answer_to_a_post_outside_the_scope_is_not_resent(
    mode: str, sleeps: list[float], lost: str
) -> None:
    answer = error(int(lost)) if lost.isdigit() else lost
    script = Script(answer, INCREMENTED)
    context = CallContext()
    with pytest.raises((CommunicationException, ApiException)) as caught:
        call(mode, script, increment(context))
    assert len(script.requests) == 1, "increment_authorization was resent"
    assert script.keys() == [None], "no key is generated outside the scope"
    assert context.sent_idempotence_key is None
    exc = caught.value
    assert exc.may_have_taken_effect is True
    assert exc.resend_may_act_twice is True
    assert exc.idempotence_key is None
    assert "increment_authorization may have taken effect" in str(exc)
    assert "may act twice" in str(exc)
    assert sleeps == []


def test_a_callers_key_outside_the_scope_is_sent_but_justifies_no_resend(
    mode: str, sleeps: list[float]
) -> None:
    script = Script(MAYBE_SENT, INCREMENTED)
    context = CallContext(idempotence_key="increment-7")
    with pytest.raises(CommunicationException) as caught:
        call(mode, script, increment(context))
    assert script.keys() == ["increment-7"]
    assert context.sent_idempotence_key == "increment-7"
    assert caught.value.resend_may_act_twice is True
    assert caught.value.idempotence_key is None


def test_a_lost_answer_to_a_delete_is_not_resent(mode: str, sleeps: list[float]) -> None:
    script = Script(MAYBE_SENT, NO_CONTENT)
    with pytest.raises(CommunicationException) as caught:
        call(mode, script, delete)
    assert len(script.requests) == 1 and script.keys() == [None]
    assert caught.value.resend_may_act_twice is True


@pytest.mark.parametrize("make", [increment(), delete], ids=["increment", "delete"])
def test_what_was_not_sent_or_was_refused_with_429_is_resent_for_any_operation(
    mode: str, sleeps: list[float], make: Callable[[Any], Any]
) -> None:
    success = INCREMENTED if make is not delete else NO_CONTENT
    script = Script(NOT_SENT, error(429), success)
    call(mode, script, make)
    assert len(script.requests) == 3
    assert script.keys() == [None, None, None]
    assert len(sleeps) == 2


def test_the_lost_answer_of_a_deduplicated_post_is_resent_with_its_key(
    mode: str, sleeps: list[float]
) -> None:
    script = Script(MAYBE_SENT, error(504), CREATED)
    assert call(mode, script, create()).payment.id == "p-1"
    key = script.keys()[0]
    assert key and script.keys() == [key, key, key]


def test_two_attempts_are_enough_to_get_a_generated_key(mode: str, sleeps: list[float]) -> None:
    script = Script(MAYBE_SENT, CREATED)
    call(mode, script, create(), RetryPolicy(max_attempts=2, base_delay=0.01))
    key = script.keys()[0]
    assert key is not None and script.keys() == [key, key]


def test_the_replay_of_a_generated_key_is_reported_in_the_callers_context(
    mode: str, sleeps: list[float]
) -> None:
    replayed = with_headers(CREATED, ("X-GCS-Idempotence-Request-Timestamp", "1700000000123"))
    script = Script(MAYBE_SENT, replayed)
    context = CallContext()
    call(mode, script, create(context))
    assert context.idempotence_key is None
    assert context.idempotence_request_timestamp == 1700000000123


def test_an_oversized_answer_raised_by_the_transport_is_not_resent(
    mode: str, sleeps: list[float]
) -> None:
    too_large = ResponseTooLargeException("the answer is over max_response_size", limit=10)
    script = Script(too_large, FOUND)
    with pytest.raises(ResponseTooLargeException) as caught:
        call(mode, script, get)
    assert len(script.requests) == 1
    assert caught.value.resend_may_act_twice is False


def test_a_decline_without_a_key_says_a_resend_may_act_twice(
    mode: str, sleeps: list[float]
) -> None:
    script = Script(DECLINED)
    with pytest.raises(DeclinedPaymentException) as caught:
        call(mode, script, create(), RetryPolicy(generate_idempotence_keys=False))
    assert caught.value.resend_may_act_twice is True
    assert "sent without an idempotence key" in str(caught.value)
    keyed = Script(DECLINED)
    with pytest.raises(DeclinedPaymentException) as replayable:
        call(mode, keyed, create())
    assert replayable.value.resend_may_act_twice is False
    assert replayable.value.idempotence_key == keyed.keys()[0] is not None


@pytest.mark.parametrize(
    ("key", "rule"),
    [
        ("", "must not be empty"),
        ("   ", "must not be blank"),
        ("k" * 41, "at most 40 characters"),
        ("clé-1", "printable ASCII"),
        ("line\nbreak", "printable ASCII"),
        (" padded", "must not begin or end with a space"),
    ],
)
def test_a_bad_key_raises_before_any_request(
    mode: str, sleeps: list[float], key: str, rule: str
) -> None:
    script = Script(CREATED)

    def with_bad_key(merchant: Any) -> Any:
        return merchant.payments().create_payment(BODY, CallContext(idempotence_key=key))

    with pytest.raises(ValueError, match=rule):
        call(mode, script, with_bad_key)
    assert script.requests == []
    context = CallContext()
    with pytest.raises(ValueError, match=rule):
        context.idempotence_key = key
    assert context.idempotence_key is None


def test_a_key_of_forty_printable_characters_is_sent(mode: str, sleeps: list[float]) -> None:
    key = "~ !" + "k" * 36 + "}"
    script = Script(CREATED)
    call(mode, script, create(CallContext(idempotence_key=key)))
    assert script.keys() == [key]


def test_a_key_that_is_not_a_string_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="idempotence key must be a str, got int"):
        CallContext(idempotence_key=42)  # type: ignore[arg-type]
    assert CallContext(idempotence_key=None).idempotence_key is None
