"""A synchronous transport on the standard library's ``http.client``: no dependency at all.

Connections are kept alive in a thread-safe pool of at most ``max_connections`` open
connections in all; when every one is busy, callers wait for one to be released. An idle
connection the server has closed meanwhile is noticed before reuse and replaced. HTTPS uses
an ``ssl`` context built from the common options; an ``http://`` proxy is reached with a
CONNECT tunnel for https URLs and with absolute-form request targets for http URLs, sending
``Proxy-Authorization`` (basic) when the proxy has credentials.
"""

from __future__ import annotations

import http.client
import select
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

from opay.compression import read_decoded
from opay.limits import CHUNK_SIZE, announced_within
from opay.transport import Request, Response
from opay_transports import _deadline
from opay_transports._deadline import DeadlineResponse
from opay_transports._options import (
    Target,
    TransportKeywords,
    TransportOptions,
    attempt_limit,
    closed,
    describe,
    expired,
    maybe_sent,
    not_sent,
    split_url,
    transport_options,
)
from opay_transports._writes import JoinedWrites

if TYPE_CHECKING:
    from typing_extensions import Unpack

_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


_Origin = tuple[str, str, int]


def _chunks(raw: http.client.HTTPResponse) -> Iterator[bytes]:
    """The body in chunks; a connection closed before Content-Length bytes is an error
    (``read(amt)`` itself reports it as a normal end)."""
    while True:
        chunk = raw.read(CHUNK_SIZE)
        if not chunk:
            if raw.length:
                raise http.client.IncompleteRead(b"", raw.length)
            return
        yield chunk


class _Closed(Exception):
    """The pool was closed while a caller waited for a connection."""


class _NoneFree(Exception):
    """No connection became free before the attempt's deadline."""


_HAS_POLL = hasattr(select, "poll")


class _Connection(JoinedWrites, http.client.HTTPConnection):
    """A connection writing a request's head and bytes body at once, reading its response
    by the attempt's deadline."""

    response_class = DeadlineResponse


class _TLSConnection(JoinedWrites, http.client.HTTPSConnection):
    """A TLS connection writing a request's head and bytes body at once, reading its
    response by the attempt's deadline."""

    response_class = DeadlineResponse


_Conn = _Connection | _TLSConnection


def _is_idle_and_open(connection: _Conn) -> bool:
    """False when the server closed an idle connection (it is readable: EOF or stray bytes).

    One ``poll`` system call where the platform has it (it takes any descriptor number);
    ``select`` elsewhere."""
    sock = connection.sock
    if sock is None:
        return False
    try:
        if _HAS_POLL:
            poller = select.poll()
            poller.register(sock, select.POLLIN)
            return not poller.poll(0)
        return not select.select([sock], [], [], 0)[0]
    except (OSError, ValueError):
        return False


