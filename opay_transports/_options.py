"""What every transport shares: option validation, TLS contexts, proxy URLs and error mapping.

Each adapter calls :func:`transport_options` with the keyword options it was given and gets
one validated, immutable :class:`TransportOptions`; it never re-validates anything itself.
Failures are reported through :func:`not_sent` (the request certainly did not leave this
machine, so resending it is safe) and :func:`maybe_sent` (the platform may have received it).
"""

from __future__ import annotations

import base64
import logging
import math
import os
import ssl
from typing import NamedTuple, TypedDict
from urllib.parse import quote, unquote, urlsplit

import attrs

from opay.exceptions import CommunicationException
from opay.limits import DEFAULT_MAX_RESPONSE_SIZE as DEFAULT_MAX_RESPONSE_SIZE
from opay.limits import check_limit
from opay.obfuscation import redact_url
from opay.transport import Request

DEFAULT_MAX_CONNECTIONS = 10
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_READ_TIMEOUT = 30.0

_log = logging.getLogger("opay")

ClientCert = str | tuple[str, str]


def missing_library(adapter: str, libraries: str, *extras: str) -> ImportError:
    """The ImportError an adapter raises when the HTTP library it wraps is not installed."""
    commands = " or ".join(f'pip install "opay[{extra}]"' for extra in extras)
    return ImportError(f"opay_transports.{adapter} needs {libraries}: install it with {commands}")


@attrs.frozen
class Proxy:
    """An HTTP proxy: where it listens and the credentials it expects (if any)."""

    scheme: str
    host: str
    port: int
    username: str | None = None
    password: str | None = attrs.field(default=None, repr=False)

    @property
    def authority(self) -> str:
        """``host:port``, with an IPv6 host in brackets."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def url(self) -> str:
        """The proxy URL without credentials."""
        return f"{self.scheme}://{self.authority}"

    @property
    def url_with_credentials(self) -> str:
        """The proxy URL with percent-encoded credentials, for libraries that want them there."""
        if self.username is None:
            return self.url
        user = quote(self.username, safe="")
        secret = quote(self.password or "", safe="")
        return f"{self.scheme}://{user}:{secret}@{self.authority}"

    def authorization(self) -> str | None:
        """The ``Proxy-Authorization`` header value (basic scheme), or None without credentials."""
        if self.username is None:
            return None
        raw = f"{self.username}:{self.password or ''}".encode()
        return "Basic " + base64.b64encode(raw).decode("ascii")


def parse_proxy(url: str, username: str | None = None, password: str | None = None) -> Proxy:
    """Parse ``http://[user:password@]host[:port]``; explicit credentials override the URL's."""
    if not isinstance(url, str):
        raise TypeError(f"proxy must be a URL string, got {type(url).__name__}")
    shown = redact_url(url)  # never the credentials a malformed URL may hold
    if not url.strip().isprintable():
        raise ValueError(f"proxy URL must not contain control characters: {shown}")
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https"):
        raise ValueError(f"proxy must be an http:// or https:// URL, got {shown}")
    if not parts.hostname:
        raise ValueError(f"proxy URL has no host: {shown}")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError(f"proxy URL must not have a path, query or fragment: {shown}")
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"proxy URL has an invalid port: {shown}") from None
    user = username if username is not None else (_decoded(parts.username) or None)
    secret = password if password is not None else _decoded(parts.password)
    if user is None and secret is not None:
        raise ValueError("a proxy password was given without a proxy username")
    return Proxy(
        scheme=parts.scheme,
        host=parts.hostname,
        port=port if port is not None else (443 if parts.scheme == "https" else 80),
        username=user,
        password=secret,
    )


def _decoded(value: str | None) -> str | None:
    return None if value is None else unquote(value)


