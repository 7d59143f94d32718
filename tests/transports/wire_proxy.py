"""A small forwarding HTTP proxy on 127.0.0.1 with basic authentication, recording its use.

``CONNECT host:port`` opens a tunnel; an absolute-form request (``GET http://host/path``) is
forwarded to its origin with an origin-form target, and the connection is then relayed as is.
A request without the expected ``Proxy-Authorization`` is answered 407.
"""

from __future__ import annotations

import base64
import socket
import threading
from urllib.parse import urlsplit

import attrs

from .wire_server import shutdown_quietly, wake_listener


@attrs.frozen
class ProxyUse:
    method: str
    target: str
    authorization: str | None


class WireProxy:
    def __init__(self, username: str, password: str) -> None:
        token = base64.b64encode(f"{username}:{password}".encode()).decode()
        self._expected = f"Basic {token}"
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self.uses: list[ProxyUse] = []
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()
        self._start(self._accept_loop)

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def close(self) -> None:
        self._stopping.set()
        wake_listener(self.port)
        self._listener.close()
        with self._lock:
            for sock in list(self._sockets):
                shutdown_quietly(sock)
        for thread in list(self._threads):
            thread.join(5)

    def _start(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        self._threads.append(thread)
        thread.start()

    def _track(self, sock: socket.socket) -> socket.socket:
        with self._lock:
            self._sockets.add(sock)
        return sock

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self._start(self._serve, self._track(client))

    def _serve(self, client: socket.socket) -> None:
        upstream: socket.socket | None = None
        try:
            head, rest = _read_head(client)
            if not head:
                return
            lines = head.decode("latin-1").split("\r\n")
            method, target, version = lines[0].split(" ", 2)
            headers = [line.partition(":") for line in lines[1:] if line]
            authorization = next(
                (v.strip() for k, _, v in headers if k.strip().lower() == "proxy-authorization"),
                None,
            )
            with self._lock:
                self.uses.append(ProxyUse(method, target, authorization))
            if authorization != self._expected:
                client.sendall(
                    b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                    b'Proxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n'
                    b"Connection: close\r\n\r\n"
                )
                return
            if method == "CONNECT":
                host, _, port = target.rpartition(":")
                upstream = self._track(socket.create_connection((host, int(port)), timeout=5))
                client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                first = rest
            else:
                url = urlsplit(target)
                assert url.hostname is not None and url.port is not None
                upstream = self._track(socket.create_connection((url.hostname, url.port), 5))
                origin_form = url.path + (f"?{url.query}" if url.query else "")
                kept = [
                    f"{k}:{v}" for k, _, v in headers if k.strip().lower() != "proxy-authorization"
                ]
                first = (
                    "\r\n".join([f"{method} {origin_form} {version}", *kept]).encode("latin-1")
                    + b"\r\n\r\n"
                    + rest
                )
            if first:
                upstream.sendall(first)
            backwards = threading.Thread(target=_relay, args=(upstream, client), daemon=True)
            backwards.start()
            _relay(client, upstream)
            backwards.join(5)
        except OSError:
            pass
        finally:
            client.close()
            if upstream is not None:
                upstream.close()


def _read_head(sock: socket.socket) -> tuple[bytes, bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return b"", b""
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    return head, rest


def _relay(source: socket.socket, sink: socket.socket) -> None:
    """Copy bytes until ``source`` ends, then end ``sink``'s writing side."""
    try:
        source.settimeout(None)
        while chunk := source.recv(65536):
            sink.sendall(chunk)
    except OSError:
        pass
    shutdown_quietly(sink, socket.SHUT_WR)
