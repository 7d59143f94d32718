"""The settings of a communicator, built from arguments or read from a properties file.

The properties file is the INI format the platform's SDKs use, with one section::

    [OnlinePaymentsSDK]
    onlinePayments.api.endpoint.host=payment.preprod.direct.worldline-solutions.com
    ; The following keys are optional and use the given value by default.
    onlinePayments.api.endpoint.scheme=https
    onlinePayments.api.endpoint.port=-1
    onlinePayments.api.authorizationType=v1HMAC
    onlinePayments.api.connectTimeout=5
    onlinePayments.api.socketTimeout=300
    onlinePayments.api.maxConnections=10
    onlinePayments.api.integrator=
    onlinePayments.api.proxy.uri=
    onlinePayments.api.proxy.username=
    onlinePayments.api.proxy.password=
    onlinePayments.api.shoppingCartExtension.creator=
    onlinePayments.api.shoppingCartExtension.name=
    onlinePayments.api.shoppingCartExtension.version=
    onlinePayments.api.shoppingCartExtension.extensionId=
    ; opay's own keys: retries (see opay.retry.RetryPolicy; maxAttempts=1 turns them off)
    ; and the largest response body accepted, in bytes.
    onlinePayments.api.retry.maxAttempts=3
    onlinePayments.api.retry.baseDelay=0.2
    onlinePayments.api.retry.maxDelay=5
    onlinePayments.api.retry.deadline=30
    onlinePayments.api.maxResponseSize=16777216
    ; the hard limit on one attempt (connectTimeout + 2 * socketTimeout by default) and
    ; the budget of a whole call, retries included (none by default).
    onlinePayments.api.attemptTimeout=
    onlinePayments.api.totalTimeout=

Timeouts and delays are in seconds (fractions allowed). An empty value means "use the
default".
"""

from __future__ import annotations

import configparser
import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import attrs

from opay.exceptions import ConfigurationError
from opay.obfuscation import redact_url
from opay.options import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_READ_TIMEOUT,
    TLS,
    Limits,
    Proxy,
    Timeout,
)
from opay.retry import RetryPolicy

if TYPE_CHECKING:
    from opay.models import ShoppingCartExtension

SECTION = "OnlinePaymentsSDK"
AUTHORIZATION_TYPES = ("v1HMAC",)

DEFAULT_SCHEME = "https"
# The defaults are opay.options' (the one place they are defined), under the properties
# file's names.
DEFAULT_SOCKET_TIMEOUT = DEFAULT_READ_TIMEOUT

_PREFIX = "onlinePayments.api."
KEY_HOST = _PREFIX + "endpoint.host"
KEY_SCHEME = _PREFIX + "endpoint.scheme"
KEY_PORT = _PREFIX + "endpoint.port"
KEY_AUTHORIZATION_TYPE = _PREFIX + "authorizationType"
KEY_CONNECT_TIMEOUT = _PREFIX + "connectTimeout"
KEY_SOCKET_TIMEOUT = _PREFIX + "socketTimeout"
KEY_ATTEMPT_TIMEOUT = _PREFIX + "attemptTimeout"
KEY_TOTAL_TIMEOUT = _PREFIX + "totalTimeout"
KEY_MAX_CONNECTIONS = _PREFIX + "maxConnections"
KEY_INTEGRATOR = _PREFIX + "integrator"
KEY_PROXY_URI = _PREFIX + "proxy.uri"
KEY_PROXY_USERNAME = _PREFIX + "proxy.username"
KEY_PROXY_PASSWORD = _PREFIX + "proxy.password"
KEY_CART_CREATOR = _PREFIX + "shoppingCartExtension.creator"
KEY_CART_NAME = _PREFIX + "shoppingCartExtension.name"
KEY_CART_VERSION = _PREFIX + "shoppingCartExtension.version"
KEY_CART_EXTENSION_ID = _PREFIX + "shoppingCartExtension.extensionId"
KEY_RETRY_MAX_ATTEMPTS = _PREFIX + "retry.maxAttempts"
KEY_RETRY_BASE_DELAY = _PREFIX + "retry.baseDelay"
KEY_RETRY_MAX_DELAY = _PREFIX + "retry.maxDelay"
KEY_RETRY_DEADLINE = _PREFIX + "retry.deadline"
KEY_MAX_RESPONSE_SIZE = _PREFIX + "maxResponseSize"

