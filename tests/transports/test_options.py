"""The options every transport shares: validation, proxy URLs, TLS contexts, missing extras."""

from __future__ import annotations

import base64
import importlib
import re
import ssl
import sys
from typing import Any
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opay.exceptions import CommunicationException
from opay.options import TLS, Limits, Proxy, Timeout
from opay.transport import Request
from opay_transports._options import (
    DEFAULT_PORTS,
    Target,
    split_url,
    transport_options,
)

from .conftest import TRANSPORTS

NETWORK_TRANSPORTS = sorted({kind.path for kind in TRANSPORTS})


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"max_connections": 0}, "max_connections must be at least 1"),
        ({"max_connections": True}, "max_connections must be an int"),
        ({"max_connections": 2.5}, "max_connections must be an int"),
        ({"connect_timeout": 0}, "connect_timeout must be a positive"),
        ({"read_timeout": -1.0}, "read_timeout must be a positive"),
        ({"read_timeout": float("inf")}, "read_timeout must be a positive"),
        ({"read_timeout": "30"}, "read_timeout must be a number"),
        ({"attempt_timeout": 0}, "attempt_timeout must be a positive"),
        ({"attempt_timeout": float("nan")}, "attempt_timeout must be a positive"),
        ({"attempt_timeout": True}, "attempt_timeout must be a number"),
        ({"verify": "yes"}, "verify must be True or False"),
        (
            {"verify": False, "allow_insecure_tls": True, "ca_bundle": __file__},
            "ca_bundle is given but verify=False",
        ),
        ({"verify": False}, "allow_insecure_tls=True as well"),
        ({"allow_insecure_tls": True}, "only meaningful with verify=False"),
        ({"ca_bundle": "/no/such/ca.pem"}, "ca_bundle does not exist"),
        ({"client_cert": "/no/such/cert.pem"}, "client_cert file does not exist"),
        ({"client_cert": ("a", "b", "c")}, "client_cert must be a PEM file path"),
        ({"proxy_username": "u"}, "without a proxy"),
        ({"proxy": "socks5://127.0.0.1:1080"}, "proxy must be an http:// or https:// URL"),
        ({"proxy": "http://"}, "proxy URL has no host"),
        ({"proxy": "http://proxy:80/path"}, "must not have a path"),
        ({"proxy": "http://proxy:99999"}, "invalid port"),
        ({"proxy": "http://:secret@proxy:80"}, "password was given without a proxy username"),
    ],
)
def test_bad_options_are_named(options: dict[str, Any], message: str) -> None:
    with pytest.raises((ValueError, TypeError), match=message):
        transport_options(**options)


@pytest.mark.parametrize("path", NETWORK_TRANSPORTS)
def test_every_transport_validates_its_options(path: str) -> None:
    module, _, name = path.partition(":")
    cls = getattr(importlib.import_module(module), name)
    with pytest.raises(ValueError, match="max_connections must be at least 1"):
        cls(max_connections=0)
    with pytest.raises(ValueError, match="connect_timeout must be a positive"):
        cls(connect_timeout=-2)


def test_defaults() -> None:
    options = transport_options()

    assert (options.max_connections, options.connect_timeout, options.read_timeout) == (10, 5, 300)
    assert (options.proxy, options.verify, options.ca_bundle, options.client_cert) == (
        None,
        True,
        None,
        None,
    )
    assert options.attempt_timeout == 605.0  # connect_timeout + 2 * read_timeout
    # the defaults are opay.options' values, the same as the clients'
    assert options.timeout == Timeout() and options.limits == Limits() and options.tls == TLS()


def test_the_value_objects_and_the_flat_names_say_the_same() -> None:
    flat = transport_options(
        connect_timeout=2,
        read_timeout=7,
        attempt_timeout=9,
        max_connections=3,
        max_response_size=None,
        proxy="http://u:p%40w@proxy.example:3128",
    )
    values = transport_options(
        timeout=Timeout(connect=2, read=7, attempt=9),
        limits=Limits(max_connections=3, max_response_size=None),
        proxy=Proxy.from_url("http://u:p%40w@proxy.example:3128"),
    )
    assert flat == values
    assert values.proxy is not None and values.proxy.password == "p@w"
    assert "p@w" not in repr(values) and "p%40w" not in repr(values)


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"timeout": Timeout(), "read_timeout": 3}, "give timeout= or read_timeout, not both"),
        (
            {"timeout": Timeout(), "connect_timeout": 1, "attempt_timeout": 2},
            "give timeout= or connect_timeout, attempt_timeout, not both",
        ),
        ({"limits": Limits(), "max_connections": 2}, "give limits= or max_connections"),
        ({"tls": TLS(), "verify": True}, "give tls= or verify, not both"),
        ({"proxy": Proxy.from_url("http://p:1"), "proxy_username": "u"}, "credentials in the"),
        ({"timeout": 30}, "timeout must be an opay.Timeout"),
        ({"proxy": 3128}, "proxy must be a URL or an opay.Proxy"),
    ],
)
def test_a_value_and_its_flat_names_together_are_refused(
    options: dict[str, Any], named: str
) -> None:
    with pytest.raises(TypeError, match=re.escape(named)):
        transport_options(**options)


