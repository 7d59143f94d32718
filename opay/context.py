"""Per-call context: the idempotence key sent, and what the platform said about it."""

from __future__ import annotations

import attrs


@attrs.define(kw_only=False)
class CallContext:
    """Options for one call. After the call, ``idempotence_request_timestamp`` holds the
    value of ``X-GCS-Idempotence-Request-Timestamp`` when the platform replayed a response."""

    idempotence_key: str | None = None
    idempotence_request_timestamp: int | None = None
