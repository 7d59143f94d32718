"""Transports on httpx2 (the maintained fork of httpx) or on httpx itself.

``pip install "onlinepayments-opay[httpx2]"`` (Python 3.11+) or
``pip install "onlinepayments-opay[httpx]"``. Both libraries have the same API; the adapter
uses httpx2 when it is installed and httpx otherwise, or the one named by ``library="httpx"``
/ ``library="httpx2"``. ``http2=True`` needs the ``h2`` package (in both extras). The clients never read proxy settings or certificates from the
environment, follow no redirects and keep no cookies: what is sent is what opay built.

Over HTTP/1.1, no more requests are handed to the library at once than its pool has
connections; the others wait here. httpcore 1.0 (under httpx 0.28) can otherwise close a
pooled connection it has just given to a waiting request, which then fails with "Bad file
descriptor" (several origins, more threads than connections).

httpx has no limit on the duration of a whole request: the attempt's deadline (see
:mod:`opay_transports._deadline`) is applied by wrapping httpcore's network backend, whose
every connect, read and write gets what remains of it as its timeout. Bodies are read as
sent and their gzip or deflate coding undone here, within ``max_response_size``.
"""

from __future__ import annotations

import asyncio
import importlib
import importlib.util
import logging
import queue
from contextvars import ContextVar
from http.cookiejar import CookieJar, DefaultCookiePolicy
from types import ModuleType
from typing import TYPE_CHECKING, Any

from opay.compression import aread_decoded, read_decoded
from opay.limits import CHUNK_SIZE
from opay.transport import Request, Response
from opay_transports import _deadline
from opay_transports._deadline import AttemptExpired, clamp
from opay_transports._options import (
    TransportKeywords,
    TransportOptions,
    attempt_limit,
    closed,
    describe,
    expired,
    maybe_sent,
    missing_library,
    not_sent,
    split_url,
    transport_options,
)
from opay_transports._writes import JOINED_BODY_SIZE

if TYPE_CHECKING:
    from typing_extensions import Unpack

LIBRARIES = ("httpx2", "httpx")
"""The libraries this adapter drives, in order of preference."""

ACCEPT_ENCODING = "gzip, deflate"
"""The codings the adapter undoes itself (the libraries would offer brotli or zstd as well
when those packages are installed)."""

_log = logging.getLogger("opay")
_async_deadline: ContextVar[float | None] = ContextVar("opay_attempt_deadline", default=None)


def installed_libraries() -> list[str]:
    """The names of the supported libraries that are installed, preferred first."""
    return [name for name in LIBRARIES if importlib.util.find_spec(name) is not None]


if not installed_libraries():
    raise missing_library("httpx", "httpx2 or httpx", "httpx2", "httpx")


def load_library(library: str | None = None) -> ModuleType:
    """Import ``library`` ("httpx2" or "httpx"), or the preferred installed one when None."""
    if library is None:
        library = installed_libraries()[0]
    if library not in LIBRARIES:
        raise ValueError(f"library must be one of {', '.join(LIBRARIES)}, got {library!r}")
    try:
        return importlib.import_module(library)
    except ImportError as exc:
        raise missing_library("httpx", library, library) from exc


