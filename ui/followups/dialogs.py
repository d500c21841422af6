"""Adding or editing a follow-up, and marking one done.

`ActivityDialog`: kind, subject, due date and optional time, repeat (every
week on the due weekday, every month on its day, every year on its date or on
the client's birthday, or an RFC 5545 rule typed in), notes.

`DoneDialog`: two steps, both answered with Enter. First the outcome; then
the next step, pre-filled from `funnel.followups.activities.suggest_next_step` —
Enter schedules it, Esc finishes without one. A recurring follow-up says when
its next occurrence is instead (finishing creates it).

Both dialogs write when accepted and stay open on a refused value, saying why.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from funnel.customers.clients import get_client
from funnel.deals.service import get_deal
from funnel.errors import FunnelError, ValidationError
from funnel.followups.activities import (
    ACTIVITY_KINDS,
    ActivityRow,
    NextStepSuggestion,
    get_activity,
    suggest_next_step,
)
from funnel.followups.recurrence import (
    birthday_rule,
    monthly_rule,
    next_birthday,
    next_occurrence,
    normalize_rule,
    validate_rule,
    weekly_rule,
    yearly_rule,
)
from ui.board.delegate import STALLED, ink
from ui.context import AppContext
from ui.customers.outcome import campaign_outcome_box
from ui.followups.format import date_edit_format, kind_name, relative_day, weekday_date
from ui.i18n import qdate
from ui.messages import error_text
from ui.operations.activities import ActivityActions, Finished, NewActivity

DEFAULT_TIME = QTime(10, 0)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _error_label() -> QLabel:
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


# --- adding and editing -----------------------------------------------------------

NO_REPEAT, WEEKLY, MONTHLY, YEARLY, BIRTHDAY, CUSTOM = (
    "none", "weekly", "monthly", "yearly", "birthday", "custom",
)  # fmt: skip


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
        self.actions = actions
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
        self.error_label = _error_label()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.fields)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        today = ctx.today()
        if activity is not None:
            self.fields.set_values(
                activity.kind, activity.subject, activity.due_date, activity.due_time
            )
            self.notes_edit.setPlainText(activity.notes)
        else:
            self.fields.set_values("call", "", today, None)
        self._fill_repeats()
        self._choose_rule(activity.rrule if activity else None)
        self.fields.date_edit.dateChanged.connect(lambda _d: self._fill_repeats())
        self.repeat_box.currentIndexChanged.connect(self._repeat_chosen)
        self.fields.subject_edit.setFocus()

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
                self.activity_id = self.actions.add(
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
                self.actions.update(
                    self.activity.id,
                    self.deal_id,
                    kind=fields.kind(),
                    subject=fields.subject(),
                    due_date=fields.due_date(),
                    due_time=fields.due_time(),
                    notes=self.notes_edit.toPlainText().strip(),
                    rrule=rule,
                )
        except FunnelError as exc:
            self.show_error(exc)
            return
        super().accept()


def _day_month(day: date) -> str:
    pattern = QCoreApplication.translate("Followups", "d MMMM", "day and month: 23 November")
    return QLocale().toString(qdate(day), pattern)


# --- marking done -----------------------------------------------------------------


class DoneDialog(QDialog):
    """Finish a follow-up: the outcome, then the next step (Enter, Enter)."""

    def __init__(
        self,
        ctx: AppContext,
        actions: ActivityActions,
        activity_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("doneDialog")
        self.ctx = ctx
        self.actions = actions
        self.activity: ActivityRow = ctx.read(get_activity, activity_id)
        self.suggestion: NextStepSuggestion = ctx.read(
            suggest_next_step, activity_id, today=ctx.today()
        )
        self.result_: Finished | None = None
        self.setWindowTitle(self.tr("Mark done"))
        self.setMinimumWidth(480)
        today = ctx.today()
        a = self.activity

        heading = QLabel(a.subject)
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        bold = QFont(heading.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        heading.setFont(bold)
        about = [kind_name(a.kind), relative_day(a.due_date, today)]
        about += [x for x in (a.deal, a.client) if x]
        context = QLabel(" · ".join(about))
        context.setObjectName("context")
        context.setWordWrap(True)

        # Step 1: the outcome.
        self.outcome_edit = QLineEdit()
        self.outcome_edit.setObjectName("outcome")
        self.outcome_edit.setPlaceholderText(self.tr("What came of it? (optional)"))
        step1 = QWidget()
        form1 = QFormLayout(step1)
        form1.setContentsMargins(0, 0, 0, 0)
        form1.addRow(self.tr("Outcome"), self.outcome_edit)
        self.campaign_box = campaign_outcome_box(ctx, activity_id, form1)
        hint1 = QLabel(self.tr("Enter: on to the next step · Esc: cancel"))
        hint1.setEnabled(False)
        form1.addRow("", hint1)

        # Step 2: the next step.
        step2 = QWidget()
        step2_layout = QVBoxLayout(step2)
        step2_layout.setContentsMargins(0, 0, 0, 0)
        self.next_title = QLabel(self.tr("Next step"))
        self.next_title.setFont(bold)
        step2_layout.addWidget(self.next_title)
        self.recurring_label = QLabel()
        self.recurring_label.setObjectName("recurringLabel")
        self.recurring_label.setWordWrap(True)
        step2_layout.addWidget(self.recurring_label)
        self.also_box = QCheckBox(self.tr("Also schedule a next step"))
        self.also_box.setObjectName("alsoNextStep")
        step2_layout.addWidget(self.also_box)
        self.next_fields = ActivityFields()
        s = self.suggestion
        self.next_fields.set_values(s.kind, s.subject, s.due_date, s.due_time)
        step2_layout.addWidget(self.next_fields)
        self.hint2 = QLabel(self.tr("Enter: schedule it · Esc: finish without a next step"))
        self.hint2.setEnabled(False)
        step2_layout.addWidget(self.hint2)
        self._show_recurrence(today)

        self.steps = QStackedWidget()
        self.steps.addWidget(step1)
        self.steps.addWidget(step2)
        # The first step is one line: do not leave room for the second one.
        step2.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.error_label = _error_label()

        self.buttons = QDialogButtonBox()
        self.back_button = QPushButton(self.tr("Cancel"))
        self.forward_button = QPushButton(self.tr("Done"))
        self.forward_button.setObjectName("forwardButton")
        self.back_button.setObjectName("backButton")
        self.buttons.addButton(self.forward_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.forward_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(context)
        layout.addSpacing(4)
        layout.addWidget(self.steps)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.outcome_edit.setFocus()

    def _show_recurrence(self, today: date) -> None:
        a = self.activity
        recurring = bool(a.rrule)
        self.recurring_label.setVisible(recurring)
        self.also_box.setVisible(recurring)
        if recurring:
            following = next_occurrence(
                a.rrule or "", start=a.rrule_start or a.due_date, after=a.due_date, not_before=today
            )
            if following is None:
                text = self.tr("This was the last time it repeats.")
            else:
                text = self.tr("It repeats: the next one is created for %1.").replace(
                    "%1", weekday_date(following, today)
                )
            self.recurring_label.setText(text)
            self.also_box.setChecked(False)
            self.next_fields.setEnabled(False)
            self.also_box.toggled.connect(self.next_fields.setEnabled)
            self.hint2.setText(self.tr("Enter: finish · Esc: finish"))

    def on_next_step(self) -> bool:
        return self.steps.currentIndex() == 1

    def _go_to_next_step(self) -> None:
        self.steps.widget(0).setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.steps.widget(1).setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred
        )
        self.steps.setCurrentIndex(1)
        self.adjustSize()
        recurring = bool(self.activity.rrule)
        self.forward_button.setText(self.tr("Finish") if recurring else self.tr("Schedule"))
        self.back_button.setText(self.tr("Skip"))
        self.back_button.setToolTip(self.tr("Finish without a next step (Esc)"))
        if self.next_fields.isEnabled():
            self.next_fields.subject_edit.setFocus()
            self.next_fields.subject_edit.selectAll()
        else:
            self.forward_button.setFocus()

    def _next_step(self) -> NextStepSuggestion | None:
        if not self.next_fields.isEnabled():
            return None
        f = self.next_fields
        if not f.subject():
            raise ValidationError("An activity needs a subject: what is to be done?")
        return NextStepSuggestion(
            kind=f.kind(),
            subject=f.subject(),
            due_date=f.due_date(),
            due_time=f.due_time(),
            deal_id=self.suggestion.deal_id,
            client_id=self.suggestion.client_id,
            owner_id=self.suggestion.owner_id,
        )

    def _finish(self, with_next_step: bool) -> bool:
        try:
            step = self._next_step() if with_next_step else None
            self.result_ = self.actions.finish(
                self.activity.id,
                outcome=self.outcome_edit.text().strip() or None,
                next_step=step,
                deal_id=self.activity.deal_id,
                campaign_status=self.campaign_box.currentData() if self.campaign_box else None,
            )
        except FunnelError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return False
        return True

    def accept(self) -> None:
        if not self.on_next_step():
            self._go_to_next_step()
            return
        if self._finish(with_next_step=True):
            super().accept()

    def reject(self) -> None:
        """Esc on the outcome cancels; on the next step it finishes without one."""
        if self.on_next_step():
            if self._finish(with_next_step=False):
                super().accept()
            return
        super().reject()
