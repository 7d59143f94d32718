"""The sandbox served over real sockets and in memory, with a scripted application behind it.

The application here records what reaches it, so that these tests can tell what the server
did (keep-alive, bodies, faults before or after execution) independently of the simulator.
"""

from __future__ import annotations

import http.client
import json
import socket
from collections.abc import Iterator
from typing import Any

import pytest

from opay.exceptions import CommunicationException
from opay.sandbox import Faults, Sandbox
from opay.sandbox.faults import Mode
from opay.transport import Request, Response


class ScriptedApp:
    """Answers every API request with a JSON echo of what it received."""

    def __init__(self) -> None:
        self.base_url = "http://127.0.0.1"
        self.seen: list[Request] = []
        self.fail_next = False

    def handle(self, request: Request) -> Response:
        self.seen.append(request)
        if self.fail_next:
            self.fail_next = False
            raise RuntimeError("simulated bug")
        if request.url.endswith("/_sandbox/payments"):
            payload: Any = [{"id": "p1"}]
        else:
            payload = {
                "method": request.method,
                "url": request.url,
                "body": request.body.decode(),
                "marker": request.header("X-Marker"),
            }
        body = json.dumps(payload).encode()
        return Response(200, [("Content-Type", "application/json")], body)

    def hosted_checkout(self, hosted_checkout_id: str) -> dict[str, Any]:
        raise KeyError(hosted_checkout_id)

    def complete_hosted_checkout(self, hosted_checkout_id: str, card: dict[str, str]) -> str:
        raise KeyError(hosted_checkout_id)

    def hosted_tokenization(self, hosted_tokenization_id: str) -> dict[str, Any]:
        raise KeyError(hosted_tokenization_id)

    def complete_hosted_tokenization(
        self, hosted_tokenization_id: str, card: dict[str, str]
    ) -> str:
        raise KeyError(hosted_tokenization_id)

    def challenge(self, payment_id: str) -> dict[str, Any]:
        raise KeyError(payment_id)

    def complete_challenge(self, payment_id: str, approve: bool) -> str:
        raise KeyError(payment_id)


@pytest.fixture
def app() -> ScriptedApp:
    return ScriptedApp()


@pytest.fixture
def sandbox(app: ScriptedApp) -> Iterator[Sandbox]:
    with Sandbox(app=app) as sb:
        yield sb


def _connect(sb: Sandbox) -> http.client.HTTPConnection:
    return http.client.HTTPConnection("127.0.0.1", sb.port, timeout=10)


def test_threaded_sandbox_listens_on_a_free_local_port(sandbox: Sandbox) -> None:
    assert sandbox.running
    assert sandbox.port > 0
    assert sandbox.endpoint == f"http://127.0.0.1:{sandbox.port}"
    assert sandbox.app.base_url == sandbox.endpoint


def test_requests_reach_the_app_with_full_url_headers_and_body(
    sandbox: Sandbox, app: ScriptedApp
) -> None:
    conn = _connect(sandbox)
    try:
        conn.request("POST", "/v2/m1/payments?x=1", body=b'{"a":1}', headers={"X-Marker": "yes"})
        response = conn.getresponse()
        data = json.loads(response.read())
    finally:
        conn.close()
    assert response.status == 200
    assert data == {
        "method": "POST",
        "url": f"{sandbox.endpoint}/v2/m1/payments?x=1",
        "body": '{"a":1}',
        "marker": "yes",
    }


def test_keep_alive_serves_several_requests_on_one_connection(sandbox: Sandbox) -> None:
    conn = _connect(sandbox)
    try:
        conn.request("GET", "/v2/m1/one")
        first = conn.getresponse()
        assert first.version == 11
        assert int(first.headers["Content-Length"]) == len(first.read())
        sock = conn.sock
        conn.request("GET", "/v2/m1/two")
        second = conn.getresponse()
        assert json.loads(second.read())["url"].endswith("/v2/m1/two")
        assert conn.sock is sock, "the connection was not kept alive"
    finally:
        conn.close()


def test_head_answers_headers_only(sandbox: Sandbox) -> None:
    conn = _connect(sandbox)
    try:
        conn.request("HEAD", "/v2/m1/x")
        response = conn.getresponse()
        assert response.status == 200
        assert int(response.headers["Content-Length"]) > 0
        assert response.read() == b""
    finally:
        conn.close()


def test_chunked_request_bodies_are_read_whole(sandbox: Sandbox) -> None:
    conn = _connect(sandbox)
    try:
        conn.request("POST", "/v2/m1/chunks", body=iter([b'{"part":', b'"one"}']))
        response = conn.getresponse()
        assert json.loads(response.read())["body"] == '{"part":"one"}'
    finally:
        conn.close()


def test_an_app_failure_becomes_a_500_error_response_and_the_server_lives_on(
    sandbox: Sandbox, app: ScriptedApp, capsys: pytest.CaptureFixture[str]
) -> None:
    app.fail_next = True
    conn = _connect(sandbox)
    try:
        conn.request("GET", "/v2/m1/boom")
        response = conn.getresponse()
        error = json.loads(response.read())
        conn.request("GET", "/v2/m1/after")
        after = conn.getresponse()
        after.read()
    finally:
        conn.close()
    assert response.status == 500
    assert error["errors"][0]["httpStatusCode"] == 500
    assert "errorId" in error
    assert after.status == 200
    assert "simulated bug" in capsys.readouterr().err


