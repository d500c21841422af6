"""A deal's activities: the list (open ones first), a way to mark one done,
and a small form to add one."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from funnel.followups.activity_list import ActivityRow
from funnel.store.models import ActivityKind
from ui.deal_card.format import LOST, WON, day_text, moment_text, muted, pydate, qdate, time_text
from ui.followups.snooze_menu import SnoozeMenu

Index = QModelIndex | QPersistentModelIndex
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def kind_names() -> dict[str, str]:
    return {
        ActivityKind.CALL.value: QCoreApplication.translate("Activities", "Call"),
        ActivityKind.EMAIL.value: QCoreApplication.translate("Activities", "E-mail"),
        ActivityKind.MEETING.value: QCoreApplication.translate("Activities", "Meeting"),
        ActivityKind.TASK.value: QCoreApplication.translate("Activities", "Task"),
    }


class ActivityRole(enum.IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    SUBJECT = enum.auto()
    DETAIL = enum.auto()  # kind and when
    OPEN = enum.auto()
    OVERDUE = enum.auto()


class ActivitiesModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ActivityRow] = []
        self._today = date.min

    def set_activities(self, rows: Sequence[ActivityRow], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def activity(self, row: int) -> ActivityRow:
        return self._rows[row]

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def _detail(self, row: ActivityRow) -> str:
        kind = kind_names().get(row.kind, row.kind)
        if row.cancelled_at is not None:
            cancelled = self.tr("cancelled %1").replace("%1", moment_text(row.cancelled_at))
            return " · ".join([kind, cancelled])
        if row.done_at is not None:
            done = self.tr("done %1").replace("%1", moment_text(row.done_at))
            parts = [kind, done]
            if row.outcome:
                parts.append(row.outcome)
            return " · ".join(parts)
        when = day_text(row.due_date)
        if row.due_time is not None:
            when = self.tr("%1 at %2").replace("%1", when).replace("%2", time_text(row.due_time))
        parts = [kind, when]
        if row.due_date < self._today:
            parts.append(self.tr("overdue"))
        if row.rrule:
            parts.append(self.tr("repeats"))
        return " · ".join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.subject} · {self._detail(row)}"
        if role == ActivityRole.SUBJECT:
            return row.subject
        if role == ActivityRole.DETAIL:
            return self._detail(row)
        if role == ActivityRole.ID:
            return row.id
        if role == ActivityRole.OPEN:
            return row.done_at is None
        if role == ActivityRole.OVERDUE:
            return row.done_at is None and row.due_date < self._today
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.notes or None
        return None


class ActivityDelegate(QStyledItemDelegate):
    PAD = 6
    MARK = 16

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(240, QFontMetrics(option.font).height() * 2 + 2 + self.PAD * 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        is_open = bool(index.data(ActivityRole.OPEN))
        line = QFontMetrics(option.font).height()
        left = rect.left() + self.PAD + self.MARK + 8
        width = rect.right() - left - self.PAD

        # A round mark: hollow while open, a filled tick when done.
        mark = QRect(
            rect.left() + self.PAD,
            rect.top() + self.PAD + (line - self.MARK) // 2,
            self.MARK,
            self.MARK,
        )
        if is_open:
            painter.setPen(muted(palette) if not selected else text_colour)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(mark.adjusted(1, 1, -1, -1))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(WON)
            painter.drawEllipse(mark.adjusted(1, 1, -1, -1))
            painter.setPen(palette.color(QPalette.ColorRole.Base))
            c = mark.center()
            painter.drawLine(c.x() - 4, c.y(), c.x() - 1, c.y() + 3)
            painter.drawLine(c.x() - 1, c.y() + 3, c.x() + 4, c.y() - 3)

        font = QFont(option.font)
        font.setStrikeOut(not is_open)
        painter.setFont(font)
        painter.setPen(text_colour if is_open or selected else muted(palette))
        subject = QFontMetrics(font).elidedText(
            index.data(ActivityRole.SUBJECT), Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(QRect(left, rect.top() + self.PAD, width, line), _LEFT, subject)
        painter.setFont(option.font)
        if selected:
            painter.setPen(text_colour)
        elif index.data(ActivityRole.OVERDUE):
            painter.setPen(LOST)
        else:
            painter.setPen(muted(palette))
        detail = QFontMetrics(option.font).elidedText(
            index.data(ActivityRole.DETAIL), Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(QRect(left, rect.top() + self.PAD + line + 2, width, line), _LEFT, detail)
        painter.restore()


class ActivitiesPanel(QWidget):
    """Emits `add_requested(kind, subject, due_date, due_time)` and
    `done_requested(activity_id)`; the owner writes them."""

    add_requested = Signal(str, str, object, object)
    done_requested = Signal(int)
    snooze_requested = Signal(int, str)  # activity id, a funnel.followups.snooze.SnoozeChoice value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today: date | None = None  # the app's clock, given by set_activities
        self.model = ActivitiesModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(ActivityDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(self._mark_done)
        self.empty = QLabel(self.tr("No activities yet: add the next step below."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        self.empty.setWordWrap(True)
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setAutoDefault(False)
        self.done_button.clicked.connect(self._mark_done)
        self.local_now: Callable[[], datetime] = datetime.now  # the card gives the app's clock
        self.snooze_menu: SnoozeMenu | None = None
        self.snooze_button = QPushButton(self.tr("Snooze ▾"))
        self.snooze_button.setObjectName("snoozeButton")
        self.snooze_button.setAutoDefault(False)
        self.snooze_button.clicked.connect(self._snooze)

        self.form = QGroupBox(self.tr("Add activity"))
        self.kind = QComboBox()
        for value, name in kind_names().items():
            self.kind.addItem(name, value)
        self.subject = QLineEdit()
        self.subject.setObjectName("activitySubject")
        self.subject.setPlaceholderText(self.tr("What is to be done?"))
        self.subject.returnPressed.connect(self._add)
        self.due_date = QDateEdit()
        self.due_date.setCalendarPopup(True)
        self.has_time = QCheckBox(self.tr("at"))
        self.due_time = QTimeEdit(QTime(10, 0))
        self.due_time.setEnabled(False)
        self.has_time.toggled.connect(self.due_time.setEnabled)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add)
        self.subject.textChanged.connect(self._update_buttons)

        grid = QGridLayout(self.form)
        grid.addWidget(self.kind, 0, 0)
        grid.addWidget(self.subject, 0, 1, 1, 4)
        grid.addWidget(self.due_date, 1, 0)
        grid.addWidget(self.has_time, 1, 1)
        grid.addWidget(self.due_time, 1, 2)
        grid.setColumnStretch(3, 1)
        grid.addWidget(self.add_button, 1, 4)

        done_row = QHBoxLayout()
        done_row.addStretch(1)
        done_row.addWidget(self.snooze_button)
        done_row.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(done_row)
        layout.addWidget(self.form)
        self.view.setVisible(False)
        self._update_buttons()

    def set_activities(self, rows: Sequence[ActivityRow], today: date) -> None:
        if today != self._today:
            self.due_date.setDate(qdate(today + timedelta(days=1)))
        self._today = today
        self.model.set_activities(rows, today)
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._update_buttons()

    def set_writable(self, writable: bool) -> None:
        self.form.setEnabled(writable)
        self.form.setTitle(
            self.tr("Add activity")
            if writable
            else self.tr("Save the deal first to add activities")
        )
        self._update_buttons()

    def clear_form(self) -> None:
        self.subject.clear()
        self.has_time.setChecked(False)

    def _current_open_id(self) -> int | None:
        index = self.view.currentIndex()
        if index.isValid() and index.data(ActivityRole.OPEN):
            return int(index.data(ActivityRole.ID))
        return None

    def _update_buttons(self, *_args) -> None:
        self.done_button.setEnabled(self._current_open_id() is not None)
        self.snooze_button.setEnabled(self._current_open_id() is not None)
        self.add_button.setEnabled(self.form.isEnabled() and bool(self.subject.text().strip()))

    def _mark_done(self, *_args) -> None:
        activity_id = self._current_open_id()
        if activity_id is not None:
            self.done_requested.emit(activity_id)

    def _snooze(self) -> None:
        activity_id = self._current_open_id()
        if activity_id is None:
            return
        row = self.model.activity(self.view.currentIndex().row())
        menu = SnoozeMenu(self.local_now(), row.due_time, self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.chosen.connect(lambda choice: self.snooze_requested.emit(activity_id, choice))
        self.snooze_menu = menu
        menu.destroyed.connect(lambda *_: setattr(self, "snooze_menu", None))
        menu.popup(self.snooze_button.mapToGlobal(self.snooze_button.rect().bottomLeft()))

    def _add(self) -> None:
        subject = self.subject.text().strip()
        if not subject or not self.form.isEnabled():
            return
        due_time: time | None = None
        if self.has_time.isChecked():
            t = self.due_time.time()
            due_time = time(t.hour(), t.minute())
        self.add_requested.emit(
            self.kind.currentData(), subject, pydate(self.due_date.date()), due_time
        )
