"""What every screen shares: the database, the clock, and one `changed` signal.

Screens never reload everything after every click: an action says what it
changed (`Changes`) and each screen refreshes only if that concerns it.
Writes go through `ui.operations.core` (one door: a transaction, an undo
step, the announcement); the context only reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from funnel.errors import ServerUnavailableError
from funnel.store.db import Database

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """What an action touched. Empty sets with `everything=True` mean: reload all."""

    deals: frozenset[int] = field(default_factory=frozenset)
    pipelines: frozenset[int] = field(default_factory=frozenset)
    clients: frozenset[int] = field(default_factory=frozenset)
    activities: bool = False
    stages: bool = False
    everything: bool = False

    def touches_pipeline(self, pipeline_id: int | None) -> bool:
        return self.everything or self.stages or pipeline_id in self.pipelines


def system_clock() -> datetime:
    return datetime.now(UTC)


class AppContext(QObject):
    """Owns the database and the clock for the window's lifetime."""

    changed = Signal(object)  # Changes
    server_unavailable = Signal(object)  # ServerUnavailableError from an action (team mode)

    def __init__(
        self,
        db: Database,
        clock: Callable[[], datetime] = system_clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._clock = clock

    def now(self) -> datetime:
        """The current moment, timezone-aware UTC (tests inject a fixed clock)."""
        return self._clock()

    def today(self) -> date:
        """The user's local date."""
        return self.now().astimezone().date()

    def local_now(self) -> datetime:
        """The user's local wall time, naive (due times are local wall times)."""
        return self.now().astimezone().replace(tzinfo=None)

    def read(self, fn: Callable[..., T], *args, **kwargs) -> T:
        """Call a read-only service in its own short transaction (no write lock)."""
        try:
            with self.db.read() as session:
                return fn(session, *args, **kwargs)
        except ServerUnavailableError as exc:
            self.server_unavailable.emit(exc)  # the banner says so and retries (ui/team)
            raise
