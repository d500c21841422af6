"""Everything that is PostgreSQL-specific about talking to a team server: the
engine, the isolation of reads, and what the server's errors mean for a
person. The counterpart of `funnel.store.sqlite`; services never see either.

Writes run at READ COMMITTED, PostgreSQL's default: a lost update is caught by
the version column of deals, clients and activities (see
`funnel.store.conflicts`), and a deadlock or serialization failure is
reported as a conflict with nothing written. Reads run at REPEATABLE READ, so
one screen's several queries see one moment, like a deferred SQLite read.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from funnel.errors import (
    DatabaseError,
    DiskFullError,
    LoginFailedError,
    MissingDatabaseError,
    PermissionDeniedError,
    ServerUnavailableError,
    WriteConflictError,
)
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.server_address import ServerAddress

CONNECT_TIMEOUT_S = 5
READ_ONLY = QT_TRANSLATE_NOOP("Errors", "{path} can be looked at, but nothing can be changed.")
UNREACHABLE = QT_TRANSLATE_NOOP(
    "Errors", "The team server {path} cannot be reached; nothing was written. ({why})"
)
LOGIN_FAILED = QT_TRANSLATE_NOOP(
    "Errors", "The team server {path} refused the user name or password."
)
DENIED = QT_TRANSLATE_NOOP(
    "Errors", "Your role on {path} does not allow this; nothing was written."
)
DENIED_TABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "Your role on {path} does not allow this change to {table}; nothing was written.",
)
DENIED_ROWS = QT_TRANSLATE_NOOP(
    "Errors",
    "{table}: the record would belong to someone else, which your role does not allow; "
    "nothing was written.",
)
CONFLICT = QT_TRANSLATE_NOOP(
    "Errors",
    "Someone else changed the same records at the same moment; nothing was written. Try again.",
)
NO_DATABASE = QT_TRANSLATE_NOOP(
    "Errors",
    "There is no database {database} on the team server {path}; ask its administrator "
    "to create it, then run 'funnel team init'.",
)
DISK_FULL = QT_TRANSLATE_NOOP("Errors", "The team server's disk is full: nothing was written.")

# SQLSTATE classes and codes a person can act on.
_LOGIN = {"28P01", "28000"}
_DENIED = {"42501"}
_CONFLICT = {"40001", "40P01", "55P03"}
_GONE = {"57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004"}
_DISK_FULL = {"53100"}


def _numeric_as_number(conn) -> None:
    """SUM and AVG of integers come back as NUMERIC; SQLite gives int or float,
    and the services (and JSON output) expect the same here."""
    from psycopg.adapt import Loader

    class NumberLoader(Loader):
        def load(self, data: Any) -> int | float:
            text = bytes(data).decode()
            if text in ("NaN", "Infinity", "-Infinity"):
                return float(text)
            number = float(text)
            return int(text) if "." not in text and "e" not in text.lower() else number

    conn.adapters.register_loader("numeric", NumberLoader)


def _without_jit(conn) -> None:
    """JIT compilation off for this connection. The server compiles a query to
    machine code when its estimated cost passes `jit_above_cost`; row-level
    security policies inflate the estimates, so the board's query (5–15 ms of
    work) spent some 40 ms compiling for a manager or salesperson login. No
    query of Funnel runs long enough to win that back. A SET, not the
    `options` startup parameter, which connection poolers may refuse."""
    if conn.info.server_version < 110000:  # no JIT before PostgreSQL 11
        return
    conn.execute("SET jit = off")
    conn.commit()


def _on_connect(conn) -> None:
    _numeric_as_number(conn)
    _without_jit(conn)


def make_engine(address: ServerAddress, password: str | None = None, **kw: Any) -> Engine:
    query = {k: v for k, v in address.options}
    query.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
    query.setdefault("application_name", "Funnel")
    url = URL.create(
        "postgresql+psycopg",
        username=address.user,
        password=password,
        host=address.host,
        port=address.port,
        database=address.database,
        query=query,
    )
    engine = create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5, **kw)
    event.listen(engine, "connect", lambda dbapi, _rec: _on_connect(dbapi))
    return engine


def writer(engine: Engine) -> Engine:
    return engine


def reader(engine: Engine) -> Engine:
    return engine.execution_options(isolation_level="REPEATABLE READ")


def sqlstate(exc: BaseException) -> str | None:
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    return getattr(orig, "sqlstate", None)


_TABLE = re.compile(r'(?:for table|policy for table|on table) "?([A-Za-z_][A-Za-z0-9_]*)"?')


def _denied(orig: BaseException, where: str) -> PermissionDeniedError:
    """What the server refused: a table this role may only read ("permission
    denied for table stage"), or a row a policy does not let it write ("new
    row violates row-level security policy for table deal")."""
    message = str(orig)
    diag = getattr(orig, "diag", None)
    table = getattr(diag, "table_name", None)
    if not table and (match := _TABLE.search(message)):
        table = match.group(1)
    if not table:
        return PermissionDeniedError(DENIED, path=where)
    if "row-level security" in message:
        return PermissionDeniedError(DENIED_ROWS, path=where, table=table)
    return PermissionDeniedError(DENIED_TABLE, path=where, table=table)


def translate_error(exc: BaseException, location: Any) -> DatabaseError | None:
    """The person-readable error for a server failure, or None when it is not
    one a person can act on (a bug: shown as is)."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    try:
        import psycopg
    except ImportError:  # pragma: no cover - no team extra, no server errors
        return None
    if not isinstance(orig, psycopg.Error):
        return None
    where = str(location)
    code = sqlstate(exc)
    if code in _LOGIN or (code is None and "password authentication failed" in str(orig)):
        return LoginFailedError(LOGIN_FAILED, path=where)
    text = str(orig)
    if code == "3D000" or (code is None and "does not exist" in text and "database" in text):
        database = getattr(location, "database", where)
        return MissingDatabaseError(NO_DATABASE, path=where, database=database)
    if code in _DENIED:
        return _denied(orig, where)
    if code in _CONFLICT:
        return WriteConflictError(CONFLICT)
    if code in _DISK_FULL:
        return DiskFullError(DISK_FULL)
    if code == "25006":
        from funnel.errors import ReadOnlyDatabaseError

        return ReadOnlyDatabaseError(READ_ONLY, path=where)
    if code in _GONE or (code is None and isinstance(orig, psycopg.OperationalError)):
        why = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
        return ServerUnavailableError(UNREACHABLE, path=where, why=why)
    if isinstance(orig, psycopg.OperationalError) and code and code.startswith("08"):
        return ServerUnavailableError(UNREACHABLE, path=where, why=code)
    return None
