"""Everything that is SQLite-specific about talking to the file: how a
connection is opened, how a write transaction takes its lock, and what
SQLite's errors mean for a person.

Write transactions start with `BEGIN IMMEDIATE`, so a command holds the write
lock before its first SELECT and never decides from a stale read (two
`funnel won` at once each saw the deal open and each recorded a purchase).
Reads start a plain deferred `BEGIN`: a consistent snapshot that blocks no one
in WAL mode. pysqlite would otherwise emit its own BEGIN only before the first
INSERT/UPDATE/DELETE — after the reads, and never around DDL — so it is told to
stay out of transactions and SQLAlchemy's "begin" event issues them
(SQLAlchemy's documented recipe for pysqlite). A PostgreSQL backend would
take row locks or check a version column instead; only this module changes.
"""

from __future__ import annotations

import errno
import sqlite3
from functools import partial
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

from funnel.errors import (
    DatabaseBusyError,
    DatabaseError,
    DiskFullError,
    ReadOnlyDatabaseError,
)
from funnel.i18n import QT_TRANSLATE_NOOP

# Execution option that marks a connection as a writer's.
WRITE_OPTION = "funnel_write"
BUSY_TIMEOUT_MS = 5000

DISK_FULL = QT_TRANSLATE_NOOP("Errors", "The disk is full: nothing was written.")
BUSY = QT_TRANSLATE_NOOP(
    "Errors",
    "Another program is writing to {path}; nothing was written. Try again in a moment.",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "{path} is read-only: it can be looked at, but nothing can be changed."
)


def connect(path: Path, *, readonly: bool = False, create: bool = False) -> sqlite3.Connection:
    """A DB-API connection to exactly `path`, as an SQLite URI: `as_uri()`
    percent-encodes `?`, `#`, `%` and spaces, so they stay part of the name.
    The file is never created unless asked."""
    mode = "ro" if readonly else ("rwc" if create else "rw")
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    con = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    if readonly:
        try:
            con.execute("PRAGMA schema_version").fetchone()
        except sqlite3.OperationalError:
            con.close()
            if _hot_journal(path):
                # A writer was killed mid-transaction in rollback-journal mode:
                # only a connection that may write can roll the journal back,
                # and reading around it (immutable) would see half a change.
                con = sqlite3.connect(
                    f"{path.resolve().as_uri()}?mode=rw", uri=True, check_same_thread=False,
                    timeout=BUSY_TIMEOUT_MS / 1000,
                )  # fmt: skip
                con.execute("PRAGMA schema_version").fetchone()
                return con
            if not _quiet(path):
                raise
            # A reader of a WAL file needs a -shm file beside it, which a full
            # disk cannot hold. With no -wal (so no writer has it open) the
            # file is whole as it stands and can be read as immutable.
            con = sqlite3.connect(f"{uri}&immutable=1", uri=True, check_same_thread=False)
    return con


def _hot_journal(path: Path) -> bool:
    journal = Path(f"{path}-journal")
    return journal.exists() and journal.stat().st_size > 0


def _quiet(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return (not wal.exists() or wal.stat().st_size == 0) and not _hot_journal(path)


def _on_connect(dbapi_connection, _record, *, foreign_keys: bool = True) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (see _on_begin)
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _on_begin(conn) -> None:
    write = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(
    path: Path, *, readonly: bool = False, create: bool = False, foreign_keys: bool = True
) -> Engine:
    """An engine over exactly `path` (a `creator`, never a URL string).

    `foreign_keys=False` is for migrations only: a batch step rebuilds a table
    by copying it and dropping the old one, and with foreign keys on, that
    DROP deletes the old rows first, firing every ON DELETE CASCADE and SET
    NULL that points at them (a client table rebuilt that way took all
    contacts and purchases with it). SQLite's own procedure for altering a
    table: keys off, change, `PRAGMA foreign_key_check`, commit."""
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: connect(path, readonly=readonly, create=create),
    )
    event.listen(engine, "connect", partial(_on_connect, foreign_keys=foreign_keys))
    event.listen(engine, "begin", _on_begin)
    return engine


def writer(engine: Engine) -> Engine:
    """The same engine (same pool) whose transactions take the write lock first."""
    return engine.execution_options(**{WRITE_OPTION: True})


def set_wal(engine: Engine) -> None:
    """WAL is a property of the file: set when it is created or opened to
    write (setting it on every open would write to files opened only to read).
    Outside any transaction, as SQLite requires."""
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        if cur.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            cur.execute("PRAGMA journal_mode=WAL")
        cur.close()
    finally:
        raw.close()


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return True
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    return isinstance(orig, sqlite3.Error) and (
        "disk is full" in str(orig) or getattr(orig, "sqlite_errorcode", None) == 13
    )


def translate_error(exc: BaseException, path: Path) -> DatabaseError | None:
    """The person-readable error for an SQLite failure, or None when it is not
    one of the conditions a person can act on."""
    if is_disk_full(exc):
        return DiskFullError(DISK_FULL)
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(orig, sqlite3.Error):
        return None
    text = str(orig)
    if "database is locked" in text or "database is busy" in text:
        return DatabaseBusyError(BUSY, path=str(path))
    if "readonly database" in text or "read-only" in text:
        return ReadOnlyDatabaseError(READ_ONLY, path=str(path))
    return None


def foreign_key_problems(connection) -> list[str]:
    """Rows whose foreign keys point nowhere (after a migration with keys off)."""
    rows = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    return [f"{table} row {rowid} → {parent}" for table, rowid, parent, _fk in rows]
