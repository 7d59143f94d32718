"""One configuration vocabulary: the values of opay.options, their defaults defined once and
used by both clients, every transport, the properties file and the environment."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import opay
from opay import AsyncClient, Client, ConfigurationError
from opay.config import load_configuration
from opay.environment import configuration_from_env
from opay.options import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_READ_TIMEOUT,
    TLS,
    Limits,
    Proxy,
    Timeout,
)
from opay.transport import Request, Response
from opay_transports.httpx import AsyncHttpxTransport, HttpxTransport
from opay_transports.memory import AsyncMemoryTransport
from opay_transports.stdlib import StdlibTransport
from opay_transports.urllib3 import Urllib3Transport

ENDPOINT = "https://api.example.com"


def test_the_values_are_exported_and_frozen() -> None:
    assert (opay.Timeout, opay.Limits, opay.Proxy, opay.TLS) == (Timeout, Limits, Proxy, TLS)
    timeout = Timeout()
    with pytest.raises(AttributeError):
        timeout.read = 1  # type: ignore[misc]
    assert (timeout.connect, timeout.read) == (DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT)
    assert timeout.attempt_limit == DEFAULT_CONNECT_TIMEOUT + 2 * DEFAULT_READ_TIMEOUT
    assert Timeout(attempt=9).attempt_limit == 9 and Timeout().total is None
    assert Limits().max_connections == DEFAULT_MAX_CONNECTIONS


def test_a_transport_built_directly_has_the_clients_defaults() -> None:
    for direct in (Urllib3Transport(), StdlibTransport(), HttpxTransport()):
        with direct, Client(ENDPOINT, "id", "secret") as client:
            made = client.communicator.transport.options  # type: ignore[attr-defined]
            assert direct.options == made
            assert direct.options.read_timeout == DEFAULT_READ_TIMEOUT
    configuration = Client(ENDPOINT, "id", "secret").communicator.configuration
    assert configuration.timeout == Timeout() and configuration.limits == Limits()
    assert configuration.tls == TLS()


def test_the_clients_settings_reach_the_transport_it_makes() -> None:
    with Client(
        ENDPOINT,
        "id",
        "secret",
        timeout=Timeout(connect=1, read=2, attempt=4, total=9),
        limits=Limits(max_connections=3, max_response_size=1000),
        proxy=Proxy.from_url("http://me:s3cret@proxy.example:3128"),
    ) as client:
        options = client.communicator.transport.options  # type: ignore[attr-defined]
        assert (options.connect_timeout, options.read_timeout, options.attempt_timeout) == (1, 2, 4)
        assert (options.max_connections, options.max_response_size) == (3, 1000)
        assert options.proxy is not None and options.proxy.password == "s3cret"
        configuration = client.communicator.configuration
        assert configuration.total_timeout == 9
        assert "s3cret" not in repr(configuration) and "s3cret" not in repr(options)


async def test_the_async_client_too() -> None:
    async with AsyncClient(ENDPOINT, "id", "secret", read_timeout=7, max_connections=2) as client:
        transport = client.communicator.transport
        assert isinstance(transport, AsyncHttpxTransport) or hasattr(transport, "_options")
        configuration = client.communicator.configuration
        assert configuration.timeout.read == 7 and configuration.limits.max_connections == 2


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"read_timeout": 0.5}, "read_timeout"),
        ({"max_connections": 2, "proxy": "http://proxy:1"}, "max_connections, proxy"),
        ({"tls": TLS(ca_bundle=None)}, "tls"),
        ({"timeout": Timeout(read=1)}, "timeout (its connect, read or attempt part)"),
        ({"limits": Limits(max_connections=1)}, "limits (its max_connections)"),
    ],
)
def test_transport_settings_given_with_a_transport_are_refused(
    options: dict[str, Any], named: str
) -> None:
    with pytest.raises(TypeError) as caught:
        Client(ENDPOINT, "id", "secret", transport=StdlibTransport(), **options)
    assert str(caught.value).startswith(f"{named} would be ignored")
    with pytest.raises(TypeError) as caught:
        AsyncClient(ENDPOINT, "id", "secret", transport=AsyncMemoryTransport(_never), **options)
    assert str(caught.value).startswith(f"{named} would be ignored")


def _never(request: Request) -> Response:
    raise AssertionError("nothing is sent")


def test_what_the_client_itself_applies_is_allowed_with_a_transport() -> None:
    transport = StdlibTransport()
    with Client(
        ENDPOINT,
        "id",
        "secret",
        transport=transport,
        total_timeout=3,
        max_response_size=100,
    ) as client:
        configuration = client.communicator.configuration
        assert (configuration.total_timeout, configuration.max_response_size) == (3, 100)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"timeout": Timeout(), "read_timeout": 1}, "give timeout= or read_timeout, not both"),
        ({"limits": Limits(), "max_response_size": 1}, "give limits= or max_response_size"),
        ({"timeout": 5}, "timeout must be an opay.Timeout"),
        ({"read_timeouts": 5}, "unknown client option(s): read_timeouts"),
    ],
)
def test_a_value_and_its_flat_names_together_are_refused(
    options: dict[str, Any], message: str
) -> None:
    with pytest.raises(TypeError) as caught:
        Client(ENDPOINT, "id", "secret", **options)
    assert message in str(caught.value)


def test_bad_values_are_configuration_errors_naming_the_setting() -> None:
    with pytest.raises(ConfigurationError, match="attempt_timeout must be a positive"):
        Client(ENDPOINT, "id", "secret", attempt_timeout=-1)
    with pytest.raises(ConfigurationError, match="proxy must be an http") as caught:
        Client(ENDPOINT, "id", "secret", proxy="socks5://me:s3cret@proxy:1080")
    assert "s3cret" not in str(caught.value)


def test_the_properties_file_and_the_environment_use_the_same_defaults_and_names(
    tmp_path: Path,
) -> None:
    path = tmp_path / "payments.prp"
    path.write_text(
        "[OnlinePaymentsSDK]\n"
        "onlinePayments.api.endpoint.host=api.example.com\n"
        "onlinePayments.api.attemptTimeout=20\n"
        "onlinePayments.api.totalTimeout=45\n",
        encoding="utf-8",
    )
    from_file = load_configuration(path, "id", "secret")
    assert from_file.timeout == Timeout(attempt=20, total=45)
    assert from_file.limits == Limits()
    from_env = configuration_from_env(
        {
            "OPAY_API_ENDPOINT": ENDPOINT,
            "OPAY_API_KEY_ID": "id",
            "OPAY_SECRET_API_KEY": "secret",
            "OPAY_ATTEMPT_TIMEOUT": "20",
            "OPAY_TOTAL_TIMEOUT": "45",
        }
    )
    assert from_env.timeout == from_file.timeout and from_env.limits == from_file.limits
