"""A small threaded HTTP/1.1 server on 127.0.0.1 that shows what the transports do on the wire.

It records every request as it arrived (request line, headers, body), counts accepted and
currently open connections, and behaves according to the request path:

- ``/echo...``        answers 200 with the request body
- ``/big``            answers 200 with :data:`BIG_BODY` (1 MiB)
- ``/chunked``        answers 200 with :data:`CHUNKS` in chunked transfer encoding
- ``/utf8``           answers 200 with :data:`UTF8_TEXT`
- ``/cookie``         answers 200 and sets a cookie
- ``/gate``           answers 200 once :attr:`WireServer.gate` parties are waiting together
- ``/slow``           never answers (until the server stops)
- ``/close-mid``      announces 1000 bytes, sends 10, and closes the connection
- ``/close-after``    answers 200, then closes the connection (sets :attr:`closed_after`)
- ``/last``           answers 200 with ``Connection: close``, then closes the connection
- ``/trickle-body``   announces :data:`TRICKLE_LENGTH` bytes and sends one every
                      :data:`TRICKLE_INTERVAL` seconds
- ``/trickle-head``   sends a header value of :data:`TRICKLE_LENGTH` bytes one byte every
                      :data:`TRICKLE_INTERVAL` seconds
- ``/canned/NAME``    answers 200 with the headers and body of :attr:`WireServer.canned`

The request-reading and response-writing here is deliberately minimal and strict.
"""

from __future__ import annotations

import contextlib
import io
import socket
import ssl
import threading
from urllib.parse import urlsplit

import attrs

BIG_BODY = bytes(range(256)) * 4096  # 1 MiB
CHUNKS = [b"first chunk;", b"x" * 5000, "ünïcødé €".encode(), b"last"]
_KEEP, _CLOSE, _CLOSE_AND_SIGNAL = "keep", "close", "close and signal"
UTF8_TEXT = '{"name":"Zoë Ångström","note":"€ 10 — ✓ 日本"}'
TRICKLE_INTERVAL = 0.2
TRICKLE_LENGTH = 40  # the whole trickle takes 8 s


@attrs.frozen
class Recorded:
    """One request as it arrived on a connection."""

    connection: int
    method: str
    target: str
    headers: tuple[tuple[str, str], ...]
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    def values(self, name: str) -> list[str]:
        wanted = name.lower()
        return [value for key, value in self.headers if key.lower() == wanted]


