"""Opening, creating and upgrading the Funnel database file.

A file is ours when SQLite's `application_id` says so. Anything else that is
not empty (another app's database, a text file, a backup that was never
finished) is refused before a single byte is written, so a mistyped `--db`
never damages someone else's data. Only a missing or zero-length file is set
up as new, and only when the caller writes (`create=True`); it is built under
a temporary name and renamed into place, so it is whole or absent.

Opening writes nothing unless the file must be created or upgraded. An
upgrade runs in one transaction (SQLite's DDL is transactional once pysqlite
stops managing transactions, see `funnel.store.sqlite`): a crash or a full
disk leaves the file exactly as it was, with its backup beside it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from funnel.errors import (
    DatabaseError,
    MissingDatabaseError,
    NewerDatabaseError,
    NotAFunnelDatabaseError,
    ReadOnlyDatabaseError,
)
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store import client_summary  # noqa: F401  (keeps the purchase summary at every flush)
from funnel.store import sqlite as dialect
from funnel.store.backup import backup_before_upgrade, backup_file, remove_stale_partials
from funnel.store.database import Database
from funnel.store.models import Pipeline
from funnel.store.paths import ENV_VAR, default_db_path, resolve_db_path
from funnel.store.schema import alembic_config as _alembic_config
from funnel.store.schema import known_revisions, seed_and_index
from funnel.store.server_address import ServerAddress

__all__ = [
    "APPLICATION_ID",
    "ENV_VAR",
    "Database",
    "backup_file",
    "default_db_path",
    "inspect_file",
    "make_engine",
    "open_database",
    "resolve_db_path",
]

APPLICATION_ID = 0x464E4C31  # "FNL1"


@dataclass(frozen=True)
class FileState:
    exists: bool
    has_tables: bool
    revision: str | None

    @property
    def is_new(self) -> bool:
        """Missing or zero-length: the only files Funnel sets up from scratch."""
        return not self.has_tables


def inspect_file(path: Path) -> FileState:
    """Read what a file is without writing to it."""
    if path.is_dir():
        raise NotAFunnelDatabaseError(f"{path} is a folder, not a Funnel database.")
    if not path.exists() or path.stat().st_size == 0:
        return FileState(exists=path.exists(), has_tables=False, revision=None)
    # Read through SQLite itself, never a plain open(): closing any other file
    # handle on the database drops the POSIX locks of every SQLite connection
    # to it in this process (a running app checking a file it has open).
    try:
        con = dialect.connect(path, readonly=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise NotAFunnelDatabaseError(
                f"{path} is not a Funnel database (it is not an SQLite file); "
                "it was left untouched."
            ) from exc
        raise NotAFunnelDatabaseError(f"{path} cannot be read as a database: {exc}.") from exc
    if tables and app_id != APPLICATION_ID:
        raise NotAFunnelDatabaseError(
            f"{path} is an SQLite database of another program, not Funnel's; it was left untouched."
        )
    if not tables:
        # A non-empty file with no schema is not a new database: most often a
        # backup or copy that was interrupted. Setting it up would hide that.
        raise NotAFunnelDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} holds no Funnel data (it may be an unfinished copy or backup); "
                "it was left untouched.",
            ),
            path=str(path),
        )
    return FileState(exists=True, has_tables=True, revision=revision)


def make_engine(path: Path, *, readonly: bool = False) -> Engine:
    """An engine over exactly `path`, creating the file if needed (tests and tools)."""
    return dialect.make_engine(path, readonly=readonly, create=not readonly)


def is_read_only_file(path: Path) -> bool:
    """The person marked the file read-only (no write bit; also true for root,
    who could write anyway), or the system would refuse a write."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) or not os.access(path, os.W_OK)


