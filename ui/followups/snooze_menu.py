"""The snooze menu: later today, tomorrow morning, next Monday, a week later —
each entry saying where it lands, so a person sees "Tomorrow morning  Tue 09:00"
before choosing."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QStyle, QWidget

from funnel.followups.snooze import SnoozeChoice, snooze_target
from ui.followups.format import moment_text

# The keys in the menu: L, T, M, W, the first letter of each English entry.
CHOICES = (
    SnoozeChoice.LATER_TODAY,
    SnoozeChoice.TOMORROW,
    SnoozeChoice.NEXT_MONDAY,
    SnoozeChoice.NEXT_WEEK,
)


def snooze_icon(widget: QWidget) -> QIcon:
    return QIcon.fromTheme(
        "appointment-soon", widget.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload)
    )


class SnoozeMenu(QMenu):
    """Emits `chosen(SnoozeChoice value)`; with `offer_date`, a last entry
    "To a date…" emits `date_requested` (the caller opens the calendar)."""

    chosen = Signal(str)
    date_requested = Signal()

    def __init__(
        self,
        now_local: datetime,
        due_time: time | None = None,
        parent: QWidget | None = None,
        *,
        offer_date: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("snoozeMenu")
        self.setTitle(self.tr("Snooze"))
        self.setIcon(snooze_icon(self))
        names = {
            SnoozeChoice.LATER_TODAY: self.tr("&Later today"),
            SnoozeChoice.TOMORROW: self.tr("&Tomorrow morning"),
            SnoozeChoice.NEXT_MONDAY: self.tr("Next &Monday"),
            SnoozeChoice.NEXT_WEEK: self.tr("A &week later"),
        }
        today = now_local.date()
        for choice in CHOICES:
            day, at = snooze_target(choice, now_local=now_local, due_time=due_time)
            # Text after a tab is right-aligned in a menu, where shortcuts go.
            action = self.addAction(f"{names[choice]}\t{moment_text(day, at, today)}")
            action.setObjectName(f"snooze_{choice.value}")
            action.setData(choice.value)
            action.triggered.connect(lambda _=False, c=choice: self.chosen.emit(c.value))
        if offer_date:
            self.addSeparator()
            pick = self.addAction(self.tr("To a &date…"))
            pick.setObjectName("snooze_date")
            pick.triggered.connect(self.date_requested.emit)

    def action_for(self, choice: SnoozeChoice | str):
        if choice == "date":
            return next(a for a in self.actions() if a.objectName() == "snooze_date")
        value = SnoozeChoice(choice).value
        return next(a for a in self.actions() if a.data() == value)
