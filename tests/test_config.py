"""The communicator configuration and its properties-file loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from opay.config import (
    CommunicatorConfiguration,
    load_configuration,
    proxy_url_with_credentials,
)
from opay.exceptions import ConfigurationError, OpayError

FULL = """\
[OnlinePaymentsSDK]
onlinePayments.api.endpoint.host=payment.preprod.example.com
onlinePayments.api.endpoint.scheme=https
onlinePayments.api.endpoint.port=8443
onlinePayments.api.authorizationType=v1HMAC
onlinePayments.api.connectTimeout=3
onlinePayments.api.socketTimeout=12.5
onlinePayments.api.maxConnections=4
onlinePayments.api.integrator=Shop Inc.
onlinePayments.api.proxy.uri=http://proxy.example.com:3128
onlinePayments.api.proxy.username=proxy-user
onlinePayments.api.proxy.password=proxy%secret
onlinePayments.api.shoppingCartExtension.creator=Creator
onlinePayments.api.shoppingCartExtension.name=Cart
onlinePayments.api.shoppingCartExtension.version=1.0
onlinePayments.api.shoppingCartExtension.extensionId=ext-1
"""

MINIMAL = """\
[OnlinePaymentsSDK]
onlinePayments.api.endpoint.host=payment.preprod.example.com
; The following keys are optional and use the given value by default.
onlinePayments.api.integrator=
"""


def write(tmp_path: Path, text: str, name: str = "payments_sdk.prp") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_full_file(tmp_path: Path) -> None:
    cfg = load_configuration(write(tmp_path, FULL), "key-id", "secret")
    assert cfg.api_endpoint == "https://payment.preprod.example.com:8443"
    assert (cfg.api_key_id, cfg.secret_api_key) == ("key-id", "secret")
    assert cfg.authorization_type == "v1HMAC"
    assert (cfg.connect_timeout, cfg.socket_timeout, cfg.read_timeout) == (3.0, 12.5, 12.5)
    assert cfg.max_connections == 4
    assert cfg.integrator == "Shop Inc."
    assert cfg.proxy_uri == "http://proxy.example.com:3128"
    assert (cfg.proxy_username, cfg.proxy_password) == ("proxy-user", "proxy%secret")
    cart = cfg.shopping_cart_extension
    assert cart is not None
    assert (cart.creator, cart.name, cart.version, cart.extension_id) == (
        "Creator",
        "Cart",
        "1.0",
        "ext-1",
    )


def test_defaults_of_optional_keys(tmp_path: Path) -> None:
    cfg = CommunicatorConfiguration.from_file(write(tmp_path, MINIMAL), "key-id", "secret")
    assert cfg.api_endpoint == "https://payment.preprod.example.com"
    assert (cfg.connect_timeout, cfg.socket_timeout, cfg.max_connections) == (5.0, 300.0, 10)
    assert cfg.integrator is None
    assert cfg.proxy_uri is None
    assert cfg.shopping_cart_extension is None


def test_missing_host_names_key_and_file(tmp_path: Path) -> None:
    path = write(tmp_path, "[OnlinePaymentsSDK]\nonlinePayments.api.integrator=x\n")
    with pytest.raises(ConfigurationError) as info:
        load_configuration(path, "key-id", "secret")
    assert "onlinePayments.api.endpoint.host" in str(info.value)
    assert str(path) in str(info.value)
    assert isinstance(info.value, ValueError) and isinstance(info.value, OpayError)


def test_unknown_key_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "onlinePayments.api.conectTimeout=5\n")
    with pytest.raises(ConfigurationError, match=r"(?i)unknown key.*conecttimeout") as info:
        load_configuration(path, "key-id", "secret")
    assert str(path) in str(info.value)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("onlinePayments.api.connectTimeout", "five"),
        ("onlinePayments.api.socketTimeout", "-1"),
        ("onlinePayments.api.maxConnections", "2.5"),
        ("onlinePayments.api.maxConnections", "0"),
        ("onlinePayments.api.endpoint.port", "70000"),
    ],
)
def test_bad_number_names_key_file_and_value(tmp_path: Path, key: str, value: str) -> None:
    path = write(tmp_path, MINIMAL + f"{key}={value}\n")
    with pytest.raises(ConfigurationError) as info:
        load_configuration(path, "key-id", "secret")
    message = str(info.value)
    assert key in message and str(path) in message and repr(value) in message


def test_only_v1hmac_is_supported(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "onlinePayments.api.authorizationType=v2HMAC\n")
    with pytest.raises(ConfigurationError, match=r"v2HMAC.*v1HMAC"):
        load_configuration(path, "key-id", "secret")
    with pytest.raises(ConfigurationError, match="v1HMAC"):
        CommunicatorConfiguration("https://h", "k", "s", authorization_type="OAuth2")


def test_missing_file_and_missing_section(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"nope.prp"):
        load_configuration(tmp_path / "nope.prp", "k", "s")
    path = write(tmp_path, "[Other]\na=b\n")
    with pytest.raises(ConfigurationError, match=r"\[OnlinePaymentsSDK\]"):
        load_configuration(path, "k", "s")


def test_incomplete_shopping_cart_extension(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "onlinePayments.api.shoppingCartExtension.creator=c\n")
    with pytest.raises(ConfigurationError, match=r"shoppingCartExtension.name"):
        load_configuration(path, "k", "s")


def test_proxy_credentials_without_uri(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "onlinePayments.api.proxy.username=u\n")
    with pytest.raises(ConfigurationError, match=r"proxy.uri"):
        load_configuration(path, "k", "s")


def test_host_must_be_bare(tmp_path: Path) -> None:
    text = MINIMAL.replace("payment.preprod.example.com", "https://payment.preprod.example.com")
    with pytest.raises(ConfigurationError, match=r"endpoint.host"):
        load_configuration(write(tmp_path, text), "k", "s")


def test_secrets_never_in_repr(tmp_path: Path) -> None:
    cfg = load_configuration(write(tmp_path, FULL), "key-id", "top-secret-value")
    for text in (repr(cfg), str(cfg)):
        assert "top-secret-value" not in text
        assert "proxy%secret" not in text
        assert "key-id" in text
    inline = CommunicatorConfiguration(
        "https://h", "k", "s", proxy_uri="http://u:inline-pw@proxy:8080"
    )
    assert "inline-pw" not in repr(inline)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://api.example.com", "https://api.example.com"),
        ("https://api.example.com/", "https://api.example.com"),
        ("https://api.example.com/v2/", "https://api.example.com"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
    ],
)
def test_endpoint_normalised(given: str, expected: str) -> None:
    assert CommunicatorConfiguration(given, "k", "s").api_endpoint == expected


@pytest.mark.parametrize(
    "bad", ["", "api.example.com", "ftp://api.example.com", "https://h/other", "https://u:p@h"]
)
def test_bad_endpoint(bad: str) -> None:
    with pytest.raises(ConfigurationError):
        CommunicatorConfiguration(bad, "k", "s")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"connect_timeout": 0},
        {"socket_timeout": -1.0},
        {"max_connections": 0},
        {"api_key_id": ""},
        {"secret_api_key": ""},
    ],
)
def test_bad_arguments(kwargs: dict[str, object]) -> None:
    args: dict[str, object] = {
        "api_endpoint": "https://h",
        "api_key_id": "k",
        "secret_api_key": "s",
    }
    args.update(kwargs)
    with pytest.raises(ConfigurationError):
        CommunicatorConfiguration(**args)  # type: ignore[arg-type]


def test_proxy_url_for_transports() -> None:
    cfg = CommunicatorConfiguration(
        "https://h",
        "k",
        "s",
        proxy_uri="http://proxy:3128",
        proxy_username="me@corp",
        proxy_password="p:w",
    )
    assert proxy_url_with_credentials(cfg) == "http://me%40corp:p%3Aw@proxy:3128"
    plain = CommunicatorConfiguration("https://h", "k", "s", proxy_uri="http://proxy:3128")
    assert proxy_url_with_credentials(plain) == "http://proxy:3128"


def test_unknown_key_is_shown_as_written_with_the_closest_key(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "onlinePayments.api.conectTimeout=5\n")
    with pytest.raises(ConfigurationError) as info:
        load_configuration(path, "key-id", "secret")
    message = str(info.value)
    assert "onlinePayments.api.conectTimeout (did you mean onlinePayments.api.connectTimeout?)" in (
        message
    )
    assert message.count(str(path)) == 1
    assert "known keys" not in message  # the suggestion says it; no list of every key


def test_unknown_key_far_from_any_lists_the_known_keys(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "Colour=blue\n")
    with pytest.raises(ConfigurationError) as info:
        load_configuration(path, "key-id", "secret")
    message = str(info.value)
    assert "unknown key(s) in [OnlinePaymentsSDK]: Colour (known keys: " in message
    assert "did you mean" not in message


def test_bad_value_names_the_key_as_written(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "onlinepayments.api.CONNECTTIMEOUT=soon\n")
    with pytest.raises(ConfigurationError) as info:
        load_configuration(path, "key-id", "secret")
    assert "onlinepayments.api.CONNECTTIMEOUT must be a positive number" in str(info.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MINIMAL + "this line has no equals sign\n", "line 5: not a key=value line"),
        ("onlinePayments.api.endpoint.host=h\n", "line 1: a key before any [section] header"),
        (
            MINIMAL + "onlinePayments.api.integrator=again\n",
            "line 5: key onlinePayments.api.integrator is given twice",
        ),
        (
            MINIMAL + "onlinepayments.api.integrator=again\n",
            "onlinepayments.api.integrator repeats onlinePayments.api.integrator",
        ),
    ],
)
def test_malformed_file_names_the_file_once(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigurationError) as info:
        load_configuration(path, "key-id", "secret")
    message = str(info.value)
    assert expected in message, message
    assert message.count(str(path)) == 1, message
