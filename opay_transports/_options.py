"""What every transport shares: option validation, TLS contexts, proxy URLs and error mapping.

Each adapter calls :func:`transport_options` with the keyword options it was given and gets
one validated, immutable :class:`TransportOptions`; it never re-validates anything itself.
Failures are reported through :func:`not_sent` (the request certainly did not leave this
machine, so resending it is safe) and :func:`maybe_sent` (the platform may have received it).
"""

from __future__ import annotations

import logging
import os
import ssl
from collections.abc import Mapping
from typing import Any, NamedTuple, TypedDict
from urllib.parse import urlsplit

import attrs

from opay._version import pip_install
from opay.exceptions import CommunicationException, TimeoutException
from opay.options import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_READ_TIMEOUT,
    TLS,
    ClientCert,
    Limits,
    Proxy,
    Timeout,
    refuse_both,
)
from opay.transport import Request

_log = logging.getLogger("opay")


def missing_library(adapter: str, libraries: str, *extras: str) -> ImportError:
    """The ImportError an adapter raises when the HTTP library it wraps is not installed."""
    return ImportError(
        f"opay_transports.{adapter} needs {libraries}: install it with {pip_install(*extras)}"
    )


@attrs.frozen
class TransportOptions:
    """The validated options common to every transport: :class:`~opay.options.Timeout`,
    :class:`~opay.options.Limits`, :class:`~opay.options.Proxy` and
    :class:`~opay.options.TLS`, with the flat names the adapters read."""

    timeout: Timeout = attrs.field(factory=Timeout)
    limits: Limits = attrs.field(factory=Limits)
    proxy: Proxy | None = None
    tls: TLS = attrs.field(factory=TLS)

    @property
    def connect_timeout(self) -> float:
        return self.timeout.connect

    @property
    def read_timeout(self) -> float:
        return self.timeout.read

    @property
    def attempt_timeout(self) -> float:
        return self.timeout.attempt_limit

    @property
    def max_connections(self) -> int:
        return self.limits.max_connections

    @property
    def max_response_size(self) -> int | None:
        return self.limits.max_response_size

    @property
    def verify(self) -> bool:
        return self.tls.verify

    @property
    def ca_bundle(self) -> str | None:
        return self.tls.ca_bundle

    @property
    def client_cert(self) -> ClientCert | None:
        return self.tls.client_cert

    def ssl_context(self) -> ssl.SSLContext:
        """A client TLS context: system CAs (or ``ca_bundle``), hostname checks unless
        ``verify`` is False, TLS 1.2 at least, and the client certificate if one is given."""
        tls = self.tls
        if tls.verify:
            if tls.ca_bundle is not None and os.path.isdir(tls.ca_bundle):
                context = ssl.create_default_context(capath=tls.ca_bundle)
            else:
                context = ssl.create_default_context(cafile=tls.ca_bundle)
        else:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        if isinstance(tls.client_cert, tuple):
            context.load_cert_chain(tls.client_cert[0], tls.client_cert[1])
        elif tls.client_cert is not None:
            context.load_cert_chain(tls.client_cert)
        return context


class TransportKeywords(TypedDict, total=False):
    """The keyword options every transport accepts; :func:`transport_options` checks them.

    Either the values of :mod:`opay.options` (``timeout=Timeout(...)``,
    ``limits=Limits(...)``, ``tls=TLS(...)``, ``proxy=Proxy(...)`` or a proxy URL), or their
    fields by their flat names: ``connect_timeout``, ``read_timeout`` and ``attempt_timeout``
    (seconds; the attempt's hard limit is ``connect_timeout + 2 * read_timeout`` unless
    given), ``max_connections``, ``max_response_size`` (bytes), ``verify``, ``ca_bundle``,
    ``client_cert`` (a PEM file or a ``(certificate, key)`` pair), ``allow_insecure_tls``
    (``verify=False`` needs it), ``proxy_username`` and ``proxy_password``. A value and a
    flat name of the same group together are refused.
    """

    timeout: Timeout | None
    limits: Limits | None
    tls: TLS | None
    max_connections: int
    connect_timeout: float
    read_timeout: float
    attempt_timeout: float | None
    proxy: str | Proxy | None
    proxy_username: str | None
    proxy_password: str | None
    verify: bool
    ca_bundle: str | None
    client_cert: ClientCert | None
    allow_insecure_tls: bool
    max_response_size: int | None


class _Unset:
    """The default of an option that was not given (None is a value for some)."""

    def __repr__(self) -> str:
        return "<not given>"


UNSET: Any = _Unset()


def _refuse_both(group: str, value: object, given: Mapping[str, object]) -> None:
    refuse_both(group, value, [name for name, v in given.items() if v is not UNSET])


def _or(value: Any, default: Any) -> Any:
    return default if value is UNSET else value