def test_proxy_errors_never_show_credentials() -> None:
    for url in (
        "ftp://user:s3cret@proxy:1",
        "http://user:s3cret@proxy:99999/x",
        "http://user:s3cret@",
    ):
        with pytest.raises(ValueError) as caught:
            Proxy.from_url(url)
        assert "s3cret" not in str(caught.value)


def test_the_attempt_timeout_follows_the_other_timeouts_unless_given() -> None:
    assert transport_options(connect_timeout=5, read_timeout=300).attempt_timeout == 605.0
    assert transport_options(read_timeout=300, attempt_timeout=20).attempt_timeout == 20.0


def test_proxy_credentials_come_from_the_url_percent_decoded() -> None:
    proxy = Proxy.from_url("http://al%40ice:p%3Ass%2Fw%C3%BCrd@proxy.example:3128")

    assert (proxy.host, proxy.port, proxy.username, proxy.password) == (
        "proxy.example",
        3128,
        "al@ice",
        "p:ss/würd",
    )
    assert proxy.url == "http://proxy.example:3128"
    assert proxy.url_with_credentials == "http://al%40ice:p%3Ass%2Fw%C3%BCrd@proxy.example:3128"
    assert (
        proxy.authorization() == "Basic " + base64.b64encode("al@ice:p:ss/würd".encode()).decode()
    )
    assert "p:ss" not in repr(proxy)


def test_explicit_proxy_credentials_win_and_ports_default_by_scheme() -> None:
    proxy = Proxy.from_url("http://old:old@proxy.example", "new", "secret")

    assert (proxy.port, proxy.username, proxy.password) == (80, "new", "secret")
    assert Proxy.from_url("https://[::1]").authority == "[::1]:443"
    assert Proxy.from_url("http://proxy.example:8080").authorization() is None


def test_tls_context_verifies_by_default_and_can_be_told_not_to() -> None:
    strict = transport_options().ssl_context()
    lax = transport_options(verify=False, allow_insecure_tls=True).ssl_context()

    assert (strict.verify_mode, strict.check_hostname) == (ssl.CERT_REQUIRED, True)
    assert (lax.verify_mode, lax.check_hostname) == (ssl.CERT_NONE, False)
    assert strict.minimum_version >= ssl.TLSVersion.TLSv1_2


def test_tls_context_trusts_the_given_ca_bundle(ca_bundle: str) -> None:
    context = transport_options(ca_bundle=ca_bundle).ssl_context()

    assert len(context.get_ca_certs()) == 1


@pytest.mark.parametrize(
    ("adapter", "hidden", "extra"),
    [
        ("aiohttp", ["aiohttp"], "aiohttp"),
        ("urllib3", ["urllib3"], "urllib3"),
        ("httpx", ["httpx", "httpx2"], "httpx"),
    ],
)
def test_a_missing_library_names_the_extra_to_install(
    monkeypatch: pytest.MonkeyPatch, adapter: str, hidden: list[str], extra: str
) -> None:
    for library in hidden:
        monkeypatch.setitem(sys.modules, library, None)
    monkeypatch.delitem(sys.modules, f"opay_transports.{adapter}", raising=False)

    with pytest.raises(ImportError, match=rf'pip install "onlinepayments-opay\[{extra}\]"'):
        importlib.import_module(f"opay_transports.{adapter}")


def test_httpx_transports_prefer_httpx2_and_can_be_told_which_library_to_use(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from opay_transports.httpx import HttpxTransport

    with HttpxTransport() as preferred, HttpxTransport(library="httpx") as chosen:
        assert (preferred.library, chosen.library) == ("httpx2", "httpx")
    with pytest.raises(ValueError, match="library must be one of httpx2, httpx"):
        HttpxTransport(library="requests")

    monkeypatch.setitem(sys.modules, "httpx2", None)
    with HttpxTransport() as fallback:
        assert fallback.library == "httpx"
    with pytest.raises(ImportError, match=r'pip install "onlinepayments-opay\[httpx2\]"'):
        HttpxTransport(library="httpx2")


_ORIGINS = [
    "http://127.0.0.1:8080",
    "https://h.example",
    "https://h.example:443",
    "https://H.Example",
    "http://[::1]:81",
    "https://user@b.example",
    "http://h:99999",
    "ftp://x",
    "http://",
]


@settings(max_examples=1000)
@given(st.sampled_from(_ORIGINS), st.text(max_size=30))
def test_split_url_agrees_with_urlsplit_every_time(origin: str, rest: str) -> None:
    # The origins of URLs already seen are kept: the second split must agree as well.
    request = Request("POST", f"{origin}/{rest}", [], b"")
    parts = urlsplit(request.url)
    expected: object
    try:
        port = parts.port or DEFAULT_PORTS.get(parts.scheme, 0)
        if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
            raise ValueError
        expected = Target(
            parts.scheme,
            parts.hostname,
            port,
            (parts.path or "/") + (f"?{parts.query}" if parts.query else ""),
        )
    except ValueError:
        expected = CommunicationException
    for _ in range(2):
        if expected is CommunicationException:
            with pytest.raises(CommunicationException, match="was not sent"):
                split_url(request)
        else:
            assert split_url(request) == expected
