"""What the follow-up dialogs share: the activity's fields, and small helpers."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from funnel.followups.activities import (
    ACTIVITY_KINDS,
)
from ui.board.delegate import STALLED, ink
from ui.followups.format import date_edit_format, kind_name
from ui.i18n import qdate

DEFAULT_TIME = QTime(10, 0)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(label.foregroundRole(), ink(STALLED, palette))
    label.setPalette(palette)
    label.hide()
    return label


class ActivityFields(QWidget):
    """Kind, subject, due date and optional time: what every follow-up has."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("kind")
        for kind in ACTIVITY_KINDS:
            self.kind_box.addItem(kind_name(kind), kind)
        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("subject")
        self.subject_edit.setPlaceholderText(self.tr("What is to be done?"))
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("dueDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_edit_format())
        self.time_box = QCheckBox(self.tr("at"))
        self.time_box.setObjectName("hasTime")
        self.time_edit = QTimeEdit(DEFAULT_TIME)
        self.time_edit.setObjectName("dueTime")
        self.time_edit.setEnabled(False)
        self.time_box.toggled.connect(self.time_edit.setEnabled)

        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.date_edit)
        when.addSpacing(8)
        when.addWidget(self.time_box)
        when.addWidget(self.time_edit)
        when.addStretch(1)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("Kind"), self.kind_box)
        self.form.addRow(self.tr("Subject"), self.subject_edit)
        self.form.addRow(self.tr("Due"), when)

    def set_values(self, kind: str, subject: str, due: date, at: time | None) -> None:
        index = self.kind_box.findData(kind)
        self.kind_box.setCurrentIndex(max(index, 0))
        self.subject_edit.setText(subject)
        self.subject_edit.selectAll()
        self.date_edit.setDate(qdate(due))
        self.time_box.setChecked(at is not None)
        if at is not None:
            self.time_edit.setTime(QTime(at.hour, at.minute))

    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def subject(self) -> str:
        return self.subject_edit.text().strip()

    def due_date(self) -> date:
        return pydate(self.date_edit.date())

    def due_time(self) -> time | None:
        if not self.time_box.isChecked():
            return None
        t = self.time_edit.time()
        return time(t.hour(), t.minute())
