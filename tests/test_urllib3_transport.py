"""The urllib3 adapter over real sockets: what goes out, what comes back, how failures map."""

from __future__ import annotations

import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from recording_server import RecordingServer

from opay.exceptions import CommunicationException
from opay.transport import Request
from opay_transports.urllib3 import Urllib3Transport


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as running:
        yield running


def test_round_trip(server: RecordingServer) -> None:
    server.respond(
        201,
        {"id": "p1"},
        headers=(
            ("X-GCS-Idempotence-Request-Timestamp", "123"),
            ("Set-Thing", "a"),
            ("Set-Thing", "b"),
        ),
    )
    request = Request(
        "POST",
        server.url + "/v2/m/payments?x=1",
        [("Content-Type", "application/json"), ("X-GCS-Test", "yes")],
        b'{"a":1}',
    )
    with Urllib3Transport() as transport:
        response = transport.send(request)
    assert response.status == 201
    assert response.body == b'{"id": "p1"}'
    assert response.header("x-gcs-idempotence-request-timestamp") == "123"
    assert [v for k, v in response.headers if k.lower() == "set-thing"] == ["a", "b"]
    seen = server.take()
    assert (seen.method, seen.target, seen.body) == ("POST", "/v2/m/payments?x=1", b'{"a":1}')
    assert seen.header("X-GCS-Test") == "yes"
    assert seen.header("Content-Type") == "application/json"


def test_redirects_are_not_followed(server: RecordingServer) -> None:
    server.respond(302, headers=(("Location", "/elsewhere"),))
    with Urllib3Transport() as transport:
        response = transport.send(Request("GET", server.url + "/v2/m/x", []))
    assert response.status == 302
    assert server.take().path == "/v2/m/x"
    assert server.pending() == 0


def _unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_connection_refused_was_not_sent() -> None:
    url = f"http://127.0.0.1:{_unused_port()}/v2/m/payments"
    with Urllib3Transport() as transport, pytest.raises(CommunicationException) as info:
        transport.send(Request("POST", url, [], b"{}"))
    assert info.value.may_have_reached_platform is False


def test_read_timeout_may_have_reached_platform() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)  # accepts connections in the kernel, never answers
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/v2/m/payments"
        with (
            Urllib3Transport(read_timeout=0.2) as transport,
            pytest.raises(CommunicationException) as info,
        ):
            transport.send(Request("POST", url, [], b"{}"))
    assert info.value.may_have_reached_platform is True


def test_closed_transport_refuses_to_send(server: RecordingServer) -> None:
    transport = Urllib3Transport()
    transport.close()
    transport.close()
    with pytest.raises(CommunicationException) as info:
        transport.send(Request("GET", server.url + "/v2/m/x", []))
    assert info.value.may_have_reached_platform is False


def test_pool_never_exceeds_max_connections(server: RecordingServer) -> None:
    calls = 6
    for _ in range(calls):
        server.respond(200, {})
    errors: list[BaseException] = []
    with Urllib3Transport(max_connections=1) as transport:

        def call() -> None:
            try:
                transport.send(Request("GET", server.url + "/v2/m/x", []))
            except BaseException as exc:  # reported by the assertion below
                errors.append(exc)

        threads = [threading.Thread(target=call) for _ in range(calls)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    ports = {server.take().client_port for _ in range(calls)}
    assert len(ports) == 1


def test_proxy_credentials_from_url_or_arguments(server: RecordingServer) -> None:
    server.respond(200, {})
    server.respond(200, {})
    target = "http://platform.invalid/v2/m/x"
    host_port = server.url.removeprefix("http://")
    with Urllib3Transport(proxy=f"http://us%40er:p%3Ass@{host_port}") as transport:
        transport.send(Request("GET", target, []))
    with Urllib3Transport(
        proxy=server.url, proxy_username="us@er", proxy_password="p:ss"
    ) as transport:
        transport.send(Request("GET", target, []))
    for _ in range(2):
        seen = server.take()
        assert seen.target == target
        # base64("us@er:p:ss")
        assert seen.header("Proxy-Authorization") == "Basic dXNAZXI6cDpzcw=="


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_server(authority: trustme.CA) -> Iterator[RecordingServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    with RecordingServer(ssl_context=context) as running:
        yield running


def test_tls_is_verified_by_default(tls_server: RecordingServer) -> None:
    with Urllib3Transport() as transport, pytest.raises(CommunicationException) as info:
        transport.send(Request("GET", tls_server.url + "/v2/m/x", []))
    assert info.value.may_have_reached_platform is False
    assert tls_server.pending() == 0


def test_tls_with_ca_bundle(
    tls_server: RecordingServer, authority: trustme.CA, tmp_path: Path
) -> None:
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    tls_server.respond(200, {"ok": True})
    with Urllib3Transport(ca_bundle=str(bundle)) as transport:
        response = transport.send(Request("GET", tls_server.url + "/v2/m/x", []))
    assert response.status == 200
    assert tls_server.take().path == "/v2/m/x"


def test_bad_options_are_rejected() -> None:
    with pytest.raises(ValueError, match="max_connections"):
        Urllib3Transport(max_connections=0)
    with pytest.raises(ValueError, match="proxy"):
        Urllib3Transport(proxy="socks5://proxy:1080")


def test_missing_urllib3_says_how_to_install() -> None:
    code = (
        "import sys; sys.modules['urllib3'] = None\n"
        "try:\n    import opay_transports.urllib3\n"
        "except ImportError as exc:\n    print(exc)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert 'pip install "onlinepayments-opay[urllib3]"' in out


class _KeepAliveOrigin:
    """A server for one connection: answers one request, keeps the connection open and
    sets ``closed`` when the client closes it."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.closed = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.listener.accept()
        with conn:
            conn.settimeout(10)
            received = b""
            while b"\r\n\r\n" not in received:
                received += conn.recv(4096)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
            while conn.recv(4096):  # b"": the client closed its end
                pass
            self.closed.set()

    def stop(self) -> None:
        self.listener.close()
        self.thread.join(timeout=10)


def test_close_closes_the_kept_connections_of_every_origin() -> None:
    origins = [_KeepAliveOrigin() for _ in range(3)]
    try:
        transport = Urllib3Transport(max_connections=1)
        for origin in origins:
            response = transport.send(Request("GET", origin.url + "/v2/m/x", []))
            assert (response.status, response.body) == (200, b"{}")
        assert not any(origin.closed.is_set() for origin in origins)  # kept alive
        transport.close()
        assert all(origin.closed.wait(10) for origin in origins)
    finally:
        for origin in origins:
            origin.stop()


def test_requests_to_several_origins_each_reuse_their_own_connection() -> None:
    servers = [RecordingServer().start() for _ in range(2)]
    try:
        with Urllib3Transport(max_connections=1) as transport:
            for _ in range(3):
                for running in servers:
                    running.respond(200, {"port": running.port})
                    response = transport.send(Request("GET", running.url + "/v2/m/x?a=1", []))
                    assert response.body == f'{{"port": {running.port}}}'.encode()
        for running in servers:
            seen = [running.take() for _ in range(3)]
            assert {request.target for request in seen} == {"/v2/m/x?a=1"}
            assert len({request.client_port for request in seen}) == 1
    finally:
        for running in servers:
            running.stop()
