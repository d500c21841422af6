"""Opening, migrating and backing up the Funnel database file.

A file is ours when SQLite's `application_id` says so. Anything else with
tables in it (another app's database, a text file) is refused before a single
byte is written, so a mistyped `--db` never damages someone else's data.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.orm import Session, sessionmaker

from funnel.errors import DatabaseError, NewerDatabaseError, NotAFunnelDatabaseError
from funnel.store.models import Pipeline

APPLICATION_ID = 0x464E4C31  # "FNL1"
ENV_VAR = "FUNNEL_DB"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def default_db_path() -> Path:
    return Path(user_data_dir("Funnel", appauthor=False)) / "funnel.sqlite3"


def resolve_db_path(arg: str | os.PathLike[str] | None, environ: dict | None = None) -> Path:
    """`--db PATH` wins over `FUNNEL_DB`, which wins over the user's data folder."""
    env = os.environ if environ is None else environ
    if arg:
        return Path(arg).expanduser()
    if env.get(ENV_VAR):
        return Path(env[ENV_VAR]).expanduser()
    return default_db_path()


def _alembic_config(connection=None):
    # Alembic is imported only when needed: it costs most of a command's start-up.
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


_REVISION_LINE = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.M)
_DOWN_LINE = re.compile(r'^down_revision\s*=\s*["\']([^"\']+)["\']', re.M)


def known_revisions() -> tuple[set[str], str]:
    """Every schema revision this Funnel knows, and the newest. Read from the
    revision files' text rather than through Alembic, which is slow to import
    and needed only when a file must actually be migrated."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for file in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = file.read_text(encoding="utf-8")
        if match := _REVISION_LINE.search(text):
            revisions.add(match.group(1))
            if down := _DOWN_LINE.search(text):
                parents.add(down.group(1))
    heads = revisions - parents
    if len(heads) != 1:
        raise DatabaseError(f"Funnel's schema revisions are broken: heads {sorted(heads)}.")
    return revisions, heads.pop()


@dataclass(frozen=True)
class FileState:
    exists: bool
    has_tables: bool
    revision: str | None


def inspect_file(path: Path) -> FileState:
    """Read what a file is without writing to it."""
    if not path.exists() or path.stat().st_size == 0:
        return FileState(exists=path.exists(), has_tables=False, revision=None)
    if path.is_dir():
        raise NotAFunnelDatabaseError(f"{path} is a folder, not a Funnel database.")
    # Read through SQLite itself, never a plain open(): closing any other file
    # handle on the database drops the POSIX locks of every SQLite connection
    # to it in this process (a running app checking a file it has open).
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
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
    return FileState(exists=True, has_tables=bool(tables), revision=revision)


def _set_pragmas(dbapi_connection, _record) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


_Session = Session  # `Database.Session` below is the factory, not the class


@dataclass
class Database:
    path: Path
    engine: Engine
    Session: sessionmaker[_Session]
    backup_path: Path | None = None

    @contextmanager
    def begin(self) -> Iterator[_Session]:
        """One user action, one transaction: commit on success, roll back on any error."""
        with self.Session.begin() as session:
            yield session

    def session(self) -> _Session:
        return self.Session()

    def close(self) -> None:
        self.engine.dispose()


def backup_file(source: Path, dest: Path) -> Path:
    """A consistent copy through SQLite's online backup, safe while the app writes."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(dest))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return dest


def open_database(
    path: str | os.PathLike[str],
    *,
    now: datetime,
    language: str = "en",
    seed: bool = True,
) -> Database:
    """Open (creating if needed) and migrate a Funnel database.

    An existing file with pending migrations is copied aside first. A file made
    by a newer Funnel is refused: the old code would not understand it.
    """
    path = Path(path)
    state = inspect_file(path)
    revisions, head = known_revisions()
    if state.revision is not None and state.revision not in revisions:
        raise NewerDatabaseError(
            f"{path} was written by a newer version of Funnel (schema {state.revision}); "
            "update Funnel to open it."
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"Cannot create the folder for {path}: {exc.strerror}.") from exc

    backup_path = None
    if state.has_tables and state.revision != head:
        stamp = now.strftime("%Y%m%d-%H%M%S")
        backup_path = backup_file(path, path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}"))

    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            if state.revision != head:
                from alembic import command

                command.upgrade(_alembic_config(conn), "head")
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    except Exception as exc:
        engine.dispose()
        if isinstance(exc, DatabaseError):
            raise
        raise DatabaseError(f"Cannot open {path}: {exc}") from exc

    db = Database(path, engine, sessionmaker(engine, expire_on_commit=False), backup_path)
    from funnel.store.defaults import seed_defaults
    from funnel.store.search_text import index_missing

    with db.begin() as session:
        if seed and not session.scalar(select(func.count(Pipeline.id))):
            seed_defaults(session, language=language)
        if state.revision != head:
            index_missing(session)
    return db