def test_stop_closes_idle_keep_alive_connections(app: ScriptedApp) -> None:
    sb = Sandbox(app=app).start()
    conn = _connect(sb)
    try:
        conn.request("GET", "/v2/m1/x")
        conn.getresponse().read()
        sb.stop()  # returns although the connection is still open
        assert not sb.running
        with pytest.raises(OSError):
            fresh = _connect(sb)
            try:
                fresh.request("GET", "/v2/m1/y")
                fresh.getresponse()
            finally:
                fresh.close()
    finally:
        conn.close()
        sb.stop()


def test_error_before_execution_does_not_reach_the_app(sandbox: Sandbox, app: ScriptedApp) -> None:
    sandbox.faults = Faults(error_rate=1.0, error_mode="before", seed=3)
    conn = _connect(sandbox)
    try:
        for _ in range(3):
            conn.request("POST", "/v2/m1/payments", body=b"{}")
            response = conn.getresponse()
            error = json.loads(response.read())
            assert response.status in (500, 502, 503)
            assert error["errors"][0]["httpStatusCode"] == response.status
            assert error["errorId"]
    finally:
        conn.close()
    assert app.seen == []


def test_error_after_execution_reaches_the_app(sandbox: Sandbox, app: ScriptedApp) -> None:
    sandbox.faults = Faults(error_rate=1.0, error_mode="after")
    conn = _connect(sandbox)
    try:
        conn.request("POST", "/v2/m1/payments", body=b"{}")
        response = conn.getresponse()
        response.read()
    finally:
        conn.close()
    assert response.status in (500, 502, 503)
    assert [r.method for r in app.seen] == ["POST"]


@pytest.mark.parametrize(("mode", "executed"), [("before", 0), ("after", 1)])
def test_drops_close_the_connection_without_an_answer(
    sandbox: Sandbox, app: ScriptedApp, mode: Mode, executed: int
) -> None:
    sandbox.faults = Faults(drop_rate=1.0, drop_mode=mode)
    conn = _connect(sandbox)
    try:
        conn.request("POST", "/v2/m1/payments", body=b"{}")
        with pytest.raises((http.client.RemoteDisconnected, ConnectionError)):
            conn.getresponse()
    finally:
        conn.close()
    assert len(app.seen) == executed


def test_faults_spare_pages_and_inspection_and_can_be_turned_off(
    sandbox: Sandbox, app: ScriptedApp
) -> None:
    sandbox.faults = Faults(error_rate=1.0)
    conn = _connect(sandbox)
    try:
        conn.request("GET", "/_sandbox/payments")
        inspection = conn.getresponse()
        assert json.loads(inspection.read()) == [{"id": "p1"}]
        conn.request("GET", "/hostedcheckout/unknown")
        page = conn.getresponse()
        assert page.status == 404
        assert page.read().startswith(b"<!DOCTYPE html>")
        sandbox.faults = None
        conn.request("GET", "/v2/m1/fine")
        fine = conn.getresponse()
        fine.read()
        assert fine.status == 200
    finally:
        conn.close()


def test_payments_reads_the_inspection_endpoint(sandbox: Sandbox) -> None:
    assert sandbox.payments() == [{"id": "p1"}]


def test_webhook_log_endpoint_is_empty_without_webhooks(sandbox: Sandbox) -> None:
    conn = _connect(sandbox)
    try:
        conn.request("GET", "/_sandbox/webhooks")
        response = conn.getresponse()
        assert json.loads(response.read()) == []
    finally:
        conn.close()


def test_oversized_bodies_are_refused(sandbox: Sandbox, app: ScriptedApp) -> None:
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=10) as sock:
        sock.sendall(b"POST /v2/m1/x HTTP/1.1\r\nHost: a\r\nContent-Length: 999999999\r\n\r\n")
        answer = sock.recv(4096)
    assert answer.startswith(b"HTTP/1.1 413")
    assert app.seen == []


def test_in_memory_sandbox_opens_no_socket_and_applies_faults(app: ScriptedApp) -> None:
    with Sandbox(app=app, in_memory=True) as sb:
        assert not sb.running
        request = Request("GET", f"{sb.endpoint}/v2/m1/x", ())
        assert sb.handle(request).status == 200
        sb.faults = Faults(drop_rate=1.0, drop_mode="after")
        with pytest.raises(CommunicationException) as caught:
            sb.handle(request)
        assert caught.value.may_have_reached_platform
        assert len(app.seen) == 2
        sb.faults = Faults(error_rate=1.0)
        assert sb.handle(request).status in (500, 502, 503)
        assert len(app.seen) == 2


def test_bad_settings_are_refused_with_a_clear_message(app: ScriptedApp) -> None:
    with pytest.raises(ValueError, match="given together"):
        Sandbox(app=app, webhook_url="http://127.0.0.1:1/hook")
    with pytest.raises(ValueError, match="port"):
        Sandbox(app=app, port=70000)


def test_starting_twice_is_an_error(sandbox: Sandbox) -> None:
    with pytest.raises(RuntimeError, match="already running"):
        sandbox.start()
