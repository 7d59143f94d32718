"""A logger that prints every message to standard output (or another text stream)."""

from __future__ import annotations

import sys
import threading
from datetime import datetime, timezone
from typing import TextIO

from opay.log.messages import MessageFormatter
from opay.obfuscation import BodyObfuscator, HeaderObfuscator
from opay.transport import Request, Response

# One lock for all instances: they usually share sys.stdout.
_PRINT_LOCK = threading.Lock()


class SysOutCommunicatorLogger:
    """Prints each request, response and failure as one timestamped block.

    Thread-safe: blocks from concurrent calls never interleave. ``stream`` defaults to the
    ``sys.stdout`` of the moment each message is printed.
    """

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        body_obfuscator: BodyObfuscator | None = None,
        header_obfuscator: HeaderObfuscator | None = None,
    ) -> None:
        self._stream = stream
        self._formatter = MessageFormatter(body_obfuscator, header_obfuscator)

    def log_request(self, request_id: str, request: Request) -> None:
        """Print ``request``, obfuscated."""
        self._print(self._formatter.request(request_id, request))

    def log_response(
        self, request_id: str, request: Request, response: Response, duration_ms: float
    ) -> None:
        """Print ``response`` to ``request``, obfuscated."""
        self._print(self._formatter.response(request_id, request, response, duration_ms))

    def log_exception(
        self, request_id: str, request: Request, exception: BaseException, duration_ms: float
    ) -> None:
        """Print the failure of ``request``."""
        self._print(self._formatter.exception(request_id, request, exception, duration_ms))

    def _print(self, message: str) -> None:
        stamp = datetime.now(timezone.utc).isoformat(timespec="milliseconds")
        text = f"{stamp} {message}\n"
        with _PRINT_LOCK:
            stream = self._stream or sys.stdout
            stream.write(text)
            stream.flush()
