"""One write for a request's head and body on ``http.client`` connections (urllib3's
connections are ones).

``http.client`` (and urllib3 above it) sends the head of a request and its body in two
writes: a system call, and on the network a packet, more per request with a body. A
connection class with :class:`JoinedWrites` among its bases holds the head back when
:meth:`~JoinedWrites.expect_body` announced a body of bytes (up to 64 KiB), and writes both
at once.
"""

from __future__ import annotations

from typing import Any

JOINED_BODY_SIZE = 64 * 1024
"""Bodies up to this many bytes are written together with the head."""


class JoinedWrites:
    """A mixin for ``http.client.HTTPConnection`` subclasses (see the module's description)."""

    _body_follows = False
    _held_head: bytes | None = None

    def expect_body(self, body: object) -> None:
        """The next request sends ``body``: hold its head back when it is bytes to join."""
        self._held_head = None
        self._body_follows = type(body) is bytes and 0 < len(body) <= JOINED_BODY_SIZE

    def send(self, data: Any) -> None:
        head = self._held_head
        if head is not None:  # the body after the head that was held back
            self._held_head = None
            data = head + data
        elif self._body_follows and type(data) is bytes:  # the head: held for the body
            self._body_follows = False
            self._held_head = data
            return
        super().send(data)  # type: ignore[misc]
