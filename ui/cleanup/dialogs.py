"""The small dialogs a review decision may ask: a next step, a park date, a
stage, a temperature, a contact to log, the missing fields, a note. Each is
opened window-modal (`open()`), so the review's keys stay out of the way."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from funnel.errors import ValidationError
from funnel.followups.activities import add_business_days
from funnel.pipeline.pipelines import StageInfo
from ui.board.delegate import temperature_name
from ui.cleanup.text import kind_name
from ui.deal_card.format import amount_text, parse_amount, pydate, qdate
from ui.deals.followups_box import FollowupsBox
from ui.messages import show_error
from ui.money_edit import MoneyEdit


class _Dialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None, ok_text: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok_text:
            self.ok_button.setText(ok_text)
        self.ok_button.setDefault(True)  # Enter accepts from any field
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)

    def finish_layout(self) -> None:
        self.body.addSpacing(6)
        self.body.addWidget(self.buttons)


def _date_edit(day: date, minimum: date | None = None) -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    if minimum is not None:
        edit.setMinimumDate(qdate(minimum))
    return edit


class NextStepDialog(_Dialog):
    """Keep the deal and set its next step (pre-filled: a call in two business days)."""

    KINDS = ("call", "email", "meeting", "task")

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("Cleanup", "Next step"),
            parent,
            QCoreApplication.translate("Cleanup", "Set next step"),
        )
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("nextStepKind")
        for kind in self.KINDS:
            self.kind_box.addItem(kind_name(kind), kind)
        self.subject_edit = QLineEdit(QCoreApplication.translate("Cleanup", "Call"))
        self.subject_edit.setObjectName("nextStepSubject")
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.date_edit = _date_edit(add_business_days(today, 2), today)
        self.date_edit.setObjectName("nextStepDate")
        self.time_box = QCheckBox(QCoreApplication.translate("Cleanup", "At"))
        self.time_edit = QTimeEdit(QTime(10, 0))
        self.time_edit.setEnabled(False)
        self.time_box.toggled.connect(self.time_edit.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.date_edit)
        when.addWidget(self.time_box)
        when.addWidget(self.time_edit)
        when.addStretch(1)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Cleanup", "What"), self.kind_box)
        form.addRow(QCoreApplication.translate("Cleanup", "Subject"), self.subject_edit)
        form.addRow(QCoreApplication.translate("Cleanup", "When"), when)
        self.body.addLayout(form)
        self.finish_layout()
        self.subject_edit.selectAll()
        self.subject_edit.setFocus()

    def _kind_changed(self) -> None:
        names = {kind_name(k) for k in self.KINDS}
        if self.subject_edit.text() in names or not self.subject_edit.text().strip():
            self.subject_edit.setText(kind_name(self.kind()))

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


class ParkDateDialog(_Dialog):
    def __init__(self, today: date, parent: QWidget | None = None, *, followups: int = 0) -> None:
        super().__init__(
            QCoreApplication.translate("Cleanup", "Park until a date"),
            parent,
            QCoreApplication.translate("Cleanup", "Park"),
        )
        label = QLabel(QCoreApplication.translate("Cleanup", "Call the client back on:"))
        self.date_edit = _date_edit(today + timedelta(days=14), today + timedelta(days=1))
        self.date_edit.setObjectName("parkDate")
        label.setBuddy(self.date_edit)
        self.body.addWidget(label)
        self.body.addWidget(self.date_edit)
        self.followups_box = FollowupsBox(followups, parking=True)
        self.body.addWidget(self.followups_box)
        self.finish_layout()

    def until(self) -> date:
        return pydate(self.date_edit.date())


class StageDialog(_Dialog):
    """Choose a stage of the deal's sales pipeline."""

    def __init__(
        self,
        stages: Sequence[StageInfo],
        current_id: int | None,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent, QCoreApplication.translate("Cleanup", "Move"))
        self.list = QListWidget()
        self.list.setObjectName("stageList")
        for stage in stages:
            item = QListWidgetItem(stage.name)
            item.setData(Qt.ItemDataRole.UserRole, stage.id)
            if stage.id == current_id:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setText(
                    QCoreApplication.translate("Cleanup", "%1 (now)").replace("%1", stage.name)
                )
            self.list.addItem(item)
        first = next(
            (
                i
                for i in range(self.list.count())
                if self.list.item(i).data(Qt.ItemDataRole.UserRole) != current_id
            ),
            0,
        )
        self.list.setCurrentRow(first)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.body.addWidget(self.list)
        self.finish_layout()
        self.list.setFocus()

    def select(self, stage_id: int) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == stage_id:
                self.list.setCurrentRow(i)

    def stage_id(self) -> int | None:
        item = self.list.currentItem()
        return (
            item.data(Qt.ItemDataRole.UserRole)
            if item and item.flags() & Qt.ItemFlag.ItemIsEnabled
            else None
        )


