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
from typing import Any, NamedTuple

from opay.config import CommunicatorConfiguration, proxy_url_with_credentials
from opay.context import CallContext
from opay.exceptions import OpayError
from opay.log import CommunicatorLogger
from opay.metadata import server_meta_info
from opay.operation import Operation
from opay.request import RequestSettings, build_request
from opay.response import parse_response
from opay.retry import RetryCall
from opay.transport import AsyncTransport, Headers, Request, Response, Transport

_log = logging.getLogger("opay")


def _import_first(candidates: tuple[tuple[str, str], ...], what: str) -> Callable[..., Any]:
    """The first transport class of ``candidates`` whose module imports."""
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
        f"no {what} HTTP transport is available; install one of the extras, e.g. "
        f'pip install "opay[urllib3]" (sync) or "opay[aiohttp]" (async). Tried: '
        + "; ".join(missing)
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


def _transport_options(configuration: CommunicatorConfiguration) -> dict[str, Any]:
    return {
        "max_connections": configuration.max_connections,
        "connect_timeout": configuration.connect_timeout,
        "read_timeout": configuration.socket_timeout,
        "proxy": proxy_url_with_credentials(configuration),
        "max_response_size": configuration.max_response_size,
    }


def default_transport(configuration: CommunicatorConfiguration) -> Transport:
    """A pooled sync transport on the best installed HTTP library: urllib3, httpx, stdlib."""
    factory = _import_first(SYNC_TRANSPORTS, "synchronous")
    transport: Transport = factory(**_transport_options(configuration))
    return transport


def default_async_transport(configuration: CommunicatorConfiguration) -> AsyncTransport:
    """A pooled async transport on the best installed HTTP library: aiohttp, httpx."""
    factory = _import_first(ASYNC_TRANSPORTS, "asynchronous")
    transport: AsyncTransport = factory(**_transport_options(configuration))
    return transport


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
    ) -> tuple[Request, Attempt | None]:
        """Build and sign a fresh request for one attempt (new Date, new signature); with a
        logger, log it and give the attempt's record (nothing is timed or recorded without)."""
        if self._closed:
            raise RuntimeError(f"this {type(self).__name__} is closed")
        request = build_request(
            operation, path_values, body, query, context, self._settings, extra_headers
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
        call = RetryCall.start(self.configuration.retry, operation, context)
        while True:
            request, attempt = self._begin(
                operation, path_values, body, query, call.context, extra_headers
            )
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
                try:
                    result = parse_response(
                        operation,
                        response,
                        call.context,
                        max_body_size=self.configuration.max_response_size,
                    )
                finally:
                    call.answered()
                return result
            except OpayError as exc:
                self._failed(attempt, exc)
                error = exc
            except BaseException as exc:
                self._failed(attempt, exc)
                raise
            delay = call.retry_delay(error, response)
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
    running event loop.
    """

    def __init__(
        self, configuration: CommunicatorConfiguration, transport: AsyncTransport | None = None
    ) -> None:
        super().__init__(configuration)
        self._transport = transport

    @property
    def transport(self) -> AsyncTransport:
        """The transport, created on first use when none was given."""
        if self._transport is None:
            self._transport = default_async_transport(self.configuration)
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
