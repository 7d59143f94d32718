"""Every transport, sync and async, against real sockets on 127.0.0.1: same bytes on the wire,
pooling, limits, timeouts, proxies, TLS, large and odd bodies, and error semantics."""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import quote

import pytest

from opay.exceptions import CommunicationException
from opay.transport import Request, Response

from .conftest import PROXY_PASSWORD, PROXY_USER, Driver
from .wire_proxy import WireProxy
from .wire_server import BIG_BODY, CHUNKS, UTF8_TEXT, WireServer

Open = Callable[..., Driver]

SIGNED_HEADERS = (
    ("Content-Type", "application/json"),
    ("Date", "Wed, 25 Nov 2026 17:45:17 GMT"),
    ("X-GCS-ServerMetaInfo", "eyJwbGF0Zm9ybUlkZW50aWZpZXIiOiJ0ZXN0In0="),
    ("X-GCS-Idempotence-Key", "a1b2-c3d4"),
    ("Authorization", "GCS v1HMAC:key-id:Zm9vYmFyYmF6cXV4PT0="),
)
TARGET = "/echo/v2/merchant%20one/payments?limit=10&q=a%2Fb%C3%A9&empty="


def _fails(driver: Driver, request: Request) -> CommunicationException:
    with pytest.raises(CommunicationException) as caught:
        driver.send(request)
    return caught.value


def _timed_failure(driver: Driver, request: Request) -> tuple[CommunicationException, float]:
    started = time.monotonic()
    error = _fails(driver, request)
    return error, time.monotonic() - started


def test_the_bytes_that_matter_arrive_unchanged(open_transport: Open, server: WireServer) -> None:
    body = '{"amount":1000,"name":"Zoë €"}'.encode()
    request = Request("POST", server.url(TARGET), SIGNED_HEADERS, body)

    response = open_transport().send(request)

    assert response.status == 200
    assert response.body == body
    [seen] = server.requests
    assert (seen.method, seen.target, seen.body) == ("POST", TARGET, body)
    for name, value in SIGNED_HEADERS:
        assert seen.values(name) == [value], name
    assert seen.values("Host") == [f"127.0.0.1:{server.port}"]
    assert seen.values("Content-Length") in ([str(len(body))], [])


def test_no_header_is_invented_that_the_signature_covers(
    open_transport: Open, server: WireServer
) -> None:
    driver = open_transport()
    driver.send(Request("GET", server.url("/echo/a"), [("Date", "x")]))
    driver.send(Request("POST", server.url("/echo/b"), [("Date", "x")], b"raw"))
    driver.send(Request("DELETE", server.url("/echo/c"), []))

    get, post, delete = server.requests
    assert (get.method, get.body, post.body, delete.method) == ("GET", b"", b"raw", "DELETE")
    for seen in server.requests:
        assert seen.values("Content-Type") == []
        assert [n for n, _ in seen.headers if n.lower().startswith("x-gcs-")] == []
        assert seen.values("Date") in (["x"], [])
        assert seen.values("Authorization") == []


def test_responses_keep_status_headers_and_body(open_transport: Open, server: WireServer) -> None:
    response = open_transport().send(Request("GET", server.url("/missing"), []))

    assert response.status == 404
    assert response.body == b"no such path"
    assert response.header("content-type") == "application/octet-stream"
    assert response.header("Content-Length") == str(len(b"no such path"))


def test_keep_alive_connections_are_reused(open_transport: Open, server: WireServer) -> None:
    driver = open_transport()
    for number in range(5):
        assert driver.send(Request("GET", server.url(f"/echo/{number}"), [])).status == 200

    assert server.accepted == 1
    assert len(server.requests) == 5


def test_a_connection_closed_by_the_server_is_replaced(
    open_transport: Open, server: WireServer
) -> None:
    driver = open_transport()
    assert driver.send(Request("GET", server.url("/close-after"), [])).body == b"bye"
    assert server.closed_after.wait(5)

    assert driver.send(Request("GET", server.url("/echo/again"), [])).status == 200
    assert server.accepted == 2


def test_a_repeated_response_header_keeps_each_value_in_order(
    open_transport: Open, server: WireServer
) -> None:
    server.canned["twice"] = ([("X-Repeated", "one"), ("X-Repeated", "two")], b"{}")

    response = open_transport().send(Request("GET", server.url("/canned/twice"), []))

    assert [value for name, value in response.headers if name.lower() == "x-repeated"] == [
        "one",
        "two",
    ]


