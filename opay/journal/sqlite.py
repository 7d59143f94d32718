"""The embedded journal store: one SQLite file, shared safely by the processes of one machine.

The database runs in WAL mode (readers never block the writer) with a busy timeout. A
journal claim or completion is one statement (an ``INSERT ... ON CONFLICT DO NOTHING`` or a
conditional ``UPDATE``), atomic on its own, so concurrent claims of one slot serialise on the
database's write lock and exactly one wins; the inbox's claims, which read before they write,
are ``BEGIN IMMEDIATE`` transactions. Each thread (and each process after ``fork``) has its
own connection.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from opay.journal.entry import COLUMNS, Entry, State, entry_from_row, entry_values

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS opay_journal (
        slot TEXT PRIMARY KEY,
        operation_id TEXT NOT NULL,
        merchant_id TEXT NOT NULL,
        idempotence_key TEXT NOT NULL,
        digest TEXT NOT NULL,
        started REAL NOT NULL,
        business_key TEXT,
        generation INTEGER NOT NULL,
        state TEXT NOT NULL,
        finished REAL,
        status INTEGER,
        response_body TEXT,
        request TEXT
    )""",
    # Only the calls in doubt, by start: a claim adds one entry, a completion removes it, so
    # the index stays a page or two (an index of every entry by state moved each completed
    # entry from one part of it to another: one more page written per call).
    "CREATE INDEX IF NOT EXISTS opay_journal_in_doubt ON opay_journal (started) "
    "WHERE state = 'pending'",
    "DROP INDEX IF EXISTS opay_journal_pending",  # the index of journals made before
    """CREATE TABLE IF NOT EXISTS opay_inbox (
        event_id TEXT PRIMARY KEY,
        resource_id TEXT,
        created REAL,
        state TEXT NOT NULL,
        claimed_at REAL NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS opay_inbox_resource ON opay_inbox (resource_id, created)",
)

_SYNCHRONOUS = ("OFF", "NORMAL", "FULL")
# WAL pages written before SQLite copies them back into the database (its default is 1000):
# fewer, larger checkpoints copy a page changed by many calls once, and sync less often.
_WAL_AUTOCHECKPOINT = 4000
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM opay_journal"
# A claim writes the columns a new entry has (the outcome columns start NULL); the statement
# texts are constant, so each connection prepares them once (sqlite3's statement cache).
_CLAIMED = (*COLUMNS[:9], "request")
assert COLUMNS[8:] == ("state", "finished", "status", "response_body", "request")
_INSERT = (
    f"INSERT INTO opay_journal ({', '.join(_CLAIMED)}) VALUES ({', '.join('?' for _ in _CLAIMED)}) "
    "ON CONFLICT (slot) DO NOTHING"
)
_REPLACE = (
    f"UPDATE opay_journal SET {', '.join(f'{name} = ?' for name in COLUMNS[1:])} "
    "WHERE slot = ? AND state = 'failed' AND generation = ?"
)
_COMPLETE = (
    "UPDATE opay_journal SET state = ?, finished = ?, status = ?, response_body = ?, "
    "request = NULL WHERE slot = ? AND generation = ? AND state = 'pending'"
)


def _use_wal(db: sqlite3.Connection, path: Path, timeout: float) -> None:
    """Put the database in WAL mode. Switching needs a moment alone with the file, and
    SQLite answers "database is locked" at once (its busy timeout does not apply) when
    another process opens the database just then: try again until ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            (mode,) = db.execute("PRAGMA journal_mode = WAL").fetchone()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.005)
            continue
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(
                f"{path}: SQLite could not use WAL mode there (journal mode {mode!r}); the "
                "journal needs it (a local file system, not a network share)"
            )
        return


