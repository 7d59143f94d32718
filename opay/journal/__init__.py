"""Exactly once across crashes and machines: a journal of deduplicated calls, in a store.

::

    from opay import CallContext, Client
    from opay.journal import Journal, SqliteStore

    journal = Journal(SqliteStore("payments.journal"))
    client = Client(endpoint, key_id, secret, journal=journal)
    client.merchant(m).payments().create_payment(request, CallContext(business_key="order-4711"))

    for entry in journal.in_doubt(older_than=300):      # the recovery routine
        client.resume(entry)

Stores: :class:`SqliteStore` (standard library, one machine), :class:`PostgresStore`
(``pip install "onlinepayments-opay[postgres]"``) and :class:`RedisStore` (``pip install "onlinepayments-opay[redis]"``).
See the guide "Exactly once across crashes".
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from opay.journal.entry import Entry, State
from opay.journal.errors import (
    BusinessKeyConflictError,
    CallInProgressError,
    JournalError,
    KeyExpiredError,
)
from opay.journal.journal import Journal
from opay.journal.sqlite import SqliteStore
from opay.journal.store import InboxStore, JournalStore

if TYPE_CHECKING:
    from opay.journal.postgres import PostgresStore
    from opay.journal.redis import RedisStore

__all__ = [
    "BusinessKeyConflictError",
    "CallInProgressError",
    "Entry",
    "InboxStore",
    "Journal",
    "JournalError",
    "JournalStore",
    "KeyExpiredError",
    "PostgresStore",
    "RedisStore",
    "SqliteStore",
    "State",
]

_OPTIONAL = {"PostgresStore": "opay.journal.postgres", "RedisStore": "opay.journal.redis"}


def __getattr__(name: str) -> Any:
    module = _OPTIONAL.get(name)
    if module is None:
        raise AttributeError(f"module 'opay.journal' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
