"""Adding or editing a follow-up (`ActivityDialog`): kind, subject, due date
and optional time, repeat (every week on the due weekday, every month on its
day, every year on its date or on the client's birthday, or an RFC 5545 rule
typed in), notes. It writes when accepted (adding is one undo step) and stays
open on a refused value, saying why. Marking one done: `ui.followups.done_dialog`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from funnel.customers.clients import get_client
from funnel.deals.service import get_deal
from funnel.errors import ChangedByOtherError, FunnelError, ValidationError
from funnel.followups.activity_list import ActivityRow, get_activity
from funnel.followups.recurrence import (
    birthday_rule,
    monthly_rule,
    next_birthday,
    normalize_rule,
    validate_rule,
    weekly_rule,
    yearly_rule,
)
from ui.context import AppContext
from ui.followups.fields import ActivityFields, error_label
from ui.i18n import qdate
from ui.messages import error_text
from ui.operations.activities import ActivityActions, NewActivity
from ui.team.conflict_bar import ConflictBar, FormVersion

NO_REPEAT, WEEKLY, MONTHLY, YEARLY, BIRTHDAY, CUSTOM = (
    "none", "weekly", "monthly", "yearly", "birthday", "custom",
)  # fmt: skip


def _day_month(day: date) -> str:
    pattern = QCoreApplication.translate("Followups", "d MMMM", "day and month: 23 November")
    return QLocale().toString(qdate(day), pattern)


class ActivityDialog(QDialog):
    """Add a follow-up to a deal or client (`activity=None`), or edit one."""

    def __init__(
        self,
        ctx: AppContext,
        actions: ActivityActions,
        *,
        deal_id: int | None = None,
        client_id: int | None = None,
        activity: ActivityRow | None = None,
        title: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activityDialog")
        self.ctx = ctx
        self.activity_actions = actions
        self.activity = activity
        self.deal_id = activity.deal_id if activity else deal_id
        self.client_id = activity.client_id if activity else client_id
        self.activity_id: int | None = activity.id if activity else None
        self._birthday = self._client_birthday()
        self.setWindowTitle(self.tr("Edit activity") if activity else self.tr("New activity"))
        self.setMinimumWidth(460)

        heading = QLabel(title or "")
        heading.setObjectName("heading")
        heading.setVisible(bool(title))
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)

        self.fields = ActivityFields()
        self.repeat_box = QComboBox()
        self.repeat_box.setObjectName("repeat")
        self.rule_edit = QLineEdit()
        self.rule_edit.setObjectName("rule")
        self.rule_edit.setPlaceholderText("FREQ=WEEKLY;BYDAY=MO,TH")
        self.rule_edit.setToolTip(
            self.tr("An RFC 5545 recurrence rule, as calendars write it, e.g. FREQ=WEEKLY;BYDAY=MO")
        )
        self.fields.form.addRow(self.tr("Repeat"), self.repeat_box)
        self.fields.form.addRow("", self.rule_edit)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setPlaceholderText(self.tr("Notes (optional)"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.fields.form.addRow(self.tr("Notes"), self.notes_edit)
        self.error_label = error_label()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.conflict_bar = ConflictBar()
        self.form_version = FormVersion(
            self.conflict_bar,
            current=lambda: self._current().version,
            reload=self.reload,
            save=self.accept,
        )

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.conflict_bar)
        layout.addWidget(self.fields)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._fill(activity)
        self.fields.date_edit.dateChanged.connect(lambda _d: self._fill_repeats())
        self.repeat_box.currentIndexChanged.connect(self._repeat_chosen)
        self.fields.subject_edit.setFocus()

    def _fill(self, activity: ActivityRow | None) -> None:
        if activity is not None:
            self.fields.set_values(
                activity.kind, activity.subject, activity.due_date, activity.due_time
            )
            self.notes_edit.setPlainText(activity.notes)
            self.form_version.loaded(activity.version)
        else:
            self.fields.set_values("call", "", self.ctx.today(), None)
        self._fill_repeats()
        self._choose_rule(activity.rrule if activity else None)

    def _current(self) -> ActivityRow:
        assert self.activity_id is not None
        return self.ctx.read(get_activity, self.activity_id)

    def reload(self) -> None:
        """The conflict bar's Reload: the follow-up as it is now; what was typed is dropped."""
        if self.activity_id is None:
            return
        self.error_label.hide()
        try:
            self.activity = self._current()
        except FunnelError as exc:  # deleted meanwhile
            self.show_error(exc)
            return
        self._fill(self.activity)

    def _client_birthday(self) -> date | None:
        """The birthday of the client the follow-up is about (via its deal)."""
        try:
            client_id = self.client_id
            if client_id is None and self.deal_id is not None:
                client_id = self.ctx.read(get_deal, self.deal_id, today=self.ctx.today()).client_id
            return self.ctx.read(get_client, client_id).birthday if client_id else None
        except FunnelError:
            return None

    # repeating -----------------------------------------------------------------
    def _fill_repeats(self) -> None:
        """The choices say the day they repeat on, which follows the due date."""
        due = self.fields.due_date()
        current = self.repeat_box.currentData() or NO_REPEAT
        weekday = QLocale().dayName(due.isoweekday(), QLocale.FormatType.LongFormat)
        items = [
            (NO_REPEAT, self.tr("Does not repeat")),
            (WEEKLY, self.tr("Every week on %1").replace("%1", weekday)),
            (MONTHLY, self.tr("Every month on day %1").replace("%1", str(due.day))),
            (YEARLY, self.tr("Every year on %1").replace("%1", _day_month(due))),
        ]
        if self._birthday is not None:
            items.append(
                (
                    BIRTHDAY,
                    self.tr("Every year on the client's birthday (%1)").replace(
                        "%1", _day_month(self._birthday)
                    ),
                )
            )
        items.append((CUSTOM, self.tr("Custom rule…")))
        self.repeat_box.blockSignals(True)
        self.repeat_box.clear()
        for value, text in items:
            self.repeat_box.addItem(text, value)
        self.repeat_box.setCurrentIndex(max(self.repeat_box.findData(current), 0))
        self.repeat_box.blockSignals(False)
        self._repeat_chosen()

    def _choose_rule(self, rule: str | None) -> None:
        """Show a stored rule as the choice that builds it, else as a custom rule."""
        rule = normalize_rule(rule)
        if rule is None:
            value = NO_REPEAT
        else:
            value = next(
                (v for v in (WEEKLY, MONTHLY, YEARLY, BIRTHDAY) if self._rule_for(v) == rule),
                CUSTOM,
            )
        index = self.repeat_box.findData(value)
        self.repeat_box.setCurrentIndex(index)
        if value == CUSTOM:
            self.rule_edit.setText(rule or "")
        self._repeat_chosen()

    def _repeat_chosen(self, *_args) -> None:
        choice = self.repeat_box.currentData()
        self.rule_edit.setVisible(choice == CUSTOM)
        if choice == BIRTHDAY and self._birthday is not None:
            # A birthday follow-up is due on the next birthday.
            self.fields.date_edit.blockSignals(True)
            self.fields.date_edit.setDate(qdate(next_birthday(self._birthday, self.ctx.today())))
            self.fields.date_edit.blockSignals(False)

    def _rule_for(self, choice: str | None) -> str | None:
        due = self.fields.due_date()
        if choice == WEEKLY:
            return weekly_rule(due.weekday())
        if choice == MONTHLY:
            return monthly_rule(due.day)
        if choice == YEARLY:
            return yearly_rule(due.month, due.day)
        if choice == BIRTHDAY and self._birthday is not None:
            return birthday_rule(self._birthday)
        if choice == CUSTOM:
            return normalize_rule(self.rule_edit.text())
        return None

    def rule(self) -> str | None:
        return self._rule_for(self.repeat_box.currentData())

    # saving ----------------------------------------------------------------------
    def show_error(self, error: Exception | str) -> None:
        self.error_label.setText(error_text(error))
        self.error_label.show()

    def accept(self) -> None:
        fields = self.fields
        try:
            if not fields.subject():
                raise ValidationError("An activity needs a subject: what is to be done?")
            rule = self.rule()
            if self.repeat_box.currentData() == CUSTOM:
                if rule is None:
                    raise ValidationError(
                        "Write the recurrence rule, such as FREQ=WEEKLY;BYDAY=MO, "
                        "or choose how it repeats."
                    )
                # Checked as typed, so the message quotes the person's own words.
                rule = validate_rule(self.rule_edit.text(), start=fields.due_date())
            if self.activity is None:
                self.activity_id = self.activity_actions.add(
                    NewActivity(
                        kind=fields.kind(),
                        subject=fields.subject(),
                        due_date=fields.due_date(),
                        due_time=fields.due_time(),
                        deal_id=self.deal_id,
                        client_id=self.client_id,
                        notes=self.notes_edit.toPlainText().strip(),
                        rrule=rule,
                    )
                )
            else:
                self.activity_actions.update(
                    self.activity.id,
                    self.deal_id,
                    kind=fields.kind(),
                    subject=fields.subject(),
                    due_date=fields.due_date(),
                    due_time=fields.due_time(),
                    notes=self.notes_edit.toPlainText().strip(),
                    rrule=rule,
                    expected_version=self.form_version.shown,
                )
        except ChangedByOtherError as exc:
            self.form_version.refused(exc)  # stays open with what was typed
            return
        except FunnelError as exc:
            self.show_error(exc)
            return
        super().accept()