def test_no_cookies_are_kept(open_transport: Open, server: WireServer) -> None:
    driver = open_transport()
    driver.send(Request("GET", server.url("/cookie"), []))
    driver.send(Request("GET", server.url("/echo/next"), []))

    assert server.requests[1].values("Cookie") == []


def test_concurrent_callers_share_at_most_max_connections(
    open_transport: Open, server: WireServer
) -> None:
    driver = open_transport(max_connections=4)
    requests = [Request("GET", server.url("/gate"), []) for _ in range(16)]

    results = driver.send_all(requests)

    assert [r.body if isinstance(r, Response) else r for r in results] == [b"through"] * 16
    assert server.max_open == 4


def test_connect_timeout(open_transport: Open, unanswered_port: int) -> None:
    driver = open_transport(connect_timeout=0.5)
    url = f"http://127.0.0.1:{unanswered_port}/echo"

    error, elapsed = _timed_failure(driver, Request("GET", url, []))

    assert error.may_have_reached_platform is False
    assert 0.45 <= elapsed <= 0.75


def test_read_timeout(open_transport: Open, server: WireServer) -> None:
    driver = open_transport(read_timeout=0.5)

    error, elapsed = _timed_failure(driver, Request("GET", server.url("/slow"), []))

    assert error.may_have_reached_platform is True
    assert 0.45 <= elapsed <= 0.75
    assert len(server.requests) == 1


def test_connection_refused_was_not_sent(open_transport: Open, refused_port: int) -> None:
    request = Request("POST", f"http://127.0.0.1:{refused_port}/v2/x", [], b"{}")

    assert _fails(open_transport(), request).may_have_reached_platform is False


def test_a_server_closing_mid_response_may_have_been_reached(
    open_transport: Open, server: WireServer
) -> None:
    error = _fails(open_transport(), Request("POST", server.url("/close-mid"), [], b"{}"))

    assert error.may_have_reached_platform is True
    assert len(server.requests) == 1


def test_one_mebibyte_both_ways(open_transport: Open, server: WireServer) -> None:
    driver = open_transport()

    echoed = driver.send(Request("POST", server.url("/echo/big"), [], BIG_BODY))
    downloaded = driver.send(Request("GET", server.url("/big"), []))

    assert server.requests[0].body == BIG_BODY
    assert echoed.body == BIG_BODY
    assert downloaded.body == BIG_BODY


def test_utf8_bodies(open_transport: Open, server: WireServer) -> None:
    response = open_transport().send(Request("GET", server.url("/utf8"), []))

    assert response.body.decode("utf-8") == UTF8_TEXT


def test_chunked_responses(open_transport: Open, server: WireServer) -> None:
    response = open_transport().send(Request("GET", server.url("/chunked"), []))

    assert response.status == 200
    assert response.body == b"".join(CHUNKS)


def test_send_after_close_is_refused_as_not_sent(open_transport: Open, server: WireServer) -> None:
    driver = open_transport()
    driver.send(Request("GET", server.url("/echo/before"), []))
    driver.close()
    driver.close()

    assert (
        _fails(driver, Request("GET", server.url("/echo/after"), [])).may_have_reached_platform
        is False
    )
    assert len(server.requests) == 1


def test_tls_with_a_trusted_test_ca(
    open_transport: Open, tls_server: WireServer, ca_bundle: str
) -> None:
    driver = open_transport(ca_bundle=ca_bundle)
    request = Request("POST", tls_server.url(TARGET), SIGNED_HEADERS, b"{}")

    assert driver.send(request).body == b"{}"
    assert driver.send(request).body == b"{}"
    assert tls_server.requests[0].target == TARGET
    assert tls_server.accepted == 1


def test_tls_against_an_untrusted_certificate_is_not_sent(
    open_transport: Open, untrusted_tls_server: WireServer, ca_bundle: str
) -> None:
    driver = open_transport(ca_bundle=ca_bundle)

    error = _fails(driver, Request("POST", untrusted_tls_server.url("/echo"), [], b"{}"))

    assert error.may_have_reached_platform is False
    assert untrusted_tls_server.requests == []