class WireServer:
    """Serves on 127.0.0.1 in background threads until :meth:`close`."""

    def __init__(self, tls: ssl.SSLContext | None = None, gate: int = 4) -> None:
        self._tls = tls
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self.scheme = "http" if tls is None else "https"
        self.requests: list[Recorded] = []
        self.accepted = 0
        self.open = 0
        self.max_open = 0
        self.handshake_failures = 0
        self.closed_after = threading.Event()
        self.gate = threading.Barrier(gate, timeout=10)
        self.canned: dict[str, tuple[list[tuple[str, str]], bytes]] = {}
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._accepter = threading.Thread(target=self._accept_loop, daemon=True)
        self._accepter.start()

    def url(self, path: str) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}{path}"

    def wait_for_open(self, count: int, timeout: float = 5) -> bool:
        """Wait until exactly ``count`` client connections are open; False on timeout."""
        with self._changed:
            return self._changed.wait_for(lambda: self.open == count, timeout)

    def close(self) -> None:
        self._stopping.set()
        self.gate.abort()
        wake_listener(self.port)
        self._listener.close()
        with self._lock:
            for sock in list(self._sockets):
                shutdown_quietly(sock)
        self._accepter.join(5)
        for thread in list(self._threads):
            thread.join(5)

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self.accepted += 1
                self.open += 1
                self.max_open = max(self.max_open, self.open)
                number = self.accepted
                self._sockets.add(sock)
            thread = threading.Thread(target=self._serve, args=(sock, number), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket, number: int) -> None:
        conn: socket.socket = sock
        try:
            sock.settimeout(10)
            if self._tls is not None:
                try:
                    conn = self._tls.wrap_socket(sock, server_side=True)
                except (OSError, ssl.SSLError):
                    with self._lock:
                        self.handshake_failures += 1
                    return
                with self._lock:  # the wrapped socket now owns the connection
                    self._sockets.discard(sock)
                    self._sockets.add(conn)
            reader = conn.makefile("rb")
            try:
                while (outcome := self._handle_one(conn, reader, number)) == _KEEP:
                    pass
            finally:
                reader.close()
                conn.close()
            if outcome == _CLOSE_AND_SIGNAL:
                self.closed_after.set()
        except (OSError, ValueError):
            pass
        finally:
            conn.close()
            with self._lock:
                self.open -= 1
                self._sockets.discard(sock)
                self._sockets.discard(conn)
                self._changed.notify_all()

    def _handle_one(self, conn: socket.socket, reader: io.BufferedReader, number: int) -> str:
        line = reader.readline(65537)
        if not line:
            return _CLOSE
        method, target, _version = line.decode("latin-1").rstrip("\r\n").split(" ", 2)
        headers: list[tuple[str, str]] = []
        while True:
            raw = reader.readline(65537)
            if raw in (b"\r\n", b"\n", b""):
                break
            name, _, value = raw.decode("latin-1").partition(":")
            headers.append((name.strip(), value.strip()))
        lowered = {name.lower(): value for name, value in headers}
        if lowered.get("transfer-encoding", "").lower() == "chunked":
            body = _read_chunked(reader)
        else:
            body = reader.read(int(lowered.get("content-length", "0")))
        recorded = Recorded(number, method, target, tuple(headers), body)
        with self._lock:
            self.requests.append(recorded)
        return self._respond(conn, recorded)

    def _respond(self, conn: socket.socket, request: Recorded) -> str:
        path = request.path
        if path.startswith("/echo"):
            _send(conn, 200, request.body)
        elif path == "/big":
            _send(conn, 200, BIG_BODY)
        elif path == "/utf8":
            _send(conn, 200, UTF8_TEXT.encode(), content_type="application/json; charset=utf-8")
        elif path == "/cookie":
            _send(conn, 200, b"{}", extra=[("Set-Cookie", "session=abc; Path=/")])
        elif path == "/chunked":
            head = (
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n"
            )
            conn.sendall(head.encode())
            for chunk in CHUNKS:
                conn.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            conn.sendall(b"0\r\n\r\n")
        elif path == "/gate":
            try:
                self.gate.wait()
            except threading.BrokenBarrierError:
                _send(conn, 503, b"the gate broke")
                return _CLOSE
            _send(conn, 200, b"through")
        elif path == "/slow":
            self._stopping.wait(10)
            return _CLOSE
        elif path == "/close-mid":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n0123456789")
            return _CLOSE
        elif path == "/close-after":
            _send(conn, 200, b"bye")
            return _CLOSE_AND_SIGNAL
        elif path == "/trickle-body":
            conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Length: {TRICKLE_LENGTH}\r\n\r\n".encode())
            self._trickle(conn, b"x" * TRICKLE_LENGTH)
        elif path == "/trickle-head":
            conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
            self._trickle(conn, b"a" * TRICKLE_LENGTH)
            conn.sendall(b"\r\nContent-Length: 0\r\n\r\n")
        elif path.startswith("/canned/"):
            headers, body = self.canned[path.removeprefix("/canned/")]
            lines = ["HTTP/1.1 200 OK", f"Content-Length: {len(body)}"]
            lines += [f"{name}: {value}" for name, value in headers]
            conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
        elif path == "/last":
            _send(conn, 200, b"last", extra=[("Connection", "close")])
            return _CLOSE
        else:
            _send(conn, 404, b"no such path")
        return _KEEP

    def _trickle(self, conn: socket.socket, data: bytes) -> None:
        """Send ``data`` a byte at a time, :data:`TRICKLE_INTERVAL` apart (a client hanging
        up ends it with an OSError)."""
        for index in range(len(data)):
            if self._stopping.wait(TRICKLE_INTERVAL):
                return
            conn.sendall(data[index : index + 1])


def _read_chunked(reader: io.BufferedReader) -> bytes:
    parts: list[bytes] = []
    while True:
        size = int(reader.readline().split(b";")[0].strip(), 16)
        if size == 0:
            while reader.readline() not in (b"\r\n", b"\n", b""):
                pass
            return b"".join(parts)
        parts.append(reader.read(size))
        reader.readline()


def _send(
    conn: socket.socket,
    status: int,
    body: bytes,
    *,
    content_type: str = "application/octet-stream",
    extra: list[tuple[str, str]] | None = None,
) -> None:
    lines = [f"HTTP/1.1 {status} {'OK' if status == 200 else 'Error'}"]
    lines += [f"Content-Type: {content_type}", f"Content-Length: {len(body)}"]
    lines += [f"{name}: {value}" for name, value in extra or []]
    conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)


def shutdown_quietly(sock: socket.socket, how: int = socket.SHUT_RDWR) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(how)


def wake_listener(port: int) -> None:
    """Unblock the accepting thread (closing a listening socket does not, everywhere)."""
    with contextlib.suppress(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
