"""Marking a follow-up done: two steps, both answered with Enter. First the
outcome; then the next step, pre-filled from
`funnel.followups.activities.suggest_next_step` — Enter schedules it, Esc
finishes without one. A recurring follow-up says when its next occurrence is
instead (finishing creates it). Finishing is one undo step
(`ActivityActions.finish`); the dialog stays open on a refused value, saying why.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from funnel.errors import FunnelError, ValidationError
from funnel.followups.activities import NextStepSuggestion, suggest_next_step
from funnel.followups.activity_list import ActivityRow, get_activity
from funnel.followups.recurrence import (
    next_occurrence,
)
from ui.context import AppContext
from ui.customers.outcome import campaign_outcome_box
from ui.followups.fields import ActivityFields, error_label
from ui.followups.format import kind_name, relative_day, weekday_date
from ui.messages import error_text
from ui.operations.activities import ActivityActions, Finished

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
        self.activity_actions = actions
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
        self.error_label = error_label()

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

    def showEvent(self, event: QShowEvent) -> None:
        # Opened from a card or a list with open(): take the keyboard, so the
        # Enter the hints promise reaches this dialog and not the window behind.
        super().showEvent(event)
        self.activateWindow()
        self.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter schedules from wherever the focus is on the page (a field, the
        # kind box, the date, a button), as the hint says.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            event.accept()
            self.accept()
            return
        super().keyPressEvent(event)

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
        self.activateWindow()
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
            self.result_ = self.activity_actions.finish(
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