# urllib3 adds its own InsecureRequestWarning per request on top of opay's logged opt-out.
@pytest.mark.filterwarnings("ignore:Unverified HTTPS request")
def test_tls_without_verification_accepts_any_certificate(
    open_transport: Open, untrusted_tls_server: WireServer
) -> None:
    response = open_transport(verify=False, allow_insecure_tls=True).send(
        Request("GET", untrusted_tls_server.url("/echo"), [])
    )

    assert response.status == 200


def test_tls_client_certificate(
    open_transport: Open,
    mutual_tls_server: WireServer,
    ca_bundle: str,
    client_cert: tuple[str, str],
) -> None:
    driver = open_transport(ca_bundle=ca_bundle, client_cert=client_cert)

    assert driver.send(Request("GET", mutual_tls_server.url("/echo"), [])).status == 200


def test_http_through_an_authenticating_proxy(
    open_transport: Open, server: WireServer, proxy: WireProxy
) -> None:
    credentials = f"{quote(PROXY_USER, safe='')}:{quote(PROXY_PASSWORD, safe='')}"
    driver = open_transport(proxy=f"http://{credentials}@{proxy.address}")
    request = Request("POST", server.url(TARGET), SIGNED_HEADERS, b"{}")

    assert driver.send(request).body == b"{}"
    [use] = proxy.uses
    assert use.authorization is not None
    assert use.method == "POST"
    assert use.target == server.url(TARGET)
    [seen] = server.requests
    assert seen.path == "/echo/v2/merchant%20one/payments"
    assert seen.values("Authorization") == [SIGNED_HEADERS[-1][1]]


def test_https_through_an_authenticating_proxy_tunnel(
    open_transport: Open, tls_server: WireServer, proxy: WireProxy, ca_bundle: str
) -> None:
    driver = open_transport(
        proxy=f"http://{proxy.address}",
        proxy_username=PROXY_USER,
        proxy_password=PROXY_PASSWORD,
        ca_bundle=ca_bundle,
    )
    request = Request("POST", tls_server.url(TARGET), SIGNED_HEADERS, b"{}")

    assert driver.send(request).body == b"{}"
    assert [(u.method, u.target) for u in proxy.uses] == [
        ("CONNECT", f"127.0.0.1:{tls_server.port}")
    ]
    assert proxy.uses[0].authorization is not None
    assert tls_server.requests[0].target == TARGET


def test_a_proxy_refusing_the_tunnel_means_not_sent(
    open_transport: Open, tls_server: WireServer, proxy: WireProxy, ca_bundle: str
) -> None:
    driver = open_transport(
        proxy=f"http://{proxy.address}",
        proxy_username=PROXY_USER,
        proxy_password="wrong-secret",
        ca_bundle=ca_bundle,
    )

    error = _fails(driver, Request("POST", tls_server.url("/echo"), [], b"{}"))

    assert error.may_have_reached_platform is False
    assert "wrong-secret" not in str(error)
    assert tls_server.requests == []
    assert [u.method for u in proxy.uses] == ["CONNECT"]


@pytest.mark.parametrize(
    "url",
    ["ftp://127.0.0.1/x", "http:///no-host", "http://127.0.0.1:99999/x", "not a url"],
)
def test_an_unusable_url_is_not_sent(open_transport: Open, url: str) -> None:
    assert _fails(open_transport(), Request("GET", url, [])).may_have_reached_platform is False


def test_an_unknown_host_is_not_sent(open_transport: Open) -> None:
    request = Request("GET", "http://no-such-host.invalid/v2", [])

    assert _fails(open_transport(), request).may_have_reached_platform is False


def test_a_single_connection_serves_several_origins_in_turn(open_transport: Open) -> None:
    first, second = WireServer(), WireServer()
    try:
        driver = open_transport(max_connections=1)
        for server in (first, second, first, second):
            assert driver.send(Request("GET", server.url("/echo"), [])).status == 200
        assert (len(first.requests), len(second.requests)) == (2, 2)
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_an_unreachable_proxy_means_not_sent(
    open_transport: Open, refused_port: int, scheme: str
) -> None:
    driver = open_transport(proxy=f"http://127.0.0.1:{refused_port}")

    error = _fails(driver, Request("POST", f"{scheme}://127.0.0.1:1/v2/x", [], b"{}"))

    assert error.may_have_reached_platform is False
