"""The follow-ups that came due while Funnel was closed, listed on start so
none is lost. Not modal: the window behind stays usable."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from funnel.followups.reminders import Reminder
from ui.followups.format import kind_name, moment_text

Index = QModelIndex | QPersistentModelIndex


class MissedModel(QAbstractListModel):
    def __init__(self, reminders: Sequence[Reminder], today: date, parent=None) -> None:
        super().__init__(parent)
        self._rows = list(reminders)
        self._today = today

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def reminder(self, row: int) -> Reminder:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        line = r.line
        if role == Qt.ItemDataRole.DisplayRole:
            when = moment_text(r.due_at.date(), r.due_at.time(), self._today)
            about = " · ".join(x for x in (line.deal, line.client, line.phone) if x)
            head = (
                self.tr("%1 — %2: %3", "when — kind: subject")
                .replace("%1", when)
                .replace("%2", kind_name(line.kind))
                .replace("%3", line.subject)
            )
            return f"{head}\n{about}" if about else head
        if role == Qt.ItemDataRole.UserRole:
            return line.deal_id
        return None


class MissedRemindersDialog(QDialog):
    open_deal_requested = Signal(int, list)
    show_today_requested = Signal()

    def __init__(
        self, reminders: Sequence[Reminder], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("missedReminders")
        self.setWindowTitle(self.tr("While Funnel was closed"))
        self.setMinimumSize(520, 320)
        title = QLabel(self.tr("Came due while Funnel was closed: %n", "", len(reminders)))
        bold = QFont(title.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        title.setFont(bold)
        hint = QLabel(self.tr("They are also in Today. Double-click one to open its deal."))
        hint.setEnabled(False)

        self.model = MissedModel(reminders, today, self)
        self.view = QListView()
        self.view.setObjectName("missedList")
        self.view.setModel(self.model)
        self.view.setSpacing(3)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(self._open)
        self.view.setCurrentIndex(self.model.index(0))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.today_button = QPushButton(self.tr("Show Today"))
        self.today_button.setObjectName("showToday")
        buttons.addButton(self.today_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.today_button.setDefault(True)
        self.today_button.clicked.connect(self.show_today_requested)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def _open(self, index: QModelIndex) -> None:
        deal_id = index.data(Qt.ItemDataRole.UserRole)
        if deal_id is not None:
            self.open_deal_requested.emit(int(deal_id), [])
