"""A journal and inbox store in PostgreSQL (psycopg 3), shared by processes on many machines.

Every write is one statement, atomic on its own: a claim is an ``INSERT ... ON CONFLICT DO
NOTHING`` (or an ``UPDATE`` of a FAILED row of the expected generation), a completion an
``UPDATE`` of a PENDING row of that generation, and an event claim one statement that checks
for a duplicate, for a newer event of the same resource and inserts, under a per-resource
advisory lock. Install with ``pip install "onlinepayments-opay[postgres]"``.
"""

from __future__ import annotations

import os
import threading
from typing import Any

from opay._version import pip_install
from opay.journal.entry import COLUMNS, Entry, State, entry_from_row, entry_values

try:
    import psycopg
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(f"PostgresStore needs psycopg 3: {pip_install('postgres')}") from exc

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS opay_journal (
        slot TEXT PRIMARY KEY,
        operation_id TEXT NOT NULL,
        merchant_id TEXT NOT NULL,
        idempotence_key TEXT NOT NULL,
        digest TEXT NOT NULL,
        started DOUBLE PRECISION NOT NULL,
        business_key TEXT,
        generation INTEGER NOT NULL,
        state TEXT NOT NULL,
        finished DOUBLE PRECISION,
        status INTEGER,
        response_body TEXT,
        request TEXT
    )""",
    # Only the calls in doubt, by start, as on SQLite: an index of every entry by state moves
    # each completed entry within it, one more page written per call.
    "CREATE INDEX IF NOT EXISTS opay_journal_in_doubt ON opay_journal (started) "
    "WHERE state = 'pending'",
    "DROP INDEX IF EXISTS opay_journal_pending",  # the index of journals made before
    """CREATE TABLE IF NOT EXISTS opay_inbox (
        event_id TEXT PRIMARY KEY,
        resource_id TEXT,
        created DOUBLE PRECISION,
        state TEXT NOT NULL,
        claimed_at DOUBLE PRECISION NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS opay_inbox_resource ON opay_inbox (resource_id, created)",
)
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM opay_journal"
_PLACEHOLDERS = ", ".join("%s" for _ in COLUMNS)
# Serialises concurrent creation of the tables (CREATE ... IF NOT EXISTS can still collide).
_SCHEMA_LOCK = 0x6F706179


