"""The configuration vocabulary shared by the clients, every transport, the properties file,
the environment and the ``opay`` command: small frozen values, each validated once.

* :class:`Timeout`: ``connect`` (open a connection), ``read`` (wait for the next bytes),
  ``attempt`` (the hard limit on one attempt, from waiting for a pooled connection to the
  last byte; ``connect + 2 * read`` unless given) and ``total`` (the whole call: every
  attempt and every pause between them; unbounded unless given, then bounded by the retry
  policy's ``deadline`` only).
* :class:`Limits`: the connection pool's size and the largest response body accepted.
* :class:`Proxy`: an HTTP(S) proxy, its credentials split from the URL once and never shown.
* :class:`TLS`: certificate checks (on unless explicitly turned off), a CA bundle, a client
  certificate.

The defaults are defined here and nowhere else: 5 s to connect and 300 s to read, as the
platform's SDK guide recommends (its properties file's ``connectTimeout=5`` and
``socketTimeout=300``: https://docs.direct.worldline-solutions.com/en/integration/how-to-integrate/server-sdks/python),
10 connections, 16 MiB per response.
"""

from __future__ import annotations

import base64
import math
import os
from typing import Any
from urllib.parse import quote, unquote, urlsplit

import attrs

from opay.limits import DEFAULT_MAX_RESPONSE_SIZE
from opay.obfuscation import redact_url

DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_READ_TIMEOUT = 300.0
DEFAULT_MAX_CONNECTIONS = 10

ClientCert = str | tuple[str, str]

__all__ = [
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_MAX_CONNECTIONS",
    "DEFAULT_MAX_RESPONSE_SIZE",
    "DEFAULT_READ_TIMEOUT",
    "TLS",
    "ClientCert",
    "Limits",
    "Proxy",
    "Timeout",
]


_FLAT_NAMES = {
    "connect": "connect_timeout",
    "read": "read_timeout",
    "attempt": "attempt_timeout",
    "total": "total_timeout",
}


def _seconds(_inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None and attribute.name in ("attempt", "total"):
        return
    name, field = _FLAT_NAMES[attribute.name], f"Timeout.{attribute.name}"
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number of seconds, got {value!r} ({field})")
    if not math.isfinite(value) or value <= 0:
        raise ValueError(
            f"{name} must be a positive, finite number of seconds, got {value!r} ({field})"
        )


@attrs.frozen
class Timeout:
    """How long opay waits, in seconds (see the module documentation)."""

    connect: float = attrs.field(default=DEFAULT_CONNECT_TIMEOUT, validator=_seconds)
    read: float = attrs.field(default=DEFAULT_READ_TIMEOUT, validator=_seconds)
    attempt: float | None = attrs.field(default=None, validator=_seconds)
    total: float | None = attrs.field(default=None, validator=_seconds)

    @property
    def attempt_limit(self) -> float:
        """The hard limit on one attempt: ``attempt``, else ``connect + 2 * read``."""
        return self.attempt if self.attempt is not None else self.connect + 2 * self.read

    @property
    def transport_part(self) -> tuple[float, float, float | None]:
        """What a transport enforces (``connect``, ``read``, ``attempt``); ``total`` is the
        communicator's."""
        return (self.connect, self.read, self.attempt)


def _count(_inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None and attribute.name == "max_response_size":
        return
    name, field = attribute.name, f"Limits.{attribute.name}"
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {value!r} ({field})")
    if value < 1:
        raise ValueError(f"{name} must be at least 1, got {value!r} ({field})")


@attrs.frozen
class Limits:
    """``max_connections``: the pool's size; ``max_response_size``: the largest response
    body accepted, in bytes, counted after undoing gzip or deflate (None: no limit)."""

    max_connections: int = attrs.field(default=DEFAULT_MAX_CONNECTIONS, validator=_count)
    max_response_size: int | None = attrs.field(default=DEFAULT_MAX_RESPONSE_SIZE, validator=_count)


def refuse_both(group: str, value: object, flat_names: list[str]) -> None:
    """Raise ``TypeError`` when a value of this module (``timeout=Timeout(...)``) was given
    together with flat names of its fields (``read_timeout=...``): one of them would be
    ignored."""
    if value is not None and flat_names:
        names = ", ".join(flat_names)
        raise TypeError(
            f"give {group}= or {names}, not both ({names} "
            f"{'is' if len(flat_names) == 1 else 'are'} part of {group})"
        )


def _masked_password(value: str | None) -> str:
    return "None" if value is None else "'********'"


@attrs.frozen
class Proxy:
    """An HTTP proxy: where it listens and the credentials it expects (if any). The password
    is never shown; :meth:`from_url` splits credentials out of a URL."""

    scheme: str
    host: str
    port: int
    username: str | None = None
    password: str | None = attrs.field(default=None, repr=_masked_password)

    @classmethod
    def from_url(cls, url: str, username: str | None = None, password: str | None = None) -> Proxy:
        """Parse ``http://[user:password@]host[:port]``; explicit credentials win over the
        URL's. Errors never quote the URL's credentials."""
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
        return cls(
            scheme=parts.scheme,
            host=parts.hostname,
            port=port if port is not None else (443 if parts.scheme == "https" else 80),
            username=user,
            password=secret,
        )

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


def _decoded(value: str | None) -> str | None:
    return None if value is None else unquote(value)


def _check_client_cert(
    _inst: object, _attribute: attrs.Attribute[ClientCert | None], value: ClientCert | None
) -> None:
    if value is None:
        return
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


@attrs.frozen
class TLS:
    """How connections to the platform are protected.

    ``verify`` (on by default) checks certificates against the system's CAs or
    ``ca_bundle`` (a file or a directory); ``client_cert`` is a PEM file or a
    ``(certificate, key)`` pair for mutual TLS. Certificate checks cannot be turned off by
    accident: ``verify=False`` is refused unless ``allow_insecure=True`` confirms it."""

    verify: bool = True
    ca_bundle: str | None = None
    client_cert: ClientCert | None = attrs.field(default=None, validator=_check_client_cert)
    allow_insecure: bool = False

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.verify, bool):
            raise TypeError(f"verify must be True or False, got {self.verify!r}")
        if not isinstance(self.allow_insecure, bool):
            raise TypeError(
                f"allow_insecure_tls must be True or False, got {self.allow_insecure!r}"
            )
        if not self.verify and not self.allow_insecure:
            raise ValueError(
                "verify=False turns off TLS certificate checks: anyone on the network path "
                "could read and change the requests (card data, API keys). Pass "
                "allow_insecure_tls=True as well to confirm, and never do so in production"
            )
        if self.verify and self.allow_insecure:
            raise ValueError("allow_insecure_tls=True is only meaningful with verify=False")
        if not self.verify and self.ca_bundle is not None:
            raise ValueError("ca_bundle is given but verify=False turns certificate checks off")
        if self.ca_bundle is not None and not os.path.exists(self.ca_bundle):
            raise ValueError(f"ca_bundle does not exist: {self.ca_bundle!r}")
