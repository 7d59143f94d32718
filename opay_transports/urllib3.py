"""A pooled, synchronous transport on urllib3 (``pip install "onlinepayments-opay[urllib3]"``)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from opay.compression import read_decoded
from opay.limits import CHUNK_SIZE
from opay.transport import Request, Response
from opay_transports import _deadline
from opay_transports._deadline import DeadlineResponse
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
    plain_headers,
    split_url,
    transport_options,
)
from opay_transports._writes import JoinedWrites

if TYPE_CHECKING:
    from typing_extensions import Unpack
    from urllib3.connectionpool import HTTPConnectionPool

try:
    import urllib3
    from urllib3 import connection as u3_connection
    from urllib3 import connectionpool as u3_pools
    from urllib3 import exceptions as u3
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise missing_library("urllib3", "urllib3", "urllib3") from exc


def _by_deadline(connection: Any) -> None:
    """Shorten the timeout a connection connects and sends with to what remains of the
    attempt's deadline (urllib3 gives the socket the read timeout before the response)."""
    deadline = _deadline.current()
    if deadline is not None:
        try:
            connection.timeout = _deadline.clamp(connection.timeout, deadline)
        except _deadline.AttemptExpired:
            raise u3.ConnectTimeoutError(
                connection, "the attempt_timeout deadline passed"
            ) from None


class _ByDeadline(JoinedWrites):
    """What urllib3's connections do, by the deadline of the attempt: connect and send with
    what remains of it, and wait for the response no longer either (the socket is given the
    shorter timeout once, before the response is read, rather than by each read). A request's
    head and a body of bytes leave in one write (see :mod:`opay_transports._writes`)."""

    timeout: Any

    def connect(self) -> None:
        _by_deadline(self)
        super().connect()  # type: ignore[misc]

    def request(self, method: str, url: str, body: Any = None, *args: Any, **kwargs: Any) -> None:
        _by_deadline(self)
        self.expect_body(body)
        super().request(method, url, body, *args, **kwargs)  # type: ignore[misc]

    def getresponse(self) -> Any:
        deadline = _deadline.current()
        if deadline is not None:
            self.timeout = _deadline.clamp(self.timeout, deadline)
        return super().getresponse()  # type: ignore[misc]


class _Connection(_ByDeadline, u3_connection.HTTPConnection):
    """urllib3's connection, connecting and reading by the deadline of the attempt."""

    response_class = DeadlineResponse


class _TLSConnection(_ByDeadline, u3_connection.HTTPSConnection):
    """urllib3's TLS connection, connecting and reading by the deadline of the attempt."""

    response_class = DeadlineResponse


class _Pool(u3_pools.HTTPConnectionPool):
    ConnectionCls = _Connection


class _TLSPool(u3_pools.HTTPSConnectionPool):
    ConnectionCls = _TLSConnection


# Failures that happen before a byte of the request can have left this machine. A
# NameResolutionError is a NewConnectionError, which is a ConnectTimeoutError; a ProxyError is
# only raised while connecting to the proxy.
_NOT_SENT = (u3.ConnectTimeoutError, u3.SSLError, u3.ProxyError, u3.LocationValueError)

_MAX_ORIGINS = 64  # origin pools kept by one transport (a client uses one)


def _pool_manager(options: TransportOptions) -> urllib3.PoolManager:
    settings: dict[str, Any] = {
        "maxsize": options.max_connections,
        "block": True,
        "retries": False,
        "timeout": urllib3.Timeout(connect=options.connect_timeout, read=options.read_timeout),
        "ssl_context": options.ssl_context(),
        "cert_reqs": "CERT_REQUIRED" if options.verify else "CERT_NONE",
        "num_pools": _MAX_ORIGINS,  # the manager drops no pool the transport still keeps
    }
    if not options.verify:
        settings["assert_hostname"] = False
    proxy = options.proxy
    manager: urllib3.PoolManager
    if proxy is None:
        manager = urllib3.PoolManager(**settings)
    else:
        authorization = proxy.authorization()
        headers = {} if authorization is None else {"Proxy-Authorization": authorization}
        manager = urllib3.ProxyManager(proxy.url, proxy_headers=headers, **settings)
    manager.pool_classes_by_scheme = {"http": _Pool, "https": _TLSPool}
    return manager