def _upgrade_schema(connection, revision: str | None, head: str) -> None:
    """Bring the schema to `head` inside the caller's transaction."""
    from alembic import command

    leftovers = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type='table' AND name LIKE '\\_alembic\\_tmp\\_%' "
        "ESCAPE '\\'"
    ).scalars()
    for name in list(leftovers):  # half-made tables of a batch step an old Funnel lost
        connection.exec_driver_sql(f'DROP TABLE "{name}"')
    if revision != head:
        command.upgrade(_alembic_config(connection), "head")
    connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def _create(path: Path, head: str, *, language: str, seed: bool) -> None:
    """Build a new database under a temporary name, then put it in place."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"Cannot create the folder for {path}: {exc.strerror}.") from exc
    temp = path.with_name(f".{path.name}.{os.getpid()}.new")
    temp.unlink(missing_ok=True)
    engine = dialect.make_engine(temp, create=True)
    try:
        dialect.set_wal(engine)
        with dialect.writer(engine).begin() as conn:
            _upgrade_schema(conn, None, head)
            seed_and_index(conn, language=language, seed=seed, indexed=False)
        engine.dispose()  # checkpoints: the file is whole without its -wal
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        if path.exists():  # zero-length: replace it
            os.replace(temp, path)
        else:
            try:
                os.link(temp, path)  # never over a file another process just made
            except FileExistsError:
                pass
            except OSError:
                os.replace(temp, path)
    except BaseException as exc:
        engine.dispose()
        if isinstance(exc, DBAPIError | OSError) and (error := dialect.translate_error(exc, path)):
            raise error from exc
        raise
    finally:
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def open_database(
    path: str | os.PathLike[str] | ServerAddress,
    *,
    now: datetime,
    language: str = "en",
    seed: bool = True,
    create: bool = True,
    readonly: bool = False,
) -> Database:
    """Open a Funnel database, creating it (with `create`) or upgrading it.

    Without `create` a missing file is an error. With `readonly` (a caller
    that only reads) nothing is written unless the file needs an upgrade; a
    read-only file opens that way by itself. `Database.write()` then refuses.
    An existing file with pending migrations is copied aside first; a file
    made by a newer Funnel is refused.
    """
    if isinstance(path, ServerAddress):
        from funnel.store.server_db import open_server

        return open_server(
            path, now=now, language=language, seed=seed, create=create, readonly=readonly
        )
    path = Path(path)
    state = inspect_file(path)
    revisions, head = known_revisions()
    if state.revision is not None and state.revision not in revisions:
        raise NewerDatabaseError(
            f"{path} was written by a newer version of Funnel (schema {state.revision}); "
            "update Funnel to open it."
        )
    created = False
    if state.is_new:
        if not create or readonly:
            raise MissingDatabaseError(
                QT_TRANSLATE_NOOP("Errors", "There is no Funnel database at {path}."),
                path=str(path),
            )
        _create(path, head, language=language, seed=seed)
        created = True
        state = FileState(exists=True, has_tables=True, revision=head)
    file_readonly = is_read_only_file(path)

    backup_path = None
    if state.revision != head:
        if file_readonly:
            raise ReadOnlyDatabaseError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} was made by an older Funnel and must be upgraded, but it is read-only.",
                ),
                path=str(path),
            )
        remove_stale_partials(path.parent)
        backup_path = backup_before_upgrade(path, state.revision or "none", now=now)
        _upgrade(path, state.revision, head, language=language)

    readonly = readonly or file_readonly
    engine = dialect.make_engine(path, readonly=readonly)
    db = Database(
        path, engine, sessionmaker(engine, expire_on_commit=False), backup_path,
        readonly=readonly, created=created, dialect=dialect,
    )  # fmt: skip
    try:
        if not readonly:
            dialect.set_wal(engine)  # a restored backup comes back in rollback-journal mode
            if seed:
                with db.read() as s:
                    empty = not s.scalar(select(func.count(Pipeline.id)))
                if empty:
                    with db.write() as s:
                        seed_and_index(s, language=language, seed=True, indexed=False)
    except Exception as exc:
        engine.dispose()
        _raise_readable(exc, path)
    return db


def _upgrade(path: Path, revision: str | None, head: str, *, language: str) -> None:
    """All pending migrations in one transaction: done, or not at all. Foreign
    keys are off while tables are rebuilt (see `dialect.make_engine`) and
    checked before the commit: a broken link refuses the upgrade."""
    engine = dialect.make_engine(path, foreign_keys=False)
    try:
        with dialect.writer(engine).begin() as conn:
            _upgrade_schema(conn, revision, head)
            seed_and_index(conn, language=language, seed=False, indexed=True)
            problems = dialect.foreign_key_problems(conn)
            if problems:
                raise DatabaseError(
                    f"Upgrading {path} would break links between rows "
                    f"({'; '.join(problems[:3])}); the file was left as it was."
                )
    except Exception as exc:
        _raise_readable(exc, path)
    finally:
        engine.dispose()


def _raise_readable(exc: Exception, path: Path):
    if isinstance(exc, DatabaseError):
        raise exc
    if isinstance(exc, DBAPIError | OSError | sqlite3.Error) and (
        error := dialect.translate_error(exc, path)
    ):
        raise error from exc
    raise DatabaseError(f"Cannot open {path}: {exc}") from exc
