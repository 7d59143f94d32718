"""Idempotence keys as the platform honours them.

Source: the guide's "Idempotent requests" page,
https://docs.direct.worldline-solutions.com/en/integration/api-developer-guide/idempotent-requests

- Only the operations it lists are deduplicated (``Operation.idempotent`` in the operation
  table: CreatePayment, CancelPayment, RefundPayment, CapturePayment, CompletePayment,
  CreatePayout, SubsequentPayment); on any other operation the key is ignored and a repeat
  executes again (:func:`deduplicates`).
- A request carrying ``X-GCS-Idempotence-Key`` is remembered per merchant, path and key. A
  repeat after the first one finished gets the first outcome again (same status), with
  ``X-GCS-Idempotence-Request-Timestamp`` set to the first request's time in milliseconds,
  but showing the current state of what it is about ("information relative to the payment
  may be updated; for example, the current status of a payment": :func:`refreshed`).
- A repeat while the first one is still being processed gets the platform's 409
  (``DUPLICATE_REQUEST_IN_PROGRESS`` of the error catalogue).

Not thread-safe by itself: the app calls it under its lock.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable
from typing import Any

import attrs

from opay.operations import OPERATIONS
from opay.transport import Response

Key = tuple[str, str, str]  # merchant id, path, idempotence key

# The error of the 409 a repeat gets while the first request with its key is still being
# processed is error_catalogue.DUPLICATE_REQUEST_IN_PROGRESS (code "1409", errorCode
# "30001002"): the platform's own SDK (onlinepayments-sdk-python3 10.3,
# exception_factory) raises its IdempotenceException for HTTP 409, a key in the call
# context and one error whose errorCode is "30001002".


def deduplicates(operation_id: str) -> bool:
    """Whether the platform deduplicates ``operation_id`` by idempotence key."""
    operation = OPERATIONS.get(operation_id)
    return operation is not None and operation.idempotent


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

    def in_progress(self) -> int:
        """How many keys have a first request that has not finished."""
        return sum(1 for entry in self._entries.values() if entry.response is None)

    def abandon(self, key: Key) -> None:
        """Forget a key whose first request failed without an answer."""
        self._entries.pop(key, None)


def refreshed(stored: Response, current_payment: Callable[[str], dict[str, Any] | None]) -> bytes:
    """The body of ``stored`` with every payment in it (a ``"payment"`` member holding an
    ``id``, at any depth: ``CreatePaymentResponse``, ``CancelPaymentResponse``, a decline's
    ``paymentResult``, ...) replaced by ``current_payment(id)``, its current state (kept as
    stored when that is None). A body that is not a JSON object is returned as it is."""
    try:
        body = json.loads(stored.body)
    except ValueError:
        return stored.body
    if not isinstance(body, dict):
        return stored.body

    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            out = {}
            for name, member in value.items():
                if name == "payment" and isinstance(member, dict) and "id" in member:
                    now = current_payment(str(member["id"]))
                    out[name] = now if now is not None else walk(member)
                else:
                    out[name] = walk(member)
            return out
        if isinstance(value, list):
            return [walk(item) for item in value]
        return value

    return json.dumps(walk(body), separators=(",", ":"), ensure_ascii=False).encode("utf-8")