KNOWN_KEYS = (
    KEY_HOST,
    KEY_SCHEME,
    KEY_PORT,
    KEY_AUTHORIZATION_TYPE,
    KEY_CONNECT_TIMEOUT,
    KEY_SOCKET_TIMEOUT,
    KEY_ATTEMPT_TIMEOUT,
    KEY_TOTAL_TIMEOUT,
    KEY_MAX_CONNECTIONS,
    KEY_INTEGRATOR,
    KEY_PROXY_URI,
    KEY_PROXY_USERNAME,
    KEY_PROXY_PASSWORD,
    KEY_CART_CREATOR,
    KEY_CART_NAME,
    KEY_CART_VERSION,
    KEY_CART_EXTENSION_ID,
    KEY_RETRY_MAX_ATTEMPTS,
    KEY_RETRY_BASE_DELAY,
    KEY_RETRY_MAX_DELAY,
    KEY_RETRY_DEADLINE,
    KEY_MAX_RESPONSE_SIZE,
)

_MASK = "********"


def _has_control(value: str) -> bool:
    """Whether ``value`` holds a control character or a line break (which URL parsing would
    silently drop, joining what is around it)."""
    return not value.isprintable() and any(
        ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 or c in "\u2028\u2029" for c in value
    )


def _check_url_text(name: str, value: str) -> None:
    if _has_control(value) or any(c.isspace() for c in value.strip()):
        raise ConfigurationError(
            f"{name} must not contain spaces, line breaks or other control characters"
        )


def normalize_endpoint(value: str) -> str:
    """``scheme://host[:port]`` from an API endpoint URL; a trailing ``/`` or ``/v2`` is dropped.

    Raises ConfigurationError for anything else (another path, a query, credentials, a scheme
    other than http/https).
    """
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError("api_endpoint must be a non-empty URL such as 'https://host'")
    _check_url_text("api_endpoint", value)
    shown = redact_url(value)  # never the credentials a malformed URL may hold
    if "@" in value:
        raise ConfigurationError(f"api_endpoint {shown} must not contain credentials")
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https"):
        raise ConfigurationError(
            f"api_endpoint {shown} must start with 'https://' (or 'http://' for a local server)"
        )
    if not parts.hostname:
        raise ConfigurationError(f"api_endpoint {shown} has no host name")
    if parts.query or parts.fragment or "?" in value or "#" in value:
        raise ConfigurationError(f"api_endpoint {shown} must not contain a query or fragment")
    if parts.path.rstrip("/") not in ("", "/v2"):
        raise ConfigurationError(
            f"api_endpoint {shown} must not contain a path (operations add '/v2/...')"
        )
    try:
        port = parts.port
    except ValueError:
        raise ConfigurationError(f"api_endpoint {shown} has an invalid port") from None
    netloc = parts.netloc.rsplit("@", 1)[-1]
    if port is None and netloc.endswith(":"):
        netloc = netloc[:-1]
    return f"{parts.scheme}://{netloc}"


def split_proxy_credentials(proxy: str) -> tuple[str, str | None, str | None]:
    """``(url without credentials, username, password)`` of a proxy URL."""
    parts = urlsplit(proxy)
    netloc = parts.netloc.rsplit("@", 1)[-1]
    bare = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    username = unquote(parts.username) if parts.username is not None else None
    password = unquote(parts.password) if parts.password is not None else None
    return bare, username, password


