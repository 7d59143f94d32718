"""A request's head and body leave an http.client connection in one write."""

from __future__ import annotations

import http.client

from opay_transports._writes import JOINED_BODY_SIZE, JoinedWrites


class _Socket:
    """Records what is written (all an http.client connection does with its socket here)."""

    def __init__(self) -> None:
        self.writes: list[bytes] = []

    def sendall(self, data: bytes) -> None:
        self.writes.append(bytes(data))


class _Connection(JoinedWrites, http.client.HTTPConnection):
    pass


def _writes(body: bytes | None) -> list[bytes]:
    connection = _Connection("127.0.0.1", 9)
    sock = _Socket()
    connection.sock = sock
    connection.expect_body(body)
    connection.request("POST" if body else "GET", "/v2/m/payments", body=body)
    return sock.writes


def test_the_head_and_a_small_body_are_written_at_once() -> None:
    (write,) = _writes(b'{"order":1}')
    head, body = write.split(b"\r\n\r\n", 1)
    assert head.startswith(b"POST /v2/m/payments HTTP/1.1\r\n")
    assert body == b'{"order":1}'


def test_a_request_without_a_body_is_one_write() -> None:
    (write,) = _writes(None)
    assert write.startswith(b"GET /v2/m/payments HTTP/1.1\r\n") and write.endswith(b"\r\n\r\n")


def test_a_body_beyond_the_limit_follows_the_head_in_its_own_write() -> None:
    body = b"x" * (JOINED_BODY_SIZE + 1)
    head, rest = _writes(body)
    assert head.endswith(b"\r\n\r\n") and rest == body
