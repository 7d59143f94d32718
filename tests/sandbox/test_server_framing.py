"""How the sandbox's HTTP server frames requests: raw bytes on a real socket, one rule each.

Every request must mean one thing to every party reading it (no request smuggling), bodies
are bounded however they arrive, gzip bodies are decoded within the same bound, odd URLs are
served rather than dropped, and a client that goes away leaves no traceback behind.
"""

from __future__ import annotations

import gzip
import itertools
import json
import socket
import struct
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_server import ScriptedApp

from opay.sandbox import Sandbox
from opay.sandbox.wire import NEED_DATA, Incoming, ServerConnection, WireError, decode_body
from opay.transport import Request, Response

LIMIT = 1000


@pytest.fixture
def app() -> ScriptedApp:
    return ScriptedApp()


@pytest.fixture
def sandbox(app: ScriptedApp) -> Iterator[Sandbox]:
    with Sandbox(app=app, max_body_size=LIMIT) as sb:
        yield sb


def _read_answer(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes or stops sending (one full answer)."""
    data = b""
    while True:
        try:
            chunk = sock.recv(65536)
        except (TimeoutError, ConnectionResetError):
            return data
        if not chunk:
            return data
        data += chunk
        head, sep, body = data.partition(b"\r\n\r\n")
        if sep:
            length = next(
                (
                    int(line.split(b":", 1)[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length:")
                ),
                0,
            )
            if len(body) >= length:
                return data


def exchange(sandbox: Sandbox, *raw: bytes, timeout: float = 5.0) -> list[bytes]:
    """Send each of ``raw`` in turn on one connection; the answer to each."""
    answers = []
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=timeout) as sock:
        for request in raw:
            sock.sendall(request)
            answers.append(_read_answer(sock))
    return answers


def status(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


def body(answer: bytes) -> bytes:
    return answer.partition(b"\r\n\r\n")[2]


def post(headers: bytes, payload: bytes = b"", target: bytes = b"/v2/m1/x") -> bytes:
    return b"POST " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + b"\r\n" + payload


# -- framing ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected", "message"),
    [
        (b"Content-Length: 2\r\nContent-Length: 2\r\n", 400, b"more than one Content-Length"),
        (b"Content-Length: 2\r\nContent-Length: 3\r\n", 400, b"Content-Length"),
        (b"Content-Length: 2, 2\r\n", 400, b"more than one Content-Length"),
        (b"Content-Length: -2\r\n", 400, b"Content-Length"),
        (b"Content-Length: 2\r\nTransfer-Encoding: chunked\r\n", 400, b"both Content-Length"),
        (b"Transfer-Encoding: gzip\r\n", 501, b"Transfer-Encoding"),
        (b"Transfer-Encoding: gzip, chunked\r\n", 501, b"Transfer-Encoding"),
        (b"Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n", 501, b"Transfer"),
    ],
)
def test_ambiguous_framing_is_refused_and_the_connection_closed(
    sandbox: Sandbox, app: ScriptedApp, headers: bytes, expected: int, message: bytes
) -> None:
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as sock:
        sock.sendall(post(headers, b"{}"))
        answer = _read_answer(sock)
        assert sock.recv(1) == b"", "the connection stays open after a framing error"
    assert status(answer) == expected
    assert message in body(answer)
    assert b"Connection: close" in answer
    assert app.seen == []


@pytest.mark.parametrize(
    "chunk_size",
    [b"-5", b"1" * 21, b"zz", b"+5"],
    ids=["negative", "over-long", "not-hex", "signed"],
)
def test_bad_chunk_sizes_are_refused(sandbox: Sandbox, app: ScriptedApp, chunk_size: bytes) -> None:
    (answer,) = exchange(
        sandbox, post(b"Transfer-Encoding: chunked\r\n", chunk_size + b"\r\nhello\r\n0\r\n\r\n")
    )
    assert status(answer) == 400
    assert app.seen == []


def test_chunked_bodies_are_bounded_by_the_body_limit(sandbox: Sandbox, app: ScriptedApp) -> None:
    chunk = b"x" * 400
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(3))
    (answer,) = exchange(sandbox, post(b"Transfer-Encoding: chunked\r\n", chunks + b"0\r\n\r\n"))
    assert status(answer) == 413
    assert str(LIMIT).encode() in body(answer)
    assert app.seen == []


def test_a_huge_declared_chunk_is_refused_once_past_the_limit(
    sandbox: Sandbox, app: ScriptedApp
) -> None:
    (answer,) = exchange(
        sandbox, post(b"Transfer-Encoding: chunked\r\n", b"ffffffffffff\r\n" + b"x" * (LIMIT + 1))
    )
    assert status(answer) == 413
    assert app.seen == []


def test_a_chunked_body_within_the_limit_is_served_and_the_connection_kept(
    sandbox: Sandbox, app: ScriptedApp
) -> None:
    request = post(b"Transfer-Encoding: chunked\r\n", b"3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\n\r\n")
    first, second = exchange(sandbox, request, request)
    assert status(first) == status(second) == 200
    assert json.loads(body(second))["body"] == "abcde"


def test_a_declared_body_over_the_limit_is_refused_before_it_is_read(
    sandbox: Sandbox, app: ScriptedApp
) -> None:
    (answer,) = exchange(sandbox, post(b"Content-Length: %d\r\n" % (LIMIT + 1)))
    assert status(answer) == 413
    assert app.seen == []


def test_garbage_gets_a_400_not_silence(sandbox: Sandbox) -> None:
    (answer,) = exchange(sandbox, b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n")
    assert status(answer) == 400


def test_http_11_without_host_is_refused(sandbox: Sandbox) -> None:
    (answer,) = exchange(sandbox, b"GET /v2/m1/x HTTP/1.1\r\n\r\n")
    assert status(answer) == 400
    assert b"Host" in body(answer)


def test_expect_100_continue_is_answered_before_the_body(sandbox: Sandbox) -> None:
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as sock:
        sock.sendall(post(b"Content-Length: 2\r\nExpect: 100-continue\r\n"))
        interim = sock.recv(4096)
        assert interim.startswith(b"HTTP/1.1 100 ")
        sock.sendall(b"{}")
        answer = _read_answer(sock)
    assert status(answer) == 200


def test_pipelined_requests_are_answered_in_order(sandbox: Sandbox, app: ScriptedApp) -> None:
    one = b"GET /v2/m1/one HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    two = b"GET /v2/m1/\xc3\xa9 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    last = b"GET /v2/m1/last HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as sock:
        sock.sendall(one + two + last)
        answers = b""
        while chunk := sock.recv(65536):
            answers += chunk
    assert answers.count(b"HTTP/1.1 200 OK\r\n") == 3
    assert [r.url.rsplit("/", 1)[1] for r in app.seen] == ["one", "%C3%A9", "last"]


# -- bodies: gzip -----------------------------------------------------------------------------


def test_gzip_bodies_are_decoded_for_the_application(sandbox: Sandbox, app: ScriptedApp) -> None:
    payload = gzip.compress(b'{"zipped":true}')
    request = post(b"Content-Encoding: gzip\r\nContent-Length: %d\r\n" % len(payload), payload)
    first, second = exchange(sandbox, request, request)
    assert status(first) == status(second) == 200
    assert json.loads(body(first))["body"] == '{"zipped":true}'
    seen = app.seen[0]
    assert seen.header("Content-Encoding") is None
    assert seen.header("Content-Length") == str(len(b'{"zipped":true}'))


def test_a_gzip_bomb_is_refused_with_413(sandbox: Sandbox, app: ScriptedApp) -> None:
    payload = gzip.compress(b"\0" * (LIMIT * 50))
    assert len(payload) < LIMIT
    request = post(b"Content-Encoding: gzip\r\nContent-Length: %d\r\n" % len(payload), payload)
    (answer,) = exchange(sandbox, request)
    assert status(answer) == 413
    assert b"decompresses" in body(answer)
    assert app.seen == []


@pytest.mark.parametrize(
    ("payload", "message"),
    [(b"not gzip at all", b"corrupt"), (gzip.compress(b"{}" * 50)[:-12], b"truncated")],
)
def test_broken_gzip_is_a_400_and_the_connection_lives_on(
    sandbox: Sandbox, app: ScriptedApp, payload: bytes, message: bytes
) -> None:
    bad = post(b"Content-Encoding: gzip\r\nContent-Length: %d\r\n" % len(payload), payload)
    good = b"GET /v2/m1/after HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    refused, after = exchange(sandbox, bad, good)
    assert status(refused) == 400
    assert message in body(refused)
    assert status(after) == 200


def test_other_content_codings_are_left_to_the_application(
    sandbox: Sandbox, app: ScriptedApp
) -> None:
    (answer,) = exchange(sandbox, post(b"Content-Encoding: br\r\nContent-Length: 2\r\n", b"xx"))
    assert status(answer) == 200
    assert app.seen[0].header("Content-Encoding") == "br"


# -- URLs -------------------------------------------------------------------------------------


def test_raw_utf8_in_the_target_is_percent_encoded(sandbox: Sandbox, app: ScriptedApp) -> None:
    raw = "/v2/m1/caf\u00e9?q=\u20ac".encode()
    (answer,) = exchange(sandbox, b"GET " + raw + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    assert status(answer) == 200
    assert app.seen[0].url == f"{sandbox.endpoint}/v2/m1/caf%C3%A9?q=%E2%82%AC"


def test_percent_encoded_unicode_in_a_page_url_gets_a_page(sandbox: Sandbox) -> None:
    (answer,) = exchange(
        sandbox, b"GET /hostedcheckout/%E2%82%AC%F0%9F%92%B3 HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    assert status(answer) == 404
    assert body(answer).startswith(b"<!DOCTYPE html>")


def test_absolute_form_targets_are_served_by_their_path(sandbox: Sandbox, app: ScriptedApp) -> None:
    (answer,) = exchange(
        sandbox, b"GET http://127.0.0.1/v2/m1/abs?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    )
    assert status(answer) == 200
    assert app.seen[0].url == f"{sandbox.endpoint}/v2/m1/abs?x=1"


class _Blocking(ScriptedApp):
    """Holds each answer until told, then answers with a body too big for socket buffers."""

    def __init__(self) -> None:
        super().__init__()
        self.arrived = threading.Event()
        self.release = threading.Event()

    def handle(self, request: Request) -> Response:
        self.arrived.set()
        self.release.wait(10)
        return Response(200, (("Content-Type", "text/plain"),), b"x" * (8 * 1024 * 1024))


def test_a_client_that_gives_up_mid_answer_leaves_no_traceback(
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    app = _Blocking()
    with Sandbox(app=app) as sb:
        sock = socket.create_connection(("127.0.0.1", sb.port), timeout=5)
        sock.sendall(b"GET /v2/m1/slow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert app.arrived.wait(10)
        # Close with a reset: the server's write of its answer fails.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()
        app.release.set()
        assert sb.wait_for_open_connections(0)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "BrokenPipeError" not in err and "ConnectionResetError" not in err
    assert not [r for r in caplog.records if r.exc_info]


# -- the sans-IO connection -------------------------------------------------------------------


def _all_requests(pieces: list[bytes], max_body: int = LIMIT) -> list[Any]:
    """What a ServerConnection makes of ``pieces`` fed one after the other."""
    conn = ServerConnection(max_body)
    out: list[Any] = []
    for piece in [*pieces, b""]:
        conn.receive_data(piece)
        while True:
            try:
                item = conn.next_request()
            except WireError as exc:
                out.append((exc.status, exc.message))
                return out
            if item == NEED_DATA:
                break
            if not isinstance(item, Incoming):
                return out
            out.append(item)
            conn.response(Response(200, (), b""))
            if not conn.start_next_cycle():
                return out
    return out


def test_empty_lines_before_a_request_hide_no_repeated_content_length() -> None:
    stream = (
        b"\r\n\r\nPOST /p HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx"
    )
    assert _all_requests([stream]) == [(400, "the request has more than one Content-Length")]


STREAM = (
    b"\r\nGET /caf\xc3\xa9 HTTP/1.1\r\nHost: a\r\n\r\n"
    b"POST /p HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
    b"PUT /q HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\ncontent-length: 2\r\n\r\nxy"
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=len(STREAM)), max_size=8))
def test_how_bytes_are_split_does_not_change_what_is_read(cuts: list[int]) -> None:
    points = sorted({0, *cuts, len(STREAM)})
    pieces = [STREAM[a:b] for a, b in itertools.pairwise(points) if b > a]
    got = _all_requests(pieces)
    assert [(r.method, r.target, r.body) for r in got[:2]] == [
        ("GET", "/caf%C3%A9", b""),
        ("POST", "/p", b"abc"),
    ]
    assert got[2] == (400, "the request has more than one Content-Length")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=3000), st.integers(min_value=0, max_value=3000), st.booleans())
def test_gzip_bodies_decode_exactly_within_the_limit(
    payload: bytes, limit: int, two_members: bool
) -> None:
    if two_members:
        half = len(payload) // 2
        sent = gzip.compress(payload[:half]) + gzip.compress(payload[half:])
    else:
        sent = gzip.compress(payload)
    headers = (("Content-Encoding", "gzip"), ("Content-Length", str(len(sent))))
    if len(payload) > limit:
        with pytest.raises(WireError) as refused:
            decode_body(headers, sent, limit)
        assert refused.value.status == 413
    else:
        decoded_headers, decoded = decode_body(headers, sent, limit)
        assert decoded == payload
        assert decoded_headers == (("Content-Length", str(len(payload))),)