class Urllib3Transport:
    """Sends requests through one urllib3 pool of at most ``max_connections`` connections
    per host: callers wait for a free connection rather than open more.

    urllib3's own retries and redirects are off (opay's core decides what to retry) and the
    body is read completely before :meth:`send` returns. TLS certificates are verified unless
    ``verify=False``; ``ca_bundle`` names trusted CAs, ``client_cert`` a PEM certificate file
    or a ``(certificate, key)`` pair. Proxy credentials go in the URL or in
    ``proxy_username``/``proxy_password``.
    """

    def __init__(self, **options: Unpack[TransportKeywords]) -> None:
        self.options = transport_options(**options)
        self._pool = _pool_manager(self.options)
        # Without a proxy, the connection pool of each origin is kept and used directly:
        # PoolManager.urlopen would parse the URL and look the pool up again on every request.
        self._origin_pools: dict[tuple[str, str, int], HTTPConnectionPool] | None = (
            None if isinstance(self._pool, urllib3.ProxyManager) else {}
        )
        self._lock = threading.Lock()
        self._closed = False

    def send(self, request: Request) -> Response:
        """Send ``request``; every network failure raises ``CommunicationException``."""
        method, url = request.method, request.url
        if self._closed:
            raise closed(method, url)
        limit = attempt_limit(self.options, request)
        deadline = _deadline.start(limit)
        try:
            raw = self._urlopen(request, limit)
            body = self._read(raw)
        except u3.ClosedPoolError as exc:  # only raised before a connection is taken
            if self._closed:
                raise closed(method, url) from exc
            raise not_sent(method, url, describe(exc)) from exc
        except u3.EmptyPoolError as exc:  # no connection became free in time
            raise expired(method, url, self.options, sent=False) from exc
        except u3.ConnectTimeoutError as exc:
            if isinstance(exc, u3.NewConnectionError):
                raise not_sent(method, url, describe(exc)) from exc
            if _deadline.passed(deadline):
                raise expired(method, url, self.options, sent=False) from exc
            reason = f"no connection within {self.options.connect_timeout} s"
            raise not_sent(method, url, reason) from exc
        except _NOT_SENT as exc:
            raise not_sent(method, url, describe(exc)) from exc
        except u3.ReadTimeoutError as exc:
            if _deadline.passed(deadline):
                raise expired(method, url, self.options, sent=True) from exc
            reason = f"no response within {self.options.read_timeout} s"
            raise maybe_sent(method, url, reason) from exc
        except (u3.HTTPError, OSError) as exc:
            raise maybe_sent(method, url, describe(exc)) from exc
        # every header line as received (what items() yields too, through a slower view)
        return Response.received(raw.status, raw.headers.iteritems(), body)

    def _urlopen(self, request: Request, limit: float) -> urllib3.BaseHTTPResponse:
        """Send ``request`` and return urllib3's response, its body not read yet."""
        settings: dict[str, Any] = {
            "body": request.body or None,
            "headers": plain_headers(request) or urllib3.HTTPHeaderDict(request.headers),
            "redirect": False,
            "retries": False,
            "preload_content": False,
            "decode_content": False,  # opay undoes gzip and deflate itself, within the limit
            "pool_timeout": limit,
        }
        pools = self._origin_pools
        if pools is None:
            return self._pool.urlopen(request.method, request.url, **settings)
        target = split_url(request)
        key = (target.scheme, target.host, target.port)
        pool = pools.get(key)
        if pool is None:
            with self._lock:
                if self._closed:
                    raise closed(request.method, request.url)
                pool = self._pool.connection_from_host(target.host, target.port, target.scheme)
                if len(pools) >= _MAX_ORIGINS:
                    pools.clear()  # dropped here and by the manager: closed once unused
                pools[key] = pool
        return pool.urlopen(request.method, target.target, assert_same_host=False, **settings)

    def _read(self, raw: urllib3.BaseHTTPResponse) -> bytes:
        """The whole body, at most ``max_response_size`` bytes after undoing gzip or deflate;
        the connection goes back to the pool, closed first when the body was not read to its
        end."""
        complete = False
        limit = self.options.max_response_size
        length: int | None = getattr(raw, "length_remaining", None)  # Content-Length, parsed
        try:
            headers = raw.headers
            # a membership test first: HTTPHeaderDict.get raises and catches for a missing name
            encoding = headers["Content-Encoding"] if "Content-Encoding" in headers else None  # noqa: SIM401
            if length is not None and (limit is None or length <= limit) and encoding is None:
                body = raw.read()  # exactly Content-Length bytes, nothing decompressed
            else:
                body = read_decoded(
                    raw.stream(CHUNK_SIZE, decode_content=False),
                    encoding,
                    limit,
                    headers.get("Content-Length"),
                )
            complete = True
            return body
        finally:
            if not complete:
                raw.close()
            raw.release_conn()

    def close(self) -> None:
        """Close every pooled connection. Idempotent."""
        with self._lock:
            self._closed = True
            self._pool.clear()
            # urllib3 2 closes a dropped pool's connections only when the pool is collected:
            # the pools kept here are closed now.
            if self._origin_pools:
                for pool in self._origin_pools.values():
                    pool.close()
                self._origin_pools.clear()

    def __enter__(self) -> Urllib3Transport:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
