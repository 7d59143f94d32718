"""In-memory transports: a function answers every request, no socket is opened.

For unit tests of code that uses opay, and for plugging the sandbox in directly::

    transport = MemoryTransport(lambda request: Response(200, [], b"{}"))
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable

from opay.transport import Request, Response
from opay_transports._options import closed

Handler = Callable[[Request], Response]
AsyncHandler = Callable[[Request], Response | Awaitable[Response]]


class MemoryTransport:
    """Answers each request by calling ``handler(request)``; exceptions it raises propagate."""

    def __init__(self, handler: Handler) -> None:
        if not callable(handler):
            raise TypeError(f"handler must be callable, got {handler!r}")
        self._handler = handler
        self._closed = False

    def send(self, request: Request) -> Response:
        """The handler's response to ``request``."""
        if self._closed:
            raise closed(request.method, request.url)
        response = self._handler(request)
        if not isinstance(response, Response):
            raise TypeError(f"the handler returned {type(response).__name__}, not a Response")
        return response

    def close(self) -> None:
        """Refuse further requests. Idempotent."""
        self._closed = True

    def __enter__(self) -> MemoryTransport:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class AsyncMemoryTransport:
    """The asynchronous twin of :class:`MemoryTransport`; ``handler`` may be sync or async."""

    def __init__(self, handler: AsyncHandler) -> None:
        if not callable(handler):
            raise TypeError(f"handler must be callable, got {handler!r}")
        self._handler = handler
        self._closed = False

    async def send(self, request: Request) -> Response:
        """The handler's response to ``request`` (awaited when it is awaitable)."""
        if self._closed:
            raise closed(request.method, request.url)
        response = self._handler(request)
        if inspect.isawaitable(response):
            response = await response
        if not isinstance(response, Response):
            raise TypeError(f"the handler returned {type(response).__name__}, not a Response")
        return response

    async def aclose(self) -> None:
        """Refuse further requests. Idempotent."""
        self._closed = True

    async def __aenter__(self) -> AsyncMemoryTransport:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()
