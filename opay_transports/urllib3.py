"""A pooled, synchronous transport on urllib3 (``pip install "opay[urllib3]"``)."""

from __future__ import annotations

import threading
from urllib.parse import unquote, urlsplit, urlunsplit

from opay.exceptions import CommunicationException
from opay.transport import Request, Response

try:
    import urllib3
    from urllib3 import exceptions as u3
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError('opay_transports.urllib3 needs urllib3: pip install "opay[urllib3]"') from exc

# Failures that happen before a single byte of the request can have left the machine.
_NOT_SENT = (u3.NewConnectionError, u3.ConnectTimeoutError, u3.SSLError, u3.ProxyError)


def _split_proxy(
    proxy: str, username: str | None, password: str | None
) -> tuple[str, dict[str, str]]:
    """The proxy URL without credentials, and the headers that authenticate to it."""
    parts = urlsplit(proxy)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"proxy must be an http:// or https:// URL with a host, got {proxy!r}")
    user = username if username is not None else unquote(parts.username or "") or None
    secret = password if password is not None else unquote(parts.password or "")
    netloc = parts.netloc.rsplit("@", 1)[-1]
    url = urlunsplit((parts.scheme, netloc, "", "", ""))
    if user is None:
        return url, {}
    return url, urllib3.make_headers(proxy_basic_auth=f"{user}:{secret}")


class Urllib3Transport:
    """Sends requests through one urllib3 pool of at most ``max_connections`` connections
    per host (callers wait for a free connection rather than open more).

    urllib3's own retries and redirects are off: opay's core decides what to retry. TLS
    certificates are verified unless ``verify=False``; ``ca_bundle`` names a PEM file of
    trusted CAs, ``client_cert`` a PEM certificate file or a ``(certificate, key)`` pair.
    """

    def __init__(
        self,
        *,
        max_connections: int = 10,
        connect_timeout: float = 5.0,
        read_timeout: float = 30.0,
        proxy: str | None = None,
        proxy_username: str | None = None,
        proxy_password: str | None = None,
        verify: bool = True,
        ca_bundle: str | None = None,
        client_cert: str | tuple[str, str] | None = None,
    ) -> None:
        if max_connections < 1:
            raise ValueError(f"max_connections must be at least 1, got {max_connections}")
        cert_file, key_file = client_cert if isinstance(client_cert, tuple) else (client_cert, None)
        options: dict[str, object] = {
            "maxsize": max_connections,
            "block": True,
            "retries": False,
            "timeout": urllib3.Timeout(connect=connect_timeout, read=read_timeout),
            "cert_reqs": "CERT_REQUIRED" if verify else "CERT_NONE",
            "ca_certs": ca_bundle,
            "cert_file": cert_file,
            "key_file": key_file,
        }
        if not verify:
            options["assert_hostname"] = False
        self._lock = threading.Lock()
        self._closed = False
        self._pool: urllib3.PoolManager
        if proxy is None:
            if proxy_username is not None or proxy_password is not None:
                raise ValueError("proxy_username/proxy_password given without proxy")
            self._pool = urllib3.PoolManager(**options)  # type: ignore[arg-type]
        else:
            url, headers = _split_proxy(proxy, proxy_username, proxy_password)
            self._pool = urllib3.ProxyManager(url, proxy_headers=headers, **options)  # type: ignore[arg-type]

    def send(self, request: Request) -> Response:
        """Send ``request``; network failures raise :class:`CommunicationException`."""
        if self._closed:
            raise RuntimeError("this Urllib3Transport is closed")
        try:
            response = self._pool.urlopen(
                request.method,
                request.url,
                body=request.body or None,
                headers=urllib3.HTTPHeaderDict(request.headers),
                redirect=False,
                retries=False,
                preload_content=True,
            )
        except _NOT_SENT as exc:
            raise CommunicationException(
                f"could not connect to send {request.method} {request.url}: {exc}",
                may_have_reached_platform=False,
            ) from exc
        except (u3.HTTPError, OSError) as exc:
            raise CommunicationException(
                f"{request.method} {request.url} failed after the request was sent: {exc}",
                may_have_reached_platform=True,
            ) from exc
        return Response(response.status, list(response.headers.items()), response.data)

    def close(self) -> None:
        """Close every pooled connection. Idempotent."""
        with self._lock:
            self._closed = True
            self._pool.clear()

    def __enter__(self) -> Urllib3Transport:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
