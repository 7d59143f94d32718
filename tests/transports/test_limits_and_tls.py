"""Every transport enforces the response size limit while reading, and refuses to skip TLS
certificate checks unless told twice (and then says so in the log, every time)."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest

from opay.exceptions import CommunicationException
from opay.transport import Request

from .conftest import Driver, Kind
from .wire_server import BIG_BODY, CHUNKS, WireServer

Open = Callable[..., Driver]
LIMIT = 1000


def test_a_body_over_the_limit_fails_while_read_and_frees_the_connection(
    open_transport: Open, server: WireServer
) -> None:
    driver = open_transport(max_response_size=LIMIT, max_connections=1)
    for path in ("/big", "/chunked"):  # announced by Content-Length, and chunked
        with pytest.raises(
            CommunicationException, match=rf"max_response_size \({LIMIT} bytes\)"
        ) as caught:
            driver.send(Request("GET", server.url(path), []))
        assert caught.value.may_have_reached_platform is True
    # the only connection of the pool is usable again
    echoed = driver.send(Request("POST", server.url("/echo"), [], b"still here"))
    assert (echoed.status, echoed.body) == (200, b"still here")


def test_a_body_at_the_limit_is_read_whole(open_transport: Open, server: WireServer) -> None:
    chunked_size = sum(len(chunk) for chunk in CHUNKS)
    assert (
        open_transport(max_response_size=len(BIG_BODY))
        .send(Request("GET", server.url("/big"), []))
        .body
        == BIG_BODY
    )
    assert (
        len(
            open_transport(max_response_size=chunked_size)
            .send(Request("GET", server.url("/chunked"), []))
            .body
        )
        == chunked_size
    )


def test_a_bad_limit_is_named(kind: Kind) -> None:
    with pytest.raises(ValueError, match="max_response_size must be at least 1"):
        kind.make(max_response_size=0)


def test_verify_false_alone_is_refused(kind: Kind) -> None:
    with pytest.raises(ValueError, match="allow_insecure_tls=True"):
        kind.make(verify=False)


def test_every_insecure_transport_is_reported_in_the_log(
    open_transport: Open, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="opay"):
        open_transport(verify=False, allow_insecure_tls=True)
        open_transport(verify=False, allow_insecure_tls=True)
        open_transport()
    warnings = [r for r in caplog.records if r.name == "opay" and r.levelno == logging.WARNING]
    assert len(warnings) == 2
    assert all("verify=False" in r.getMessage() for r in warnings)
