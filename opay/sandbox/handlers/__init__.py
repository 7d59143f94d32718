"""The sandbox's operation handlers: one function per operation of the API description.

A handler takes a :class:`Context` (the store, the merchant, the path values, the query and
the validated body) and returns a :class:`Reply`, or raises
:class:`opay.sandbox.errors.Failure`. :data:`HANDLERS` maps operation ids to handlers; the
modules of this package fill it when imported (see :func:`all_handlers`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime
from typing import Any

import attrs

from opay.sandbox import errors
from opay.sandbox.state import Payment, Store
from opay.sandbox.views import iso


@attrs.frozen
class Reply:
    """A successful answer: status, JSON body (None for no content) and extra headers."""

    status: int
    body: Any = None
    headers: tuple[tuple[str, str], ...] = ()


@attrs.define
class Context:
    """What a handler works with."""

    store: Store
    base_url: str
    now: datetime
    merchant_id: str
    params: dict[str, str] = attrs.field(factory=dict)
    query: dict[str, list[str]] = attrs.field(factory=dict)
    body: Any = None
    credentials: dict[str, str] = attrs.field(factory=dict)
    events: list[dict[str, Any]] = attrs.field(factory=list)

    def emit(self, event_type: str, kind: str | None, obj: dict[str, Any] | None) -> None:
        """Record a webhook event, sent after the request is handled."""
        event: dict[str, Any] = {
            "apiVersion": "v1",
            "id": self.store.uuid(),
            "created": iso(self.now),
            "merchantId": self.merchant_id,
            "type": event_type,
        }
        if kind is not None and obj is not None:
            event[kind] = obj
        self.events.append(event)

    def payment(self, key: str = "paymentId") -> Payment:
        """The payment named by a path value, or a 404."""
        ident = self.params[key]
        found = self.store.payment(self.merchant_id, ident)
        if found is None:
            raise errors.not_found("payment", ident)
        return found

    def query_value(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None

    def location(self, *parts: str) -> tuple[tuple[str, str], ...]:
        """A ``Location`` header for a created object."""
        return (("Location", "/".join((self.base_url, "v2", self.merchant_id, *parts))),)


Handler = Callable[[Context], Reply]
HANDLERS: dict[str, Handler] = {}

_MODULES = (
    "payments",
    "hosted",
    "tokens",
    "links",
    "mandates",
    "payouts",
    "products",
    "services",
    "batches",
    "misc",
)


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of ``operation_id``."""

    def register(func: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise ValueError(f"two handlers for {operation_id}")
        HANDLERS[operation_id] = func
        return func

    return register


def all_handlers() -> dict[str, Handler]:
    """Every handler, importing the handler modules on first use."""
    for name in _MODULES:
        importlib.import_module(f"{__name__}.{name}")
    return HANDLERS


def join_path(prefix: str, name: str) -> str:
    """The JSON path ``name`` inside ``prefix`` (``name`` itself when there is no prefix)."""
    return f"{prefix}.{name}" if prefix else name


def get(data: Any, *path: str) -> Any:
    """``data[path[0]][path[1]]...`` or None when any step is missing."""
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def require(data: Any, *path: str, prefix: str = "") -> Any:
    """Like :func:`get`, but a missing value is a 400 naming its JSON path (after ``prefix``)."""
    value = get(data, *path)
    if value is None:
        raise errors.missing(join_path(prefix, ".".join(path)))
    return value