class TemperatureDialog(_Dialog):
    CHOICES = ("hot", "warm", "cold", None)

    def __init__(self, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("Cleanup", "Temperature"),
            parent,
            QCoreApplication.translate("Cleanup", "Set"),
        )
        self.group = QButtonGroup(self)
        for i, value in enumerate(self.CHOICES):
            text = (
                temperature_name(value)
                if value
                else QCoreApplication.translate("Cleanup", "Not set")
            )
            radio = QRadioButton(f"&{i + 1}  {text}")
            radio.setObjectName(f"temperature_{value or 'none'}")
            radio.setChecked(value == current)
            self.group.addButton(radio, i)
            self.body.addWidget(radio)
        self.finish_layout()

    def temperature(self) -> str | None:
        index = self.group.checkedId()
        return self.CHOICES[index] if index >= 0 else None


class LogContactDialog(_Dialog):
    """A contact that happened but was never logged."""

    KINDS = ("call", "email", "meeting")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("Cleanup", "Log a contact"),
            parent,
            QCoreApplication.translate("Cleanup", "Log"),
        )
        self.kind_box = QComboBox()
        for kind in self.KINDS:
            self.kind_box.addItem(kind_name(kind), kind)
        self.outcome_edit = QPlainTextEdit()
        self.outcome_edit.setObjectName("contactOutcome")
        self.outcome_edit.setPlaceholderText(
            QCoreApplication.translate("Cleanup", "What was said, what was agreed")
        )
        self.outcome_edit.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Cleanup", "How"), self.kind_box)
        form.addRow(QCoreApplication.translate("Cleanup", "Outcome"), self.outcome_edit)
        self.body.addLayout(form)
        self.finish_layout()
        self.outcome_edit.setFocus()

    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def outcome(self) -> str:
        return self.outcome_edit.toPlainText().strip()


class FillInDialog(_Dialog):
    """The deal's value and expected close."""

    def __init__(
        self, value: Decimal, close: date | None, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("Cleanup", "Fill in the deal"),
            parent,
            QCoreApplication.translate("Cleanup", "Save"),
        )
        self.value_edit = MoneyEdit(amount_text(value) if value > 0 else "")
        self.value_edit.setObjectName("fillValue")
        self.value_edit.setPlaceholderText(QCoreApplication.translate("Cleanup", "Amount"))
        start = close if close is not None and close >= today else today + timedelta(days=30)
        self.close_edit = _date_edit(start, today)
        self.close_edit.setObjectName("fillClose")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Cleanup", "Value"), self.value_edit)
        form.addRow(QCoreApplication.translate("Cleanup", "Expected close"), self.close_edit)
        self.body.addLayout(form)
        self.finish_layout()

    def accept(self) -> None:
        try:
            self.value()
        except ValidationError as exc:
            show_error(self, exc)
            return
        super().accept()

    def value(self) -> Decimal | None:
        text = self.value_edit.text().strip()
        return parse_amount(text) if text else None

    def expected_close(self) -> date:
        return pydate(self.close_edit.date())


class NoteDialog(_Dialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("Cleanup", "Add a note"),
            parent,
            QCoreApplication.translate("Cleanup", "Add note"),
        )
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("noteText")
        self.edit.setTabChangesFocus(True)
        self.body.addWidget(self.edit)
        self.finish_layout()
        self.edit.setFocus()

    def text(self) -> str:
        return self.edit.toPlainText().strip()
