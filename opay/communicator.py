"""Communicators: run one API operation over a transport (build, sign, send, parse).

:class:`Communicator` and :class:`AsyncCommunicator` share every step in
:class:`CommunicatorCore`; they differ only in how the request is sent. The transport is
pooled and owned by the communicator: clients created from one communicator share its pool,
and closing the communicator closes the transport.
"""

from __future__ import annotations

import importlib
import logging
import time
import uuid
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any

import attrs

from opay.config import CommunicatorConfiguration, proxy_url_with_credentials
from opay.context import CallContext
from opay.log import CommunicatorLogger
from opay.metadata import server_meta_info
from opay.operation import Operation
from opay.request import RequestSettings, build_request
from opay.response import parse_response
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


@attrs.frozen
class Attempt:
    """One attempt at sending a request: what is sent, its correlation id and start time."""

    request: Request
    request_id: str = attrs.field(factory=lambda: uuid.uuid4().hex)
    started: float = attrs.field(factory=time.perf_counter)

    def elapsed_ms(self) -> float:
        return (time.perf_counter() - self.started) * 1000.0


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
    ) -> Attempt:
        """Build and sign a fresh request for one attempt (new Date, new signature); log it."""
        if self._closed:
            raise RuntimeError(f"this {type(self).__name__} is closed")
        request = build_request(
            operation,
            path_values,
            body,
            query,
            context,
            self._settings,
            extra_headers=extra_headers,
        )
        attempt = Attempt(request)
        self._notify("log_request", attempt.request_id, request)
        return attempt

    def _failed(self, attempt: Attempt, exception: BaseException) -> None:
        """Report a failure of ``attempt`` (sending it, or parsing its response)."""
        self._notify(
            "log_exception", attempt.request_id, attempt.request, exception, attempt.elapsed_ms()
        )

    def _finish(
        self,
        attempt: Attempt,
        operation: Operation,
        response: Response,
        context: CallContext | None,
    ) -> Any:
        """Log the response of ``attempt`` and turn it into a model (or raise its error)."""
        self._notify(
            "log_response", attempt.request_id, attempt.request, response, attempt.elapsed_ms()
        )
        try:
            return parse_response(operation, response, context)
        except Exception as exc:
            self._failed(attempt, exc)
            raise

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
        """Build, sign, send and parse one call."""
        return self.attempt(operation, path_values, body, query, context, extra_headers)

    def attempt(
        self,
        operation: Operation,
        path_values: Mapping[str, object],
        body: object | None,
        query: object | None,
        context: CallContext | None,
        extra_headers: Headers = (),
    ) -> Any:
        """One attempt: a freshly signed request, sent once."""
        attempt = self._begin(operation, path_values, body, query, context, extra_headers)
        try:
            response = self.transport.send(attempt.request)
        except BaseException as exc:
            self._failed(attempt, exc)
            raise
        return self._finish(attempt, operation, response, context)

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
        """Build, sign, send and parse one call."""
        return await self.attempt(operation, path_values, body, query, context, extra_headers)

    async def attempt(
        self,
        operation: Operation,
        path_values: Mapping[str, object],
        body: object | None,
        query: object | None,
        context: CallContext | None,
        extra_headers: Headers = (),
    ) -> Any:
        """One attempt: a freshly signed request, sent once."""
        attempt = self._begin(operation, path_values, body, query, context, extra_headers)
        try:
            response = await self.transport.send(attempt.request)
        except BaseException as exc:
            self._failed(attempt, exc)
            raise
        return self._finish(attempt, operation, response, context)

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
