"""An asynchronous transport on aiohttp (``pip install "onlinepayments-opay[aiohttp]"``).

The ``ClientSession`` is created on the first ``send``, inside the running event loop, and
belongs to that loop (sending from another loop raises RuntimeError). The session keeps no cookies, follows no redirects, reads no proxy
settings from the environment and adds no Content-Type of its own: what is sent is what
opay built (and signed).

``attempt_timeout`` is aiohttp's own ``total`` timeout; its ``connect`` timeout (waiting
for a pooled connection, and connecting) ends a hundredth of a second earlier, so that an
attempt that never got a connection says it was not sent. Bodies are read as sent and their
gzip or deflate coding undone here, within ``max_response_size``.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING

from opay.compression import aread_decoded
from opay.exceptions import CommunicationException
from opay.limits import CHUNK_SIZE, announced_within
from opay.transport import Request, Response
from opay_transports import _deadline
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

if TYPE_CHECKING:
    from typing_extensions import Unpack

try:
    import aiohttp
    from multidict import CIMultiDict
    from yarl import URL
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise missing_library("aiohttp", "aiohttp", "aiohttp") from exc


ACCEPT_ENCODING = "gzip, deflate"
"""The codings the transport undoes itself."""

_CONNECT_MARGIN = 0.01  # seconds before the attempt's deadline that connecting gives up


class AiohttpTransport:
    """A pooled asynchronous transport of at most ``max_connections`` connections in all."""

    def __init__(self, **options: Unpack[TransportKeywords]) -> None:
        self._options = transport_options(**options)
        self._ssl = self._options.ssl_context()
        proxy_config = self._options.proxy
        self._proxy = None if proxy_config is None else proxy_config.url
        authorization = None if proxy_config is None else proxy_config.authorization()
        self._proxy_headers = (
            None if authorization is None else {"Proxy-Authorization": authorization}
        )
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False

    @property
    def options(self) -> TransportOptions:
        """The validated options this transport enforces."""
        return self._options

    def _current_session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._loop is not None and loop is not self._loop:
            raise RuntimeError(
                "this AiohttpTransport belongs to the event loop it first sent in; "
                "create one transport per event loop"
            )
        self._loop = loop
        if self._session is None:
            connector = aiohttp.TCPConnector(
                limit=self._options.max_connections, limit_per_host=0, ssl=self._ssl
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                cookie_jar=aiohttp.DummyCookieJar(),
                timeout=self._timeout(self._options.attempt_timeout),
                skip_auto_headers=("Content-Type",),
                headers={"Accept-Encoding": ACCEPT_ENCODING},
                auto_decompress=False,  # undone here, within max_response_size
                trust_env=False,
            )
        return self._session

    def _timeout(self, limit: float) -> aiohttp.ClientTimeout:
        """aiohttp's timeouts for an attempt limited to ``limit`` seconds."""
        return aiohttp.ClientTimeout(
            total=limit,
            # waiting for a connection and connecting end a little before the attempt does,
            # so that such a failure tells that nothing was sent
            connect=max(limit - _CONNECT_MARGIN, 0.001),
            ceil_threshold=math.inf,  # no rounding up to whole seconds
            sock_connect=self._options.connect_timeout,
            sock_read=self._options.read_timeout,
        )

    async def send(self, request: Request) -> Response:
        """Send ``request``; network failures raise CommunicationException."""
        if self._closed:
            raise closed(request.method, request.url)
        headers: Mapping[str, str] = plain_headers(request) or CIMultiDict(request.headers)
        scheme = split_url(request).scheme  # an unusable URL is refused here, never sent
        if self._proxy_headers and scheme == "http":
            # aiohttp sends proxy_headers on CONNECT only
            headers = CIMultiDict(headers)
            headers.update(self._proxy_headers)
        session = self._current_session()
        allowed = attempt_limit(self._options, request)
        deadline = _deadline.monotonic() + allowed
        timeout = None if allowed == self._options.attempt_timeout else self._timeout(allowed)
        try:
            async with session.request(
                request.method,
                URL(request.url, encoded=True),
                headers=headers,
                data=request.body or None,
                allow_redirects=False,
                proxy=self._proxy,
                proxy_headers=self._proxy_headers,
                **({} if timeout is None else {"timeout": timeout}),
            ) as raw:
                limit = self._options.max_response_size
                length = raw.headers.get("Content-Length")
                encoding = raw.headers.get("Content-Encoding")
                if encoding is None and announced_within(limit, length):
                    body = await raw.read()  # exactly Content-Length bytes
                else:
                    try:
                        body = await aread_decoded(
                            raw.content.iter_chunked(CHUNK_SIZE), encoding, limit, length
                        )
                    except CommunicationException:
                        raw.close()  # the rest of the body is unread: the connection is dropped
                        raise
                received = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in raw.raw_headers]
                return Response.received(raw.status, received, body)
        except (aiohttp.ClientError, OSError, asyncio.TimeoutError) as exc:
            raise _error(exc, request, self._options, deadline) from exc

    async def aclose(self) -> None:
        """Close the session and its connections. Idempotent."""
        self._closed = True
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    async def __aenter__(self) -> AiohttpTransport:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()


def _error(
    exc: BaseException, request: Request, options: TransportOptions, deadline: float
) -> Exception:
    method, url = request.method, request.url
    if isinstance(exc, aiohttp.ConnectionTimeoutError):  # waiting for or making a connection
        if _deadline.passed(deadline - _CONNECT_MARGIN):
            return expired(method, url, options, sent=False)
    elif isinstance(exc, asyncio.TimeoutError) and _deadline.passed(deadline):
        return expired(method, url, options, sent=True)  # aiohttp's total timeout
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return not_sent(method, url, f"no connection within {options.connect_timeout} s")
    if isinstance(
        exc, aiohttp.ClientConnectorError | aiohttp.ClientHttpProxyError | aiohttp.InvalidURL
    ):
        return not_sent(method, url, describe(exc))
    if isinstance(exc, aiohttp.SocketTimeoutError):
        return maybe_sent(method, url, f"no response within {options.read_timeout} s")
    return maybe_sent(method, url, describe(exc))