def transport_options(
    *,
    timeout: Timeout | None = None,
    limits: Limits | None = None,
    tls: TLS | None = None,
    max_connections: int = UNSET,
    connect_timeout: float = UNSET,
    read_timeout: float = UNSET,
    attempt_timeout: float | None = UNSET,
    proxy: str | Proxy | None = None,
    proxy_username: str | None = None,
    proxy_password: str | None = None,
    verify: bool = UNSET,
    ca_bundle: str | None = UNSET,
    client_cert: ClientCert | None = UNSET,
    allow_insecure_tls: bool = UNSET,
    max_response_size: int | None = UNSET,
) -> TransportOptions:
    """Validate the options of :class:`TransportKeywords`; every problem raises a ValueError
    or TypeError that names the option.

    TLS certificate checks cannot be turned off by accident: ``verify=False`` is refused
    unless ``allow_insecure_tls=True`` confirms it, and every transport created that way logs
    a warning on the ``opay`` logger. ``max_response_size`` (bytes, None for no limit) is the
    largest response body the transport reads, counted after undoing gzip or deflate (see
    :mod:`opay.limits` and :mod:`opay.compression`). ``attempt_timeout`` bounds the whole of
    one ``send`` (see :mod:`opay_transports._deadline`); ``read_timeout`` only bounds the
    wait for each next byte."""
    flat_timeout = {
        "connect_timeout": connect_timeout,
        "read_timeout": read_timeout,
        "attempt_timeout": attempt_timeout,
    }
    _refuse_both("timeout", timeout, flat_timeout)
    if timeout is None:
        timeout = Timeout(
            connect=_or(connect_timeout, DEFAULT_CONNECT_TIMEOUT),
            read=_or(read_timeout, DEFAULT_READ_TIMEOUT),
            attempt=_or(attempt_timeout, None),
        )
    elif not isinstance(timeout, Timeout):
        raise TypeError(f"timeout must be an opay.Timeout, got {timeout!r}")
    _refuse_both(
        "limits",
        limits,
        {"max_connections": max_connections, "max_response_size": max_response_size},
    )
    if limits is None:
        limits = Limits(
            max_connections=_or(max_connections, DEFAULT_MAX_CONNECTIONS),
            max_response_size=_or(max_response_size, DEFAULT_MAX_RESPONSE_SIZE),
        )
    elif not isinstance(limits, Limits):
        raise TypeError(f"limits must be an opay.Limits, got {limits!r}")
    flat_tls = {
        "verify": verify,
        "ca_bundle": ca_bundle,
        "client_cert": client_cert,
        "allow_insecure_tls": allow_insecure_tls,
    }
    _refuse_both("tls", tls, flat_tls)
    if tls is None:
        tls = TLS(
            verify=_or(verify, True),
            ca_bundle=_or(ca_bundle, None),
            client_cert=_or(client_cert, None),
            allow_insecure=_or(allow_insecure_tls, False),
        )
    elif not isinstance(tls, TLS):
        raise TypeError(f"tls must be an opay.TLS, got {tls!r}")
    parsed: Proxy | None
    if proxy is None:
        if proxy_username is not None or proxy_password is not None:
            raise ValueError("proxy_username/proxy_password are given without a proxy")
        parsed = None
    elif isinstance(proxy, Proxy):
        if proxy_username is not None or proxy_password is not None:
            raise TypeError("give the credentials in the Proxy, not as proxy_username/password")
        parsed = proxy
    elif isinstance(proxy, str):
        parsed = Proxy.from_url(proxy, proxy_username, proxy_password)
    else:
        raise TypeError(f"proxy must be a URL or an opay.Proxy, got {type(proxy).__name__}")
    if not tls.verify:
        _log.warning(
            "a transport was created with verify=False: TLS certificates are NOT checked, "
            "the connection to the platform is not protected against interception"
        )
    return TransportOptions(timeout=timeout, limits=limits, proxy=parsed, tls=tls)


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


def attempt_limit(options: TransportOptions, request: Request) -> float:
    """The hard limit on the attempt sending ``request``: the transport's
    ``attempt_timeout``, or what remains of the call's budget (``request.timeout``) if less."""
    remaining = request.timeout
    limit = options.attempt_timeout
    return limit if remaining is None or remaining >= limit else max(remaining, 0.001)


def expired(
    method: str, url: str, options: TransportOptions, *, sent: bool
) -> CommunicationException:
    """The error of an attempt that outlived its hard limit (before or after sending): a
    :class:`~opay.exceptions.TimeoutException`."""
    reason = (
        f"the attempt took longer than attempt_timeout ({options.attempt_timeout} s) "
        "or than what remained of the call's timeout"
    )
    if sent:
        message = (
            f"{method} {url} failed after it was sent, the platform may have received it: {reason}"
        )
    else:
        message = f"{method} {url} was not sent: {reason}"
    return TimeoutException(message, may_have_reached_platform=sent)


def closed(method: str, url: str) -> CommunicationException:
    """The error of sending through a transport that was already closed."""
    return not_sent(method, url, "the transport is closed")
