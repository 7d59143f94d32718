"""A logger writing to Python's :mod:`logging`, with structured ``extra`` fields."""

from __future__ import annotations

import logging
from typing import Any

from opay.log.messages import MessageFormatter
from opay.obfuscation import BodyObfuscator, HeaderObfuscator
from opay.transport import Request, Response


class PythonCommunicatorLogger:
    """Writes each request and response at ``level`` and each failure at ``error_level``.

    ``logger`` is a :class:`logging.Logger` or the name of one (default ``"opay"``). Every
    record carries the ``extra`` attributes ``opay_request_id``, ``opay_method``,
    ``opay_url`` (obfuscated), ``opay_status`` (None for requests, and for failures without
    an HTTP status) and ``opay_duration_ms`` (None for requests), for filters and structured
    formatters. Messages are formatted only when the logger is enabled for their level.
    """

    def __init__(
        self,
        logger: logging.Logger | str = "opay",
        level: int = logging.INFO,
        error_level: int = logging.ERROR,
        *,
        body_obfuscator: BodyObfuscator | None = None,
        header_obfuscator: HeaderObfuscator | None = None,
    ) -> None:
        if isinstance(logger, str):
            logger = logging.getLogger(logger)
        elif not isinstance(logger, logging.Logger):
            raise TypeError(f"logger must be a logging.Logger or a logger name, not {logger!r}")
        self.logger = logger
        self.level = level
        self.error_level = error_level
        self._formatter = MessageFormatter(body_obfuscator, header_obfuscator)

    def log_request(self, request_id: str, request: Request) -> None:
        """Log ``request``, obfuscated, at ``level``."""
        if self.logger.isEnabledFor(self.level):
            self.logger.log(
                self.level,
                self._formatter.request(request_id, request),
                extra=self._extra(request_id, request, None, None),
            )

    def log_response(
        self, request_id: str, request: Request, response: Response, duration_ms: float
    ) -> None:
        """Log ``response`` to ``request``, obfuscated, at ``level``."""
        if self.logger.isEnabledFor(self.level):
            self.logger.log(
                self.level,
                self._formatter.response(request_id, request, response, duration_ms),
                extra=self._extra(request_id, request, response.status, duration_ms),
            )

    def log_exception(
        self, request_id: str, request: Request, exception: BaseException, duration_ms: float
    ) -> None:
        """Log the failure of ``request`` at ``error_level``."""
        if self.logger.isEnabledFor(self.error_level):
            status = getattr(exception, "status_code", None)
            self.logger.log(
                self.error_level,
                self._formatter.exception(request_id, request, exception, duration_ms),
                extra=self._extra(
                    request_id, request, status if isinstance(status, int) else None, duration_ms
                ),
            )

    def _extra(
        self, request_id: str, request: Request, status: int | None, duration_ms: float | None
    ) -> dict[str, Any]:
        return {
            "opay_request_id": request_id,
            "opay_method": request.method,
            "opay_url": self._formatter.url(request),
            "opay_status": status,
            "opay_duration_ms": duration_ms,
        }