@attrs.frozen
class TransportOptions:
    """The validated keyword options common to every transport."""

    max_connections: int = DEFAULT_MAX_CONNECTIONS
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT
    read_timeout: float = DEFAULT_READ_TIMEOUT
    proxy: Proxy | None = None
    verify: bool = True
    ca_bundle: str | None = None
    client_cert: ClientCert | None = None
    max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE

    def ssl_context(self) -> ssl.SSLContext:
        """A client TLS context: system CAs (or ``ca_bundle``), hostname checks unless
        ``verify`` is False, TLS 1.2 at least, and the client certificate if one is given."""
        if self.verify:
            if self.ca_bundle is not None and os.path.isdir(self.ca_bundle):
                context = ssl.create_default_context(capath=self.ca_bundle)
            else:
                context = ssl.create_default_context(cafile=self.ca_bundle)
        else:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        if isinstance(self.client_cert, tuple):
            context.load_cert_chain(self.client_cert[0], self.client_cert[1])
        elif self.client_cert is not None:
            context.load_cert_chain(self.client_cert)
        return context


class TransportKeywords(TypedDict, total=False):
    """The keyword options every transport accepts; :func:`transport_options` checks them.

    ``max_connections`` bounds the pool; ``connect_timeout`` and ``read_timeout`` are seconds;
    ``proxy`` is a URL (credentials in it or in ``proxy_username``/``proxy_password``);
    ``verify`` (on by default) checks TLS certificates against the system's CAs or
    ``ca_bundle``; ``client_cert`` is a PEM file or a ``(certificate, key)`` pair;
    ``verify=False`` needs ``allow_insecure_tls=True``; ``max_response_size`` is in bytes.
    """

    max_connections: int
    connect_timeout: float
    read_timeout: float
    proxy: str | None
    proxy_username: str | None
    proxy_password: str | None
    verify: bool
    ca_bundle: str | None
    client_cert: ClientCert | None
    allow_insecure_tls: bool
    max_response_size: int | None


def transport_options(
    *,
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    read_timeout: float = DEFAULT_READ_TIMEOUT,
    proxy: str | None = None,
    proxy_username: str | None = None,
    proxy_password: str | None = None,
    verify: bool = True,
    ca_bundle: str | None = None,
    client_cert: ClientCert | None = None,
    allow_insecure_tls: bool = False,
    max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
) -> TransportOptions:
    """Validate the common keyword options; every problem raises a ValueError or TypeError
    that names the option.

    TLS certificate checks cannot be turned off by accident: ``verify=False`` is refused
    unless ``allow_insecure_tls=True`` confirms it, and every transport created that way logs
    a warning on the ``opay`` logger. ``max_response_size`` (bytes, None for no limit) is the
    largest response body the transport reads (see :mod:`opay.limits`)."""
    if isinstance(max_connections, bool) or not isinstance(max_connections, int):
        raise TypeError(f"max_connections must be an int, got {max_connections!r}")
    if max_connections < 1:
        raise ValueError(f"max_connections must be at least 1, got {max_connections}")
    if not isinstance(verify, bool):
        raise TypeError(f"verify must be True or False, got {verify!r}")
    if not isinstance(allow_insecure_tls, bool):
        raise TypeError(f"allow_insecure_tls must be True or False, got {allow_insecure_tls!r}")
    if not verify and not allow_insecure_tls:
        raise ValueError(
            "verify=False turns off TLS certificate checks: anyone on the network path could "
            "read and change the requests (card data, API keys). Pass allow_insecure_tls=True "
            "as well to confirm, and never do so in production"
        )
    if verify and allow_insecure_tls:
        raise ValueError("allow_insecure_tls=True is only meaningful with verify=False")
    if not verify and ca_bundle is not None:
        raise ValueError("ca_bundle is given but verify=False turns certificate checks off")
    if ca_bundle is not None and not os.path.exists(ca_bundle):
        raise ValueError(f"ca_bundle does not exist: {ca_bundle!r}")
    if proxy is None and (proxy_username is not None or proxy_password is not None):
        raise ValueError("proxy_username/proxy_password are given without a proxy")
    limit = check_limit(max_response_size)
    if not verify:
        _log.warning(
            "a transport was created with verify=False: TLS certificates are NOT checked, "
            "the connection to the platform is not protected against interception"
        )
    return TransportOptions(
        max_response_size=limit,
        max_connections=max_connections,
        connect_timeout=_timeout("connect_timeout", connect_timeout),
        read_timeout=_timeout("read_timeout", read_timeout),
        proxy=None if proxy is None else parse_proxy(proxy, proxy_username, proxy_password),
        verify=verify,
        ca_bundle=ca_bundle,
        client_cert=_client_cert(client_cert),
    )


