"""Per-call context: the idempotence key sent, and what the platform said about it."""

from __future__ import annotations

import attrs


@attrs.define(kw_only=False)
class CallContext:
    """Options for one call. After the call, ``idempotence_request_timestamp`` holds the
    value of ``X-GCS-Idempotence-Request-Timestamp`` when the platform replayed a response,
    and ``sent_idempotence_key`` the key the call sent: ``idempotence_key`` when set, else
    the key opay generated for the call's retries (``idempotence_key`` itself is never
    changed, so reusing a context never turns a new call into a replay), else None.

    ``business_key`` (with a client that has a :class:`~opay.journal.Journal`) names the
    business action a deduplicated call performs, e.g. ``"order-4711"``: the idempotence key
    is derived from the merchant, the operation and this key, so a job that runs again sends
    the same key and gets the first run's outcome (see the journal's guide). Only a client
    with a journal derives the key: give such a client the calls that carry a business key."""

    idempotence_key: str | None = None
    idempotence_request_timestamp: int | None = None
    sent_idempotence_key: str | None = None
    business_key: str | None = None
