"""The text of every log message: one readable, obfuscated block per request, response or
failure, shared by all loggers."""

from __future__ import annotations

from collections.abc import Sequence

from opay.compression import gunzip_within
from opay.exceptions import CommunicationException
from opay.limits import DEFAULT_MAX_RESPONSE_SIZE
from opay.obfuscation import (
    DEFAULT_BODY_OBFUSCATOR,
    DEFAULT_HEADER_OBFUSCATOR,
    BodyObfuscator,
    HeaderObfuscator,
    escape_controls,
)
from opay.transport import Request, Response, header_value

_INDENT = "    "
MAX_SHOWN_GZIP_SIZE = DEFAULT_MAX_RESPONSE_SIZE
"""The most bytes a gzip body is decompressed to for a log message; a larger one is
described, not shown (a few hundred gzip bytes can stand for gigabytes)."""
_GZIP_MAGIC = b"\x1f\x8b"


class MessageFormatter:
    """Formats log messages, obfuscating URLs, headers, bodies and exception messages."""

    def __init__(
        self,
        body_obfuscator: BodyObfuscator | None = None,
        header_obfuscator: HeaderObfuscator | None = None,
    ) -> None:
        self.body_obfuscator = body_obfuscator or DEFAULT_BODY_OBFUSCATOR
        self.header_obfuscator = header_obfuscator or DEFAULT_HEADER_OBFUSCATOR

    def url(self, request: Request) -> str:
        """The request's URL with sensitive query parameters obfuscated."""
        return self.body_obfuscator.obfuscate_url(request.url)

    def request(self, request_id: str, request: Request) -> str:
        """The message for an outgoing request."""
        lines = [f"opay request {request_id}: {request.method} {self.url(request)}"]
        lines += self._headers_and_body(request.headers, request.body)
        return "\n".join(lines)

    def response(
        self, request_id: str, request: Request, response: Response, duration_ms: float
    ) -> str:
        """The message for a response received after ``duration_ms`` milliseconds."""
        lines = [
            f"opay response {request_id}: status {response.status} to {request.method} "
            f"{self.url(request)} after {duration_ms:.1f} ms"
        ]
        lines += self._headers_and_body(response.headers, response.body)
        return "\n".join(lines)

    def exception(
        self, request_id: str, request: Request, exception: BaseException, duration_ms: float
    ) -> str:
        """The message for a call that failed with ``exception`` after ``duration_ms`` ms."""
        lines = [
            f"opay exception {request_id}: {request.method} {self.url(request)} "
            f"failed after {duration_ms:.1f} ms",
            _INDENT + self.describe_exception(exception),
        ]
        cause = exception.__cause__ or exception.__context__
        seen = {id(exception)}
        while cause is not None and id(cause) not in seen:
            seen.add(id(cause))
            lines.append(_INDENT + "caused by " + self.describe_exception(cause))
            cause = cause.__cause__ or cause.__context__
        return "\n".join(lines)

    def describe_exception(self, exception: BaseException) -> str:
        """``Type: message`` with the message scrubbed of sensitive data."""
        try:
            text = str(exception)
        except Exception:  # a broken __str__ must not break logging
            text = "<message unavailable>"
        kind = escape_controls(type(exception).__qualname__)
        return f"{kind}: {self.body_obfuscator.scrub_message(text)}" if text else kind

    def _headers_and_body(self, headers: Sequence[tuple[str, str]], body: bytes) -> list[str]:
        lines = [_INDENT + "headers:"]
        shown = self.header_obfuscator.obfuscate(headers)
        lines += [f"{_INDENT * 2}{escape_controls(name)}: {value}" for name, value in shown] or [
            _INDENT * 2 + "(none)"
        ]
        if not body:
            lines.append(_INDENT + "body: (empty)")
            return lines
        encoding = (header_value(tuple(headers), "Content-Encoding") or "").strip().lower()
        # A request body opay compressed is gzip; a response body was already decoded by the
        # transport (which keeps the header as the platform sent it): only gzip data, which
        # starts with its magic bytes, is decompressed here.
        if encoding == "gzip" and body[:2] == _GZIP_MAGIC:
            try:
                decoded = gunzip_within(body, MAX_SHOWN_GZIP_SIZE)
            except CommunicationException:
                lines.append(f"{_INDENT}body: ({len(body)} bytes, invalid gzip)")
                return lines
            if decoded is None:
                lines.append(
                    f"{_INDENT}body: ({len(body)} bytes of gzip, more than "
                    f"{MAX_SHOWN_GZIP_SIZE} bytes decompressed: too large to show)"
                )
                return lines
            body = decoded
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            lines.append(f"{_INDENT}body: ({len(body)} bytes, not UTF-8 text)")
            return lines
        lines.append(_INDENT + "body:")
        shown_body = self.body_obfuscator.obfuscate(text)
        lines += [_INDENT * 2 + escape_controls(line) for line in shown_body.split("\n")]
        return lines
