"""The in-memory transports: a function answers, nothing touches the network."""

from __future__ import annotations

import pytest

from opay.exceptions import CommunicationException
from opay.transport import AsyncTransport, Request, Response, Transport
from opay_transports.memory import AsyncMemoryTransport, MemoryTransport

REQUEST = Request("POST", "https://platform.example/v2/m/payments", [("Date", "d")], b"{}")


def echo(request: Request) -> Response:
    return Response(201, [("X-Method", request.method)], request.body)


def test_the_handler_answers_each_request() -> None:
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return echo(request)

    with MemoryTransport(handler) as transport:
        assert isinstance(transport, Transport)
        response = transport.send(REQUEST)

    assert seen == [REQUEST]
    assert (response.status, response.header("x-method"), response.body) == (201, "POST", b"{}")


def test_handler_exceptions_propagate_unchanged() -> None:
    def failing(_: Request) -> Response:
        raise CommunicationException("simulated", may_have_reached_platform=False)

    with pytest.raises(CommunicationException, match="simulated"):
        MemoryTransport(failing).send(REQUEST)


def test_a_handler_that_returns_no_response_is_reported() -> None:
    with pytest.raises(TypeError, match="dict, not a Response"):
        MemoryTransport(lambda _: {"status": 200}).send(REQUEST)  # type: ignore[arg-type,return-value]


def test_a_closed_transport_sends_nothing() -> None:
    calls: list[Request] = []

    def handler(request: Request) -> Response:
        calls.append(request)
        return echo(request)

    transport = MemoryTransport(handler)
    transport.close()
    transport.close()

    with pytest.raises(CommunicationException) as caught:
        transport.send(REQUEST)

    assert caught.value.may_have_reached_platform is False
    assert calls == []


def test_the_handler_must_be_callable() -> None:
    with pytest.raises(TypeError, match="handler must be callable"):
        MemoryTransport("not a function")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="handler must be callable"):
        AsyncMemoryTransport(None)  # type: ignore[arg-type]


async def test_the_async_transport_takes_a_sync_handler() -> None:
    async with AsyncMemoryTransport(echo) as transport:
        assert isinstance(transport, AsyncTransport)
        response = await transport.send(REQUEST)

    assert response.body == b"{}"


async def test_the_async_transport_takes_an_async_handler() -> None:
    async def handler(request: Request) -> Response:
        return Response(200, [], request.url.encode())

    transport = AsyncMemoryTransport(handler)
    response = await transport.send(REQUEST)
    await transport.aclose()

    assert response.body == REQUEST.url.encode()
    with pytest.raises(CommunicationException) as caught:
        await transport.send(REQUEST)
    assert caught.value.may_have_reached_platform is False


async def test_the_async_transport_checks_what_the_handler_returns() -> None:
    async def handler(_: Request) -> Response:
        return b"raw"  # type: ignore[return-value]

    with pytest.raises(TypeError, match="bytes, not a Response"):
        await AsyncMemoryTransport(handler).send(REQUEST)
