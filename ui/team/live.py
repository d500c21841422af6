"""Other people's changes on screen within a second (team mode only).

A `LiveRefresh` belongs to the window's `AppContext`: a worker thread asks
the `Watcher` (funnel.store.watch) what others changed, so connecting over a
bad network never freezes the window, and every 300 ms the UI thread takes in
what the worker heard and announces it as
`Changes` on `ctx.changed`, so each page refreshes only what concerns it and
keeps its selection and scroll position as after a change of one's own.

When the server cannot be reached (the watcher's connection dropped, or an
action failed with ServerUnavailableError) it says so (`unavailable`, shown by
`ui.team.banner`) and tries again after 5 s, then 10, 20 and 30 s at most, or
at once on `retry_now()`; when the server answers again, `available` goes out
and every page reloads (what happened meanwhile was not heard).

On a SQLite file nothing of this exists: no timer, no connection.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from funnel.errors import ServerUnavailableError
from funnel.store.database import Database
from funnel.store.watch import Change, Watcher
from ui.context import AppContext, Changes
from ui.messages import error_text

POLL_MS = 300
BACKOFF_S = (5, 10, 20, 30)
log = logging.getLogger(__name__)


def changes_from(received: Iterable[Change]) -> Changes | None:
    """What the pages need to hear about, from what the watcher heard."""
    deals: set[int] = set()
    pipelines: set[int] = set()
    clients: set[int] = set()
    activities = False
    seen = False
    for change in received:
        seen = True
        if change.everything:
            return Changes(everything=True)
        if change.deal_id is not None:
            deals.add(change.deal_id)
        if change.client_id is not None:
            clients.add(change.client_id)
        pipelines |= change.pipeline_ids
        activities = activities or change.table == "activity"
    if not seen:
        return None
    return Changes(
        deals=frozenset(deals),
        pipelines=frozenset(pipelines),
        clients=frozenset(clients),
        activities=activities,
    )


class _PollWorker:
    """A thread that talks to the server for the `LiveRefresh`: on each
    `request()` it polls the watcher once (connecting first if need be, which
    on a network dropping packets may take the whole connect timeout) and puts
    what it got, a list of changes or the error, in `results`. The UI thread
    never waits on the network; it only drains `results`."""

    def __init__(self, watcher: Watcher) -> None:
        self.watcher = watcher
        self.results: queue.SimpleQueue[list[Change] | ServerUnavailableError] = queue.SimpleQueue()
        self._wanted = threading.Event()
        self._stopping = threading.Event()
        self.busy = False  # a poll requested and its result not drained yet
        self._thread = threading.Thread(target=self._run, name="Funnel watcher", daemon=True)
        self._thread.start()

    def request(self) -> None:
        self.busy = True
        self._wanted.set()

    def _run(self) -> None:
        while not self._stopping.is_set():
            if not self._wanted.wait(0.5):
                continue
            self._wanted.clear()
            if self._stopping.is_set():
                break
            result: list[Change] | ServerUnavailableError
            try:
                result = self.watcher.poll()
            except ServerUnavailableError as exc:
                result = exc
            except Exception as exc:  # never let the thread die silently
                log.warning("watching the team server: %s", exc)
                result = self.watcher._unavailable(exc)
            self.results.put(result)
        self.watcher.close()

    def stop(self, wait: float = 0.0) -> None:
        """Stop after the poll in flight, if any; the thread closes the watcher."""
        self._stopping.set()
        self._wanted.set()
        if wait:
            self._thread.join(wait)


def _lazy_watcher(db: Database) -> Watcher:
    return Watcher(db, open_now=False)


class LiveRefresh(QObject):
    """Polls the team server for others' changes (on a worker thread); tracks
    whether it answers."""

    unavailable = Signal(str)  # why, in the person's language
    available = Signal()
    countdown = Signal(int)  # seconds until the next try

    def __init__(
        self,
        ctx: AppContext,
        watcher_factory: Callable[[Database], Watcher] = _lazy_watcher,
        *,
        poll_ms: int = POLL_MS,
        backoff: tuple[int, ...] = BACKOFF_S,
    ) -> None:
        super().__init__(ctx)
        self.setObjectName("liveRefresh")
        self.ctx = ctx
        self._backoff = backoff
        self._failures = 0
        self.seconds_left = 0
        self.down = False
        # The poll in flight when the server was found away (by an action)
        # started before: its success does not mean the server is back.
        self._stale = False
        self._again = False  # retry once the poll in flight is back
        # The factory must not touch the network (see `_lazy_watcher`): the
        # worker connects on its first poll.
        self.watcher: Watcher | None = watcher_factory(ctx.db)
        self._worker: _PollWorker | None = _PollWorker(self.watcher)
        worker = self._worker  # not `self`: the thread ends with this object
        self.destroyed.connect(lambda *_: worker.stop())
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(poll_ms)
        self._poll_timer.timeout.connect(self.poll)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self._poll_timer.start()
        ctx.server_unavailable.connect(self.server_lost)
        self._worker.request()

    # polling ---------------------------------------------------------------
    def poll(self) -> None:
        """Take in what the worker heard; ask it for more unless it is busy or
        the server is away and waiting for its next try."""
        worker = self._worker
        if worker is None:
            return
        while True:
            try:
                result = worker.results.get_nowait()
            except queue.Empty:
                break
            worker.busy = False
            stale, self._stale = self._stale, False
            if stale and not isinstance(result, ServerUnavailableError):
                continue
            self._take(result)
        if not worker.busy and (not self.down or self._again):
            if self._again:  # "Retry now" while a poll was still out
                self._again = False
                self._tick.stop()
            worker.request()

    def _take(self, result: list[Change] | ServerUnavailableError) -> None:
        if isinstance(result, ServerUnavailableError):
            self.server_lost(result)
            return
        if self.down:
            self._back()
            return  # everything reloads anyway
        changes = changes_from(result)
        if changes is not None:
            self.ctx.changed.emit(changes)

    def server_lost(self, error: Exception) -> None:
        """The watcher or an action could not reach the server: say so, retry later."""
        if self.down and self._tick.isActive():
            self.unavailable.emit(error_text(error))  # already waiting to retry
            return
        self.down = True
        self._stale = self._worker is not None and self._worker.busy
        delay = self._backoff[min(self._failures, len(self._backoff) - 1)]
        self._failures += 1
        self.seconds_left = delay
        self._tick.start()
        self.unavailable.emit(error_text(error))
        self.countdown.emit(self.seconds_left)

    def _count_down(self) -> None:
        self.seconds_left -= 1
        if self.seconds_left > 0:
            self.countdown.emit(self.seconds_left)
            return
        self.retry_now()

    def retry_now(self) -> None:
        """Try the server again now (the answer comes through `poll`)."""
        self._tick.stop()
        if self._worker is None:
            return
        if self._worker.busy:
            self._again = True
        else:
            self._worker.request()

    def _back(self) -> None:
        self.down = False
        self._again = False
        self._failures = 0
        self._tick.stop()
        self.available.emit()
        self.ctx.changed.emit(Changes(everything=True))

    def stop(self, wait: float = 0.0) -> None:
        self._poll_timer.stop()
        self._tick.stop()
        if self._worker is not None:
            self._worker.stop(wait)
            self._worker = None
        self.watcher = None


def live_refresh(ctx: AppContext) -> LiveRefresh | None:
    """The context's live refresh, started on first use; None on a file."""
    if not ctx.db.is_server:
        return None
    found = ctx.findChild(LiveRefresh, "liveRefresh")
    if isinstance(found, LiveRefresh):
        return found
    return LiveRefresh(ctx)


def stop_live_refresh(ctx: AppContext, wait: float = 0.0) -> None:
    """Stop listening (before the context's database closes); `wait` seconds
    at most for the worker's poll in flight to end."""
    found = ctx.findChild(LiveRefresh, "liveRefresh")
    if isinstance(found, LiveRefresh):
        found.stop(wait)
