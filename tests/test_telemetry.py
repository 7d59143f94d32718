"""Tracing: one span per call and one per attempt, with safe attributes."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode
from reliability_support import payment_for

from opay import AsyncClient, Client, RetryPolicy, ValidationException
from opay.sandbox import SandboxApp
from opay.telemetry import instrument, uninstrument
from opay.transport import Request, Response
from opay_transports.memory import AsyncMemoryTransport, MemoryTransport

BASE = "https://sandbox.test"
KEY_ID, SECRET, MERCHANT = "sandbox-key", "sandbox-secret", "sandbox-merchant"  # its defaults
PAN = "4111111111111111"
FAST = RetryPolicy(base_delay=0.0, max_delay=0.0)


@pytest.fixture
def exporter() -> Iterator[InMemorySpanExporter]:
    yield InMemorySpanExporter()


def _provider(exporter: InMemorySpanExporter) -> TracerProvider:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return provider


def _flaky(app: SandboxApp, failures: int) -> Callable[[Request], Response]:
    """The sandbox, answering 503 to the first ``failures`` requests (before acting)."""
    left = [failures]

    def handle(request: Request) -> Response:
        if left[0] > 0:
            left[0] -= 1
            return Response(503, (("Content-Type", "application/json"),), b"{}")
        return app.handle(request)

    return handle


def _client(app: SandboxApp, handler: Callable[[Request], Response]) -> Client:
    return Client(BASE, KEY_ID, SECRET, transport=MemoryTransport(handler), retry=FAST)


def _by_name(spans: tuple[ReadableSpan, ...]) -> dict[str, ReadableSpan]:
    return {span.name: span for span in spans}


def test_a_call_with_a_retry_is_one_span_with_a_child_per_attempt(
    exporter: InMemorySpanExporter,
) -> None:
    app = SandboxApp(base_url=BASE)
    with _client(app, _flaky(app, 1)) as client:
        instrument(client, tracer_provider=_provider(exporter))
        created = client.merchant(MERCHANT).payments().create_payment(payment_for("t-1"))
    spans = _by_name(exporter.get_finished_spans())
    assert set(spans) == {
        "opay create_payment",
        "opay create_payment attempt 1",
        "opay create_payment attempt 2",
    }
    call, first, second = (
        spans["opay create_payment"],
        spans["opay create_payment attempt 1"],
        spans["opay create_payment attempt 2"],
    )
    assert call.kind is SpanKind.INTERNAL and first.kind is SpanKind.CLIENT
    for child in (first, second):
        assert child.parent is not None and child.parent.span_id == call.context.span_id
    assert call.attributes is not None and first.attributes is not None
    assert second.attributes is not None
    assert call.attributes["opay.operation_id"] == "create_payment"
    assert call.attributes["opay.merchant_id"] == MERCHANT
    assert call.attributes["http.request.method"] == "POST"
    assert call.attributes["url.template"] == "/v2/{merchantId}/payments"
    assert call.attributes["opay.attempts"] == 2
    key = call.attributes["opay.idempotence_key"]
    assert isinstance(key, str) and len(key) == 32
    assert (
        first.attributes["opay.idempotence_key"] == key == second.attributes["opay.idempotence_key"]
    )
    assert (first.attributes["opay.attempt"], second.attributes["opay.attempt"]) == (1, 2)
    assert first.attributes["http.response.status_code"] == 503
    assert first.attributes["opay.retry"] == "retry"
    assert first.status.status_code is StatusCode.ERROR
    assert "opay.retry" not in second.attributes
    assert second.attributes["http.request.resend_count"] == 1
    assert second.attributes["http.response.status_code"] == 201
    assert call.status.status_code is StatusCode.UNSET
    assert created.payment is not None


def test_a_refused_call_records_the_error_without_card_data(
    exporter: InMemorySpanExporter,
) -> None:
    app = SandboxApp(base_url=BASE)
    body: dict[str, Any] = payment_for("t-2")
    body["cardPaymentMethodSpecificInput"]["card"]["expiryDate"] = "1399"  # no such month
    with _client(app, app.handle) as client:
        instrument(client, tracer_provider=_provider(exporter))
        with pytest.raises(ValidationException):
            client.merchant(MERCHANT).payments().create_payment(body)
    spans = _by_name(exporter.get_finished_spans())
    call, attempt = spans["opay create_payment"], spans["opay create_payment attempt 1"]
    assert attempt.attributes is not None and call.attributes is not None
    assert attempt.attributes["opay.retry"] == "give_up"
    assert call.attributes["error.type"] == "ValidationException"
    assert call.attributes["opay.may_have_taken_effect"] is False
    assert call.attributes["http.response.status_code"] == 400
    assert call.status.status_code is StatusCode.ERROR
    for span in spans.values():
        shown = repr(dict(span.attributes or {})) + str(span.status.description)
        assert PAN not in shown and "/v2/" + MERCHANT not in shown


def test_attribute_values_pass_the_obfuscator(exporter: InMemorySpanExporter) -> None:
    app = SandboxApp(base_url=BASE)
    with _client(app, app.handle) as client:
        instrument(client, tracer_provider=_provider(exporter))
        with pytest.raises(Exception):  # noqa: B017 - any refusal will do
            client.merchant(PAN).payments().get_payment("p")
    for span in exporter.get_finished_spans():
        assert PAN not in repr(dict(span.attributes or {}))
        assert PAN not in str(span.status.description)


def test_uninstrument_stops_tracing(exporter: InMemorySpanExporter) -> None:
    app = SandboxApp(base_url=BASE)
    with _client(app, app.handle) as client:
        instrument(client, tracer_provider=_provider(exporter))
        uninstrument(client)
        client.merchant(MERCHANT).products().get_payment_products()
    assert exporter.get_finished_spans() == ()


async def test_the_async_client_is_traced_alike(exporter: InMemorySpanExporter) -> None:
    app = SandboxApp(base_url=BASE)
    transport = AsyncMemoryTransport(_flaky(app, 2))
    async with AsyncClient(BASE, KEY_ID, SECRET, transport=transport, retry=FAST) as client:
        instrument(client, tracer_provider=_provider(exporter))
        await client.merchant(MERCHANT).products().get_payment_products()
    names = sorted(span.name for span in exporter.get_finished_spans())
    assert names == [
        "opay get_payment_products",
        *(f"opay get_payment_products attempt {n}" for n in (1, 2, 3)),
    ]


def test_without_instrumenting_nothing_of_opentelemetry_is_imported() -> None:
    code = (
        "import sys\n"
        "from opay import Client\n"
        "from opay.sandbox import SandboxApp\n"
        "from opay_transports.memory import MemoryTransport\n"
        "app = SandboxApp(base_url='https://s.test')\n"
        "c = Client('https://s.test', 'sandbox-key', 'sandbox-secret',"
        " transport=MemoryTransport(app.handle))\n"
        "c.merchant('sandbox-merchant').products().get_payment_products()\n"
        "assert not [m for m in sys.modules if m.startswith('opentelemetry')], 'imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
