"""Logging of the communication with the platform, with sensitive data obfuscated."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from opay.transport import Request, Response

__all__ = [
    "CommunicatorLogger",
    "MessageFormatter",
    "PythonCommunicatorLogger",
    "SysOutCommunicatorLogger",
]


@runtime_checkable
class CommunicatorLogger(Protocol):
    """Receives every request, response and failure of a client's calls.

    ``request_id`` correlates a request with its response or exception. Implementations are
    responsible for obfuscating what they write (see :mod:`opay.obfuscation`).
    """

    def log_request(self, request_id: str, request: Request) -> None:
        """Called just before ``request`` is sent."""
        ...

    def log_response(
        self, request_id: str, request: Request, response: Response, duration_ms: float
    ) -> None:
        """Called when ``response`` to ``request`` has been received."""
        ...

    def log_exception(
        self, request_id: str, request: Request, exception: BaseException, duration_ms: float
    ) -> None:
        """Called when sending ``request`` or parsing its response raised ``exception``."""
        ...


from opay.log.messages import MessageFormatter  # noqa: E402
from opay.log.python_logging import PythonCommunicatorLogger  # noqa: E402
from opay.log.sysout import SysOutCommunicatorLogger  # noqa: E402
