"""A minimal HTTP/2 echo server over TLS (ALPN "h2") on 127.0.0.1, recording each request."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading

import h2.config
import h2.connection
import h2.events

from .wire_server import shutdown_quietly, wake_listener


class H2Server:
    def __init__(self, tls: ssl.SSLContext) -> None:
        tls.set_alpn_protocols(["h2"])
        self._tls = tls
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self.requests: list[tuple[dict[str, str], bytes]] = []
        self._stopping = threading.Event()
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._accepter = threading.Thread(target=self._accept_loop, daemon=True)
        self._accepter.start()

    def url(self, path: str) -> str:
        return f"https://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        self._stopping.set()
        wake_listener(self.port)
        self._listener.close()
        for sock in list(self._sockets):
            shutdown_quietly(sock)
        for thread in [self._accepter, *self._threads]:
            thread.join(5)

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(sock,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket) -> None:
        with contextlib.suppress(OSError, ssl.SSLError), sock:
            conn = self._tls.wrap_socket(sock, server_side=True)
            self._sockets.append(conn)
            with conn:
                self._exchange(conn)

    def _exchange(self, conn: ssl.SSLSocket) -> None:
        config = h2.config.H2Configuration(client_side=False, header_encoding="utf-8")
        protocol = h2.connection.H2Connection(config=config)
        protocol.initiate_connection()
        conn.sendall(protocol.data_to_send())
        heads: dict[int, dict[str, str]] = {}
        bodies: dict[int, bytes] = {}
        while data := conn.recv(65536):
            for event in protocol.receive_data(data):
                if isinstance(event, h2.events.RequestReceived) and event.stream_id is not None:
                    heads[event.stream_id] = {str(k): str(v) for k, v in event.headers or []}
                    bodies[event.stream_id] = b""
                elif isinstance(event, h2.events.DataReceived) and event.stream_id is not None:
                    bodies[event.stream_id] += event.data or b""
                    protocol.acknowledge_received_data(
                        event.flow_controlled_length or 0, event.stream_id
                    )
                elif isinstance(event, h2.events.StreamEnded) and event.stream_id is not None:
                    body = bodies.pop(event.stream_id)
                    self.requests.append((heads.pop(event.stream_id), body))
                    protocol.send_headers(
                        event.stream_id, [(":status", "200"), ("content-length", str(len(body)))]
                    )
                    protocol.send_data(event.stream_id, body, end_stream=True)
            conn.sendall(protocol.data_to_send())
