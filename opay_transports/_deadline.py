"""The deadline of one attempt: ``attempt_timeout`` seconds from the start of ``send``.

``read_timeout`` bounds the wait for each next byte only: a server sending one byte every
few seconds would keep a call (and its pooled connection) forever. Every transport therefore
starts a deadline when :meth:`send` begins and, before each read from the network, shortens
the socket's timeout to what remains of it; once it has passed the read fails with
:class:`AttemptExpired` and the connection is closed, not pooled.

Synchronous transports keep the deadline of the attempt running in each thread here
(:func:`start`); the ``http.client`` responses that urllib3 and the standard-library
transport read through are :class:`DeadlineResponse`, which check it before every
``recv``. The cost is one ``time.monotonic()`` per read, and a ``settimeout`` only when the
socket's timeout exceeds what remains of the deadline by more than 5 ms and 2 % (so a read
may outlast the deadline by that little): about once per attempt when the deadline is
shorter than the read timeout, never otherwise.
"""

from __future__ import annotations

import http.client
import io
import socket
import threading
import time
from typing import Any

monotonic = time.monotonic
_local = threading.local()


class AttemptExpired(TimeoutError):
    """The attempt's deadline passed (a ``TimeoutError``, as the libraries expect);
    ``sent`` is False when it passed before anything of the request was written."""

    def __init__(self, *, sent: bool = True) -> None:
        super().__init__("the attempt_timeout deadline passed")
        self.sent = sent


def start(attempt_timeout: float) -> float:
    """Start the deadline of an attempt in this thread; returns it (a ``monotonic`` time)."""
    deadline = monotonic() + attempt_timeout
    _local.deadline = deadline
    return deadline


def current() -> float | None:
    """The deadline of the attempt running in this thread, if any."""
    deadline: float | None = getattr(_local, "deadline", None)
    return deadline


def passed(deadline: float) -> bool:
    """Whether ``deadline`` has passed (allowing for a timer firing a millisecond early)."""
    return monotonic() >= deadline - 0.002


def clamp(timeout: float | None, deadline: float | None, *, sent: bool = True) -> float | None:
    """``timeout`` shortened to what remains until ``deadline``; :class:`AttemptExpired`
    (with ``sent``) when nothing remains."""
    if deadline is None:
        return timeout
    remaining = deadline - monotonic()
    if timeout is None or remaining < timeout:
        if remaining <= 0:
            raise AttemptExpired(sent=sent)
        return remaining
    return timeout


class _DeadlineReader(io.RawIOBase):
    """A socket's reading side that shortens the socket timeout to the deadline's remainder
    before each ``recv``."""

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        self._sock = sock
        # what sock.makefile() returns: it keeps the descriptor open while the response is
        # read, even when http.client closes the connection behind it (Connection: close)
        self._raw = sock.makefile("rb", buffering=0)
        self._deadline = deadline
        self._timeout = sock.gettimeout()  # the read timeout, as the library set it

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        remaining = self._deadline - monotonic()
        if remaining <= 0:
            raise AttemptExpired
        current = self._timeout  # what the socket's timeout is now
        # Shortened only when it exceeds what remains by more than a little (5 ms and 2 %),
        # so that a deadline shorter than the read timeout costs one settimeout per attempt
        # or so, not one per read; a read may outlast the deadline by that little.
        if current is None or remaining < current - 0.005 - remaining * 0.02:
            self._sock.settimeout(remaining)
            self._timeout = remaining
        return self._sock.recv_into(buffer)

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()


class _DeadlineSocket:
    """What :class:`DeadlineResponse` hands to ``http.client``: only ``makefile`` is used."""

    __slots__ = ("_deadline", "_sock")

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        self._sock = sock
        self._deadline = deadline

    def makefile(self, mode: str, *_args: object, **_kwargs: object) -> io.BufferedReader:
        return io.BufferedReader(_DeadlineReader(self._sock, self._deadline))


class DeadlineResponse(http.client.HTTPResponse):
    """An ``http.client`` response whose every read respects the deadline of the attempt
    running in this thread (see :func:`start`); used as a connection's ``response_class``."""

    def __init__(
        self, sock: socket.socket, debuglevel: int = 0, method: str | None = None, url: Any = None
    ) -> None:
        deadline = current()
        source: Any = sock if deadline is None else _DeadlineSocket(sock, deadline)
        super().__init__(source, debuglevel, method, url)
