"""HTTP/1.1 framing for the sandbox's server, sans-IO, on h11.

h11 parses and frames every message (request line, headers, Content-Length and chunked
bodies, keep-alive, pipelining). :class:`ServerConnection` adds the sandbox's stricter rules
on top, so that a request means exactly one thing to every party that reads it:

- a request with more than one Content-Length (even equal ones), or with both Content-Length
  and Transfer-Encoding, is refused with 400; a transfer coding other than ``chunked`` gets
  501 (from h11), as does a negative or over-long chunk size (400);
- a body larger than the limit is refused with 413, whether it is declared by Content-Length
  or arrives in chunks; a ``Content-Encoding: gzip`` body is decompressed here, and refused
  with 413 when it decompresses to more than the limit (a "gzip bomb");
- raw non-ASCII bytes in the request target (a client that sent a UTF-8 URL unencoded) are
  percent-encoded, which is what the client meant, instead of being refused.

The socket loop lives in :mod:`opay.sandbox.server`; this module only turns bytes into
requests and responses into bytes.
"""

from __future__ import annotations

import re
import zlib
from email.utils import formatdate
from http import HTTPStatus
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

import attrs
import h11

from opay.transport import Response

NEED_DATA: Literal["need-data"] = "need-data"
CLOSED: Literal["closed"] = "closed"

MAX_HEAD = 64 * 1024
_HOP_BY_HOP = frozenset(("connection", "content-length", "transfer-encoding", "keep-alive"))
_NO_BODY_STATUSES = frozenset((204, 304))
_CONTENT_LENGTH_LINE = re.compile(
    rb"^content-length[ \t]*:([^\r\n]*)", re.IGNORECASE | re.MULTILINE
)
_HEAD_END = re.compile(rb"\r?\n\r?\n")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_DECODED_CODINGS = frozenset(("gzip", "x-gzip", "identity"))


class WireError(Exception):
    """A request the server refuses at the HTTP layer: answer ``status`` with ``message``.

    ``close`` is False when the request was read whole, so the connection can stay open.
    """

    def __init__(self, status: int, message: str, *, close: bool = True) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.close = close


@attrs.frozen
class Incoming:
    """One request as read from the wire: origin-form target, headers as sent, decoded body."""

    method: str
    target: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    http_version: str


def _percent_encode_high_bytes(line: bytes) -> bytes:
    return _HIGH_BYTE.sub(lambda m: b"%%%02X" % m.group()[0], line)


def _origin_form(target: str) -> str:
    """``target`` as a path and query; absolute-form targets (proxy style) are accepted."""
    if target.startswith("/"):
        return target
    parts = urlsplit(target)
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return urlunsplit(("", "", parts.path or "/", parts.query, ""))
    raise WireError(400, f"the request target {target!r} is not a path")


def _gunzip(body: bytes, limit: int) -> bytes:
    """The decompressed ``body`` (one or more gzip members), refused past ``limit`` bytes."""
    out = bytearray()
    data = body
    while data:
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += decompressor.decompress(data, limit + 1 - len(out))
        except zlib.error as exc:
            raise WireError(400, f"the gzip request body is corrupt ({exc})", close=False) from None
        if len(out) > limit:
            raise WireError(
                413, f"the request body decompresses to more than {limit} bytes", close=False
            )
        if not decompressor.eof:
            raise WireError(400, "the gzip request body is truncated", close=False)
        data = decompressor.unused_data
    return bytes(out)


def decode_body(
    headers: tuple[tuple[str, str], ...], body: bytes, limit: int
) -> tuple[tuple[tuple[str, str], ...], bytes]:
    """Undo a ``Content-Encoding`` of gzip (or identity), bounded by ``limit``; the headers
    then describe the body as decoded. Other codings are left for the application to refuse."""
    codings = [
        coding.strip().lower()
        for name, value in headers
        if name.lower() == "content-encoding"
        for coding in value.split(",")
        if coding.strip()
    ]
    if not codings or not set(codings) <= _DECODED_CODINGS:
        return headers, body
    for coding in reversed(codings):  # the last coding applied is undone first
        if coding != "identity":
            body = _gunzip(body, limit)
    kept = tuple(
        (name, value)
        for name, value in headers
        if name.lower() not in ("content-encoding", "content-length")
    )
    return (*kept, ("Content-Length", str(len(body)))), body


def _header_bytes(value: str) -> bytes:
    try:
        return value.encode("latin-1")
    except UnicodeEncodeError:  # e.g. a Location with non-Latin-1 characters
        return value.encode("utf-8")


