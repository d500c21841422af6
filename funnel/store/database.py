"""An open Funnel database: a local SQLite file or a team server.

`read()` gives a consistent snapshot that writes nothing; `write()` is one
user action in one transaction — on a file it takes the write lock before its
first read, on a server a record changed by someone else since it was read
rolls the whole action back (`funnel.store.conflicts`). Which of the two
`dialect` modules talks to the database is the only difference services see.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from funnel.errors import DatabaseBusyError, ReadOnlyDatabaseError
from funnel.store import sqlite as sqlite_dialect
from funnel.store.conflicts import ACTOR, stale_error
from funnel.store.server_address import ServerAddress

# Called with the seconds waited so far while another program holds the write
# lock; returns False to give up.
Waiting = Callable[[float], bool]

_Session = Session  # `Database.Session` below is the factory, not the class


@dataclass
class Database:
    """The open database. `begin()` is `write()` (the safe default), or
    `read()` on a read-only file."""

    location: Path | ServerAddress
    engine: Engine
    Session: sessionmaker[_Session]
    backup_path: Path | None = None
    readonly: bool = False
    created: bool = False
    dialect: ModuleType = sqlite_dialect
    # The owner this connection acts as (team mode: mapped from the login).
    actor_id: int | None = None
    _writer: sessionmaker[_Session] | None = field(default=None, repr=False)
    # Called after each committed write (team mode tells other users).
    commit_listeners: list[Callable[[], None]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        if self._writer is None:
            self._writer = sessionmaker(self.dialect.writer(self.engine), expire_on_commit=False)

    @property
    def is_server(self) -> bool:
        return isinstance(self.location, ServerAddress)

    @property
    def path(self) -> Path | None:
        """The file, or None for a team server."""
        return None if isinstance(self.location, ServerAddress) else self.location

    @property
    def name(self) -> str:
        """Short, for a window title: the file's name or the server's database."""
        if isinstance(self.location, ServerAddress):
            return f"{self.location.database} @ {self.location.host}"
        return self.location.name

    @property
    def display(self) -> str:
        """Whole, for a status bar or a message (never with a password)."""
        return str(self.location)

    @contextmanager
    def read(self) -> Iterator[_Session]:
        """A consistent look: a deferred transaction that locks nobody out (a
        service that writes after all still commits)."""
        try:
            with self.Session.begin() as session:
                if self.actor_id is not None:
                    session.info[ACTOR] = self.actor_id
                yield session
        except DBAPIError as exc:
            raise self._translated(exc) from exc

    @contextmanager
    def write(self, *, waiting: Waiting | None = None) -> Iterator[_Session]:
        """One user action, one transaction: commit on success, roll back on
        any error. With `waiting`, a writer busy elsewhere is waited for (the
        callback reports and may give up)."""
        if self.readonly:
            raise ReadOnlyDatabaseError(self.dialect.READ_ONLY, path=self.display)
        assert self._writer is not None
        try:
            with self._writer() as session:
                if self.actor_id is not None:
                    session.info[ACTOR] = self.actor_id
                self._lock(session, waiting)
                try:
                    yield session
                    session.commit()
                except StaleDataError as exc:
                    error = stale_error(session)
                    session.rollback()
                    raise error from exc
                except BaseException:
                    session.rollback()
                    raise
        except DBAPIError as exc:
            raise self._translated(exc) from exc
        for listener in list(self.commit_listeners):
            listener()

    def begin(self) -> contextlib.AbstractContextManager[_Session]:
        """`write()`, the safe default for code that does not say; on a
        read-only file a plain read, so looking still works."""
        return self.read() if self.readonly else self.write()

    def _lock(self, session: _Session, waiting: Waiting | None) -> None:
        started = time.monotonic()
        while True:
            try:
                session.begin()
                session.connection()  # SQLite: BEGIN IMMEDIATE, the lock is ours from here
                return
            except DBAPIError as exc:
                session.rollback()
                error = self._translated(exc)
                if not isinstance(error, DatabaseBusyError) or waiting is None:
                    raise error from exc
                if not waiting(time.monotonic() - started):
                    raise error from exc

    def _translated(self, exc: DBAPIError) -> Exception:
        error = self.dialect.translate_error(exc, self.location)
        if error is None:
            raise exc
        return error

    def session(self) -> _Session:
        return self.Session()

    def close(self) -> None:
        self.engine.dispose()
