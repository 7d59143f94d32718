"""Idempotence keys as the platform honours them.

A request carrying ``X-GCS-Idempotence-Key`` is remembered per merchant, path and key. A
repeat after the first one finished gets the first response again (same status and body) with
``X-GCS-Idempotence-Request-Timestamp`` set to the first request's time in milliseconds; a
repeat while the first one is still being handled gets a 409. Not thread-safe by itself: the
app calls it under its lock.
"""

from __future__ import annotations

import enum

import attrs

from opay.transport import Response

Key = tuple[str, str, str]  # merchant id, path, idempotence key


class State(enum.Enum):
    NEW = "new"
    IN_PROGRESS = "in progress"
    DONE = "done"


@attrs.define
class _Entry:
    timestamp_ms: int
    response: Response | None = None


class IdempotenceStore:
    """First requests and their responses, keyed by merchant, path and idempotence key."""

    def __init__(self) -> None:
        self._entries: dict[Key, _Entry] = {}

    def begin(self, key: Key, timestamp_ms: int) -> tuple[State, int, Response | None]:
        """Look ``key`` up; a new key is marked in progress from ``timestamp_ms`` on.

        Returns the state found, the first request's timestamp and, when done, its response.
        """
        entry = self._entries.get(key)
        if entry is None:
            self._entries[key] = _Entry(timestamp_ms)
            return State.NEW, timestamp_ms, None
        if entry.response is None:
            return State.IN_PROGRESS, entry.timestamp_ms, None
        return State.DONE, entry.timestamp_ms, entry.response

    def finish(self, key: Key, response: Response) -> None:
        """Remember the response of the first request with ``key``."""
        self._entries[key].response = response

    def abandon(self, key: Key) -> None:
        """Forget a key whose first request failed without an answer."""
        self._entries.pop(key, None)