class ServerConnection:
    """The server side of one HTTP/1.1 connection: bytes in, :class:`Incoming` requests out,
    :class:`~opay.transport.Response` values in, bytes out."""

    def __init__(self, max_body: int, server_name: str = "opay-sandbox") -> None:
        self.max_body = max_body
        self.server_name = server_name
        self._new_cycle()

    def _new_cycle(self) -> None:
        # A fresh h11 connection per request: h11 sees each request line only after it was
        # normalized, pipelined ones included. (Between requests on a kept-alive connection
        # h11 holds no state beyond its buffer, which is handed over.)
        self._h11 = h11.Connection(h11.SERVER, max_incomplete_event_size=MAX_HEAD)
        # The bytes of the request head seen so far (h11 hides repeated Content-Lengths).
        self._head = bytearray()
        self._pending = bytearray()
        self._line_seen = False
        self._request: h11.Request | None = None
        self._method = b"GET"
        self._body = bytearray()

    # -- reading ----------------------------------------------------------------------------

    def receive_data(self, data: bytes) -> None:
        """Feed bytes read from the socket; ``b""`` means the peer closed its side."""
        eof = not data
        if self._request is None:
            self._head += data[: max(0, MAX_HEAD - len(self._head))]
            if not self._line_seen:
                self._pending += data
                data = self._take_request_line(eof=eof)
        if data:
            self._h11.receive_data(data)
        if eof:
            self._h11.receive_data(b"")

    def _take_request_line(self, *, eof: bool) -> bytes:
        """What of the pending bytes can go to h11, the request line percent-encoded."""
        out = bytearray()
        while not self._line_seen:
            end = self._pending.find(b"\n")
            if end < 0:
                if eof or len(self._pending) > MAX_HEAD:
                    out += self._pending  # h11 reports what is wrong with it
                    self._pending.clear()
                    self._line_seen = True
                return bytes(out)
            line = bytes(self._pending[: end + 1])
            del self._pending[: end + 1]
            if line.strip(b"\r\n"):
                out += _percent_encode_high_bytes(line)
                self._line_seen = True
            # else: an empty line before the request line, which RFC 9112 (2.2) says to
            # ignore (some clients send one after a POST body) and h11 would refuse
        out += self._pending
        self._pending.clear()
        return bytes(out)

    def bytes_to_send_first(self) -> bytes:
        """``100 Continue`` when the client waits for it before sending its body, else b""."""
        if self._request is not None and self._h11.they_are_waiting_for_100_continue:
            return self._h11.send(h11.InformationalResponse(status_code=100, headers=[])) or b""
        return b""

    def next_request(self) -> Incoming | Literal["need-data", "closed"]:
        """The next complete request, :data:`NEED_DATA` or :data:`CLOSED`.

        Raises :class:`WireError` for a request to refuse (answer it with :meth:`error`).
        """
        while True:
            try:
                event = self._h11.next_event()
            except h11.RemoteProtocolError as exc:
                raise WireError(exc.error_status_hint, str(exc)) from None
            if event is h11.NEED_DATA:
                return NEED_DATA
            if isinstance(event, h11.Request):
                self._request = event
                self._method = event.method
                self._check_framing(event)
            elif isinstance(event, h11.Data):
                self._body += event.data
                if len(self._body) > self.max_body:
                    raise WireError(413, f"the request body is larger than {self.max_body} bytes")
            elif isinstance(event, h11.EndOfMessage):
                return self._incoming()
            elif isinstance(event, h11.ConnectionClosed):
                return CLOSED
            else:  # PAUSED: the previous answer was not sent yet
                return NEED_DATA

    def _check_framing(self, request: h11.Request) -> None:
        head = bytes(self._head).lstrip(b"\r\n")  # without the empty lines before it
        end = _HEAD_END.search(head)
        lengths = _CONTENT_LENGTH_LINE.findall(head[: end.start() if end else len(head)])
        if len(lengths) > 1 or any(b"," in value for value in lengths):
            raise WireError(400, "the request has more than one Content-Length")
        names = {name for name, _ in request.headers}
        if b"content-length" in names and b"transfer-encoding" in names:
            raise WireError(400, "the request has both Content-Length and Transfer-Encoding")
        for name, value in request.headers:
            if name == b"content-length" and int(value) > self.max_body:
                raise WireError(413, f"the request body is larger than {self.max_body} bytes")

    def _incoming(self) -> Incoming:
        request = self._request
        assert request is not None
        headers = tuple(
            (name.decode("latin-1"), value.decode("latin-1"))
            for name, value in request.headers.raw_items()
        )
        headers, body = decode_body(headers, bytes(self._body), self.max_body)
        return Incoming(
            method=request.method.decode("ascii"),
            target=_origin_form(request.target.decode("ascii")),
            headers=headers,
            body=body,
            http_version=request.http_version.decode("ascii"),
        )

    # -- writing ----------------------------------------------------------------------------

    def response(self, response: Response, *, close: bool = False) -> bytes:
        """The bytes of ``response`` (headers framed by the server, no body for HEAD)."""
        body = response.body
        status = response.status
        headers = [
            (name, value) for name, value in response.headers if name.lower() not in _HOP_BY_HOP
        ]
        present = {name.lower() for name, _ in headers}
        if "server" not in present:
            headers.append(("Server", self.server_name))
        if "date" not in present:
            headers.append(("Date", formatdate(usegmt=True)))
        if status in _NO_BODY_STATUSES:
            body = b""
        else:
            headers.append(("Content-Length", str(len(body))))
        if close:
            headers.append(("Connection", "close"))
        try:
            reason = HTTPStatus(status).phrase.encode("ascii")
        except ValueError:
            reason = b""
        event = h11.Response(
            status_code=status,
            headers=[(name.encode("ascii"), _header_bytes(value)) for name, value in headers],
            reason=reason,
        )
        out = self._h11.send(event) or b""
        if body and self._method != b"HEAD":
            out += self._h11.send(h11.Data(data=body)) or b""
        return out + (self._h11.send(h11.EndOfMessage()) or b"")

    def error(self, error: WireError) -> bytes:
        """The bytes of a plain-text answer to a refused request; b"" if none can be sent."""
        if self._h11.our_state not in (h11.IDLE, h11.SEND_RESPONSE):
            return b""
        body = (error.message + "\n").encode("utf-8")
        answer = Response(error.status, (("Content-Type", "text/plain; charset=utf-8"),), body)
        try:
            return self.response(answer, close=error.close)
        except h11.LocalProtocolError:
            return b""

    def start_next_cycle(self) -> bool:
        """Get ready for the next request on this connection; False when it must close."""
        if self._h11.our_state is not h11.DONE or self._h11.their_state is not h11.DONE:
            return False
        buffered, closed = self._h11.trailing_data
        self._new_cycle()
        if buffered:
            self.receive_data(bytes(buffered))
        if closed:
            self.receive_data(b"")
        return True
