"""What other people change on a team server, as it happens.

Migration 0011 makes PostgreSQL send a notification on `funnel_changes` for
every committed change of a deal, client, activity, note, purchase or stage
change (see its text for the payload). A `Watcher` holds one connection of
its own (autocommit, `LISTEN funnel_changes`) and `poll()` returns what came
in since the last call without waiting. Changes written by this `Database`'s
own connections are left out: the window that made them already knows.

When the connection drops, `poll()` raises `ServerUnavailableError`; the next
`poll()` (the caller decides when: see `ui.team.live`) tries again, and the
first one that gets through returns a `Change` with `everything=True`, since
what happened meanwhile was not heard.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event

from funnel.errors import ServerUnavailableError
from funnel.store import postgres
from funnel.store.database import Database

CHANNEL = "funnel_changes"
# More than this in one poll (an import, a clean-up of hundreds of deals):
# one "reload everything" is cheaper than hundreds of small refreshes.
FLOOD = 500
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """One changed row, or (`everything`) "something, reload all"."""

    table: str = ""
    id: int | None = None
    deal_id: int | None = None
    client_id: int | None = None
    pipeline_ids: frozenset[int] = frozenset()
    everything: bool = False


EVERYTHING = Change(everything=True)


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def parse_payload(payload: str) -> tuple[Change, int | None] | None:
    """(the change, the writer's backend pid) from a notification's text;
    None for one this version does not understand."""
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("table"), str):
        return None
    pipelines = {
        p
        for key in ("pipeline_id", "old_pipeline_id", "from_pipeline_id", "to_pipeline_id")
        if (p := _int(data.get(key))) is not None
    }
    table = data["table"]
    row_id = _int(data.get("id"))
    change = Change(
        table=table,
        id=row_id,
        deal_id=row_id if table == "deal" else _int(data.get("deal_id")),
        client_id=row_id if table == "client" else _int(data.get("client_id")),
        pipeline_ids=frozenset(pipelines),
    )
    return change, _int(data.get("pid"))


class Watcher:
    """Listens on the team server for changes made by others (no Qt, no thread:
    the caller polls)."""

    def __init__(
        self,
        db: Database,
        *,
        connect: Callable[[], Any] | None = None,
        open_now: bool = True,
    ) -> None:
        """`open_now=False` leaves the connecting to the first `poll()` (so a
        worker thread, not the caller, waits for a slow network)."""
        if not db.is_server:
            raise ValueError("only a team server can be watched")
        self.db = db
        self._connect = connect or self._default_connect
        self._conn: Any = None
        self._lost = False  # the connection dropped: the next success says "everything"
        self.own_pids: set[int] = set()
        # Own pids are noted on the threads that use the engine while `poll()`
        # may run on another one.
        self._own_lock = threading.Lock()
        event.listen(db.engine, "checkout", self._note_own)
        event.listen(db.engine, "close", self._forget_own)
        if open_now:
            try:
                self._open()
            except Exception:
                self.close()  # no listeners left behind on the engine
                raise

    # own connections ----------------------------------------------------------
    def _note_own(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
        if pid:
            with self._own_lock:
                self.own_pids.add(pid)

    def _forget_own(self, dbapi_connection: Any, _record: Any) -> None:
        pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
        with self._own_lock:
            self.own_pids.discard(pid)

    # the listening connection -------------------------------------------------
    def _default_connect(self) -> Any:
        engine = self.db.engine
        cargs, cparams = engine.dialect.create_connect_args(engine.url)
        cparams = dict(cparams)
        cparams["application_name"] = "Funnel watcher"
        conn = engine.dialect.loaded_dbapi.connect(*cargs, **cparams)
        conn.autocommit = True
        return conn

    def _open(self) -> None:
        try:
            conn = self._connect()
            conn.execute(f"LISTEN {CHANNEL}")
        except Exception as exc:
            self._conn = None
            self._lost = True
            raise self._unavailable(exc) from exc
        self._conn = conn

    def _unavailable(self, exc: BaseException) -> Exception:
        error = postgres.translate_error(exc, self.db.location)
        if isinstance(error, ServerUnavailableError):
            return error
        why = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return ServerUnavailableError(postgres.UNREACHABLE, path=self.db.display, why=why)

    @property
    def connected(self) -> bool:
        return self._conn is not None

    def poll(self) -> list[Change]:
        """What others changed since the last poll, at once (never waits for
        more). Raises ServerUnavailableError while the server cannot be reached."""
        if self._conn is None:
            self._open()  # raises while still away
        try:
            notes = self._receive()
        except Exception:
            # A connection from before a restart: one new try at once.
            self._drop()
            self._open()
            notes = []
        changes: list[Change] = []
        if self._lost:
            self._lost = False
            changes.append(EVERYTHING)
        with self._own_lock:
            own = set(self.own_pids)
        for note in notes:
            parsed = parse_payload(note.payload)
            if parsed is None:
                continue
            change, pid = parsed
            if pid is not None and pid in own:
                continue
            changes.append(change)
        if len(changes) > FLOOD:
            return [EVERYTHING]
        return changes

    def _receive(self) -> list[Any]:
        notes = list(self._conn.notifies(timeout=0))
        if not notes:
            # Nothing waiting: make sure that is not a dead socket talking.
            self._conn.execute("SELECT 1")
            notes = list(self._conn.notifies(timeout=0))
        return notes

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        self._lost = True
        if conn is not None:
            try:
                conn.close()
            except Exception as exc:  # already gone
                log.debug("closing the watcher's connection: %s", exc)

    def close(self) -> None:
        self._drop()
        self._lost = False
        for name, fn in (("checkout", self._note_own), ("close", self._forget_own)):
            if event.contains(self.db.engine, name, fn):
                event.remove(self.db.engine, name, fn)
