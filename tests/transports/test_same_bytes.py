"""One request through every transport: the server sees the same bytes that matter each time."""

from __future__ import annotations

import asyncio

import pytest

from opay.transport import Request
from opay_transports.aiohttp import AiohttpTransport

from .conftest import TRANSPORTS, Driver, Kind
from .test_conformance import SIGNED_HEADERS, TARGET
from .wire_server import Recorded, WireServer


def _sent_by(kind: Kind, request: Request, server: WireServer) -> Recorded:
    """What ``server`` received when a transport of ``kind`` sent ``request``."""
    driver = Driver(kind, {})
    try:
        driver.send(request)
    finally:
        driver.dispose()
    return server.requests[-1]


def test_every_transport_puts_the_same_request_on_the_wire(server: WireServer) -> None:
    body = '{"order":{"amountOfMoney":{"amount":1},"customer":"Zoë"}}'.encode()
    request = Request("POST", server.url(TARGET), SIGNED_HEADERS, body)
    names = [name.lower() for name, _ in SIGNED_HEADERS] + ["host", "content-length"]
    seen_by: dict[str, object] = {}
    for kind in TRANSPORTS:
        seen = _sent_by(kind, request, server)
        headers = {name: seen.values(name) for name in names}
        seen_by[kind.name] = (seen.method, seen.target, headers, seen.body)

    distinct = {repr(value) for value in seen_by.values()}
    assert len(seen_by) == len(TRANSPORTS)
    assert len(distinct) == 1, seen_by


def test_an_aiohttp_transport_stays_with_its_event_loop(server: WireServer) -> None:
    transport = AiohttpTransport()
    first, second = asyncio.new_event_loop(), asyncio.new_event_loop()
    request = Request("GET", server.url("/echo"), [])
    try:
        assert first.run_until_complete(transport.send(request)).status == 200
        with pytest.raises(RuntimeError, match="one transport per event loop"):
            second.run_until_complete(transport.send(request))
    finally:
        first.run_until_complete(transport.aclose())
        first.close()
        second.close()


def test_every_transport_sends_every_value_of_a_repeated_header(server: WireServer) -> None:
    headers = [("X-Repeated", "a"), ("Accept", "application/json"), ("X-Repeated", "b")]
    request = Request("GET", server.url(TARGET), headers)
    for kind in TRANSPORTS:
        seen = _sent_by(kind, request, server)
        values = [value.strip() for line in seen.values("x-repeated") for value in line.split(",")]
        assert values == ["a", "b"], kind.name
        assert seen.values("accept") == ["application/json"], kind.name
