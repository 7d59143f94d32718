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
from collections.abc import Callable, Generator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, NamedTuple

from opay._version import pip_install
from opay.config import CommunicatorConfiguration
from opay.context import CallContext
from opay.exceptions import OpayError
from opay.log import CommunicatorLogger
from opay.metadata import server_meta_info
from opay.operation import Operation
from opay.options import Timeout
from opay.request import RequestSettings, build_request
from opay.response import parse_response
from opay.retry import RetryCall
from opay.transport import AsyncTransport, Headers, Request, Response, Transport

if TYPE_CHECKING:
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


class Sleep(NamedTuple):
    """Command of :meth:`CommunicatorCore.steps`: wait this many seconds, then resume."""

    seconds: float


Steps = Generator[Request | Sleep, Response | None, Any]


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

    def _begin(
        self,
        operation: Operation,
        path_values: Mapping[str, object],
        body: object | None,
        query: object | None,
        context: CallContext | None,
        extra_headers: Headers,
        timeout: float | None = None,
    ) -> tuple[Request, Attempt | None]:
        """Build and sign a fresh request for one attempt (new Date, new signature), to be
        sent within ``timeout`` seconds (what remains of the call's budget, if it has one);
        with a logger, log it and give the attempt's record (nothing is timed or recorded
        without)."""
        if self._closed:
            raise RuntimeError(f"this {type(self).__name__} is closed")
        request = build_request(
            operation,
            path_values,
            body,
            query,
            context,
            self._settings,
            extra_headers,
            timeout=timeout,
        )
        if self._logger is None:
            return request, None
        attempt = Attempt(request)
        self._notify("log_request", attempt.request_id, request)
        return request, attempt

    def _failed(self, attempt: Attempt | None, exception: BaseException) -> None:
        """Report a failure of ``attempt`` (sending it, or parsing its response)."""
        if attempt is None or self._logger is None:
            return
        self._notify(
            "log_exception", attempt.request_id, attempt.request, exception, attempt.elapsed_ms()
        )

    def steps(
        self,
        operation: Operation,
        path_values: Mapping[str, object],
        body: object | None,
        query: object | None,
        context: CallContext | None,
        extra_headers: Headers = (),
    ) -> Steps:
        """One call, attempt after attempt, as a generator of commands.

        It yields a :class:`~opay.transport.Request` (the driver sends it and sends the
        response back in, or throws in what sending raised) and :class:`Sleep` (the driver waits, then resumes
        it); it returns the call's model or raises its final exception. Every attempt is a
        freshly signed request (new Date) with the same idempotence key, and is logged; the
        retry decisions are :class:`opay.retry.RetryCall`'s, by the operation's idempotence
        scope (``operation.idempotent``).
        """
        call = self.start_call(operation, context)
        tracer = self.tracer
        if tracer is None:
            return (
                yield from self._attempts(operation, path_values, body, query, call, extra_headers)
            )
        trace = tracer.call(operation, path_values, call.idempotence_key)
        try:
            result = yield from self._attempts(
                operation, path_values, body, query, call, extra_headers, trace
            )
        except BaseException as exc:
            trace.end(exc, call.attempt)
            raise
        trace.end(None, call.attempt)
        return result

    def start_call(self, operation: Operation, context: CallContext | None) -> RetryCall:
        """The retry bookkeeping of one call: the policy and the budget are the call's own
        (``context.retry``, ``context.timeout``) or the configuration's."""
        configuration = self.configuration
        if context is None:
            return RetryCall.start(
                configuration.retry, operation, None, timeout=configuration.total_timeout
            )
        if context.business_key is not None:
            raise ValueError(
                f"{operation.operation_id}: business_key needs a client with a journal "
                "(Client(..., journal=Journal(SqliteStore(path)))): without one, a re-run "
                "cannot be told from a new request"
            )
        return RetryCall.start(
            context.retry or configuration.retry,
            operation,
            context,
            timeout=context.timeout if context.timeout is not None else configuration.total_timeout,
        )

    def _attempts(
        self,
        operation: Operation,
        path_values: Mapping[str, object],
        body: object | None,
        query: object | None,
        call: RetryCall,
        extra_headers: Headers,
        trace: CallTrace | None = None,
    ) -> Steps:
        """The attempts of one call (see :meth:`steps`), each reported to ``trace``."""
        while True:
            remaining = call.remaining()
            if remaining is not None and remaining <= 0:
                raise call.final(call.out_of_time())
            request, attempt = self._begin(
                operation, path_values, body, query, call.context, extra_headers, remaining
            )
            step = None if trace is None else trace.attempt(call.attempt, request)
            response: Response | None = None
            try:
                response = yield request
                assert response is not None
                if attempt is not None:
                    self._notify(
                        "log_response",
                        attempt.request_id,
                        attempt.request,
                        response,
                        attempt.elapsed_ms(),
                    )
                if step is not None:
                    step.answered(response)
                try:
                    result = parse_response(
                        operation,
                        response,
                        call.context,
                        max_body_size=self.configuration.max_response_size,
                    )
                finally:
                    call.answered()
                call.done()
                if step is not None:
                    step.end()
                return result
            except OpayError as exc:
                self._failed(attempt, exc)
                if response is None:
                    call.unanswered()
                error = exc
            except BaseException as exc:
                self._failed(attempt, exc)
                call.done()
                if step is not None:
                    step.failed(exc, None)
                    step.end()
                raise
            delay = call.retry_delay(error, response)
            if step is not None:
                step.failed(error, delay is not None)
                step.end()
            if delay is None:
                raise call.final(error)
            _log.info(
                "%s %s: attempt %d failed (%s); retrying in %.3f s",
                operation.method,
                operation.operation_id,
                call.attempt - 1,
                error,
                delay,
            )
            yield Sleep(delay)

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

    def execute(
        self,
        operation: Operation,
        path_values: Mapping[str, object],
        body: object | None,
        query: object | None,
        context: CallContext | None,
        *,
        extra_headers: Headers = (),
    ) -> Any:
        """Build, sign, send and parse one call, retrying as the configured policy allows."""
        steps = self.steps(operation, path_values, body, query, context, extra_headers)
        try:
            command = next(steps)
            while True:
                if isinstance(command, Sleep):
                    time.sleep(command.seconds)
                    command = steps.send(None)
                    continue
                try:
                    response = self.transport.send(command)
                except BaseException as exc:
                    command = steps.throw(exc)
                else:
                    command = steps.send(response)
        except StopIteration as done:
            return done.value

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

    async def execute(
        self,
        operation: Operation,
        path_values: Mapping[str, object],
        body: object | None,
        query: object | None,
        context: CallContext | None,
        *,
        extra_headers: Headers = (),
    ) -> Any:
        """Build, sign, send and parse one call, retrying as the configured policy allows."""
        steps = self.steps(operation, path_values, body, query, context, extra_headers)
        try:
            command = next(steps)
            while True:
                if isinstance(command, Sleep):
                    await asyncio.sleep(command.seconds)
                    command = steps.send(None)
                    continue
                try:
                    response = await self.transport.send(command)
                except BaseException as exc:
                    command = steps.throw(exc)
                else:
                    command = steps.send(response)
        except StopIteration as done:
            return done.value

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
