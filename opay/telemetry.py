"""Tracing with OpenTelemetry: ``instrument(client)`` makes every call of the client a span.

Install the extra (``pip install "onlinepayments-opay[otel]"``), then::

    from opay.telemetry import instrument

    instrument(client)                      # the global tracer provider
    instrument(client, tracer_provider=tp)  # or your own

Each call is one span named ``opay <operation_id>`` (kind INTERNAL), with one child span per
attempt (kind CLIENT, named ``opay <operation_id> attempt <n>``). Their attributes:

================================= =================================================== ========
attribute                         value                                               on
================================= =================================================== ========
``opay.operation_id``             the operation, e.g. ``create_payment``              both
``opay.merchant_id``              the merchant (PSPID)                                both
``http.request.method``           ``GET``, ``POST``, ...                              both
``url.template``                  the path template, e.g. ``/v2/{merchantId}/payments``  both
``opay.idempotence_key``          the key the call sends, if any                      both
``http.response.status_code``     the platform's status, when it answered             both
``opay.attempt``                  the attempt's number (1 for the first)              attempt
``http.request.resend_count``     attempts before this one, when it is a resend       attempt
``opay.retry``                    after a failed attempt: ``retry`` or ``give_up``    attempt
``opay.attempts``                 how many attempts the call made                     call
``opay.may_have_taken_effect``    for a failed call or attempt: whether it may have   both
                                  acted on the platform
``error.type``                    the exception's class, for a failure                both
================================= =================================================== ========

The filled-in URL is never recorded (it holds ids), and every value passes opay's obfuscator,
so no card number, token or secret reaches a trace; an exception's message is scrubbed the
same way before it becomes the span's status description.

The instrumentation belongs to the client's communicator (clients made from one communicator
share it); :func:`uninstrument` removes it. Without it, opay imports nothing of OpenTelemetry
and a call pays nothing for tracing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from opay._version import __version__, pip_install
from opay.attempts import AttemptObserver, CallObserver
from opay.obfuscation import scrub_text

if TYPE_CHECKING:
    from opentelemetry.trace import Span, Tracer, TracerProvider

    from opay.call import Call
    from opay.client import AsyncClient, Client
    from opay.communicator import CommunicatorCore
    from opay.transport import Request, Response

INSTRUMENTATION_NAME = "opay"


class CallTrace(CallObserver, Protocol):
    """What the communicator reports about one call: each attempt (a
    :class:`~opay.attempts.CallObserver`), and its end."""

    def end(self, error: BaseException | None, attempts: int) -> None:
        """The call is over: it returned (``error`` None) or raised ``error``."""


class CallTracer(Protocol):
    """Starts the trace of each call (see :func:`instrument`)."""

    def call(self, call: Call, idempotence_key: str | None) -> CallTrace:
        """``call`` starts; its attempts send ``idempotence_key``."""


def _clean(value: object) -> str:
    return scrub_text(str(value))


def _error_attributes(span: Span, error: BaseException) -> None:
    from opentelemetry.trace import Status, StatusCode

    span.set_attribute("error.type", type(error).__qualname__)
    taken = getattr(error, "may_have_taken_effect", None)
    if isinstance(taken, bool):
        span.set_attribute("opay.may_have_taken_effect", taken)
    status = getattr(error, "status_code", None)
    if isinstance(status, int) and status > 0:
        span.set_attribute("http.response.status_code", status)
    span.set_status(Status(StatusCode.ERROR, _clean(error)))


class _AttemptSpan:
    __slots__ = ("_span",)

    def __init__(self, span: Span) -> None:
        self._span = span

    def answered(self, response: Response) -> None:
        self._span.set_attribute("http.response.status_code", response.status)

    def failed(self, error: BaseException, retry: bool | None) -> None:
        _error_attributes(self._span, error)
        if retry is not None:
            self._span.set_attribute("opay.retry", "retry" if retry else "give_up")

    def end(self) -> None:
        self._span.end()


class _CallSpan:
    __slots__ = ("_attributes", "_name", "_span", "_tracer")

    def __init__(self, tracer: Tracer, name: str, attributes: dict[str, Any]) -> None:
        from opentelemetry.trace import SpanKind

        self._tracer = tracer
        self._name = name
        self._attributes = attributes
        self._span = tracer.start_span(name, kind=SpanKind.INTERNAL, attributes=attributes)

    def attempt(self, number: int, request: Request) -> AttemptObserver:
        from opentelemetry.trace import SpanKind, set_span_in_context

        attributes = {**self._attributes, "opay.attempt": number}
        if number > 1:
            attributes["http.request.resend_count"] = number - 1
        span = self._tracer.start_span(
            f"{self._name} attempt {number}",
            context=set_span_in_context(self._span),
            kind=SpanKind.CLIENT,
            attributes=attributes,
        )
        return _AttemptSpan(span)

    def end(self, error: BaseException | None, attempts: int) -> None:
        self._span.set_attribute("opay.attempts", attempts)
        if error is not None:
            _error_attributes(self._span, error)
        self._span.end()


class OpenTelemetryTracer:
    """A :class:`CallTracer` writing OpenTelemetry spans through ``tracer``."""

    def __init__(self, tracer: Tracer) -> None:
        self.tracer = tracer

    def call(self, call: Call, idempotence_key: str | None) -> CallTrace:
        operation = call.operation
        attributes: dict[str, Any] = {
            "opay.operation_id": operation.operation_id,
            "http.request.method": operation.method,
            "url.template": operation.path,
        }
        merchant = call.path_values.get("merchantId")
        if merchant is not None:
            attributes["opay.merchant_id"] = _clean(merchant)
        if idempotence_key is not None:
            attributes["opay.idempotence_key"] = _clean(idempotence_key)
        return _CallSpan(self.tracer, f"opay {operation.operation_id}", attributes)


def _communicator(client: Client | AsyncClient | CommunicatorCore) -> CommunicatorCore:
    from opay.communicator import CommunicatorCore

    if isinstance(client, CommunicatorCore):
        return client
    communicator = getattr(client, "communicator", None)
    if not isinstance(communicator, CommunicatorCore):
        raise TypeError(f"expected an opay Client or AsyncClient, got {type(client).__name__}")
    return communicator


def instrument(
    client: Client | AsyncClient | CommunicatorCore,
    tracer_provider: TracerProvider | None = None,
) -> None:
    """Trace every call of ``client`` (a :class:`~opay.Client`, an
    :class:`~opay.AsyncClient` or a communicator) with ``tracer_provider``'s tracer (the
    global provider by default)."""
    try:
        from opentelemetry import trace
    except ImportError:  # pragma: no cover - depends on what is installed
        raise ImportError(f"opay.telemetry needs OpenTelemetry: {pip_install('otel')}") from None

    tracer = trace.get_tracer(INSTRUMENTATION_NAME, __version__, tracer_provider=tracer_provider)
    _communicator(client).tracer = OpenTelemetryTracer(tracer)


def uninstrument(client: Client | AsyncClient | CommunicatorCore) -> None:
    """Stop tracing ``client``'s calls."""
    _communicator(client).tracer = None