class SqliteStore:
    """A journal and inbox store in the SQLite database at ``path`` (created if missing).

    ``busy_timeout`` is how long (seconds) a write waits for another process's write.
    ``synchronous`` is SQLite's setting of that name:

    - ``"NORMAL"`` (the default): every claim and completion is written to the WAL file
      (handed to the operating system) before the call goes on, so it survives a crash or
      kill (SIGKILL) of the process; the WAL is synced to disk only at checkpoints, so a
      power loss or an operating-system crash keeps the database consistent but may undo
      the last writes, claims included (such a call is then not in the journal; within the
      platform's key retention its business key still derives the same idempotence key);
    - ``"FULL"``: every write is also synced to disk before the call goes on, so claims
      survive a power loss too (an fsync per write: slower);
    - ``"OFF"``: never synced; safe when only the process dies, but a power loss may
      corrupt the database.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        busy_timeout: float = 30.0,
        synchronous: str = "NORMAL",
    ) -> None:
        if synchronous not in _SYNCHRONOUS:
            raise ValueError(
                f"synchronous must be one of {', '.join(_SYNCHRONOUS)}, got {synchronous!r}"
            )
        self.path = Path(path)
        self.busy_timeout = busy_timeout
        self.synchronous = synchronous
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []
        with self._write() as db:
            for statement in _SCHEMA:
                db.execute(statement)

    def _connection(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None or getattr(self._local, "pid", None) != os.getpid():
            db = sqlite3.connect(
                self.path,
                timeout=self.busy_timeout,
                isolation_level=None,  # transactions are begun explicitly
                check_same_thread=False,
            )
            db.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
            _use_wal(db, self.path, self.busy_timeout)
            db.execute(f"PRAGMA synchronous = {self.synchronous}")
            db.execute(f"PRAGMA wal_autocheckpoint = {_WAL_AUTOCHECKPOINT}")
            self._local.db = db
            self._local.pid = os.getpid()
            with self._lock:
                self._connections.append(db)
        return db

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        db = self._connection()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    # -- journal ----------------------------------------------------------------------------

    def claim(self, entry: Entry, replaces: int | None = None) -> bool:
        """See :meth:`opay.journal.store.JournalStore.claim`."""
        db = self._connection()  # one statement: its own (atomic) transaction
        if replaces is None:
            cursor = db.execute(
                _INSERT,
                (
                    entry.slot,
                    entry.operation_id,
                    entry.merchant_id,
                    entry.idempotence_key,
                    entry.digest,
                    entry.started,
                    entry.business_key,
                    entry.generation,
                    entry.state.value,
                    entry.request,
                ),
            )
        else:
            values = entry_values(entry)
            cursor = db.execute(_REPLACE, (*values[1:], entry.slot, replaces))
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
        cursor = self._connection().execute(
            _COMPLETE, (state.value, finished, status, response_body, slot, generation)
        )
        return cursor.rowcount == 1

    def get(self, slot: str) -> Entry | None:
        """See :meth:`opay.journal.store.JournalStore.get`."""
        row = self._connection().execute(f"{_SELECT} WHERE slot = ?", (slot,)).fetchone()
        return None if row is None else entry_from_row(row)

    def pending(self, started_before: float) -> list[Entry]:
        """See :meth:`opay.journal.store.JournalStore.pending`."""
        rows = self._connection().execute(
            f"{_SELECT} WHERE state = 'pending' AND started < ? ORDER BY started",
            (started_before,),
        )
        return [entry_from_row(row) for row in rows]

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
        with self._write() as db:
            row = db.execute(
                "SELECT state, claimed_at FROM opay_inbox WHERE event_id = ?", (event_id,)
            ).fetchone()
            if row is not None:
                if row[0] == "claimed" and row[1] < now - lease:
                    db.execute(
                        "UPDATE opay_inbox SET claimed_at = ? WHERE event_id = ?", (now, event_id)
                    )
                    return "claimed"
                return "duplicate"
            state = "claimed"
            if resource_id is not None and created is not None:
                newer = db.execute(
                    "SELECT 1 FROM opay_inbox WHERE resource_id = ? AND created > ? LIMIT 1",
                    (resource_id, created),
                ).fetchone()
                if newer:
                    state = "stale"
            db.execute(
                "INSERT INTO opay_inbox (event_id, resource_id, created, state, claimed_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (event_id, resource_id, created, state, now),
            )
            return state

    def finish_event(self, event_id: str) -> None:
        """See :meth:`opay.journal.store.InboxStore.finish_event`."""
        with self._write() as db:
            db.execute("UPDATE opay_inbox SET state = 'done' WHERE event_id = ?", (event_id,))

    def release_event(self, event_id: str) -> None:
        """See :meth:`opay.journal.store.InboxStore.release_event`."""
        with self._write() as db:
            db.execute(
                "DELETE FROM opay_inbox WHERE event_id = ? AND state = 'claimed'", (event_id,)
            )

    def close(self) -> None:
        """Close every connection this store opened (in this process)."""
        with self._lock:
            connections, self._connections = self._connections, []
        for db in connections:
            db.close()
        self._local = threading.local()

    def __repr__(self) -> str:
        return f"SqliteStore({str(self.path)!r})"
