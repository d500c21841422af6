"""Small field widgets of the deal card: an inline error line under a box,
and a date box that may be left empty."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.deal_card.format import LOST, pydate, qdate

# QDateEdit cannot be empty; its minimum date stands for "no date" and shows
# the special text instead.
_NO_DATE = QDate(2000, 1, 1)


class FieldError(QLabel):
    """A one-line message under a box, in the error colour; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, LOST)
        self.setPalette(palette)
        self.setVisible(False)

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(True)

    def clear(self) -> None:  # type: ignore[override]
        super().clear()
        self.setVisible(False)

    @staticmethod
    def wrap(field: QWidget, error: FieldError) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(error)
        return box


class OptionalDateEdit(QWidget):
    """A date with a calendar popup, or none (a clear button empties it)."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(_NO_DATE)
        self.edit.setSpecialValueText(self.tr("Not set"))
        self.edit.setDate(_NO_DATE)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.edit.dateChanged.connect(lambda _d: self._update())
        # An empty date opens the calendar on today's month, not on the sentinel's.
        self.edit.calendarWidget().installEventFilter(self)
        self.clear_button = QToolButton()
        self.clear_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton)
        )
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self._update()

    def set_today(self, today: date) -> None:
        self._today = today

    def value(self) -> date | None:
        day = self.edit.date()
        return None if day == _NO_DATE else pydate(day)

    def set_value(self, day: date | None) -> None:
        self.edit.setDate(_NO_DATE if day is None else qdate(day))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.value() is None:
            calendar = self.edit.calendarWidget()
            calendar.setCurrentPage(self._today.year, self._today.month)
        return super().eventFilter(watched, event)

    def _update(self) -> None:
        self.clear_button.setEnabled(self.value() is not None)
        self.changed.emit()
