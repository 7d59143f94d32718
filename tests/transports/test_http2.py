"""HTTP/2 through the httpx transports (``http2=True``), sync and async, httpx and httpx2."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import trustme

from opay.transport import Request
from opay_transports.httpx import AsyncHttpxTransport, HttpxTransport

from .conftest import tls_context
from .h2_server import H2Server
from .test_conformance import SIGNED_HEADERS, TARGET

LIBRARIES = ["httpx", "httpx2"]


@pytest.fixture
def h2_server(ca: trustme.CA) -> Iterator[H2Server]:
    server = H2Server(tls_context(ca))
    yield server
    server.close()


def _check(server: H2Server, body: bytes) -> None:
    [(head, received)] = server.requests
    assert (head[":method"], head[":path"], received) == ("POST", TARGET, body)
    for name, value in SIGNED_HEADERS:
        assert head[name.lower()] == value


@pytest.mark.parametrize("library", LIBRARIES)
def test_sync_http2(h2_server: H2Server, ca_bundle: str, library: str) -> None:
    body = '{"a":"é"}'.encode()
    with HttpxTransport(http2=True, ca_bundle=ca_bundle, library=library) as transport:
        response = transport.send(Request("POST", h2_server.url(TARGET), SIGNED_HEADERS, body))

    assert (response.status, response.body) == (200, body)
    _check(h2_server, body)


@pytest.mark.parametrize("library", LIBRARIES)
async def test_async_http2(h2_server: H2Server, ca_bundle: str, library: str) -> None:
    body = b"{}"
    async with AsyncHttpxTransport(http2=True, ca_bundle=ca_bundle, library=library) as transport:
        response = await transport.send(
            Request("POST", h2_server.url(TARGET), SIGNED_HEADERS, body)
        )

    assert (response.status, response.body) == (200, body)
    _check(h2_server, body)
