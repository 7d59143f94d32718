"""A small, fast keep-alive HTTP/1.1 server answering canned platform responses.

It runs in its own process (``python -m benchmarks.server --port 0``; it prints
``LISTENING <port>`` once ready) on a bare asyncio protocol, so that its cost per request is
a few microseconds and the client under test is what gets measured.

Routes:

- ``POST /v2/{merchantId}/payments`` answers 201 with a ``CreatePaymentResponse``;
- ``GET /v2/{merchantId}/payments/{paymentId}`` answers 200 with a ``PaymentResponse``;
- ``GET /__stats`` answers the server's counters as JSON (connections opened, requests
  served, requests without a v1HMAC ``Authorization`` header, and the server's own CPU
  seconds). A connection whose first request is ``/__stats`` is not counted.

Anything else answers 404 with a platform-style error body. Request bodies are framed by
``Content-Length`` only (no client in the benchmark sends chunked bodies; those get 411).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import http.client
import json
import os
import signal
import subprocess
import sys
import time
from email.utils import formatdate
from types import TracebackType

from benchmarks.payloads import CREATE_PAYMENT_RESPONSE_BODY, PAYMENT_RESPONSE_BODY

STATS_PATH = "/__stats"

_NOT_FOUND_BODY = (
    b'{"errorId":"bench-0000","errors":[{"code":"1002","id":"UNKNOWN_RESOURCE",'
    b'"httpStatusCode":404,"message":"no such resource on the benchmark server"}]}'
)
_LENGTH_REQUIRED_BODY = (
    b'{"errorId":"bench-0001","errors":[{"code":"1000","id":"LENGTH_REQUIRED",'
    b'"httpStatusCode":411,"message":"request bodies must carry Content-Length"}]}'
)
_MAX_HEAD = 64 * 1024


class Counters:
    """What the server has seen since it started."""

    def __init__(self) -> None:
        self.connections = 0
        self.requests = 0
        self.unsigned = 0
        self.open_connections = 0

    def as_json(self) -> bytes:
        return json.dumps(
            {
                "connections": self.connections,
                "requests": self.requests,
                "unsigned": self.unsigned,
                "open_connections": self.open_connections,
                "cpu_seconds": time.process_time(),
            }
        ).encode("ascii")


class CannedResponses:
    """Pre-rendered responses; only the Date header changes (refreshed every second)."""

    def __init__(self) -> None:
        self.created = b""
        self.payment = b""
        self.not_found = b""
        self.length_required = b""
        self.refresh()

    @staticmethod
    def render(status: str, body: bytes, date: str) -> bytes:
        head = (
            f"HTTP/1.1 {status}\r\n"
            f"Date: {date}\r\n"
            "Content-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n"
            "\r\n"
        )
        return head.encode("ascii") + body

    def refresh(self) -> None:
        date = formatdate(usegmt=True)
        self.created = self.render("201 Created", CREATE_PAYMENT_RESPONSE_BODY, date)
        self.payment = self.render("200 OK", PAYMENT_RESPONSE_BODY, date)
        self.not_found = self.render("404 Not Found", _NOT_FOUND_BODY, date)
        self.length_required = self.render("411 Length Required", _LENGTH_REQUIRED_BODY, date)


class BenchProtocol(asyncio.Protocol):
    """One client connection: parses pipelined requests and writes canned answers."""

    def __init__(self, counters: Counters, canned: CannedResponses) -> None:
        self._counters = counters
        self._canned = canned
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None
        self._first = True

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        self._counters.open_connections += 1

    def connection_lost(self, exc: Exception | None) -> None:
        self._counters.open_connections -= 1
        self._transport = None

    def data_received(self, data: bytes) -> None:
        buffer = self._buffer
        buffer += data
        out: list[bytes] = []
        close = False
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(buffer) > _MAX_HEAD:
                    close = True
                break
            head = bytes(buffer[:end]).lower()
            length = 0
            at = head.find(b"\r\ncontent-length:")
            if at >= 0:
                stop = head.find(b"\r\n", at + 2)
                length = int(head[at + 17 : stop if stop >= 0 else len(head)])
            elif b"\r\ntransfer-encoding:" in head:
                out.append(self._canned.length_required)
                close = True
                break
            total = end + 4 + length
            if len(buffer) < total:
                break
            del buffer[:total]
            out.append(self._answer(head))
            if b"\r\nconnection: close" in head:
                close = True
                break
        transport = self._transport
        if transport is None:
            return
        if out:
            transport.write(b"".join(out))
        if close:
            transport.close()

    def _answer(self, head: bytes) -> bytes:
        line_end = head.find(b"\r\n")
        method, _, rest = head[:line_end].partition(b" ")
        target = rest.rpartition(b" ")[0]
        counters = self._counters
        if target == STATS_PATH.encode("ascii"):
            self._first = False
            body = counters.as_json()
            return CannedResponses.render("200 OK", body, formatdate(usegmt=True))
        if self._first:
            self._first = False
            counters.connections += 1
        counters.requests += 1
        if b"\r\nauthorization: gcs v1hmac:" not in head:
            counters.unsigned += 1
        if target.startswith(b"/v2/"):
            if method == b"post" and target.endswith(b"/payments"):
                return self._canned.created
            if method == b"get" and b"/payments/" in target:
                return self._canned.payment
        return self._canned.not_found


async def serve(host: str, port: int) -> None:
    """Serve until SIGTERM/SIGINT; print ``LISTENING <port>`` once accepting."""
    loop = asyncio.get_running_loop()
    counters = Counters()
    canned = CannedResponses()
    server = await loop.create_server(
        lambda: BenchProtocol(counters, canned), host, port, backlog=1024, reuse_address=True
    )
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)

    def refresh() -> None:
        canned.refresh()
        loop.call_later(1.0, refresh)

    loop.call_later(1.0, refresh)
    bound = server.sockets[0].getsockname()[1]
    print(f"LISTENING {bound}", flush=True)
    async with server:
        await stop.wait()


class ServerProcess:
    """Runs the benchmark server in a child process; ``stats()`` reads its counters."""

    def __init__(self, python: str = sys.executable, host: str = "127.0.0.1") -> None:
        self.host = host
        self.port = 0
        self._python = python
        self._process: subprocess.Popen[str] | None = None

    @property
    def endpoint(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def pid(self) -> int:
        if self._process is None:
            raise RuntimeError("the benchmark server is not running")
        return self._process.pid

    def start(self) -> ServerProcess:
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        self._process = subprocess.Popen(
            [self._python, "-m", "benchmarks.server", "--host", self.host, "--port", "0"],
            stdout=subprocess.PIPE,
            text=True,
            cwd=root,
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line.startswith("LISTENING "):
            self.stop()
            raise RuntimeError(f"the benchmark server did not start (said {line!r})")
        self.port = int(line.split()[1])
        return self

    def stats(self) -> dict[str, float]:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
        try:
            conn.request("GET", STATS_PATH)
            response = conn.getresponse()
            data: dict[str, float] = json.loads(response.read())
        finally:
            conn.close()
        return data

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.host, args.port))


if __name__ == "__main__":
    main()
