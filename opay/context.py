"""Per-call context: the idempotence key sent, and what the platform said about it."""

from __future__ import annotations

from typing import Any

import attrs


def check_idempotence_key(key: str | None) -> str | None:
    """``key`` if the platform can take it as ``X-GCS-Idempotence-Key``; otherwise raise
    :class:`ValueError` naming the rule it breaks (:class:`TypeError` for a non-string).

    The rules are the platform's ("Idempotent requests" in its API developer guide,
    https://docs.direct.worldline-solutions.com/en/integration/api-developer-guide/idempotent-requests):
    at most :data:`~opay.operations.IDEMPOTENCE_KEY_MAX_LENGTH` characters, ASCII without
    UTF-8. opay also refuses what would make the key a different one on arrival: an empty or
    blank key (no header would be sent, yet the call would count as keyed), control
    characters, and whitespace at either end (header values are trimmed in transit)."""
    if key is None:
        return None
    if not isinstance(key, str):
        raise TypeError(f"an idempotence key must be a str, got {type(key).__name__}")
    from opay.operations import IDEMPOTENCE_KEY_MAX_LENGTH

    if not key:
        raise ValueError("an idempotence key must not be empty (use None for no key)")
    if not key.strip():
        raise ValueError(f"an idempotence key must not be blank, got {key!r}")
    if len(key) > IDEMPOTENCE_KEY_MAX_LENGTH:
        raise ValueError(
            f"an idempotence key must be at most {IDEMPOTENCE_KEY_MAX_LENGTH} characters "
            f"(the platform's limit), got {len(key)}"
        )
    for position, char in enumerate(key):
        if not " " <= char <= "~":
            raise ValueError(
                "an idempotence key must be printable ASCII (the platform accepts no UTF-8 "
                f"and no control characters), got {char!r} at position {position}"
            )
    if key != key.strip():
        raise ValueError(
            "an idempotence key must not begin or end with a space (header values are "
            f"trimmed in transit, so the platform would see another key), got {key!r}"
        )
    return key


def _valid_key(_instance: Any, _attribute: Any, value: str | None) -> None:
    check_idempotence_key(value)


@attrs.define(kw_only=False)
class CallContext:
    """Options for one call. After the call, ``idempotence_request_timestamp`` holds the
    value of ``X-GCS-Idempotence-Request-Timestamp`` when the platform replayed a response,
    and ``sent_idempotence_key`` the key the call sent: ``idempotence_key`` when set, else
    the key opay generated for the call's retries (``idempotence_key`` itself is never
    changed, so reusing a context never turns a new call into a replay), else None.

    ``idempotence_key`` is checked when set (see :func:`check_idempotence_key`): an empty,
    blank, too long or non-ASCII key raises :class:`ValueError` before anything is sent."""

    idempotence_key: str | None = attrs.field(default=None, validator=_valid_key)
    idempotence_request_timestamp: int | None = None
    sent_idempotence_key: str | None = None
