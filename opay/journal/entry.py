"""Journal entries: what is recorded about one deduplicated call, and the values derived
from a call (its request digest and, for a business key, its idempotence key)."""

from __future__ import annotations

import enum
import hashlib
import json
import time
from collections.abc import Mapping
from json.encoder import encode_basestring_ascii as _quote
from typing import Any

import attrs

from opay.marshal import to_dict, to_json_bytes
from opay.model import Model
from opay.operations import IDEMPOTENCE_KEY_MAX_LENGTH, IDEMPOTENCE_RETENTION_SECONDS

try:
    import orjson as _orjson
except ImportError:  # pragma: no cover - orjson is optional (the "fast" extra)
    _orjson = None  # type: ignore[assignment]

# Derived keys: a prefix and 32 hex digits of a SHA-256 (128 bits), 37 characters in all,
# within the platform's limit of IDEMPOTENCE_KEY_MAX_LENGTH printable ASCII characters.
DERIVED_KEY_PREFIX = "opay-"
_DERIVED_DIGEST_CHARS = 32
assert len(DERIVED_KEY_PREFIX) + _DERIVED_DIGEST_CHARS <= IDEMPOTENCE_KEY_MAX_LENGTH


class State(enum.Enum):
    """Where a journaled call stands.

    ``PENDING``: claimed; its request may have been sent and its outcome is not known (in
    doubt once no process is working on it). ``DONE``: the platform answered with a final
    answer (``status``, ``response_body``). ``FAILED``: it certainly had no effect (never
    sent, or refused with a 4xx that changes nothing); the call may be made again, under a
    new idempotence key."""

    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"


def _state(value: State | str) -> State:
    return value if isinstance(value, State) else State(value)


@attrs.frozen
class Entry:
    """One deduplicated call as the journal records it.

    ``slot`` identifies the call (merchant, operation and business key, or the idempotence
    key when no business key was given); ``generation`` counts the times the call was made
    again after failing without effect (each generation has its own idempotence key).
    ``request`` is the canonical JSON needed to resend the call: it is kept only while the
    outcome is unknown and erased once the call is settled (it may hold card data).
    Times are seconds since the epoch.
    """

    slot: str
    operation_id: str
    merchant_id: str
    idempotence_key: str
    digest: str
    started: float
    business_key: str | None = None
    generation: int = 0
    state: State = attrs.field(default=State.PENDING, converter=_state)
    finished: float | None = None
    status: int | None = None
    response_body: str | None = None
    request: str | None = None

    @property
    def age(self) -> float:
        """Seconds since the call was started."""
        return time.time() - self.started

    @property
    def expired(self) -> bool:
        """True when the idempotence key is older than the platform keeps keys: a resend
        is no longer deduplicated, so the call must be settled by reference."""
        return self.age >= IDEMPOTENCE_RETENTION_SECONDS


def canonical_json(value: object) -> str:
    """Sorted-keys, compact JSON text: equal values give equal texts."""
    if _orjson is not None:
        try:
            return _orjson.dumps(value, option=_orjson.OPT_SORT_KEYS).decode("utf-8")
        except TypeError:
            pass  # e.g. an integer beyond 64 bits: the standard library writes it
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def plain_json(value: object | None) -> Any:
    """A model (or a mapping holding models) as the plain JSON values it is sent as."""
    if value is None:
        return None
    if isinstance(value, Model):
        return to_dict(value)  # the values to_json_bytes writes, without writing them
    text = to_json_bytes(value)
    if _orjson is not None:
        try:
            return _orjson.loads(text)
        except _orjson.JSONDecodeError:
            pass  # numbers orjson does not read exactly: the standard library does
    return json.loads(text)


def request_document(
    path_values: Mapping[str, object], body: object | None, query: object | None
) -> str:
    """The canonical JSON of a call's request: body, path values and query (the body and
    query as models or as their :func:`plain_json` values: the same document)."""
    return canonical_json(
        {
            "body": plain_json(body),
            "path": {name: str(value) for name, value in path_values.items()},
            "query": plain_json(query),
        }
    )


def request_digest(document: str) -> str:
    """The SHA-256 (hex) of a request document."""
    return hashlib.sha256(document.encode("utf-8")).hexdigest()


def _json_strings(*texts: str) -> str:
    """``json.dumps(list(texts))`` (ASCII, ``", "`` between items), written directly: slots
    and key material must never change, and this is on every call's path."""
    return f"[{', '.join(map(_quote, texts))}]"


def derived_key(merchant_id: str, operation_id: str, business_key: str, generation: int) -> str:
    """The idempotence key of a business key: deterministic, so a re-run job sends the same
    key; another generation (a new try after a failure without effect) gets another one."""
    # json.dumps([merchant_id, operation_id, business_key, generation])
    material = f"{_json_strings(merchant_id, operation_id, business_key)[:-1]}, {int(generation)}]"
    digest = hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()
    return DERIVED_KEY_PREFIX + digest[:_DERIVED_DIGEST_CHARS]


def business_slot(merchant_id: str, operation_id: str, business_key: str) -> str:
    """The slot of a call with a business key."""
    return _json_strings("b", merchant_id, operation_id, business_key)


def key_slot(merchant_id: str, operation_id: str, idempotence_key: str) -> str:
    """The slot of a call without a business key (its idempotence key identifies it)."""
    return _json_strings("k", merchant_id, operation_id, idempotence_key)


# The fields of an entry as the stores keep them, in one order.
COLUMNS = (
    "slot",
    "operation_id",
    "merchant_id",
    "idempotence_key",
    "digest",
    "started",
    "business_key",
    "generation",
    "state",
    "finished",
    "status",
    "response_body",
    "request",
)


def entry_values(entry: Entry) -> tuple[object, ...]:
    """The column values of ``entry``, in :data:`COLUMNS` order."""
    return tuple(
        getattr(entry, name).value if name == "state" else getattr(entry, name) for name in COLUMNS
    )


def entry_from_row(row: tuple[object, ...]) -> Entry:
    """An entry from a row of :data:`COLUMNS`."""
    return Entry(**dict(zip(COLUMNS, row, strict=True)))  # type: ignore[arg-type]