def _timeout(name: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number of seconds, got {value!r}")
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"{name} must be a positive, finite number of seconds, got {value!r}")
    return float(value)


def _client_cert(value: ClientCert | None) -> ClientCert | None:
    if value is None:
        return None
    paths: tuple[str, ...]
    if isinstance(value, str):
        paths = (value,)
    elif isinstance(value, tuple) and len(value) == 2 and all(isinstance(p, str) for p in value):
        paths = value
    else:
        raise TypeError(
            f"client_cert must be a PEM file path or a (certificate, key) pair, got {value!r}"
        )
    for path in paths:
        if not os.path.isfile(path):
            raise ValueError(f"client_cert file does not exist: {path!r}")
    return value


def describe(exc: BaseException) -> str:
    """``Type: message`` of an exception and of the causes chained to it, innermost last."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(parts) < 4:
        seen.add(id(current))
        text = str(current)
        parts.append(f"{type(current).__name__}: {text}" if text else type(current).__name__)
        current = current.__cause__ or current.__context__
    return " <- ".join(parts)


DEFAULT_PORTS = {"http": 80, "https": 443}


class Target(NamedTuple):
    """Where a request goes: scheme, host, port, and the origin-form target (path?query)."""

    scheme: str
    host: str
    port: int
    target: str

    @property
    def authority(self) -> str:
        """The Host header value: ``host[:port]``, the port only when not the default."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == DEFAULT_PORTS[self.scheme] else f"{host}:{self.port}"


def plain_headers(request: Request) -> dict[str, str] | None:
    """The request's headers as a plain dict, in order, when no name repeats exactly (names
    that differ only in case stay apart, as sent); None when one does. A dict is what HTTP
    libraries take most cheaply; for the rare repeated name, each adapter uses its own
    multi-valued mapping."""
    headers = dict(request.headers)
    return headers if len(headers) == len(request.headers) else None


def split_url(request: Request) -> Target:
    """Check that the request URL is an http(s) URL with a host and a valid port; anything
    else raises the CommunicationException of a request that was not sent.

    The origin (``scheme://host:port``) of every URL checked is kept (a few dozen at most),
    so that the requests of a client, which all go to one endpoint, only split off their
    path; anything unusual after the origin is split in full."""
    url = request.url
    slash = url.find("/", url.find("//") + 2) if "//" in url else -1
    if slash > 0:
        known = _origins.get(url[:slash])
        rest = url[slash:]
        if known is not None and rest.isprintable() and "#" not in rest and rest[-1] not in "? ":
            return Target(known[0], known[1], known[2], rest)
    target = _split_url(request)
    origin = f"{target.scheme}://{urlsplit(url).netloc}"
    if slash > 0 and url[:slash] == origin:
        if len(_origins) >= 64:
            _origins.clear()
        _origins[origin] = (target.scheme, target.host, target.port)
    return target


_origins: dict[str, tuple[str, str, int]] = {}


def _split_url(request: Request) -> Target:
    parts = urlsplit(request.url)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise not_sent(request.method, request.url, "the URL is not an http(s) URL with a host")
    try:
        port = parts.port or DEFAULT_PORTS[parts.scheme]
    except ValueError as exc:
        raise not_sent(request.method, request.url, "the URL's port is invalid") from exc
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return Target(parts.scheme, parts.hostname, port, target)


def not_sent(method: str, url: str, reason: str) -> CommunicationException:
    """The request certainly did not reach the platform (it can be resent safely)."""
    return CommunicationException(
        f"{method} {url} was not sent: {reason}", may_have_reached_platform=False
    )


def maybe_sent(method: str, url: str, reason: str) -> CommunicationException:
    """The request may have reached the platform; its outcome is unknown."""
    return CommunicationException(
        f"{method} {url} failed after it was sent, the platform may have received it: {reason}",
        may_have_reached_platform=True,
    )


def closed(method: str, url: str) -> CommunicationException:
    """The error of sending through a transport that was already closed."""
    return not_sent(method, url, "the transport is closed")
