"""Other people's changes on screen within a second (team mode only).

A `LiveRefresh` belongs to the window's `AppContext`: every 300 ms it asks
the `Watcher` (funnel.store.watch) what others changed and announces it as
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

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from funnel.errors import ServerUnavailableError
from funnel.store.watch import Change, Watcher
from ui.context import AppContext, Changes
from ui.messages import error_text

POLL_MS = 300
BACKOFF_S = (5, 10, 20, 30)


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


class LiveRefresh(QObject):
    """Polls the team server for others' changes; tracks whether it answers."""

    unavailable = Signal(str)  # why, in the person's language
    available = Signal()
    countdown = Signal(int)  # seconds until the next try

    def __init__(
        self,
        ctx: AppContext,
        watcher_factory: Callable[..., Watcher] = Watcher,
        *,
        poll_ms: int = POLL_MS,
        backoff: tuple[int, ...] = BACKOFF_S,
    ) -> None:
        super().__init__(ctx)
        self.setObjectName("liveRefresh")
        self.ctx = ctx
        self._factory = watcher_factory
        self._backoff = backoff
        self._failures = 0
        self.seconds_left = 0
        self.watcher: Watcher | None = None
        self.down = False
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(poll_ms)
        self._poll_timer.timeout.connect(self.poll)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self._poll_timer.start()
        ctx.server_unavailable.connect(self.server_lost)
        self.poll()

    # polling ---------------------------------------------------------------
    def poll(self) -> None:
        try:
            if self.watcher is None:
                self.watcher = self._factory(self.ctx.db)
                received = self.watcher.poll()
            else:
                received = self.watcher.poll()
        except ServerUnavailableError as exc:
            self.server_lost(exc)
            return
        if self.down:
            self._back()
            return  # everything reloads anyway
        changes = changes_from(received)
        if changes is not None:
            self.ctx.changed.emit(changes)

    def server_lost(self, error: Exception) -> None:
        """The watcher or an action could not reach the server: say so, retry later."""
        if self.down and self._tick.isActive():
            self.unavailable.emit(error_text(error))  # already waiting to retry
            return
        self.down = True
        self._poll_timer.stop()
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
        self._tick.stop()
        self.poll()

    def retry_now(self) -> None:
        self._tick.stop()
        self.poll()

    def _back(self) -> None:
        self.down = False
        self._failures = 0
        self._tick.stop()
        self._poll_timer.start()
        self.available.emit()
        self.ctx.changed.emit(Changes(everything=True))

    def stop(self) -> None:
        self._poll_timer.stop()
        self._tick.stop()
        if self.watcher is not None:
            self.watcher.close()
            self.watcher = None


def live_refresh(ctx: AppContext) -> LiveRefresh | None:
    """The context's live refresh, started on first use; None on a file."""
    if not ctx.db.is_server:
        return None
    found = ctx.findChild(LiveRefresh, "liveRefresh")
    if isinstance(found, LiveRefresh):
        return found
    return LiveRefresh(ctx)


def stop_live_refresh(ctx: AppContext) -> None:
    found = ctx.findChild(LiveRefresh, "liveRefresh")
    if isinstance(found, LiveRefresh):
        found.stop()
