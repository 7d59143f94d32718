"""Every transport against servers that try to hold it or flood it: a server trickling bytes
is cut off at the attempt's deadline, compressed bodies are limited by their DECODED size,
and many threads (or tasks) on a small pool over several origins all succeed."""

from __future__ import annotations

import functools
import gzip
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator

import pytest

from opay.exceptions import CommunicationException, ResponseTooLargeException
from opay.transport import Request, Response
from opay_transports.httpx import installed_libraries

from .conftest import TRANSPORTS, Driver
from .wire_server import BIG_BODY, TRICKLE_INTERVAL, TRICKLE_LENGTH, UTF8_TEXT, WireServer

Open = Callable[..., Driver]
MiB = 1 << 20
LIMIT = MiB
DEADLINE = 1.0
MARGIN = 0.5  # what a loaded machine may add to a deadline


def _compressed(wbits: int, size: int) -> bytes:
    """``size`` zero bytes compressed with zlib's ``wbits``, made a mebibyte at a time."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    zeros = bytes(MiB)
    parts = [compressor.compress(zeros) for _ in range(size // MiB)]
    return b"".join(parts) + compressor.flush()


@functools.cache
def bombs() -> dict[str, tuple[str, bytes]]:
    """Content-Encoding and body of small responses that decompress to 64 or 192 MiB."""
    gzip_64 = _compressed(zlib.MAX_WBITS | 16, 64 * MiB)
    return {
        "gzip": ("gzip", gzip_64),
        "gzip-twice": ("gzip, gzip", gzip.compress(_compressed(zlib.MAX_WBITS | 16, 192 * MiB))),
        "deflate": ("deflate", _compressed(zlib.MAX_WBITS, 64 * MiB)),
        "raw-deflate": ("deflate", _compressed(-zlib.MAX_WBITS, 64 * MiB)),
    }


def _fails(driver: Driver, request: Request) -> tuple[CommunicationException, float]:
    started = time.monotonic()
    with pytest.raises(CommunicationException) as caught:
        driver.send(request)
    return caught.value, time.monotonic() - started


@pytest.mark.parametrize("path", ["/trickle-body", "/trickle-head"])
def test_a_trickling_server_is_cut_off_at_the_attempt_deadline(
    open_transport: Open, server: WireServer, path: str
) -> None:
    # each byte comes well within read_timeout, the whole would take 8 s
    assert TRICKLE_INTERVAL < 0.5 and TRICKLE_LENGTH * TRICKLE_INTERVAL > 4 * DEADLINE
    driver = open_transport(read_timeout=0.5, attempt_timeout=DEADLINE, max_connections=1)

    error, elapsed = _fails(driver, Request("GET", server.url(path), []))

    assert error.may_have_reached_platform is True
    assert f"attempt_timeout ({DEADLINE} s)" in str(error)
    assert DEADLINE - 0.05 <= elapsed <= DEADLINE + MARGIN
    # the connection was closed, not pooled: the next request opens another one
    assert server.wait_for_open(0)
    assert driver.send(Request("GET", server.url("/echo"), [])).status == 200
    assert server.accepted == 2


def test_a_caller_waiting_for_a_connection_gives_up_at_its_deadline(
    open_transport: Open, server: WireServer
) -> None:
    driver = open_transport(read_timeout=5, attempt_timeout=DEADLINE, max_connections=1)
    started = time.monotonic()

    outcomes = driver.send_all([Request("GET", server.url("/slow"), []) for _ in range(2)])

    assert time.monotonic() - started <= DEADLINE + MARGIN
    assert all(isinstance(o, CommunicationException) for o in outcomes), outcomes
    assert all("attempt_timeout" in str(o) for o in outcomes), outcomes
    # the second gets the connection when the first gives up, at about its own deadline: it
    # may or may not have sent its request by then, and says so truthfully
    reached = [getattr(o, "may_have_reached_platform", None) for o in outcomes]
    assert sum(1 for r in reached if r) >= len(server.requests)


def test_the_deadline_cuts_connecting_short_and_nothing_was_sent(
    open_transport: Open, unanswered_port: int
) -> None:
    driver = open_transport(connect_timeout=5, attempt_timeout=0.5)

    error, elapsed = _fails(driver, Request("GET", f"http://127.0.0.1:{unanswered_port}/", []))

    assert 0.45 <= elapsed <= 0.5 + MARGIN
    assert "attempt_timeout (0.5 s)" in str(error)
    assert error.may_have_reached_platform is False


def test_the_deadline_defaults_to_connect_plus_twice_the_read_timeout(
    open_transport: Open, server: WireServer
) -> None:
    driver = open_transport(connect_timeout=0.2, read_timeout=0.4)

    error, elapsed = _fails(driver, Request("GET", server.url("/trickle-body"), []))

    assert "attempt_timeout (1.0 s)" in str(error)
    assert 0.95 <= elapsed <= 1.0 + MARGIN


@pytest.fixture
def bomb_server(server: WireServer) -> WireServer:
    for name, (encoding, body) in bombs().items():
        server.canned[name] = ([("Content-Encoding", encoding)], body)
    return server


@pytest.mark.parametrize("bomb", ["gzip", "gzip-twice", "deflate", "raw-deflate"])
def test_a_compression_bomb_is_stopped_at_the_decoded_limit(
    open_transport: Open, bomb_server: WireServer, bomb: str
) -> None:
    driver = open_transport(max_response_size=LIMIT, max_connections=1)
    assert len(bombs()[bomb][1]) < LIMIT  # small on the wire

    tracemalloc.start()
    try:
        with pytest.raises(ResponseTooLargeException) as caught:
            driver.send(Request("GET", bomb_server.url(f"/canned/{bomb}"), []))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert caught.value.may_have_reached_platform is True
    assert peak < 16 * MiB, f"{peak / MiB:.1f} MiB held while reading a {bomb} bomb"
    # the only connection was dropped, not pooled half-read
    assert driver.send(Request("GET", bomb_server.url("/echo"), [])).status == 200


@pytest.fixture
def encoded_server(server: WireServer) -> Iterator[WireServer]:
    text = UTF8_TEXT.encode()
    raw = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    server.canned.update(
        {
            "gzip": ([("Content-Encoding", "gzip")], gzip.compress(text)),
            "x-gzip": ([("Content-Encoding", "x-gzip")], gzip.compress(text)),
            "deflate": ([("Content-Encoding", "Deflate")], zlib.compress(text)),
            "raw-deflate": ([("Content-Encoding", "deflate")], raw.compress(text) + raw.flush()),
            "twice": ([("Content-Encoding", "deflate, gzip")], gzip.compress(zlib.compress(text))),
            "identity": ([("Content-Encoding", "identity")], text),
            "unknown": ([("Content-Encoding", "br")], b"\x0b\x02\x80not decoded"),
            "at-limit": ([("Content-Encoding", "gzip")], gzip.compress(bytes(LIMIT))),
            "over-limit": ([("Content-Encoding", "gzip")], gzip.compress(bytes(LIMIT + 1))),
            "broken": ([("Content-Encoding", "gzip")], gzip.compress(text)[:-12]),
        }
    )
    yield server


@pytest.mark.parametrize("name", ["gzip", "x-gzip", "deflate", "raw-deflate", "twice", "identity"])
def test_gzip_and_deflate_bodies_arrive_decoded(
    open_transport: Open, encoded_server: WireServer, name: str
) -> None:
    response = open_transport().send(Request("GET", encoded_server.url(f"/canned/{name}"), []))

    assert response.body == UTF8_TEXT.encode()


def test_other_codings_arrive_as_sent(open_transport: Open, encoded_server: WireServer) -> None:
    response = open_transport().send(Request("GET", encoded_server.url("/canned/unknown"), []))

    assert response.body == b"\x0b\x02\x80not decoded"
    assert response.header("Content-Encoding") == "br"


def test_the_limit_counts_decoded_bytes(open_transport: Open, encoded_server: WireServer) -> None:
    driver = open_transport(max_response_size=LIMIT)

    assert driver.send(Request("GET", encoded_server.url("/canned/at-limit"), [])).body == bytes(
        LIMIT
    )
    with pytest.raises(ResponseTooLargeException):
        driver.send(Request("GET", encoded_server.url("/canned/over-limit"), []))


def test_a_broken_compressed_body_fails_as_received(
    open_transport: Open, encoded_server: WireServer
) -> None:
    driver = open_transport(max_connections=1)
    with pytest.raises(CommunicationException, match="not valid gzip") as caught:
        driver.send(Request("GET", encoded_server.url("/canned/broken"), []))

    assert caught.value.may_have_reached_platform is True
    assert driver.send(Request("GET", encoded_server.url("/echo"), [])).status == 200


def test_a_body_after_connection_close_is_read_whole(
    open_transport: Open, server: WireServer
) -> None:
    # the library closes such a connection as soon as the head is read: reading the body
    # by the deadline must still have the socket
    server.canned["closing"] = ([("Connection", "close")], BIG_BODY)
    driver = open_transport()

    assert driver.send(Request("GET", server.url("/canned/closing"), [])).body == BIG_BODY
    assert driver.send(Request("GET", server.url("/canned/closing"), [])).body == BIG_BODY
    assert server.accepted == 2


def test_sixteen_workers_on_four_connections_to_three_origins_all_succeed(
    open_transport: Open,
) -> None:
    servers = [WireServer() for _ in range(3)]
    try:
        driver = open_transport(max_connections=4, read_timeout=5)
        batches = [
            [
                Request("GET", servers[(worker + turn) % 3].url(f"/echo/{worker}/{turn}"), [])
                for turn in range(40)
            ]
            for worker in range(16)
        ]

        outcomes = driver.send_in_turn(batches)

        failures = [o for o in outcomes if not isinstance(o, Response)]
        assert failures == []
        assert len(outcomes) == 16 * 40
        assert sum(len(server.requests) for server in servers) == 16 * 40
    finally:
        for server in servers:
            server.close()


def test_the_matrix_runs_on_both_httpx_libraries() -> None:
    """httpx 0.28 (what ``opay[httpx]`` installs) and httpx2 are both exercised."""
    assert set(installed_libraries()) == {"httpx", "httpx2"}
    libraries = {kind.fixed.get("library") for kind in TRANSPORTS if "httpx" in kind.path}
    assert libraries == {"httpx", "httpx2"}
    names = {kind.name for kind in TRANSPORTS}
    assert {"httpx", "httpx2", "httpx-async", "httpx2-async"} <= names
