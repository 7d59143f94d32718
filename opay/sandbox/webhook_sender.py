"""Delivers the sandbox's webhook events to a merchant's endpoint, as the platform does.

Each event is POSTed as JSON with ``X-GCS-Signature`` (base64 of the HMAC-SHA256 of the raw
body, keyed with the webhook secret) and ``X-GCS-KeyId``. Delivery happens on a background
thread, so the API request that caused the event never waits for it. A delivery that fails
(connection error, timeout or a non-2xx answer) is retried with exponential backoff
(``base_delay * 2**n`` seconds, at most ``max_delay``) up to ``max_attempts`` attempts; other
events are not held back meanwhile. :meth:`WebhookSender.flush` waits until nothing is left
to deliver; :meth:`WebhookSender.deliveries` is the delivery log.

To exercise a receiver against what a webhook sender that retries can do (the platform's
webhooks page, https://support.direct.ingenico.com/documentation/api/webhooks, states no
exactly-once delivery; duplicates and reordering here are the sandbox's test faults), the
sender can also misbehave, drawing from a generator seeded with ``seed`` (the same seed gives the same
choices): ``delay`` holds every event that many seconds before its first delivery;
``jitter`` adds a random 0 to ``jitter`` seconds per event, so events overtake each other
(reordering); ``duplicate_rate`` is the fraction of events delivered a second time, a random
0 to ``jitter`` seconds after the first (``duplicate: true`` in the log).
"""

from __future__ import annotations

import heapq
import http.client
import itertools
import json
import random
import threading
import time
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

import attrs

from opay.webhooks.signature import KEY_ID_HEADER, SIGNATURE_HEADER, compute_signature

PENDING = "pending"
DELIVERED = "delivered"
FAILED = "failed"
ABANDONED = "abandoned"


@attrs.define
class Attempt:
    """One try at delivering an event: when, and what the receiver answered."""

    at: str
    status: int | None = None
    error: str | None = None


