"""Per-call options on ``CallContext`` (timeout, retry, headers, gzip) and what the call saw
(status, headers, attempts, the platform's idempotence date-time), on both clients."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Callable

import pytest
from reliability_support import payment_for

from opay import (
    AsyncClient,
    CallContext,
    Client,
    CommunicationException,
    PlatformException,
    RetryPolicy,
    TimeoutException,
    ValidationException,
)
from opay.context import ResponseHeaders
from opay.models import GetPaymentProductsParams
from opay.sandbox import Faults, Sandbox, SandboxApp
from opay.transport import Request, Response
from opay_transports.memory import AsyncMemoryTransport, MemoryTransport

BASE = "https://sandbox.test"
KEY_ID, SECRET, MERCHANT = "sandbox-key", "sandbox-secret", "sandbox-merchant"
FAST = RetryPolicy(base_delay=0.0, max_delay=0.0)


class Recorder:
    """The sandbox behind a handler that records every request and can fail the first ones."""

    def __init__(self, app: SandboxApp, unavailable: int = 0) -> None:
        self.app = app
        self.requests: list[Request] = []
        self.unavailable = unavailable

    def __call__(self, request: Request) -> Response:
        self.requests.append(request)
        if self.unavailable > 0:
            self.unavailable -= 1
            return Response(503, (("Content-Type", "application/json"),), b"{}")
        return self.app.handle(request)


def _client(handler: Callable[[Request], Response], **options: object) -> Client:
    return Client(BASE, KEY_ID, SECRET, transport=MemoryTransport(handler), **options)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- retry per call


def test_a_retry_policy_for_one_call() -> None:
    recorder = Recorder(SandboxApp(base_url=BASE), unavailable=1)
    with _client(recorder, retry=FAST) as client:
        products = client.merchant(MERCHANT).products()
        once = CallContext(retry=RetryPolicy.off())
        with pytest.raises(PlatformException):
            products.get_payment_products(context=once)
        assert once.attempts == 1 and once.response_status == 503
        recorder.unavailable = 1
        again = CallContext()
        assert products.get_payment_products(context=again) is not None
        assert again.attempts == 2 and again.response_status == 200


# ---------------------------------------------------------------------------- the budget


def test_the_budget_covers_attempts_and_pauses() -> None:
    recorder = Recorder(SandboxApp(base_url=BASE), unavailable=10_000)
    patient = RetryPolicy(max_attempts=1000, base_delay=0.05, max_delay=0.05, deadline=60)
    with _client(recorder, retry=patient) as client:
        context = CallContext(timeout=0.3)
        with pytest.raises(TimeoutException) as caught:
            client.merchant(MERCHANT).products().get_payment_products(context=context)
    error = caught.value
    assert isinstance(error, CommunicationException)
    assert "timeout of 0.3 s ran out" in str(error)
    assert 2 <= context.attempts == error.attempts < 1000
    assert error.may_have_taken_effect  # its 503s came from the platform's side
    assert error.resend_may_act_twice is False  # a GET


def test_every_attempt_gets_only_what_remains_of_the_budget() -> None:
    recorder = Recorder(SandboxApp(base_url=BASE))
    with _client(recorder) as client:
        client.merchant(MERCHANT).products().get_payment_products(context=CallContext(timeout=5))
        client.merchant(MERCHANT).products().get_payment_products()
    budgeted, unbounded = recorder.requests
    assert budgeted.timeout is not None and 0 < budgeted.timeout <= 5
    assert unbounded.timeout is None


def test_the_clients_total_timeout_is_the_default_budget() -> None:
    recorder = Recorder(SandboxApp(base_url=BASE), unavailable=10_000)
    patient = RetryPolicy(max_attempts=1000, base_delay=0.05, max_delay=0.05, deadline=60)
    with (
        _client(recorder, retry=patient, total_timeout=0.2) as client,
        pytest.raises(TimeoutException),
    ):
        client.merchant(MERCHANT).products().get_payment_products()


def test_a_post_out_of_time_after_it_may_have_acted_says_so() -> None:
    with Sandbox(faults=Faults(latency_ms=3000)) as sb, sb.client() as client:
        context = CallContext(timeout=0.5)
        with pytest.raises(TimeoutException) as caught:
            client.merchant(sb.merchant_id).payments().create_payment(payment_for("slow"), context)
    error = caught.value
    assert error.may_have_taken_effect is True
    assert error.idempotence_key == context.sent_idempotence_key is not None
    assert error.resend_may_act_twice is False  # create_payment is deduplicated by its key


@pytest.mark.parametrize("timeout", [0, -1, float("inf"), float("nan")])
def test_a_bad_budget_is_refused(timeout: float) -> None:
    with pytest.raises(ValueError, match="timeout must be a positive, finite number"):
        CallContext(timeout=timeout)
    with pytest.raises(TypeError):
        CallContext(timeout="5")  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- headers


def test_extra_headers_for_one_call() -> None:
    recorder = Recorder(SandboxApp(base_url=BASE))
    with _client(recorder) as client:
        context = CallContext(headers={"X-Request-Source": "checkout", "Accept-Language": "nl"})
        client.merchant(MERCHANT).products().get_payment_products(context=context)
    (sent,) = recorder.requests
    assert sent.header("X-Request-Source") == "checkout"
    assert sent.header("Accept-Language") == "nl"


@pytest.mark.parametrize(
    "name", ["Authorization", "date", "Content-Type", "X-GCS-ServerMetaInfo", "x-gcs-anything"]
)
def test_headers_opay_sets_itself_are_refused(name: str) -> None:
    with pytest.raises(ValueError, match=f"header {name} is set by opay itself"):
        CallContext(headers={name: "x"})


def test_header_values_must_be_printable() -> None:
    with pytest.raises(ValueError, match="printable ASCII"):
        CallContext(headers=[("X-Note", "a\r\nInjected: yes")])
    with pytest.raises(ValueError, match="not a valid HTTP token"):
        CallContext(headers={"Bad Name": "x"})


# ---------------------------------------------------------------------------- what the call saw


def test_a_successful_call_shows_its_status_headers_and_attempts() -> None:
    with _client(Recorder(SandboxApp(base_url=BASE))) as client:
        context = CallContext()
        created = client.merchant(MERCHANT).payments().create_payment(payment_for("s"), context)
    assert created.payment is not None
    assert (context.response_status, context.attempts) == (201, 1)
    headers = context.response_headers
    assert isinstance(headers, ResponseHeaders)
    assert headers["content-type"].startswith("application/json")
    assert headers["CONTENT-TYPE"] == headers["Content-Type"]
    with pytest.raises(TypeError):
        headers["X-New"] = "no"  # type: ignore[index]
    assert context.idempotence_request_timestamp is None
    assert context.idempotence_response_date_time is None


def test_a_failed_call_shows_them_too() -> None:
    with _client(Recorder(SandboxApp(base_url=BASE))) as client:
        context = CallContext()
        bad = payment_for("v")
        bad["cardPaymentMethodSpecificInput"]["card"]["expiryDate"] = "1399"
        with pytest.raises(ValidationException):
            client.merchant(MERCHANT).payments().create_payment(bad, context)
    assert (context.response_status, context.attempts) == (400, 1)
    assert "content-type" in context.response_headers


def test_a_call_that_got_no_answer_shows_none() -> None:
    def refuse(request: Request) -> Response:
        raise CommunicationException("refused", may_have_reached_platform=False)

    with _client(refuse, retry=FAST) as client:
        context = CallContext()
        with pytest.raises(CommunicationException):
            client.merchant(MERCHANT).products().get_payment_products(context=context)
    assert context.response_status is None and len(context.response_headers) == 0
    assert context.attempts == 3


def test_a_replay_shows_the_platforms_idempotence_date_time() -> None:
    app = SandboxApp(base_url=BASE)
    with _client(Recorder(app)) as client:
        payments = client.merchant(MERCHANT).payments()
        payments.create_payment(payment_for("r"), CallContext("order-r"))
        replay = CallContext("order-r")
        payments.create_payment(payment_for("r"), replay)
    assert replay.idempotence_request_timestamp is not None
    when = replay.idempotence_response_date_time
    assert isinstance(when, dt.datetime) and when.tzinfo is not None
    assert abs(when.timestamp() * 1000 - replay.idempotence_request_timestamp) < 1000


# ---------------------------------------------------------------------------- gzip


def test_gzip_compresses_one_calls_body_and_the_sandbox_reads_it() -> None:
    recorder = Recorder(SandboxApp(base_url=BASE))
    with _client(recorder) as client:
        payments = client.merchant(MERCHANT).payments()
        created = payments.create_payment(payment_for("z"), CallContext(gzip=True))
        payments.create_payment(payment_for("plain"))
    zipped, plain = recorder.requests
    assert zipped.header("Content-Encoding") == "gzip"
    assert json.loads(gzip.decompress(zipped.body))["order"]["references"]["merchantReference"]
    assert plain.header("Content-Encoding") is None
    assert created.payment is not None


def test_the_sandbox_refuses_a_gzip_bomb() -> None:
    app = SandboxApp(base_url=BASE)
    bomb = gzip.compress(b"{" + b" " * (32 * 1024 * 1024) + b"}")
    recorder = Recorder(app)
    with _client(recorder) as client:

        def send(request: Request) -> Response:
            swapped = Request(request.method, request.url, request.headers, bomb)
            return app.handle(swapped)

        with _client(send) as bombing, pytest.raises(ValidationException):
            bombing.merchant(MERCHANT).payments().create_payment(
                payment_for("b"), CallContext(gzip=True)
            )
        del client


# ---------------------------------------------------------------------------- async


async def test_the_async_client_takes_the_same_options() -> None:
    recorder = Recorder(SandboxApp(base_url=BASE), unavailable=1)
    async with AsyncClient(
        BASE, KEY_ID, SECRET, transport=AsyncMemoryTransport(recorder), retry=FAST
    ) as client:
        context = CallContext(headers={"X-Trace": "1"}, gzip=True, timeout=5)
        await client.merchant(MERCHANT).payments().create_payment(payment_for("a"), context)
        assert (context.response_status, context.attempts) == (201, 2)
        assert all(r.header("X-Trace") == "1" for r in recorder.requests)
        once = CallContext(retry=RetryPolicy.off())
        recorder.unavailable = 1
        with pytest.raises(PlatformException):
            await (
                client.merchant(MERCHANT)
                .products()
                .get_payment_products(GetPaymentProductsParams(), once)
            )
        assert once.attempts == 1
