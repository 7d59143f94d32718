"""A real HTTP server on 127.0.0.1 that records every request and answers from a queue of
canned responses, for end-to-end tests over real sockets."""

from __future__ import annotations

import json
import queue
import socket
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import attrs


@attrs.frozen
class RecordedRequest:
    """One request exactly as it arrived on the socket."""

    method: str
    target: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    client_port: int = 0

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> str:
        return urlsplit(self.target).query

    @property
    def query_pairs(self) -> list[tuple[str, str]]:
        return parse_qsl(self.query, keep_blank_values=True)

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((v for k, v in self.headers if k.lower() == wanted), None)

    def json(self) -> Any:
        return json.loads(self.body)


@attrs.frozen
class CannedResponse:
    status: int
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        # Headers and body are written separately: without this, Nagle's algorithm holds the
        # body back until the client acknowledges the headers.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.owner.record(
            RecordedRequest(
                self.command,
                self.path,
                tuple(self.headers.items()),
                body,
                int(self.client_address[1]),
            )
        )
        canned = self.server.owner.next_response()
        self.send_response(canned.status)
        for name, value in canned.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(canned.body)))
        self.end_headers()
        self.wfile.write(canned.body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: RecordingServer


class RecordingServer:
    """``with RecordingServer() as server:`` queue answers with :meth:`respond`, point a
    client at :attr:`url`, then read what arrived with :meth:`take`."""

    def __init__(self, ssl_context: ssl.SSLContext | None = None) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        if ssl_context is not None:
            self._server.socket = ssl_context.wrap_socket(self._server.socket, server_side=True)
        self._scheme = "http" if ssl_context is None else "https"
        self._server.owner = self
        self._responses: queue.SimpleQueue[CannedResponse] = queue.SimpleQueue()
        self._requests: queue.SimpleQueue[RecordedRequest] = queue.SimpleQueue()
        # A short poll interval only bounds how long stop() waits for the serving loop.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"{self._scheme}://{host!s}:{port}"

    @property
    def host(self) -> str:
        return str(self._server.server_address[0])

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def respond(
        self,
        status: int = 200,
        json_body: Any = None,
        *,
        body: bytes | None = None,
        headers: tuple[tuple[str, str], ...] = (),
        content_type: str = "application/json",
    ) -> None:
        """Queue the answer to the next request (JSON unless ``body`` is given)."""
        if body is None:
            body = b"" if json_body is None else json.dumps(json_body).encode()
        if body and not any(name.lower() == "content-type" for name, _ in headers):
            headers = (("Content-Type", content_type), *headers)
        self._responses.put(CannedResponse(status, body, headers))

    def next_response(self) -> CannedResponse:
        try:
            return self._responses.get_nowait()
        except queue.Empty:
            return CannedResponse(599, b"no canned response was queued", ())

    def record(self, request: RecordedRequest) -> None:
        self._requests.put(request)

    def take(self, timeout: float = 5.0) -> RecordedRequest:
        """The oldest request not taken yet (waits up to ``timeout`` seconds for it)."""
        return self._requests.get(timeout=timeout)

    def pending(self) -> int:
        """How many recorded requests have not been taken."""
        return self._requests.qsize()

    def start(self) -> RecordingServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def __enter__(self) -> RecordingServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()