class PostgresStore:
    """A store in the PostgreSQL database at ``dsn`` (tables created if missing).

    One connection per process (re-opened after ``fork``), in autocommit mode, shared by the
    process's threads under a lock.
    """

    def __init__(self, dsn: str, *, connect_timeout: float = 10.0) -> None:
        self.dsn = dsn
        self.connect_timeout = connect_timeout
        self._lock = threading.Lock()
        self._db: psycopg.Connection[Any] | None = None
        self._pid = 0
        with self._lock:
            db = self._connection()
            with db.transaction():
                db.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
                for statement in _SCHEMA:
                    db.execute(statement)

    def _connection(self) -> psycopg.Connection[Any]:
        """Under the lock: this process's connection."""
        if self._db is None or self._pid != os.getpid() or self._db.closed:
            self._db = psycopg.connect(
                self.dsn, autocommit=True, connect_timeout=max(1, int(self.connect_timeout))
            )
            self._pid = os.getpid()
        return self._db

    def _execute(self, query: str, params: tuple[object, ...] = ()) -> psycopg.Cursor[Any]:
        with self._lock:
            return self._connection().execute(query, params)

    # -- journal ----------------------------------------------------------------------------

    def claim(self, entry: Entry, replaces: int | None = None) -> bool:
        """See :meth:`opay.journal.store.JournalStore.claim`."""
        values = entry_values(entry)
        if replaces is None:
            cursor = self._execute(
                f"INSERT INTO opay_journal ({', '.join(COLUMNS)}) VALUES ({_PLACEHOLDERS}) "
                "ON CONFLICT (slot) DO NOTHING",
                values,
            )
        else:
            assignments = ", ".join(f"{name} = %s" for name in COLUMNS[1:])
            cursor = self._execute(
                f"UPDATE opay_journal SET {assignments} "
                "WHERE slot = %s AND state = 'failed' AND generation = %s",
                (*values[1:], entry.slot, replaces),
            )
        return cursor.rowcount == 1

    def complete(
        self,
        slot: str,
        generation: int,
        state: State,
        *,
        finished: float,
        status: int | None = None,
        response_body: str | None = None,
    ) -> bool:
        """See :meth:`opay.journal.store.JournalStore.complete`."""
        cursor = self._execute(
            "UPDATE opay_journal SET state = %s, finished = %s, status = %s, "
            "response_body = %s, request = NULL "
            "WHERE slot = %s AND generation = %s AND state = 'pending'",
            (state.value, finished, status, response_body, slot, generation),
        )
        return cursor.rowcount == 1

    def get(self, slot: str) -> Entry | None:
        """See :meth:`opay.journal.store.JournalStore.get`."""
        with self._lock:
            row = self._connection().execute(f"{_SELECT} WHERE slot = %s", (slot,)).fetchone()
        return None if row is None else entry_from_row(tuple(row))

    def pending(self, started_before: float) -> list[Entry]:
        """See :meth:`opay.journal.store.JournalStore.pending`."""
        with self._lock:
            rows = (
                self._connection()
                .execute(
                    f"{_SELECT} WHERE state = 'pending' AND started < %s ORDER BY started",
                    (started_before,),
                )
                .fetchall()
            )
        return [entry_from_row(tuple(row)) for row in rows]

    # -- inbox ------------------------------------------------------------------------------

    def claim_event(
        self,
        event_id: str,
        resource_id: str | None,
        created: float | None,
        *,
        now: float,
        lease: float,
    ) -> str:
        """See :meth:`opay.journal.store.InboxStore.claim_event`."""
        with self._lock:
            db = self._connection()
            with db.transaction():
                # one claim per event, and per resource, at a time
                db.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (event_id,))
                if resource_id is not None:
                    db.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (resource_id,))
                row = db.execute(
                    "SELECT state, claimed_at FROM opay_inbox WHERE event_id = %s", (event_id,)
                ).fetchone()
                if row is not None:
                    if row[0] == "claimed" and row[1] < now - lease:
                        db.execute(
                            "UPDATE opay_inbox SET claimed_at = %s WHERE event_id = %s",
                            (now, event_id),
                        )
                        return "claimed"
                    return "duplicate"
                state = "claimed"
                if resource_id is not None and created is not None:
                    newer = db.execute(
                        "SELECT 1 FROM opay_inbox WHERE resource_id = %s AND created > %s LIMIT 1",
                        (resource_id, created),
                    ).fetchone()
                    if newer:
                        state = "stale"
                db.execute(
                    "INSERT INTO opay_inbox (event_id, resource_id, created, state, claimed_at) "
                    "VALUES (%s, %s, %s, %s, %s)",
                    (event_id, resource_id, created, state, now),
                )
                return state

    def finish_event(self, event_id: str) -> None:
        """See :meth:`opay.journal.store.InboxStore.finish_event`."""
        self._execute("UPDATE opay_inbox SET state = 'done' WHERE event_id = %s", (event_id,))

    def release_event(self, event_id: str) -> None:
        """See :meth:`opay.journal.store.InboxStore.release_event`."""
        self._execute(
            "DELETE FROM opay_inbox WHERE event_id = %s AND state = 'claimed'", (event_id,)
        )

    def close(self) -> None:
        """Close this process's connection."""
        with self._lock:
            if self._db is not None and self._pid == os.getpid():
                self._db.close()
            self._db = None

    def __repr__(self) -> str:
        return "PostgresStore(<dsn>)"
