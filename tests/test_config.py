"""The communicator configuration and its properties-file loader."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


# --- secrets never echoed, values never silently changed --------------------------------------

SECRET = "Pw5xQz9k"
MALFORMED_URLS = [
    f"http://user:{SECRET}@",
    f"http://user:{SECRET}@:3128",
    f"http://user:{SECRET}@proxy:bad",
    f"http://user:{SECRET}@proxy:99999",
    f"ftp://user:{SECRET}@proxy:3128",
    f"user:{SECRET}@proxy:3128",
    f"//user:{SECRET}@proxy:3128",
    f"http:/user:{SECRET}@proxy:3128",
    f"http:user:{SECRET}@proxy",
    f"http://user:{SECRET}@proxy:3128/path",
    f"http://user:{SECRET}@proxy:3128?q=1",
    f"http://user:{SECRET}@proxy:3128#frag",
    f"http://user:{SECRET[:3]}/{SECRET[3:]}@proxy:3128",
    f"http://user:{SECRET[:3]}?{SECRET[3:]}@proxy:3128",
    f"http://user:{SECRET[:3]}#{SECRET[3:]}@proxy:3128",
    f"http://user:{SECRET[:3]}@{SECRET[3:]}@proxy:3128",
    f"http://user:{SECRET[:3]} {SECRET[3:]}@proxy:3128",
    f"http://user:{SECRET[:3]}\n{SECRET[3:]}@proxy:3128",
    f"http://user:{SECRET[:3]}\t{SECRET[3:]}@proxy",
    f"http://user:{SECRET}@[::1",
    f"http://user:{SECRET}@proxy:3128:3129",
    f"https://user:{SECRET}@",
    f"http://:{SECRET}@proxy:3128",
    f"HTTP://user:{SECRET}@proxy:3128",
    f"http://user:{SECRET}@proxy:3128/",
    f"http://user:{SECRET}@pro xy:3128",
    f" http://user:{SECRET}@proxy:3128\x1b",
]


def _secret_pieces_absent(text: str) -> None:
    assert SECRET[:3] + SECRET[3:] not in text
    assert SECRET[3:] not in text, text


def _outcome(build: object) -> str:
    """The message of the error ``build()`` raises, or the repr of what it returns."""
    try:
        return repr(build())  # type: ignore[operator]
    except (ConfigurationError, ValueError) as exc:
        return f"{exc} {exc!r}"


@pytest.mark.parametrize("url", MALFORMED_URLS)
def test_no_proxy_or_endpoint_url_form_echoes_its_password(url: str) -> None:
    from opay.options import Proxy

    def proxy() -> object:
        return CommunicatorConfiguration("https://h", "k", "s", proxy_uri=url)

    def endpoint() -> object:
        return CommunicatorConfiguration(url, "k", "s")

    def transport_proxy() -> object:
        return Proxy.from_url(url)

    def request_endpoint() -> object:
        from opay.request import RequestSettings

        return RequestSettings(url, "k", "s", "e30=")

    for build in (proxy, endpoint, transport_proxy, request_endpoint):
        _secret_pieces_absent(_outcome(build))


@pytest.mark.parametrize("url", [u for u in MALFORMED_URLS if "\n" not in u])
def test_no_proxy_url_in_a_file_echoes_its_password(tmp_path: Path, url: str) -> None:
    path = write(tmp_path, MINIMAL + f"onlinePayments.api.proxy.uri={url}\n")
    _secret_pieces_absent(_outcome(lambda: load_configuration(path, "k", "s")))


def test_credentials_in_an_endpoint_are_refused_without_being_shown() -> None:
    with pytest.raises(ConfigurationError, match="must not contain credentials") as info:
        CommunicatorConfiguration(f"https://user:{SECRET}@api.example", "k", "s")
    assert SECRET not in str(info.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MINIMAL + "this line has no equals sign\n", "line(s) 5: neither a key with its value"),
        ("onlinePayments.api.endpoint.host=h\n", "line 1 comes before any [section] header"),
        (
            MINIMAL + "onlinePayments.api.integrator=again\n",
            "key onlinePayments.api.integrator is given twice",
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            MINIMAL + f"onlinePayments.api.proxy.password {SECRET}\n",
            r"line\(s\) 5: neither a key with its value",
        ),
        (f"onlinePayments.api.proxy.password={SECRET}\n" + MINIMAL, "line 1 comes before"),
        (
            MINIMAL + f"onlinePayments.api.proxy.password={SECRET}\n"
            f"onlinePayments.api.proxy.password={SECRET}x\n",
            r"key onlinePayments.api.proxy.password is given twice in \[OnlinePaymentsSDK\]",
        ),
        (MINIMAL + f"[OnlinePaymentsSDK]\nx={SECRET}\n", "section .* is given twice"),
    ],
)
def test_parse_errors_never_echo_the_file(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigurationError, match=expected) as info:
        load_configuration(path, "k", "s")
    assert SECRET not in str(info.value) and SECRET not in repr(info.value)
    assert str(path) in str(info.value)
    assert info.value.__cause__ is None  # configparser's message is not chained either


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("endpoint.host", "payment.preprod.example.com\n    evil.example"),
        ("endpoint.host", "payment.preprod.example.com\n\n\tevil.example"),
        ("endpoint.scheme", "https\n  http"),
        ("endpoint.port", "443\n  8443"),
        ("proxy.uri", "http://proxy:3128\n  .evil.example"),
        ("proxy.username", f"user\n  {SECRET}"),
        ("proxy.password", f"Pw5\n  {SECRET[3:]}"),
        ("integrator", "Shop\n  Inc."),
    ],
)
def test_an_indented_continuation_line_is_refused(tmp_path: Path, key: str, value: str) -> None:
    base = MINIMAL.replace("onlinePayments.api.endpoint.host=payment.preprod.example.com\n", "")
    if key != "endpoint.host":
        base += "onlinePayments.api.endpoint.host=payment.preprod.example.com\n"
    if key.startswith("proxy.") and key != "proxy.uri":
        base += "onlinePayments.api.proxy.uri=http://proxy:3128\n"
    path = write(tmp_path, base + f"onlinePayments.api.{key}={value}\n")
    with pytest.raises(ConfigurationError, match="indented") as info:
        load_configuration(path, "k", "s")
    assert f"onlinepayments.api.{key.lower()}" in str(info.value).lower()
    assert SECRET[3:] not in str(info.value)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("endpoint.host", "payment.pre\x1bprod.example.com"),
        ("endpoint.host", "payment\tpreprod.example.com"),
        ("endpoint.scheme", "ht\x00tps"),
        ("endpoint.port", "44\x073"),
        ("proxy.uri", "http://pro\x1bxy:3128"),
        ("proxy.password", f"Pw5\x07{SECRET[3:]}"),
        ("proxy.username", f"us\x1ber{SECRET[3:]}"),
    ],
)
def test_a_control_character_in_a_value_is_refused(tmp_path: Path, key: str, value: str) -> None:
    text = MINIMAL + "onlinePayments.api.proxy.uri=http://proxy:3128\n"
    text = text.replace("onlinePayments.api.endpoint.host=payment.preprod.example.com\n", "")
    if key != "endpoint.host":
        text += "onlinePayments.api.endpoint.host=payment.preprod.example.com\n"
    if key == "proxy.uri":
        text = text.replace("onlinePayments.api.proxy.uri=http://proxy:3128\n", "")
    path = write(tmp_path, text + f"onlinePayments.api.{key}={value}\n")
    with pytest.raises(ConfigurationError, match="control character") as info:
        load_configuration(path, "k", "s")
    assert f"onlinepayments.api.{key.lower()}" in str(info.value).lower()
    assert SECRET[3:] not in str(info.value)


@pytest.mark.parametrize(
    "field", ["api_key_id", "secret_api_key", "proxy_username", "proxy_password"]
)
@pytest.mark.parametrize("control", ["\n", "\r", "\x1b", "\x00"])
def test_control_characters_in_credentials_are_refused(field: str, control: str) -> None:
    args: dict[str, object] = {
        "api_endpoint": "https://h",
        "api_key_id": "k",
        "secret_api_key": "s",
        "proxy_uri": "http://proxy:3128",
        "proxy_username": "u",
        field: f"Pw5{control}{SECRET[3:]}",
    }
    with pytest.raises(ConfigurationError, match=field) as info:
        CommunicatorConfiguration(**args)  # type: ignore[arg-type]
    assert SECRET[3:] not in str(info.value)


def test_endpoint_and_proxy_urls_with_control_characters_are_refused() -> None:
    for url in ("https://api.exa\nmple.com", "https://api.example.com\t", "https://api\x1b.ex"):
        with pytest.raises(ConfigurationError, match="control characters"):
            CommunicatorConfiguration(url, "k", "s")
        with pytest.raises(ConfigurationError, match="control characters"):
            CommunicatorConfiguration("https://h", "k", "s", proxy_uri=url + "x")


_CHECKED_KEYS = [
    "endpoint.host",
    "endpoint.scheme",
    "endpoint.port",
    "proxy.uri",
    "proxy.username",
    "proxy.password",
]
_GOOD_VALUES = {
    "endpoint.host": "payment.preprod.example.com",
    "endpoint.scheme": "https",
    "endpoint.port": "443",
    "proxy.uri": "http://proxy:3128",
    "proxy.username": "user",
    "proxy.password": "Pw5",
}
_control_characters = st.one_of(
    st.characters(max_codepoint=0x1F),
    st.characters(min_codepoint=0x7F, max_codepoint=0x9F),
    st.sampled_from(["\n ", "\n\t", "\n\n  ", "\u2028"]),
)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_CHECKED_KEYS), _control_characters, st.sampled_from(["", " "]))
def test_no_control_character_or_continuation_changes_a_value(
    key: str, control: str, space: str
) -> None:
    values = dict(_GOOD_VALUES)
    values[key] = values[key] + space + control + SECRET[3:]
    text = "[OnlinePaymentsSDK]\n" + "".join(
        f"onlinePayments.api.{name}={value}\n" for name, value in values.items()
    )
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder), text)
        with pytest.raises(ConfigurationError) as info:
            load_configuration(path, "k", "s")
    assert SECRET[3:] not in str(info.value)
