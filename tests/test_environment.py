"""``Client.from_env()`` and ``AsyncClient.from_env()``: configuration from ``OPAY_*``."""

from __future__ import annotations

import pytest

from opay import AsyncClient, Client, ConfigurationError
from opay.config import DEFAULT_SOCKET_TIMEOUT
from opay.environment import configuration_from_env
from opay.sandbox import Sandbox
from opay_transports.memory import AsyncMemoryTransport

BASE = {
    "OPAY_API_ENDPOINT": "https://payment.preprod.direct.worldline-solutions.com",
    "OPAY_API_KEY_ID": "key-id",
    "OPAY_SECRET_API_KEY": "c2VjcmV0LXNlY3JldA==",
}


def test_required_variables_and_defaults() -> None:
    configuration = configuration_from_env(BASE)
    assert configuration.api_endpoint == BASE["OPAY_API_ENDPOINT"]
    assert (configuration.api_key_id, configuration.secret_api_key) == (
        "key-id",
        BASE["OPAY_SECRET_API_KEY"],
    )
    assert configuration.socket_timeout == DEFAULT_SOCKET_TIMEOUT
    assert configuration.proxy_uri is None and configuration.integrator is None


def test_every_missing_required_variable_is_named_at_once() -> None:
    with pytest.raises(ConfigurationError) as caught:
        configuration_from_env({"OPAY_API_KEY_ID": "  ", "OPAY_OTHER": "x"})
    message = str(caught.value)
    assert message.startswith("environment: missing required variable(s) ")
    assert "OPAY_API_ENDPOINT, OPAY_API_KEY_ID, OPAY_SECRET_API_KEY (required" in message


def test_optional_settings() -> None:
    configuration = configuration_from_env(
        {
            **BASE,
            "OPAY_INTEGRATOR": "Shop",
            "OPAY_CONNECT_TIMEOUT": "1.5",
            "OPAY_READ_TIMEOUT": "20",
            "OPAY_MAX_CONNECTIONS": "4",
            "OPAY_MAX_RESPONSE_SIZE": "1024",
            "OPAY_PROXY": "http://user:p%40ss@proxy.example:3128",
            "OPAY_RETRY_MAX_ATTEMPTS": "1",
            "OPAY_RETRY_BASE_DELAY": "0",
            "OPAY_RETRY_MAX_DELAY": "2",
            "OPAY_RETRY_DEADLINE": "9",
            "OPAY_READ_TIMEOUT_TYPO": "ignored",
        }
    )
    assert configuration.integrator == "Shop"
    assert (configuration.connect_timeout, configuration.socket_timeout) == (1.5, 20.0)
    assert (configuration.max_connections, configuration.max_response_size) == (4, 1024)
    assert configuration.proxy_uri == "http://proxy.example:3128"
    assert (configuration.proxy_username, configuration.proxy_password) == ("user", "p@ss")
    retry = configuration.retry
    assert (retry.max_attempts, retry.base_delay, retry.max_delay, retry.deadline) == (1, 0, 2, 9)
    assert "p@ss" not in repr(configuration)


@pytest.mark.parametrize(
    ("name", "value", "what"),
    [
        ("OPAY_READ_TIMEOUT", "soon", "a positive number of seconds"),
        ("OPAY_CONNECT_TIMEOUT", "0", "a positive number of seconds"),
        ("OPAY_CONNECT_TIMEOUT", "inf", "a positive number of seconds"),
        ("OPAY_MAX_CONNECTIONS", "0", "an integer >= 1"),
        ("OPAY_MAX_RESPONSE_SIZE", "1.5", "a number of bytes >= 1"),
        ("OPAY_RETRY_MAX_ATTEMPTS", "-1", "an integer >= 1"),
        ("OPAY_RETRY_DEADLINE", "nan", "a number of seconds >= 0"),
    ],
)
def test_an_invalid_value_is_named_in_the_properties_files_words(
    name: str, value: str, what: str
) -> None:
    with pytest.raises(ConfigurationError) as caught:
        configuration_from_env({**BASE, name: value})
    assert str(caught.value) == f"environment: {name} must be {what}, got {value!r}"


def test_an_invalid_endpoint_names_the_environment_and_no_secret() -> None:
    with pytest.raises(ConfigurationError, match=r"^environment: api_endpoint") as caught:
        configuration_from_env({**BASE, "OPAY_API_ENDPOINT": "ftp://host"})
    assert BASE["OPAY_SECRET_API_KEY"] not in str(caught.value)


def test_from_env_reads_os_environ_and_calls_the_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    with Sandbox() as sb:
        monkeypatch.setenv("OPAY_API_ENDPOINT", sb.endpoint)
        monkeypatch.setenv("OPAY_API_KEY_ID", sb.api_key_id)
        monkeypatch.setenv("OPAY_SECRET_API_KEY", sb.secret_api_key)
        monkeypatch.setenv("OPAY_INTEGRATOR", "env shop")
        with Client.from_env() as client:
            assert client.communicator.configuration.integrator == "env shop"
            products = client.merchant(sb.merchant_id).products()
            assert products.get_payment_products() is not None


async def test_async_from_env_takes_a_mapping_and_a_transport() -> None:
    with Sandbox() as sb:
        environ = {
            "OPAY_API_ENDPOINT": sb.endpoint,
            "OPAY_API_KEY_ID": sb.api_key_id,
            "OPAY_SECRET_API_KEY": sb.secret_api_key,
        }
        async with AsyncClient.from_env(environ, transport=AsyncMemoryTransport(sb.handle)) as client:
            assert isinstance(client, AsyncClient)
            products = client.merchant(sb.merchant_id).products()
            assert await products.get_payment_products() is not None


@pytest.mark.parametrize(
    ("variables", "named"),
    [
        ({"OPAY_READ_TIMEOUT": "1"}, "OPAY_READ_TIMEOUT"),
        (
            {"OPAY_MAX_CONNECTIONS": "2", "OPAY_PROXY": "http://proxy:1"},
            "OPAY_MAX_CONNECTIONS, OPAY_PROXY",
        ),
    ],
)
def test_transport_variables_with_a_transport_of_ones_own_are_refused(
    variables: dict[str, str], named: str
) -> None:
    from opay_transports.memory import MemoryTransport

    def never(_request: object) -> object:
        raise AssertionError("nothing is sent")

    with pytest.raises(TypeError) as caught:
        Client.from_env({**BASE, **variables}, transport=MemoryTransport(never))  # type: ignore[arg-type]
    assert str(caught.value).startswith(f"{named} would be ignored")
    with pytest.raises(TypeError) as caught:
        AsyncClient.from_env({**BASE, **variables}, transport=AsyncMemoryTransport(never))  # type: ignore[arg-type]
    assert str(caught.value).startswith(f"{named} would be ignored")
    # the same variables without a transport of one's own configure the one opay makes
    with Client.from_env({**BASE, **variables}) as client:
        assert client.communicator.configuration.max_connections >= 1
