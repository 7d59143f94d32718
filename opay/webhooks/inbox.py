"""The webhook inbox: every event handled once, however often and in whatever order it comes.

The platform delivers webhooks at least once: an event that was not acknowledged with a 2xx
is sent again, and events are not guaranteed to arrive in the order they happened
(https://support.direct.ingenico.com/documentation/api/webhooks: events are retried until
acknowledged; each carries its ``id`` and ``created`` time). :class:`Inbox` therefore:

1. verifies the request (``helper.unmarshal``: signature, then the event);
2. claims the event's ``id`` atomically in a store shared by every receiver process;
3. runs the handler once, then marks the event handled.

A redelivery of a claimed or handled event is acknowledged without running the handler
(``DUPLICATE``). A handler that raises releases the claim and the exception propagates, so
the framework answers 5xx and the platform's redelivery is handled. An event older, by its
``created`` time, than an event already claimed for the same resource (the payment, refund,
payout, token or payment link it is about) is acknowledged without running the handler and
reported ``STALE``: a late ``payment.created`` never overwrites a ``payment.captured``. A
claim whose process died is taken over after ``lease`` seconds.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import attrs

from opay.journal.store import InboxStore
from opay.marshal import parse_date_time
from opay.webhooks.exceptions import InvalidEventException
from opay.webhooks.helper import WebhooksHelper

if TYPE_CHECKING:
    from opay.models import WebhooksEvent

_RESOURCES = ("payment", "refund", "payout", "token", "payment_link")


class Outcome(enum.Enum):
    """What the inbox did with a delivery."""

    PROCESSED = "processed"
    DUPLICATE = "duplicate"
    STALE = "stale"


@attrs.frozen
class Receipt:
    """The result of :meth:`Inbox.receive`: the outcome and the verified event. Answer the
    platform with a 2xx for every receipt (a duplicate or stale event is acknowledged)."""

    outcome: Outcome
    event: WebhooksEvent

    @property
    def processed(self) -> bool:
        """True when this delivery ran the handler."""
        return self.outcome is Outcome.PROCESSED


def resource_id(event: WebhooksEvent) -> str | None:
    """The id of the resource an event is about, prefixed with its kind (``payment:...``)."""
    for name in _RESOURCES:
        resource = getattr(event, name, None)
        ident = getattr(resource, "id", None)
        if ident:
            return f"{name}:{ident}"
    return None


def created_at(event: WebhooksEvent) -> float | None:
    """The event's ``created`` time in epoch seconds, or None when it has none."""
    if not event.created:
        return None
    try:
        return parse_date_time(event.created).timestamp()
    except ValueError as exc:
        raise InvalidEventException(
            f"the event's created time {event.created!r} is not an ISO 8601 date-time"
        ) from exc


class Inbox:
    """Handles each webhooks event once (see the module documentation).

    ``helper`` is an :class:`~opay.webhooks.WebhooksHelper`; ``store`` one of
    :class:`~opay.journal.SqliteStore`, :class:`~opay.journal.PostgresStore` or
    :class:`~opay.journal.RedisStore` (the same store as a journal may be used).
    """

    def __init__(
        self,
        helper: WebhooksHelper,
        store: InboxStore,
        *,
        lease: float = 300.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not callable(getattr(helper, "unmarshal", None)):
            raise TypeError(f"helper must be a WebhooksHelper, not {type(helper).__name__}")
        if not isinstance(store, InboxStore):
            raise TypeError(
                "store must be an inbox store (claim_event, finish_event, release_event), "
                f"not {type(store).__name__}"
            )
        if lease <= 0:
            raise ValueError(f"lease must be a positive number of seconds, got {lease!r}")
        self.helper = helper
        self.store = store
        self.lease = lease
        self.clock = clock

    def _claim(self, body: bytes | bytearray, headers: object) -> tuple[str, WebhooksEvent]:
        event = self.helper.unmarshal(body, headers)
        if not event.id:
            raise InvalidEventException("the event has no id: it cannot be deduplicated")
        state = self.store.claim_event(
            event.id, resource_id(event), created_at(event), now=self.clock(), lease=self.lease
        )
        return state, event

    def receive(
        self,
        body: bytes | bytearray,
        headers: object,
        handler: Callable[[WebhooksEvent], object],
    ) -> Receipt:
        """Verify the delivery, and run ``handler(event)`` unless the event was handled
        already or is stale. Verification errors propagate (answer 4xx); so does the
        handler's exception, after the claim is released (answer 5xx)."""
        state, event = self._claim(body, headers)
        if state != "claimed":
            return Receipt(Outcome(state), event)
        assert event.id is not None
        try:
            handler(event)
        except BaseException:
            self.store.release_event(event.id)
            raise
        self.store.finish_event(event.id)
        return Receipt(Outcome.PROCESSED, event)

    async def areceive(
        self,
        body: bytes | bytearray,
        headers: object,
        handler: Callable[[WebhooksEvent], Awaitable[object]],
    ) -> Receipt:
        """The asynchronous twin of :meth:`receive`, for an ``async`` handler."""
        state, event = self._claim(body, headers)
        if state != "claimed":
            return Receipt(Outcome(state), event)
        assert event.id is not None
        try:
            await handler(event)
        except BaseException:
            self.store.release_event(event.id)
            raise
        self.store.finish_event(event.id)
        return Receipt(Outcome.PROCESSED, event)