class _Stream:
    """An httpcore network stream whose every wait ends by the deadline of the attempt
    running in this thread.

    Over HTTP/1.1 (``join_writes``), what is written is held back until the response is
    read (or 64 KiB are waiting): a request's head and body leave in one write, where
    httpcore makes one per part (a system call, a timeout change and a packet more per
    POST)."""

    __slots__ = ("_held", "_held_timeout", "_join", "_stream")

    def __init__(self, stream: Any, join_writes: bool) -> None:
        self._stream = stream
        self._join = join_writes
        self._held = b""
        self._held_timeout: float | None = None

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self._held:
            self._flush()
        data: bytes = self._stream.read(max_bytes, clamp(timeout, _deadline.current()))
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        if self._join:
            held = self._held + buffer if self._held else buffer
            self._held, self._held_timeout = held, timeout
            if len(held) > JOINED_BODY_SIZE:
                self._flush()
            return
        self._stream.write(buffer, clamp(timeout, _deadline.current()))

    def _flush(self) -> None:
        held, self._held = self._held, b""
        self._stream.write(held, clamp(self._held_timeout, _deadline.current()))

    def close(self) -> None:
        self._held = b""
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> _Stream:
        if self._held:
            self._flush()
        timeout = clamp(timeout, _deadline.current(), sent=False)
        tls = self._stream.start_tls(ssl_context, server_hostname, timeout)
        return _Stream(tls, self._join)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend:
    """httpcore's network backend, opening :class:`_Stream` streams (joining writes unless
    the connections speak HTTP/2)."""

    def __init__(self, backend: Any, join_writes: bool) -> None:
        self._backend = backend
        self._join = join_writes

    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, **more: Any
    ) -> _Stream:
        timeout = clamp(timeout, _deadline.current(), sent=False)
        return _Stream(self._backend.connect_tcp(host, port, timeout, **more), self._join)

    def connect_unix_socket(self, path: str, timeout: float | None = None, **more: Any) -> _Stream:
        timeout = clamp(timeout, _deadline.current(), sent=False)
        return _Stream(self._backend.connect_unix_socket(path, timeout, **more), self._join)

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncStream:
    """:class:`_Stream` for asyncio: the deadline is that of the attempt of this task."""

    __slots__ = ("_stream",)

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = await self._stream.read(max_bytes, clamp(timeout, _async_deadline.get()))
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, clamp(timeout, _async_deadline.get()))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> _AsyncStream:
        timeout = clamp(timeout, _async_deadline.get(), sent=False)
        return _AsyncStream(await self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _AsyncBackend:
    """httpcore's asynchronous network backend, opening :class:`_AsyncStream` streams."""

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    async def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, **more: Any
    ) -> _AsyncStream:
        timeout = clamp(timeout, _async_deadline.get(), sent=False)
        return _AsyncStream(await self._backend.connect_tcp(host, port, timeout, **more))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, **more: Any
    ) -> _AsyncStream:
        timeout = clamp(timeout, _async_deadline.get(), sent=False)
        return _AsyncStream(await self._backend.connect_unix_socket(path, timeout, **more))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def _transport(lib: ModuleType, options: TransportOptions, http2: bool, is_async: bool) -> Any:
    """The library's pooled transport, its network backend wrapped to keep the deadline."""
    if http2 and importlib.util.find_spec("h2") is None:
        raise missing_library("httpx", "the h2 package for http2=True", "httpx")
    proxy = options.proxy
    limit = options.max_connections
    factory = lib.AsyncHTTPTransport if is_async else lib.HTTPTransport
    transport = factory(
        verify=options.ssl_context(),
        http2=http2,
        proxy=None
        if proxy is None
        else lib.Proxy(
            proxy.url,
            auth=None if proxy.username is None else (proxy.username, proxy.password or ""),
        ),
        limits=lib.Limits(max_connections=limit, max_keepalive_connections=limit),
        trust_env=False,
    )
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is None:  # pragma: no cover - a library version this adapter does not know
        _log.warning(
            "%s keeps its network backend elsewhere: attempt_timeout is only checked "
            "between the chunks of a body",
            lib.__name__,
        )
    else:
        pool._network_backend = (  # type: ignore[union-attr]
            _AsyncBackend(backend) if is_async else _Backend(backend, join_writes=not http2)
        )
    return transport


def _client_arguments(
    lib: ModuleType, options: TransportOptions, http2: bool, is_async: bool
) -> dict[str, Any]:
    return {
        "transport": _transport(lib, options, http2, is_async),
        "timeout": lib.Timeout(
            connect=options.connect_timeout,
            read=options.read_timeout,
            write=options.read_timeout,
            pool=options.attempt_timeout,
        ),
        "headers": {"Accept-Encoding": ACCEPT_ENCODING},
        "cookies": CookieJar(DefaultCookiePolicy(allowed_domains=[])),
        "trust_env": False,
        "follow_redirects": False,
    }


def _error(
    lib: ModuleType, exc: Exception, request: Request, options: TransportOptions, deadline: float
) -> Exception:
    method, url = request.method, request.url
    if isinstance(exc, AttemptExpired):
        return expired(method, url, options, sent=exc.sent)
    if isinstance(exc, lib.TimeoutException) and _deadline.passed(deadline):
        sent = not isinstance(exc, (lib.ConnectTimeout, lib.PoolTimeout))
        return expired(method, url, options, sent=sent)
    if isinstance(exc, lib.ConnectTimeout):
        return not_sent(method, url, f"no connection within {options.connect_timeout} s")
    if isinstance(
        exc,
        (
            lib.ConnectError,
            lib.ProxyError,
            lib.PoolTimeout,
            lib.UnsupportedProtocol,
            lib.LocalProtocolError,
            lib.InvalidURL,
        ),
    ):
        return not_sent(method, url, describe(exc))
    if isinstance(exc, lib.ReadTimeout):
        return maybe_sent(method, url, f"no response within {options.read_timeout} s")
    return maybe_sent(method, url, describe(exc))


def _response(raw: Any, body: bytes) -> Response:
    headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in raw.headers.raw]
    return Response.received(raw.status_code, headers, body)


class _HttpxAdapter:
    """What both httpx transports share: options, the chosen library and its pooled client.
    ``http2=True`` needs h2; ``library`` is "httpx2" or "httpx" (default: httpx2 if installed)."""

    _client_class: str
    _is_async: bool

    def __init__(
        self,
        *,
        http2: bool = False,
        library: str | None = None,
        **options: Unpack[TransportKeywords],
    ) -> None:
        self._options = transport_options(**options)
        self._lib = load_library(library)
        self.library: str = self._lib.__name__
        client_class = getattr(self._lib, self._client_class)
        arguments = _client_arguments(self._lib, self._options, http2, self._is_async)
        self._client = client_class(**arguments)
        self._closed = False
        # requests handed to the library at once (None: unbounded, for HTTP/2's streams)
        self._slots = None if http2 else self._options.max_connections


