"""opay's own transport contract: immutable request/response values and the send protocols.

Nothing here depends on an HTTP library. An adapter in ``opay_transports`` turns a
:class:`Request` into a :class:`Response` and maps its library's failures onto
:class:`opay.exceptions.CommunicationException`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

import attrs

Headers = tuple[tuple[str, str], ...]


def _as_headers(value: Iterable[tuple[str, str]]) -> Headers:
    return tuple((str(name), str(val)) for name, val in value)


def _headers_repr(headers: Headers) -> str:
    from opay.obfuscation import DEFAULT_HEADER_OBFUSCATOR

    return repr(tuple(DEFAULT_HEADER_OBFUSCATOR.obfuscate(headers)))


def _url_repr(url: str) -> str:
    from opay.obfuscation import DEFAULT_BODY_OBFUSCATOR

    return repr(DEFAULT_BODY_OBFUSCATOR.obfuscate_url(url))


def _body_repr(body: bytes) -> str:
    """Bodies are shown obfuscated (card data, secrets...), like everything opay logs."""
    from opay.obfuscation import DEFAULT_BODY_OBFUSCATOR

    if not body:
        return repr(body)
    return f"<{len(body)} bytes: {DEFAULT_BODY_OBFUSCATOR.obfuscate(body, indent=None)!r}>"


_set = object.__setattr__  # the fields of the frozen classes below, set without checks


RESERVED_HEADERS = frozenset(
    {
        "authorization",
        "content-encoding",
        "content-length",
        "content-type",
        "date",
        "host",
        "x-gcs-idempotence-key",
        "x-gcs-servermetainfo",
    }
)
"""The headers opay sets itself (lower-case): no extra header may repeat them."""


def check_header_value(name: str, value: str) -> None:
    """Raise ``ValueError`` unless ``value`` is printable ASCII (a line break would inject
    another header)."""
    if not (value.isascii() and value.isprintable()):
        raise ValueError(
            f"header {name} must be printable ASCII (no line breaks or other control characters)"
        )


def header_value(headers: Headers, name: str) -> str | None:
    """The first value of the header ``name`` (case-insensitive), or None."""
    wanted = name.lower()
    size = len(wanted)
    for key, val in headers:
        if len(key) == size and key.lower() == wanted:  # (most names differ in length)
            return val
    return None


@attrs.frozen
class Request:
    """One HTTP request, fully built and signed, ready to be sent by any HTTP stack.

    ``timeout`` (seconds), when set, is what remains of the call's total budget: a transport
    gives the attempt no longer than that, nor than its own ``attempt_timeout``."""

    method: str
    url: str = attrs.field(repr=_url_repr)
    headers: Headers = attrs.field(converter=_as_headers, repr=_headers_repr)
    body: bytes = attrs.field(default=b"", repr=_body_repr)
    timeout: float | None = attrs.field(default=None, kw_only=True, repr=False)

    def header(self, name: str) -> str | None:
        """The first value of the header ``name`` (case-insensitive), or None."""
        return header_value(self.headers, name)

    @classmethod
    def assembled(
        cls, method: str, url: str, headers: Headers, body: bytes, timeout: float | None = None
    ) -> Request:
        """A request from parts that are already what the fields hold (``headers`` a tuple of
        ``str`` pairs), as :func:`opay.request.build_request` makes them: nothing is converted."""
        request = object.__new__(cls)
        _set(request, "method", method)
        _set(request, "url", url)
        _set(request, "headers", headers)
        _set(request, "body", body)
        _set(request, "timeout", timeout)
        return request


@attrs.frozen
class Response:
    """One HTTP response as received: status, headers in order, and the raw body bytes."""

    status: int
    headers: Headers = attrs.field(converter=_as_headers, repr=_headers_repr)
    body: bytes = attrs.field(default=b"", repr=_body_repr)

    def header(self, name: str) -> str | None:
        """The first value of the header ``name`` (case-insensitive), or None."""
        return header_value(self.headers, name)

    @classmethod
    def received(cls, status: int, headers: Iterable[tuple[str, str]], body: bytes) -> Response:
        """A response from what an HTTP library returned, whose header names and values are
        ``str`` already: the headers are not converted one by one (the constructor does)."""
        response = object.__new__(cls)
        _set(response, "status", status)
        _set(response, "headers", tuple(headers))
        _set(response, "body", body)
        return response

    def iter_headers(self) -> Iterator[tuple[str, str]]:
        """Every header as a (name, value) pair, in the order received."""
        return iter(self.headers)


@runtime_checkable
class Transport(Protocol):
    """A synchronous HTTP stack: sends one request and returns its response.

    ``send`` raises :class:`opay.exceptions.CommunicationException` (with ``request_sent``
    telling whether the platform may have received it) for every network failure.
    """

    def send(self, request: Request) -> Response:
        """Send ``request`` and return the complete response."""
        ...

    def close(self) -> None:
        """Release pooled connections. Idempotent."""
        ...


@runtime_checkable
class AsyncTransport(Protocol):
    """The asynchronous twin of :class:`Transport`."""

    async def send(self, request: Request) -> Response:
        """Send ``request`` and return the complete response."""
        ...

    async def aclose(self) -> None:
        """Release pooled connections. Idempotent."""
        ...
