"""Snooze "to a date…": a calendar starting at the follow-up's own day (never
earlier, never in the past), the follow-up keeping its time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import qdate


class SnoozeDateDialog(QDialog):
    """Emits `chosen(date)` when OK is pressed on a day."""

    chosen = Signal(object)

    def __init__(self, today: date, due: date, subject: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("snoozeDateDialog")
        self.setWindowTitle(self.tr("Snooze to a date"))
        earliest = max(today, due)
        self.label = QLabel(self.tr("Move “%1” to:").replace("%1", subject))
        self.label.setWordWrap(True)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("snoozeCalendar")
        self.calendar.setGridVisible(False)
        self.calendar.setMinimumDate(qdate(earliest))
        self.calendar.setSelectedDate(qdate(earliest).addDays(1))
        self.calendar.activated.connect(lambda _day: self.accept())  # double-click, Enter
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def day(self) -> date:
        return self.calendar.selectedDate().toPython()

    def accept(self) -> None:
        super().accept()
        self.chosen.emit(self.day())