class HttpxTransport(_HttpxAdapter):
    """A pooled synchronous transport on httpx2 or httpx (see the module's description)."""

    _client_class = "Client"
    _is_async = False

    @property
    def options(self) -> TransportOptions:
        """The validated options this transport enforces."""
        return self._options

    def __init__(
        self,
        *,
        http2: bool = False,
        library: str | None = None,
        **options: Unpack[TransportKeywords],
    ) -> None:
        super().__init__(http2=http2, library=library, **options)
        # one token per connection: a caller takes one before handing its request over
        # (a SimpleQueue waits and wakes in C; a Semaphore is Python code around a lock)
        self._turns: queue.SimpleQueue[None] | None = None
        if self._slots is not None:
            self._turns = queue.SimpleQueue()
            for _ in range(self._slots):
                self._turns.put(None)

    def send(self, request: Request) -> Response:
        """Send ``request``; network failures raise CommunicationException."""
        if self._closed:
            raise closed(request.method, request.url)
        deadline = _deadline.start(attempt_limit(self._options, request))
        split_url(request)
        turns = self._turns
        if turns is not None:
            try:
                turns.get(timeout=max(deadline - _deadline.monotonic(), 0))
            except queue.Empty:
                raise expired(request.method, request.url, self._options, sent=False) from None
        try:
            if self._closed:  # closed while this caller waited for its turn
                raise closed(request.method, request.url)
            return self._send(request)
        except (self._lib.HTTPError, self._lib.InvalidURL, AttemptExpired) as exc:
            raise _error(self._lib, exc, request, self._options, deadline) from exc
        finally:
            if turns is not None:
                turns.put(None)

    def _send(self, request: Request) -> Response:
        built = self._client.build_request(
            request.method, request.url, headers=list(request.headers), content=request.body
        )
        raw = self._client.send(built, stream=True)
        try:
            headers = raw.headers
            body = read_decoded(
                raw.iter_raw(CHUNK_SIZE),
                headers.get("Content-Encoding"),
                self._options.max_response_size,
                headers.get("Content-Length"),
            )
        finally:
            raw.close()
        return _response(raw, body)

    def close(self) -> None:
        """Close the pooled connections. Idempotent."""
        self._closed = True
        self._client.close()

    def __enter__(self) -> HttpxTransport:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class AsyncHttpxTransport(_HttpxAdapter):
    """A pooled asynchronous transport on httpx2 or httpx (see the module's description)."""

    _client_class = "AsyncClient"
    _is_async = True

    def __init__(
        self,
        *,
        http2: bool = False,
        library: str | None = None,
        **options: Unpack[TransportKeywords],
    ) -> None:
        super().__init__(http2=http2, library=library, **options)
        self._semaphore = None if self._slots is None else asyncio.Semaphore(self._slots)

    async def send(self, request: Request) -> Response:
        """Send ``request``; network failures raise CommunicationException."""
        if self._closed:
            raise closed(request.method, request.url)
        deadline = _deadline.monotonic() + attempt_limit(self._options, request)
        _async_deadline.set(deadline)
        split_url(request)
        semaphore = self._semaphore
        if semaphore is not None:
            if semaphore.locked():
                try:
                    remaining = max(deadline - _deadline.monotonic(), 0)
                    await asyncio.wait_for(semaphore.acquire(), remaining)
                except asyncio.TimeoutError:
                    raise expired(request.method, request.url, self._options, sent=False) from None
            else:
                await semaphore.acquire()  # free: returns at once
        try:
            if self._closed:  # closed while this caller waited for its turn
                raise closed(request.method, request.url)
            return await self._send(request)
        except (self._lib.HTTPError, self._lib.InvalidURL, AttemptExpired) as exc:
            raise _error(self._lib, exc, request, self._options, deadline) from exc
        finally:
            if semaphore is not None:
                semaphore.release()

    async def _send(self, request: Request) -> Response:
        built = self._client.build_request(
            request.method, request.url, headers=list(request.headers), content=request.body
        )
        raw = await self._client.send(built, stream=True)
        try:
            headers = raw.headers
            body = await aread_decoded(
                raw.aiter_raw(CHUNK_SIZE),
                headers.get("Content-Encoding"),
                self._options.max_response_size,
                headers.get("Content-Length"),
            )
        finally:
            await raw.aclose()
        return _response(raw, body)

    async def aclose(self) -> None:
        """Close the pooled connections. Idempotent."""
        self._closed = True
        await self._client.aclose()

    async def __aenter__(self) -> AsyncHttpxTransport:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()