@attrs.define
class Delivery:
    """One event on its way to the receiver, with every attempt made so far."""

    event_id: str
    event_type: str
    body: bytes
    state: str = PENDING
    attempts: list[Attempt] = attrs.field(factory=list)
    duplicate: bool = False

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly view for the ``/_sandbox/webhooks`` log."""
        return {
            "eventId": self.event_id,
            "type": self.event_type,
            "state": self.state,
            "duplicate": self.duplicate,
            "attempts": [attrs.asdict(a) for a in self.attempts],
        }


def _now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


class WebhookSender:
    """Posts events to ``url`` from a worker thread, signing each with ``secret``.

    Call it (or :meth:`send`) with an event dict; it returns at once. ``flush`` waits for
    every queued event to be delivered or given up; ``close`` flushes and stops the thread.
    """

    def __init__(
        self,
        url: str,
        key_id: str,
        secret: str,
        *,
        base_delay: float = 0.5,
        max_delay: float = 30.0,
        max_attempts: int = 6,
        timeout: float = 5.0,
        log_limit: int = 1000,
        delay: float = 0.0,
        jitter: float = 0.0,
        duplicate_rate: float = 0.0,
        seed: int | None = 0,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"webhook url must be an absolute http(s) URL, got {url!r}")
        if not key_id:
            raise ValueError("webhook key id must not be empty")
        if not secret:
            raise ValueError("webhook secret must not be empty")
        if max_attempts < 1:
            raise ValueError(f"max_attempts must be at least 1, got {max_attempts!r}")
        if base_delay < 0 or max_delay < 0:
            raise ValueError("base_delay and max_delay must not be negative")
        if delay < 0 or jitter < 0:
            raise ValueError(f"delay and jitter must not be negative, got {delay!r}, {jitter!r}")
        if not 0.0 <= duplicate_rate <= 1.0:
            raise ValueError(f"duplicate_rate must be between 0 and 1, got {duplicate_rate!r}")
        self.delay = delay
        self.jitter = jitter
        self.duplicate_rate = duplicate_rate
        self._rng = random.Random(seed)
        self.url = url
        self.key_id = key_id
        self._secret = secret
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.max_attempts = max_attempts
        self.timeout = timeout
        self._log_limit = log_limit
        self._parts = parts
        self._cond = threading.Condition()
        self._queue: list[tuple[float, int, Delivery]] = []
        self._seq = itertools.count()
        self._unfinished = 0
        self._closing = False
        self._log: list[Delivery] = []
        self._thread = threading.Thread(target=self._run, name="opay-webhook-sender", daemon=True)
        self._thread.start()

    def __call__(self, event: dict[str, Any]) -> None:
        self.send(event)

    def send(self, event: dict[str, Any]) -> None:
        """Queue ``event`` for delivery (serialised now, so later changes do not leak in)."""
        body = json.dumps(event, separators=(",", ":")).encode("utf-8")
        event_id, event_type = str(event.get("id", "")), str(event.get("type", ""))
        with self._cond:
            if self._closing:
                raise RuntimeError("the webhook sender is closed")
            now = time.monotonic()
            due = now + self.delay + self._rng.uniform(0.0, self.jitter)
            self._queue_delivery(Delivery(event_id, event_type, body), due)
            if self.duplicate_rate and self._rng.random() < self.duplicate_rate:
                again = Delivery(event_id, event_type, body, duplicate=True)
                self._queue_delivery(again, due + self._rng.uniform(0.0, self.jitter))
            self._cond.notify_all()

    def _queue_delivery(self, delivery: Delivery, due: float) -> None:
        """Under the lock: log ``delivery`` and queue its first attempt at ``due``."""
        self._log.append(delivery)
        del self._log[: max(0, len(self._log) - self._log_limit)]
        self._unfinished += 1
        heapq.heappush(self._queue, (due, next(self._seq), delivery))

    @property
    def closed(self) -> bool:
        """True once :meth:`close` was called: events are no longer accepted."""
        with self._cond:
            return self._closing

    def delay_before(self, attempt: int) -> float:
        """Seconds to wait before retry number ``attempt`` (1 for the first retry)."""
        return float(min(self.max_delay, self.base_delay * 2 ** (attempt - 1)))

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every queued event is delivered or given up; False on timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: self._unfinished == 0, timeout)

    def close(self, timeout: float | None = 5.0) -> bool:
        """Flush (up to ``timeout`` seconds), then stop the worker; pending events are abandoned.

        Returns True when everything was delivered or given up before the timeout. Idempotent.
        """
        flushed = self.flush(timeout)
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._thread.join()
        return flushed

    def deliveries(self) -> list[dict[str, Any]]:
        """The delivery log, oldest first (at most ``log_limit`` entries)."""
        with self._cond:
            return [d.as_dict() for d in self._log]

    def _run(self) -> None:
        while True:
            with self._cond:
                delivery = self._next_due()
                if delivery is None:
                    return
            status, error = self._post(delivery.body)
            self._record(delivery, status, error)

    def _next_due(self) -> Delivery | None:
        """Under the lock: wait for the next delivery that is due, or None when closing."""
        while True:
            if self._closing:
                for _, _, left in self._queue:
                    left.state = ABANDONED
                self._unfinished -= len(self._queue)
                self._queue.clear()
                self._cond.notify_all()
                return None
            if self._queue:
                due = self._queue[0][0] - time.monotonic()
                if due <= 0:
                    return heapq.heappop(self._queue)[2]
                self._cond.wait(due)
            else:
                self._cond.wait()

    def _record(self, delivery: Delivery, status: int | None, error: str | None) -> None:
        with self._cond:
            delivery.attempts.append(Attempt(_now_iso(), status, error))
            if status is not None and 200 <= status < 300:
                delivery.state = DELIVERED
            elif len(delivery.attempts) >= self.max_attempts:
                delivery.state = FAILED
            else:
                retry_at = time.monotonic() + self.delay_before(len(delivery.attempts))
                heapq.heappush(self._queue, (retry_at, next(self._seq), delivery))
                return
            self._unfinished -= 1
            self._cond.notify_all()

    def _post(self, body: bytes) -> tuple[int | None, str | None]:
        parts = self._parts
        conn_class: Callable[..., http.client.HTTPConnection] = (
            http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        )
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            SIGNATURE_HEADER: compute_signature(body, self._secret),
            KEY_ID_HEADER: self.key_id,
            "User-Agent": "opay-sandbox-webhooks",
        }
        conn = conn_class(parts.hostname, parts.port, timeout=self.timeout)
        try:
            conn.request("POST", path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
        except (OSError, http.client.HTTPException) as exc:
            return None, f"{type(exc).__name__}: {exc}"
        finally:
            conn.close()
        if 200 <= response.status < 300:
            return response.status, None
        return response.status, f"receiver answered HTTP {response.status}"