class _Pool:
    """Idle keep-alive connections per origin, and a count of every open connection."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._condition = threading.Condition()
        self._idle: dict[_Origin, list[_Conn]] = {}
        self._open = 0
        self._closed = False

    def acquire(self, origin: _Origin, deadline: float) -> _Conn | None:
        """An idle connection to ``origin``, or None: the caller may open a new one and must
        then :meth:`release` or :meth:`forget` it. Waits until ``deadline`` at most."""
        with self._condition:
            while True:
                if self._closed:
                    raise _Closed
                idle = self._idle.get(origin, [])
                while idle:
                    connection = idle.pop()
                    if _is_idle_and_open(connection):
                        return connection
                    connection.close()
                    self._open -= 1
                if self._open < self._limit:
                    self._open += 1
                    return None
                for others in self._idle.values():
                    if others:
                        others.pop().close()  # its slot goes to the new connection
                        return None
                remaining = deadline - _deadline.monotonic()
                if remaining <= 0:
                    raise _NoneFree
                self._condition.wait(remaining)

    def release(self, origin: _Origin, connection: _Conn) -> None:
        """Put a connection whose response was read completely back for reuse."""
        with self._condition:
            if self._closed:
                connection.close()
                self._open -= 1
            else:
                self._idle.setdefault(origin, []).append(connection)
            self._condition.notify()

    def forget(self, connection: _Conn | None) -> None:
        """Close a connection that cannot be reused (or account for one never opened)."""
        if connection is not None:
            connection.close()
        with self._condition:
            self._open -= 1
            self._condition.notify()

    def close(self) -> None:
        with self._condition:
            self._closed = True
            for connections in self._idle.values():
                for connection in connections:
                    connection.close()
                    self._open -= 1
            self._idle.clear()
            self._condition.notify_all()


class StdlibTransport:
    """A pooled synchronous transport on ``http.client`` (see the module's description)."""

    def __init__(self, **options: Unpack[TransportKeywords]) -> None:
        self._options = transport_options(**options)
        if self._options.proxy is not None and self._options.proxy.scheme != "http":
            raise ValueError("StdlibTransport reaches proxies over http:// only")
        self._ssl = self._options.ssl_context()
        self._pool = _Pool(self._options.max_connections)

    @property
    def options(self) -> TransportOptions:
        """The validated options this transport enforces."""
        return self._options

    def send(self, request: Request) -> Response:
        """Send ``request``; network failures raise CommunicationException."""
        options = self._options
        deadline = _deadline.start(attempt_limit(options, request))
        target = split_url(request)
        origin = (target.scheme, target.host, target.port)
        try:
            connection = self._pool.acquire(origin, deadline)
        except _Closed:
            raise closed(request.method, request.url) from None
        except _NoneFree:
            raise expired(request.method, request.url, options, sent=False) from None
        if connection is None:
            try:
                connection = self._connect(target, deadline)
            except BaseException as exc:
                self._pool.forget(None)
                if isinstance(exc, TimeoutError):
                    if _deadline.passed(deadline):
                        raise expired(request.method, request.url, options, sent=False) from exc
                    reason = f"no connection within {options.connect_timeout} s"
                    raise not_sent(request.method, request.url, reason) from exc
                if isinstance(exc, OSError | http.client.HTTPException | ValueError):
                    raise not_sent(request.method, request.url, describe(exc)) from exc
                raise
        try:
            self._write_head(connection, request, target)
            self._time_writes(connection, deadline)
        except BaseException as exc:
            self._pool.forget(connection)
            if isinstance(exc, _deadline.AttemptExpired):
                raise expired(request.method, request.url, options, sent=False) from exc
            if isinstance(exc, ValueError | http.client.HTTPException):
                raise not_sent(request.method, request.url, describe(exc)) from exc
            raise
        try:
            connection.expect_body(request.body)  # head and body in one write
            connection.endheaders(request.body or None)
            raw = connection.getresponse()
            body = self._read(raw)
        except BaseException as exc:
            self._pool.forget(connection)
            if isinstance(exc, TimeoutError):
                if _deadline.passed(deadline):
                    raise expired(request.method, request.url, options, sent=True) from exc
                reason = f"no response within {options.read_timeout} s"
                raise maybe_sent(request.method, request.url, reason) from exc
            if isinstance(exc, OSError | http.client.HTTPException):
                raise maybe_sent(request.method, request.url, describe(exc)) from exc
            raise
        if raw.will_close:
            self._pool.forget(connection)
        else:
            self._pool.release(origin, connection)
        return Response.received(raw.status, raw.getheaders(), body)

    def _time_writes(self, connection: _Conn, deadline: float) -> None:
        """Give the socket the read timeout again (a previous attempt may have shortened it),
        or what remains until ``deadline`` when that is shorter."""
        sock = connection.sock
        if sock is not None:
            timeout = _deadline.clamp(self._options.read_timeout, deadline, sent=False)
            if sock.gettimeout() != timeout:
                sock.settimeout(timeout)

    def _read(self, raw: http.client.HTTPResponse) -> bytes:
        """The whole body, at most ``max_response_size`` bytes after undoing gzip or deflate:
        in one read when its length is announced within the limit and it is not encoded (a
        shorter body raises ``IncompleteRead``), else in chunks."""
        limit = self._options.max_response_size
        length = raw.getheader("Content-Length")
        encoding = raw.getheader("Content-Encoding")
        if encoding is None and announced_within(limit, length) and not raw.chunked:
            return raw.read()
        return read_decoded(_chunks(raw), encoding, limit, length)

    def close(self) -> None:
        """Close the idle connections now and busy ones when their response is read. Idempotent."""
        self._pool.close()

    def __enter__(self) -> StdlibTransport:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _connect(self, origin: Target, deadline: float) -> _Conn:
        """Open (and for https, tunnel and handshake) a connection by ``deadline`` at the
        latest; nothing is sent yet."""
        proxy = self._options.proxy
        timeout = _deadline.clamp(self._options.connect_timeout, deadline, sent=False)
        connection: _Conn
        if origin.scheme == "https":
            host, port = (origin.host, origin.port) if proxy is None else (proxy.host, proxy.port)
            connection = _TLSConnection(host, port, timeout=timeout, context=self._ssl)
            if proxy is not None:
                authorization = proxy.authorization()
                headers = {} if authorization is None else {"Proxy-Authorization": authorization}
                connection.set_tunnel(origin.host, origin.port, headers=headers)
        elif proxy is None:
            connection = _Connection(origin.host, origin.port, timeout=timeout)
        else:
            connection = _Connection(proxy.host, proxy.port, timeout=timeout)
        try:
            connection.connect()
        except BaseException:
            connection.close()
            raise
        return connection

    def _write_head(
        self,
        connection: _Conn,
        request: Request,
        origin: Target,
    ) -> None:
        """Buffer the request line and headers (nothing is written to the socket yet)."""
        proxy = self._options.proxy
        forwarded = proxy is not None and origin.scheme == "http"
        line_target = f"http://{origin.authority}{origin.target}" if forwarded else origin.target
        connection.putrequest(
            request.method, line_target, skip_host=True, skip_accept_encoding=True
        )
        names = {name.lower() for name, _ in request.headers}
        if "host" not in names:
            connection.putheader("Host", origin.authority)
        for name, value in request.headers:
            connection.putheader(name, value)
        if "content-length" not in names and (request.body or request.method in _BODY_METHODS):
            connection.putheader("Content-Length", str(len(request.body)))
        if forwarded and proxy is not None:
            authorization = proxy.authorization()
            if authorization is not None:
                connection.putheader("Proxy-Authorization", authorization)