def proxy_url_with_credentials(configuration: CommunicatorConfiguration) -> str | None:
    """The proxy URL of ``configuration`` with its username and password embedded, the form
    every transport accepts; None without a proxy."""
    if configuration.proxy_uri is None:
        return None
    bare, url_user, url_password = split_proxy_credentials(configuration.proxy_uri)
    user = configuration.proxy_username or url_user
    password = configuration.proxy_password or url_password
    if user is None:
        return bare
    parts = urlsplit(bare)
    userinfo = quote(user, safe="")
    if password is not None:
        userinfo += ":" + quote(password, safe="")
    return urlunsplit((parts.scheme, f"{userinfo}@{parts.netloc}", parts.path, "", ""))


def _positive_number(name: str) -> Callable[[object, attrs.Attribute[float], float], None]:
    def check(_inst: object, _attr: attrs.Attribute[float], value: float) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
            raise ConfigurationError(f"{name} must be a positive number of seconds, got {value!r}")

    return check


def _check_max_connections(_inst: object, _attr: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(f"max_connections must be an integer >= 1, got {value!r}")


def _check_max_response_size(_inst: object, _attr: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return  # no limit, asked for explicitly
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(f"max_response_size must be a number of bytes >= 1, got {value!r}")


def _check_retry(_inst: object, _attr: attrs.Attribute[RetryPolicy], value: RetryPolicy) -> None:
    if not isinstance(value, RetryPolicy):
        raise ConfigurationError(
            f"retry must be a RetryPolicy (RetryPolicy.off() for none), got {value!r}"
        )


def _check_authorization_type(_inst: object, _attr: attrs.Attribute[str], value: str) -> None:
    if value not in AUTHORIZATION_TYPES:
        raise ConfigurationError(
            f"authorization_type {value!r} is not supported; the only one is 'v1HMAC'"
        )


def _check_credential(_inst: object, attr: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value:
        raise ConfigurationError(f"{attr.name} must be a non-empty string")
    if _has_control(value):
        raise ConfigurationError(
            f"{attr.name} must not contain line breaks or other control characters"
        )


def _check_proxy_credential(
    _inst: object, attr: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise ConfigurationError(f"{attr.name} must be a string, not {type(value).__name__}")
    if _has_control(value):
        raise ConfigurationError(
            f"{attr.name} must not contain line breaks or other control characters"
        )


def _check_proxy(
    inst: CommunicatorConfiguration, _attr: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is None:
        if inst.proxy_username is not None or inst.proxy_password is not None:
            raise ConfigurationError("proxy_username/proxy_password given without proxy_uri")
        return
    if not isinstance(value, str):
        raise ConfigurationError(f"proxy_uri must be a URL string, not {type(value).__name__}")
    _check_url_text("proxy_uri", value)
    shown = redact_url(value)  # never the credentials a malformed URL may hold
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(
            f"proxy_uri {shown} must be an http:// or https:// URL with a host"
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment or "?" in value or "#" in value:
        raise ConfigurationError(
            f"proxy_uri {shown} must be only scheme, [credentials,] host and port (no path, "
            "query or fragment; percent-encode '/', '?', '#' and '@' in credentials)"
        )
    try:
        parts.port  # noqa: B018  (raises ValueError for a malformed port)
    except ValueError:
        raise ConfigurationError(f"proxy_uri {shown} has an invalid port") from None


def _masked(value: str | None) -> str:
    return "None" if value is None else repr(_MASK)


def _masked_proxy_uri(value: str | None) -> str:
    return "None" if value is None else redact_url(value)


@attrs.define(frozen=True, repr=False)
class CommunicatorConfiguration:
    """Everything a communicator needs: endpoint, credentials, timeouts, pool size, proxy and
    the identification sent in ``X-GCS-ServerMetaInfo``.

    ``socket_timeout`` is the read timeout (the wait for each next byte), ``attempt_timeout``
    the hard limit on one attempt (``connect_timeout + 2 * socket_timeout`` when None) and
    ``total_timeout`` the budget of a whole call, retries and pauses included (None: only the
    retry policy's deadline). ``retry`` says how failed calls are retried
    (:class:`~opay.retry.RetryPolicy`), ``max_response_size`` how many bytes a response body
    may have (a larger one raises ``CommunicationException``), ``tls`` how connections are
    protected (:class:`~opay.options.TLS`). The same settings as values of
    :mod:`opay.options`: :attr:`timeout`, :attr:`limits`, :attr:`proxy`. The secret API key
    and the proxy password never appear in ``repr()``/``str()``.
    """

    api_endpoint: str = attrs.field(converter=normalize_endpoint)
    api_key_id: str = attrs.field(validator=_check_credential)
    secret_api_key: str = attrs.field(validator=_check_credential)
    authorization_type: str = attrs.field(default="v1HMAC", validator=_check_authorization_type)
    connect_timeout: float = attrs.field(
        default=DEFAULT_CONNECT_TIMEOUT, validator=_positive_number("connect_timeout")
    )
    socket_timeout: float = attrs.field(
        default=DEFAULT_SOCKET_TIMEOUT,
        validator=_positive_number("socket_timeout (the read timeout)"),
    )
    max_connections: int = attrs.field(
        default=DEFAULT_MAX_CONNECTIONS, validator=_check_max_connections
    )
    integrator: str | None = None
    proxy_username: str | None = attrs.field(default=None, validator=_check_proxy_credential)
    proxy_password: str | None = attrs.field(default=None, validator=_check_proxy_credential)
    proxy_uri: str | None = attrs.field(default=None, validator=_check_proxy)
    shopping_cart_extension: ShoppingCartExtension | None = None
    retry: RetryPolicy = attrs.field(factory=RetryPolicy, validator=_check_retry)
    max_response_size: int | None = attrs.field(
        default=DEFAULT_MAX_RESPONSE_SIZE, validator=_check_max_response_size
    )
    attempt_timeout: float | None = attrs.field(
        default=None, validator=attrs.validators.optional(_positive_number("attempt_timeout"))
    )
    total_timeout: float | None = attrs.field(
        default=None, validator=attrs.validators.optional(_positive_number("total_timeout"))
    )
    tls: TLS = attrs.field(factory=TLS, validator=attrs.validators.instance_of(TLS))

    def __repr__(self) -> str:
        return (
            f"CommunicatorConfiguration(api_endpoint={self.api_endpoint!r}, "
            f"api_key_id={self.api_key_id!r}, secret_api_key={_masked(self.secret_api_key)}, "
            f"authorization_type={self.authorization_type!r}, "
            f"connect_timeout={self.connect_timeout!r}, socket_timeout={self.socket_timeout!r}, "
            f"max_connections={self.max_connections!r}, integrator={self.integrator!r}, "
            f"proxy_uri={_masked_proxy_uri(self.proxy_uri)}, "
            f"proxy_username={_masked(self.proxy_username)}, "
            f"proxy_password={_masked(self.proxy_password)}, "
            f"shopping_cart_extension={self.shopping_cart_extension!r}, retry={self.retry!r}, "
            f"max_response_size={self.max_response_size!r}, "
            f"attempt_timeout={self.attempt_timeout!r}, total_timeout={self.total_timeout!r}, "
            f"tls={self.tls!r})"
        )

    __str__ = __repr__

    @property
    def read_timeout(self) -> float:
        """The socket timeout under the name the transports use."""
        return self.socket_timeout

    @property
    def timeout(self) -> Timeout:
        """The timeouts as an :class:`~opay.options.Timeout`."""
        return Timeout(
            connect=self.connect_timeout,
            read=self.socket_timeout,
            attempt=self.attempt_timeout,
            total=self.total_timeout,
        )

    @property
    def limits(self) -> Limits:
        """The pool size and the response size limit as :class:`~opay.options.Limits`."""
        return Limits(
            max_connections=self.max_connections, max_response_size=self.max_response_size
        )

    @property
    def proxy(self) -> Proxy | None:
        """The proxy, its credentials split from the URL, or None."""
        if self.proxy_uri is None:
            return None
        return Proxy.from_url(self.proxy_uri, self.proxy_username, self.proxy_password)

    @classmethod
    def from_file(
        cls, path: str | os.PathLike[str], api_key_id: str, secret_api_key: str
    ) -> CommunicatorConfiguration:
        """Read a properties file (see the module documentation)."""
        return load_configuration(path, api_key_id, secret_api_key)


_T = TypeVar("_T")


class _Properties:
    """The ``[OnlinePaymentsSDK]`` section of one file, with errors that name key and file.

    Keys are matched without regard to case, as the platform SDK does; ``written`` keeps each
    key as the file spells it, for messages.
    """

    def __init__(self, path: str, values: Mapping[str, str], written: Mapping[str, str]) -> None:
        self.path = path
        self.values = values
        self.written = written

    def name(self, key: str) -> str:
        """``key`` as the file writes it (the documented spelling when it is absent)."""
        return self.written.get(key.lower(), key)

    def text(self, key: str) -> str | None:
        value = self.values.get(key.lower(), "").strip()
        return value or None

    def required(self, key: str) -> str:
        value = self.text(key)
        if value is None:
            raise ConfigurationError(f"{self.path}: missing required key {key} in [{SECTION}]")
        return value

    def number(self, key: str, parse: Callable[[str], _T], default: _T, what: str) -> _T:
        raw = self.text(key)
        if raw is None:
            return default
        try:
            return parse(raw)
        except ValueError:
            raise ConfigurationError(
                f"{self.path}: {self.name(key)} must be {what}, got {raw!r}"
            ) from None


def _parse_port(raw: str) -> int:
    port = int(raw)
    if port != -1 and not 0 < port < 65536:
        raise ValueError(raw)
    return port


def parse_seconds(raw: str) -> float:
    """A positive, finite number of seconds (ValueError otherwise)."""
    value = float(raw)
    if not 0 < value < float("inf"):
        raise ValueError(raw)
    return value


def parse_count(raw: str) -> int:
    """An integer >= 1 (ValueError otherwise)."""
    value = int(raw)
    if value < 1:
        raise ValueError(raw)
    return value


def parse_delay(raw: str) -> float:
    """A finite number of seconds >= 0 (ValueError otherwise)."""
    value = float(raw)
    if not 0 <= value < float("inf"):
        raise ValueError(raw)
    return value


def _retry_policy(props: _Properties) -> RetryPolicy:
    default = RetryPolicy()
    seconds = "a number of seconds >= 0"
    return RetryPolicy(
        max_attempts=props.number(
            KEY_RETRY_MAX_ATTEMPTS, parse_count, default.max_attempts, "an integer >= 1"
        ),
        base_delay=props.number(KEY_RETRY_BASE_DELAY, parse_delay, default.base_delay, seconds),
        max_delay=props.number(KEY_RETRY_MAX_DELAY, parse_delay, default.max_delay, seconds),
        deadline=props.number(KEY_RETRY_DEADLINE, parse_delay, default.deadline, seconds),
    )


def _closest_key(key: str) -> str | None:
    """The documented key closest to ``key``, when one is close enough to be a typo."""
    by_lower = {known.lower(): known for known in KNOWN_KEYS}
    import difflib  # only for the message of an error

    close = difflib.get_close_matches(key.lower(), list(by_lower), n=1, cutoff=0.8)
    return by_lower[close[0]] if close else None


def _unknown_keys_message(path: str, unknown: list[str]) -> str:
    """Each unknown key as written, with the documented key it most likely means."""
    parts = []
    for key in unknown:
        closest = _closest_key(key)
        parts.append(f"{key} (did you mean {closest}?)" if closest else key)
    message = f"{path}: unknown key(s) in [{SECTION}]: {', '.join(parts)}"
    if any(_closest_key(key) is None for key in unknown):
        message += f" (known keys: {', '.join(KNOWN_KEYS)})"
    return message


def _read_section(path: str) -> _Properties:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keep keys as written
    try:
        with open(path, encoding="utf-8") as handle:
            parser.read_file(handle, source=path)
    except OSError as exc:
        raise ConfigurationError(
            f"cannot read configuration file {path}: {exc.strerror or exc}"
        ) from exc
    except UnicodeDecodeError as exc:
        raise ConfigurationError(
            f"{path}: not a valid properties file: not UTF-8 text (byte {exc.start})"
        ) from None
    except configparser.Error as exc:
        # configparser's own messages quote the lines they could not read, which may hold
        # the proxy password: only line numbers and key names are shown.
        raise ConfigurationError(
            f"{path}: not a valid properties file: {_parse_error(exc)}"
        ) from None
    if not parser.has_section(SECTION):
        raise ConfigurationError(f"{path}: no [{SECTION}] section")
    values: dict[str, str] = {}
    written: dict[str, str] = {}
    for key, value in parser.items(SECTION):
        if key.lower() in written:
            raise ConfigurationError(
                f"{path}: {key} repeats {written[key.lower()]} (keys ignore case)"
            )
        values[key.lower()] = value
        written[key.lower()] = key
        _check_file_value(path, key, value)
    known = {key.lower() for key in KNOWN_KEYS}
    unknown = [key for key in written.values() if key.lower() not in known]
    if unknown:
        raise ConfigurationError(_unknown_keys_message(path, unknown))
    return _Properties(path, values, written)


def _parse_error(error: configparser.Error) -> str:
    """What went wrong in a file configparser could not read, without the file's text."""
    if isinstance(error, configparser.MissingSectionHeaderError):
        return f"line {error.lineno} comes before any [section] header"
    if isinstance(error, configparser.ParsingError):
        lines = ", ".join(str(lineno) for lineno, _line in error.errors)
        return f"line(s) {lines}: neither a key with its value, a [section] header nor a comment"
    if isinstance(error, configparser.DuplicateOptionError):
        where = f" (line {error.lineno})" if error.lineno is not None else ""
        return f"key {error.option} is given twice in [{error.section}]{where}"
    if isinstance(error, configparser.DuplicateSectionError):
        where = f" (line {error.lineno})" if error.lineno is not None else ""
        return f"section [{error.section}] is given twice{where}"
    return type(error).__name__


def _check_file_value(path: str, key: str, value: str) -> None:
    """Refuse what would silently change a value: an indented line after it (configparser
    makes it part of the value) and control characters. The value itself is not shown."""
    if "\n" in value.strip():
        raise ConfigurationError(
            f"{path}: the line after {key} is indented, which makes it part of the value of "
            f"{key}; remove the indentation (or the line)"
        )
    if _has_control(value):
        raise ConfigurationError(
            f"{path}: the value of {key} contains a control character (a tab, an escape...)"
        )


def _endpoint(props: _Properties) -> str:
    host = props.required(KEY_HOST)
    scheme = (props.text(KEY_SCHEME) or DEFAULT_SCHEME).lower()
    if scheme not in ("http", "https"):
        raise ConfigurationError(
            f"{props.path}: {props.name(KEY_SCHEME)} must be https or http, got {scheme!r}"
        )
    if any(ch in host for ch in "/:@?#[]\\ "):
        raise ConfigurationError(
            f"{props.path}: {props.name(KEY_HOST)} must be a bare host name (scheme and port have their "
            f"own keys), got {redact_url(host)}"
        )
    port = props.number(KEY_PORT, _parse_port, -1, "a port number (1-65535, or -1 for the default)")
    return f"{scheme}://{host}" if port == -1 else f"{scheme}://{host}:{port}"


def _shopping_cart_extension(props: _Properties) -> ShoppingCartExtension | None:
    keys = (KEY_CART_CREATOR, KEY_CART_NAME, KEY_CART_VERSION)
    values = [props.text(key) for key in keys]
    extension_id = props.text(KEY_CART_EXTENSION_ID)
    if all(value is None for value in values) and extension_id is None:
        return None
    for key, value in zip(keys, values, strict=True):
        if value is None:
            raise ConfigurationError(
                f"{props.path}: missing required key {key} (a shopping cart extension needs "
                "creator, name and version)"
            )
    from opay.models import ShoppingCartExtension

    creator, name, version = (str(value) for value in values)
    return ShoppingCartExtension(
        creator=creator, name=name, version=version, extension_id=extension_id
    )


def load_configuration(
    path: str | os.PathLike[str], api_key_id: str, secret_api_key: str
) -> CommunicatorConfiguration:
    """Build a :class:`CommunicatorConfiguration` from a properties file and credentials.

    Every problem raises :class:`~opay.exceptions.ConfigurationError` naming the file and the
    key: a missing required key, an unknown key (a typo would otherwise be silently ignored),
    a value that is not a valid number, an unsupported authorization type.
    """
    file_name = os.fspath(path)
    props = _read_section(file_name)
    endpoint = _endpoint(props)
    authorization_type = props.text(KEY_AUTHORIZATION_TYPE) or "v1HMAC"
    if authorization_type not in AUTHORIZATION_TYPES:
        raise ConfigurationError(
            f"{file_name}: {props.name(KEY_AUTHORIZATION_TYPE)} {authorization_type!r} is not "
            "supported; "
            "the only one is v1HMAC"
        )
    cart = _shopping_cart_extension(props)
    seconds = "a positive number of seconds"
    proxy_uri = props.text(KEY_PROXY_URI)
    username = props.text(KEY_PROXY_USERNAME)
    password = props.text(KEY_PROXY_PASSWORD)
    if proxy_uri is None and (username is not None or password is not None):
        raise ConfigurationError(
            f"{file_name}: {props.name(KEY_PROXY_USERNAME)}/{props.name(KEY_PROXY_PASSWORD)} "
            f"given without {props.name(KEY_PROXY_URI)}"
        )
    try:
        return CommunicatorConfiguration(
            api_endpoint=endpoint,
            api_key_id=api_key_id,
            secret_api_key=secret_api_key,
            authorization_type=authorization_type,
            connect_timeout=props.number(
                KEY_CONNECT_TIMEOUT, parse_seconds, DEFAULT_CONNECT_TIMEOUT, seconds
            ),
            socket_timeout=props.number(
                KEY_SOCKET_TIMEOUT, parse_seconds, DEFAULT_SOCKET_TIMEOUT, seconds
            ),
            attempt_timeout=props.number(KEY_ATTEMPT_TIMEOUT, parse_seconds, None, seconds),
            total_timeout=props.number(KEY_TOTAL_TIMEOUT, parse_seconds, None, seconds),
            max_connections=props.number(
                KEY_MAX_CONNECTIONS, parse_count, DEFAULT_MAX_CONNECTIONS, "an integer >= 1"
            ),
            integrator=props.text(KEY_INTEGRATOR),
            proxy_uri=proxy_uri,
            proxy_username=username,
            proxy_password=password,
            shopping_cart_extension=cart,
            retry=_retry_policy(props),
            max_response_size=props.number(
                KEY_MAX_RESPONSE_SIZE,
                parse_count,
                DEFAULT_MAX_RESPONSE_SIZE,
                "a number of bytes >= 1",
            ),
        )
    except ConfigurationError as exc:
        raise ConfigurationError(f"{file_name}: {exc}") from exc
