"""Transports on httpx2 (the maintained fork of httpx) or on httpx itself.

``pip install "onlinepayments-opay[httpx2]"`` (Python 3.11+) or
``pip install "onlinepayments-opay[httpx]"``. Both libraries have the same API; the adapter
uses httpx2 when it is installed and httpx otherwise, or the one named by ``library="httpx"``
/ ``library="httpx2"``. ``http2=True`` needs the ``h2`` package (in both extras). The clients never read proxy settings or certificates from the
environment, follow no redirects and keep no cookies: what is sent is what opay built.
"""

from __future__ import annotations

import importlib
import importlib.util
from http.cookiejar import CookieJar, DefaultCookiePolicy
from types import ModuleType
from typing import TYPE_CHECKING, Any

from opay.limits import CHUNK_SIZE, aread_limited, read_limited
from opay.transport import Request, Response
from opay_transports._options import (
    TransportKeywords,
    TransportOptions,
    closed,
    describe,
    maybe_sent,
    missing_library,
    not_sent,
    split_url,
    transport_options,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

LIBRARIES = ("httpx2", "httpx")
"""The libraries this adapter drives, in order of preference."""


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


def _client_arguments(lib: ModuleType, options: TransportOptions, http2: bool) -> dict[str, Any]:
    if http2 and importlib.util.find_spec("h2") is None:
        raise missing_library("httpx", "the h2 package for http2=True", "httpx")
    proxy = options.proxy
    limit = options.max_connections
    return {
        "verify": options.ssl_context(),
        "http2": http2,
        "proxy": None
        if proxy is None
        else lib.Proxy(
            proxy.url,
            auth=None if proxy.username is None else (proxy.username, proxy.password or ""),
        ),
        "timeout": lib.Timeout(
            connect=options.connect_timeout,
            read=options.read_timeout,
            write=options.read_timeout,
            pool=None,
        ),
        "limits": lib.Limits(max_connections=limit, max_keepalive_connections=limit),
        "cookies": CookieJar(DefaultCookiePolicy(allowed_domains=[])),
        "trust_env": False,
        "follow_redirects": False,
    }


def _error(
    lib: ModuleType, exc: Exception, request: Request, options: TransportOptions
) -> Exception:
    method, url = request.method, request.url
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
        self._client = client_class(**_client_arguments(self._lib, self._options, http2))
        self._closed = False


class HttpxTransport(_HttpxAdapter):
    """A pooled synchronous transport on httpx2 or httpx (see the module's description)."""

    _client_class = "Client"

    def send(self, request: Request) -> Response:
        """Send ``request``; network failures raise CommunicationException."""
        if self._closed:
            raise closed(request.method, request.url)
        split_url(request)
        try:
            built = self._client.build_request(
                request.method, request.url, headers=list(request.headers), content=request.body
            )
            raw = self._client.send(built, stream=True)
            try:
                body = read_limited(
                    raw.iter_bytes(CHUNK_SIZE),
                    self._options.max_response_size,
                    raw.headers.get("Content-Length"),
                )
            finally:
                raw.close()
            return _response(raw, body)
        except (self._lib.HTTPError, self._lib.InvalidURL) as exc:
            raise _error(self._lib, exc, request, self._options) from exc

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

    async def send(self, request: Request) -> Response:
        """Send ``request``; network failures raise CommunicationException."""
        if self._closed:
            raise closed(request.method, request.url)
        split_url(request)
        try:
            built = self._client.build_request(
                request.method, request.url, headers=list(request.headers), content=request.body
            )
            raw = await self._client.send(built, stream=True)
            try:
                body = await aread_limited(
                    raw.aiter_bytes(CHUNK_SIZE),
                    self._options.max_response_size,
                    raw.headers.get("Content-Length"),
                )
            finally:
                await raw.aclose()
            return _response(raw, body)
        except (self._lib.HTTPError, self._lib.InvalidURL) as exc:
            raise _error(self._lib, exc, request, self._options) from exc

    async def aclose(self) -> None:
        """Close the pooled connections. Idempotent."""
        self._closed = True
        await self._client.aclose()

    async def __aenter__(self) -> AsyncHttpxTransport:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()
