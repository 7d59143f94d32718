"""Communicators: run one API operation over a transport (build, sign, send, parse, retry).

:class:`Communicator` and :class:`AsyncCommunicator` share every step in
:class:`CommunicatorCore`: one generator (:meth:`CommunicatorCore.steps`) runs a call's
attempts and retries, yielding the :class:`~opay.transport.Request` to send or a
:class:`Sleep` command; the communicators only carry them out (``transport.send`` and
``time.sleep``, or their awaited twins). The transport is pooled and owned by the
communicator: clients created from one communicator share its pool, and closing the
communicator closes the transport.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import time
import uuid
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any

from opay._version import pip_install
from opay.attempts import (
    AttemptObserver,
    CallObserver,
    Steps,
    adrive,
    call_steps,
    drive,
)
from opay.attempts import start as start_call
from opay.call import Call
from opay.config import CommunicatorConfiguration
from opay.log import CommunicatorLogger
from opay.metadata import server_meta_info
from opay.options import Timeout
from opay.request import RequestSettings
from opay.transport import AsyncTransport, Headers, Request, Response, Transport

if TYPE_CHECKING:
    from opay.retry import RetryCall
    from opay.telemetry import CallTrace, CallTracer

_log = logging.getLogger("opay")


def _import_first(
    candidates: tuple[tuple[str, str], ...], what: str, extras: tuple[str, ...]
) -> Callable[..., Any]:
    """The first transport class of ``candidates`` whose module imports; when none does, an
    ImportError naming the ``extras`` that would provide one."""
    missing = []
    for module_name, class_name in candidates:
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:
            missing.append(f"{module_name} ({exc})")
            continue
        factory: Callable[..., Any] = getattr(module, class_name)
        return factory
    raise ImportError(
        f"no {what} HTTP transport is available; install one with {pip_install(*extras)}. "
        "Tried: " + "; ".join(missing)
    )


SYNC_TRANSPORTS = (
    ("opay_transports.urllib3", "Urllib3Transport"),
    ("opay_transports.httpx", "HttpxTransport"),
    ("opay_transports.stdlib", "StdlibTransport"),
)
ASYNC_TRANSPORTS = (
    ("opay_transports.aiohttp", "AiohttpTransport"),
    ("opay_transports.httpx", "AsyncHttpxTransport"),
)
# the extras that provide them, named in the error when none is installed
SYNC_EXTRAS = ("urllib3", "httpx")
ASYNC_EXTRAS = ("aiohttp", "httpx")


def transport_settings(configuration: CommunicatorConfiguration) -> dict[str, Any]:
    """The options of the transport a communicator makes for ``configuration``: its
    :mod:`opay.options` values (the total timeout is the communicator's own)."""
    timeout = configuration.timeout
    return {
        "timeout": Timeout(connect=timeout.connect, read=timeout.read, attempt=timeout.attempt),
        "limits": configuration.limits,
        "proxy": configuration.proxy,
        "tls": configuration.tls,
    }


def default_transport(configuration: CommunicatorConfiguration) -> Transport:
    """A pooled sync transport on the best installed HTTP library: urllib3, httpx, stdlib."""
    factory = _import_first(SYNC_TRANSPORTS, "synchronous", SYNC_EXTRAS)
    transport: Transport = factory(**transport_settings(configuration))
    return transport


def default_async_transport_factory() -> Callable[..., AsyncTransport]:
    """The class of the best installed async transport (aiohttp, then httpx); an ImportError
    naming the async extras when neither library is installed."""
    return _import_first(ASYNC_TRANSPORTS, "asynchronous", ASYNC_EXTRAS)


class Attempt:
    """One attempt at sending a request: what is sent, its correlation id and start time.

    The correlation id is made on first use: only loggers ask for it, and without one the
    random id would be wasted work on every request."""

    __slots__ = ("_request_id", "request", "started")

    def __init__(self, request: Request, request_id: str | None = None) -> None:
        self.request = request
        self._request_id = request_id
        self.started = time.perf_counter()

    @property
    def request_id(self) -> str:
        if self._request_id is None:
            self._request_id = uuid.uuid4().hex
        return self._request_id

    def elapsed_ms(self) -> float:
        return (time.perf_counter() - self.started) * 1000.0


class _LoggedAttempt:
    """One attempt as the logger (and the tracer, when there is one) sees it."""

    __slots__ = ("_attempt", "_core", "_traced")

    def __init__(
        self, core: CommunicatorCore, attempt: Attempt, traced: AttemptObserver | None
    ) -> None:
        self._core = core
        self._attempt = attempt
        self._traced = traced

    def answered(self, response: Response) -> None:
        attempt = self._attempt
        self._core._notify(
            "log_response", attempt.request_id, attempt.request, response, attempt.elapsed_ms()
        )
        if self._traced is not None:
            self._traced.answered(response)

    def failed(self, error: BaseException, retry: bool | None) -> None:
        attempt = self._attempt
        self._core._notify(
            "log_exception", attempt.request_id, attempt.request, error, attempt.elapsed_ms()
        )
        if self._traced is not None:
            self._traced.failed(error, retry)

    def end(self) -> None:
        if self._traced is not None:
            self._traced.end()


class _Logged:
    """The observer of a call when a logger is set: each attempt is logged (request,
    response, failure), and traced too when ``trace`` is given."""

    __slots__ = ("_core", "_trace")

    def __init__(self, core: CommunicatorCore, trace: CallObserver | None) -> None:
        self._core = core
        self._trace = trace

    def attempt(self, number: int, request: Request) -> AttemptObserver:
        record = Attempt(request)
        self._core._notify("log_request", record.request_id, request)
        traced = None if self._trace is None else self._trace.attempt(number, request)
        return _LoggedAttempt(self._core, record, traced)


def _traced(steps: Steps, trace: CallTrace, retry: RetryCall) -> Steps:
    """``steps``, with the end of the call reported to ``trace``."""
    try:
        result = yield from steps
    except BaseException as exc:
        trace.end(exc, retry.attempt)
        raise
    trace.end(None, retry.attempt)
    return result


class CommunicatorCore:
    """Everything a communicator does except sending: request building and signing,
    logging hooks, response parsing."""

    def __init__(self, configuration: CommunicatorConfiguration) -> None:
        self.configuration = configuration
        self._settings = RequestSettings(
            endpoint=configuration.api_endpoint,
            api_key_id=configuration.api_key_id,
            secret_api_key=configuration.secret_api_key,
            server_meta_info=server_meta_info(
                configuration.integrator, configuration.shopping_cart_extension
            ),
        )
        self._logger: CommunicatorLogger | None = None
        self.tracer: CallTracer | None = None
        """Traces every call when set (see :func:`opay.telemetry.instrument`)."""
        self._closed = False

    @property
    def closed(self) -> bool:
        """True once the communicator (and its transport) is closed."""
        return self._closed

    def enable_logging(self, logger: CommunicatorLogger) -> None:
        """Report every request, response and failure to ``logger`` (obfuscated by it)."""
        if not isinstance(logger, CommunicatorLogger):
            raise TypeError(
                f"{type(logger).__name__} is not a CommunicatorLogger "
                "(log_request, log_response and log_exception are required)"
            )
        self._logger = logger

    def disable_logging(self) -> None:
        """Stop logging."""
        self._logger = None

    def steps(self, call: Call, extra_headers: Headers = ()) -> Steps:
        """``call``, attempt after attempt, as a generator of commands (see
        :func:`opay.attempts.call_steps`): every attempt freshly signed with the same
        idempotence key, logged and traced; the retry decisions are
        :class:`opay.retry.RetryCall`'s, by the operation's idempotence scope."""
        if self._closed:
            raise RuntimeError(f"this {type(self).__name__} is closed")
        context = call.context
        if context is not None and context.business_key is not None:
            raise ValueError(
                f"{call.operation.operation_id}: business_key needs a client with a journal "
                "(Client(..., journal=Journal(SqliteStore(path)))): without one, a re-run "
                "cannot be told from a new request"
            )
        configuration = self.configuration
        retry = start_call(call, configuration.retry, configuration.total_timeout)
        tracer, logger = self.tracer, self._logger
        trace = None if tracer is None else tracer.call(call, retry.idempotence_key)
        observer: CallObserver | None = trace
        if logger is not None:
            observer = _Logged(self, trace)
        steps = call_steps(
            call,
            self._settings,
            configuration.retry,
            max_body_size=configuration.max_response_size,
            extra_headers=extra_headers,
            observer=observer,
            retry=retry,
        )
        if trace is None:
            return steps  # no wrapper: one generator frame less per command
        return _traced(steps, trace, retry)

    def _notify(self, method: str, *args: Any) -> None:
        """Call the logger; a failing logger never fails a payment call."""
        logger = self._logger
        if logger is None:
            return
        try:
            getattr(logger, method)(*args)
        except Exception:
            _log.exception("%s.%s failed", type(logger).__name__, method)


class Communicator(CommunicatorCore):
    """Runs operations synchronously; implements :class:`opay.operation.Executor`."""

    def __init__(
        self, configuration: CommunicatorConfiguration, transport: Transport | None = None
    ) -> None:
        super().__init__(configuration)
        self.transport: Transport = (
            transport if transport is not None else default_transport(configuration)
        )

    def execute(self, call: Call, *, extra_headers: Headers = ()) -> Any:
        """Build, sign, send and parse ``call``, retrying as the configured policy allows."""
        return drive(self.steps(call, extra_headers), self.transport.send, time.sleep)

    def close(self) -> None:
        """Close the transport and its pooled connections. Idempotent."""
        if not self._closed:
            self._closed = True
            self.transport.close()

    def __enter__(self) -> Communicator:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncCommunicator(CommunicatorCore):
    """Runs operations on an event loop; implements :class:`opay.operation.AsyncExecutor`.

    Without an explicit transport, the default one is created on first use, inside the
    running event loop; which library it uses is decided here, so that a missing async
    library is reported when the communicator is made, not on its first call.
    """

    def __init__(
        self, configuration: CommunicatorConfiguration, transport: AsyncTransport | None = None
    ) -> None:
        super().__init__(configuration)
        self._transport = transport
        self._transport_factory = default_async_transport_factory() if transport is None else None

    @property
    def transport(self) -> AsyncTransport:
        """The transport, created on first use when none was given."""
        if self._transport is None:
            factory = self._transport_factory or default_async_transport_factory()
            self._transport = factory(**transport_settings(self.configuration))
        return self._transport

    async def execute(self, call: Call, *, extra_headers: Headers = ()) -> Any:
        """Build, sign, send and parse ``call``, retrying as the configured policy allows."""
        return await adrive(self.steps(call, extra_headers), self.transport.send, asyncio.sleep)

    async def aclose(self) -> None:
        """Close the transport and its pooled connections. Idempotent."""
        if not self._closed:
            self._closed = True
            if self._transport is not None:
                await self._transport.aclose()

    async def __aenter__(self) -> AsyncCommunicator:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
