"""The review, one deal at a time: progress on top, the deal's facts and
checklist on the left, the questions and decisions on the right.

Keyboard first: every decision has a key (shown on its button), Enter goes
to the next deal once the checklist allows, Esc leaves the review to resume
later. Each decision is one transaction through `funnel.cleanup.decisions`;
those that move the deal are one undo step (Ctrl+Z) on the window's stack.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from funnel.cleanup import decisions, fixes
from funnel.cleanup.checklist import CheckKey
from funnel.cleanup.review import ReviewStep, current_step, finish_review, waive
from funnel.deals.notes import add_note
from funnel.errors import FunnelError
from funnel.pipeline.lost_reasons import list_lost_reasons
from funnel.pipeline.pipelines import get_pipeline
from ui.cleanup.commands import DecisionCommand
from ui.cleanup.decision_panel import KEYS, DecisionPanel
from ui.cleanup.dialogs import (
    FillInDialog,
    LogContactDialog,
    NextStepDialog,
    NoteDialog,
    ParkDateDialog,
    StageDialog,
    TemperatureDialog,
)
from ui.cleanup.facts import FIX_KEYS, WAIVE_KEYS, FactsPanel
from ui.cleanup.silent_dialog import SilentLeadDialog
from ui.cleanup.text import Cleanup, kind_name
from ui.cleanup.widgets import KeyButton, scaled_font
from ui.context import AppContext, Changes
from ui.deals.lost_reason_dialog import LostReasonDialog
from ui.i18n import number_text
from ui.messages import show_error
from ui.operations.deals import DealActions, changes_of

PARK_MONTHS = {"park_1": 1, "park_3": 3, "park_6": 6}
FAILED = object()  # what `_write` returns when the service refused (the error was shown)


class ReviewView(QWidget):
    left = Signal()  # the person left the review, to come back later
    finished = Signal(int)  # review id: show its summary
    open_deal_requested = Signal(int, list)

    def __init__(self, ctx: AppContext, actions: DealActions, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewView")
        self.ctx = ctx
        self.deal_actions = actions
        self.review_id: int | None = None
        self.step: ReviewStep | None = None
        self.dialog: QWidget | None = None  # the dialog a decision opened, if any
        self._writing = False

        title = QLabel(QCoreApplication.translate("Cleanup", "Weekly clean-up"))
        title.setFont(scaled_font(self, 1.15, bold=True))
        self.progress_label = QLabel()
        self.progress_label.setObjectName("reviewProgress")
        self.progress_label.setFont(scaled_font(self, 1.15, bold=True))
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(6)
        self.progress_bar.setMaximumWidth(260)
        self.open_button = KeyButton(QCoreApplication.translate("Cleanup", "Open deal"), "O")
        self.open_button.setObjectName("openDeal")
        self.leave_button = KeyButton(QCoreApplication.translate("Cleanup", "Leave"), "Esc")
        self.leave_button.setObjectName("leaveReview")
        self.finish_button = KeyButton(
            QCoreApplication.translate("Cleanup", "Finish review"), "Ctrl+Return"
        )
        self.finish_button.setObjectName("finishReview")
        self.open_button.clicked.connect(self.open_deal)
        self.leave_button.clicked.connect(self.left.emit)
        self.finish_button.clicked.connect(self.finish_early)
        progress = QHBoxLayout()
        progress.setSpacing(10)
        progress.addWidget(self.progress_label)
        progress.addWidget(self.progress_bar)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(title)
        top.addStretch(1)
        top.addLayout(progress)
        top.addStretch(1)
        top.addWidget(self.open_button)
        top.addWidget(self.leave_button)
        top.addWidget(self.finish_button)

        self.facts = FactsPanel()
        self.facts.fix_requested.connect(self.fix)
        self.facts.waive_requested.connect(self.set_waived)
        self.facts.demotion_answered.connect(self.answer_demotion)
        facts_scroll = QScrollArea()
        facts_scroll.setWidget(self.facts)
        facts_scroll.setWidgetResizable(True)
        facts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.decisions = DecisionPanel()
        self.decisions.decision_requested.connect(self.decide)
        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Sunken)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addWidget(facts_scroll, 11)
        body.addWidget(divider)
        body.addWidget(self.decisions, 9)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 18)
        layout.setSpacing(14)
        layout.addLayout(top)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(rule)
        layout.addLayout(body, 1)

        self._shortcuts()
        ctx.changed.connect(self._on_changed)

    # --- keys ----------------------------------------------------------------------------
    def _shortcut(self, key: str, slot: Callable[[], None]) -> None:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def _shortcuts(self) -> None:
        for action, key in KEYS.items():
            self._shortcut(key, lambda a=action: self.decide(a))
        self._shortcut("Enter", lambda: self.decide("keep"))  # the keypad's Enter
        for check, key in FIX_KEYS.items():
            if check != CheckKey.NEXT_STEP:  # N is the next-step decision already
                self._shortcut(key, lambda c=check: self.fix(c.value))
        for check, key in WAIVE_KEYS.items():
            self._shortcut(key, lambda c=check: self.toggle_waiver(c))
        self._shortcut("D", lambda: self.answer_demotion(True))
        self._shortcut("R", lambda: self.answer_demotion(False))
        self._shortcut("O", self.open_deal)
        self._shortcut("Esc", self.left.emit)
        self._shortcut("Ctrl+Return", self.finish_early)

    # --- showing -------------------------------------------------------------------------
    def start(self, review_id: int) -> None:
        self.review_id = review_id
        self.reload()
        self.setFocus()

    def reload(self) -> None:
        """Show the first deal still to decide; finish when none is left."""
        if self.review_id is None:
            return
        step = self.ctx.read(current_step, self.review_id, today=self.ctx.today())
        if step is None:
            self.step = None
            self._finish()
            return
        self.show_step(step)

    def show_step(self, step: ReviewStep) -> None:
        self.step = step
        facts = step.facts
        self.progress_label.setText(
            QCoreApplication.translate("Cleanup", "%1 / %2")
            .replace("%1", number_text(step.number))
            .replace("%2", number_text(step.total))
        )
        self.progress_bar.setRange(0, max(step.total, 1))
        self.progress_bar.setValue(step.number - 1)
        self.facts.show_facts(facts, self.ctx.today())
        self.decisions.set_state(
            can_leave=facts.checklist.complete,
            has_client=facts.client_id is not None,
            parked=facts.parked,
        )
        self.decisions.buttons["archive"].set_default(bool(facts.silent and facts.silent.due))

    def _on_changed(self, _changes: Changes) -> None:
        # Another window (the deal card, Ctrl+Z) changed something: show it.
        if not self._writing and self.isVisible() and self.review_id is not None:
            self.reload()

    # --- writing -------------------------------------------------------------------------
    def _write(self, fn: Callable, *args, changes: Changes | None = None, **kwargs):
        self._writing = True
        try:
            return self.ctx.write(fn, *args, changes=changes or self._changes(), **kwargs)
        except FunnelError as exc:
            show_error(self, exc)
            return FAILED
        finally:
            self._writing = False

    def _changes(self) -> Changes:
        facts = self.step.facts if self.step else None
        return Changes(
            deals=frozenset({facts.deal_id}) if facts else frozenset(),
            pipelines=frozenset({facts.pipeline_id}) if facts else frozenset(),
            clients=frozenset({facts.client_id}) if facts and facts.client_id else frozenset(),
            activities=True,
        )

    def _after(self, result) -> None:
        if result is not FAILED:
            self.reload()

    def _decide_move(self, text: str, fn: Callable, *args, **kwargs) -> None:
        """A decision that moves the deal: one undo step, announced like a move."""
        self._writing = True
        try:
            result = self.ctx.write(fn, *args, changes=Changes(), **kwargs)
        except FunnelError as exc:
            show_error(self, exc)
            return
        finally:
            self._writing = False
        if result.moves:
            self.deal_actions.undo_stack.push(DecisionCommand(self.ctx, result, text))
            self._writing = True
            try:
                self.ctx.changed.emit(changes_of(list(result.moves)))
            finally:
                self._writing = False
        self.reload()

    def decide(self, action: str) -> None:
        step = self.step
        if step is None or self.dialog is not None:
            return
        item_id, facts = step.item.id, step.facts
        today, now = self.ctx.today(), self.ctx.now()
        if action in ("call_today", "call_tomorrow"):
            on = today if action == "call_today" else today + timedelta(days=1)
            self._after(
                self._write(
                    decisions.schedule_call,
                    item_id,
                    on=on,
                    now=now,
                    today=today,
                    subject=QCoreApplication.translate("Cleanup", "Call"),
                )
            )
        elif action == "archive":
            self._decide_move(
                QCoreApplication.translate("Cleanup", "Archive deal"),
                decisions.archive,
                item_id,
                now=now,
                today=today,
            )
        elif action in PARK_MONTHS:
            self._park(months=PARK_MONTHS[action])
        elif action == "park_date":
            dialog = ParkDateDialog(today, self)
            self._open(dialog, lambda: self._park(until=dialog.until()))
        elif action == "next_step":
            dialog = NextStepDialog(today, self)
            self._open(
                dialog,
                lambda: self._after(
                    self._write(
                        decisions.set_next_step,
                        item_id,
                        kind=dialog.kind(),
                        subject=dialog.subject(),
                        on=dialog.due_date(),
                        at=dialog.due_time(),
                        now=self.ctx.now(),
                        today=today,
                    )
                ),
            )
        elif action == "move":
            self._move()
        elif action == "temperature":
            if facts.client_id is None:
                return
            dialog = TemperatureDialog(facts.temperature, self)
            self._open(
                dialog,
                lambda: self._after(
                    self._write(
                        decisions.change_temperature,
                        item_id,
                        dialog.temperature(),
                        now=self.ctx.now(),
                        today=today,
                    )
                ),
            )
        elif action == "won":
            self._decide_move(
                QCoreApplication.translate("Cleanup", "Mark deal won"),
                decisions.win,
                item_id,
                now=now,
                today=today,
            )
        elif action == "lost":
            reasons = self.ctx.read(list_lost_reasons)
            dialog = LostReasonDialog(reasons, facts.title, self)
            self._open(
                dialog,
                lambda: self._decide_move(
                    QCoreApplication.translate("Cleanup", "Mark deal lost"),
                    decisions.lose,
                    item_id,
                    reason=dialog.reason(),
                    now=self.ctx.now(),
                    today=today,
                ),
            )
        elif action == "silent":
            dialog = SilentLeadDialog(self.ctx, facts.deal_id, facts.title, self)
            self._open(dialog, lambda: self._send_silent(dialog))
        elif action == "keep" and facts.checklist.complete:
            self._after(self._write(decisions.keep, item_id, now=now, today=today))

    def _park(self, *, months: int | None = None, until=None) -> None:
        step = self.step
        if step is None:
            return
        self._decide_move(
            QCoreApplication.translate("Cleanup", "Park deal"),
            decisions.park,
            step.item.id,
            now=self.ctx.now(),
            today=self.ctx.today(),
            months=months,
            until=until,
            callback_subject=QCoreApplication.translate("Cleanup", "Call back"),
        )

    def _move(self) -> None:
        step = self.step
        if step is None:
            return
        facts = step.facts
        pipeline_id = facts.return_pipeline_id if facts.parked else facts.pipeline_id
        if pipeline_id is None:
            return
        try:
            pipeline = self.ctx.read(get_pipeline, pipeline_id)
        except FunnelError as exc:
            show_error(self, exc)
            return
        title = (
            QCoreApplication.translate("Cleanup", "Bring the deal back")
            if facts.parked
            else QCoreApplication.translate("Cleanup", "Move to stage")
        )
        current = None if facts.parked else facts.stage_id
        dialog = StageDialog(pipeline.stages, current, title, self)
        if facts.parked and facts.return_stage_id is not None:
            dialog.select(facts.return_stage_id)

        def accepted() -> None:
            stage_id = dialog.stage_id()
            if stage_id is not None:
                self._decide_move(
                    QCoreApplication.translate("Cleanup", "Move deal"),
                    decisions.move,
                    step.item.id,
                    stage_id,
                    now=self.ctx.now(),
                    today=self.ctx.today(),
                )

        self._open(dialog, accepted)

    def _send_silent(self, dialog: SilentLeadDialog) -> None:
        step = self.step
        if step is None:
            return
        if not QDesktopServices.openUrl(QUrl(dialog.url())):
            show_error(
                self,
                QCoreApplication.translate(
                    "Cleanup",
                    "No mail program opened the message; nothing was recorded. "
                    "Set a default mail program, or write to the client yourself.",
                ),
            )
            return
        self._after(
            self._write(
                decisions.silent_lead,
                step.item.id,
                subject=dialog.subject(),
                days=dialog.days(),
                now=self.ctx.now(),
                today=self.ctx.today(),
                task_subject=QCoreApplication.translate("Cleanup", "Archive unless they reply"),
            )
        )

    def _open(self, dialog, on_accept: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done(code: int) -> None:
            self.dialog = None
            if code == dialog.DialogCode.Accepted:
                on_accept()
            self.setFocus()

        dialog.finished.connect(done)
        dialog.open()
        dialog.activateWindow()  # its keys, not the review's, while it is up

    # --- the checklist ---------------------------------------------------------------------
    def fix(self, key: str) -> None:
        step = self.step
        if step is None or self.dialog is not None:
            return
        facts = step.facts
        item = facts.checklist.item(key)
        if item.held:
            return
        today = self.ctx.today()
        if key == CheckKey.NEXT_STEP:
            self.decide("next_step")
        elif key == CheckKey.NOTES:
            dialog = NoteDialog(self)
            self._open(
                dialog,
                lambda: self._after(
                    self._write(
                        add_note, body=dialog.text(), deal_id=facts.deal_id, now=self.ctx.now()
                    )
                ),
            )
        elif key == CheckKey.LOGGED:
            dialog = LogContactDialog(self)
            self._open(
                dialog,
                lambda: self._after(
                    self._write(
                        fixes.log_contact,
                        facts.deal_id,
                        kind=dialog.kind(),
                        subject=kind_name(dialog.kind()),
                        outcome=dialog.outcome(),
                        now=self.ctx.now(),
                        today=today,
                    )
                ),
            )
        elif key == CheckKey.FIELDS:
            dialog = FillInDialog(facts.value, facts.expected_close, today, self)
            self._open(
                dialog,
                lambda: self._after(
                    self._write(
                        fixes.fill_in,
                        facts.deal_id,
                        value=dialog.value(),
                        expected_close=dialog.expected_close(),
                    )
                ),
            )

    def toggle_waiver(self, key: CheckKey) -> None:
        step = self.step
        if step is None or self.dialog is not None:
            return
        item = step.facts.checklist.item(key)
        if item.held:
            return
        self.set_waived(key.value, not item.waived)

    def set_waived(self, key: str, waived: bool) -> None:
        step = self.step
        if step is None:
            return
        result = self._write(
            waive, step.item.id, key, today=self.ctx.today(), waived=waived, changes=Changes()
        )
        if result is not FAILED:
            self.show_step(result)

    def answer_demotion(self, accept: bool) -> None:
        step = self.step
        if step is None or self.dialog is not None or step.facts.demotion is None:
            return
        self._after(
            self._write(
                decisions.answer_demotion,
                step.item.review_id,
                step.facts.demotion.client_id,
                accept=accept,
                now=self.ctx.now(),
                item_id=step.item.id,
            )
        )

    # --- leaving and finishing -------------------------------------------------------------
    def open_deal(self) -> None:
        if self.step is not None:
            self.open_deal_requested.emit(self.step.facts.deal_id, [])

    def finish_early(self) -> None:
        step = self.step
        if self.review_id is None:
            return
        if step is not None:
            left = step.total - step.review.done
            # Worded apart from the title: lupdate reads a tr() after a translate()
            # in the same call as context "QCoreApplication.Cleanup".
            question = Cleanup.tr(
                "%n deal(s) are still to decide. Finish the review anyway?", None, left
            )
            title = QCoreApplication.translate("Cleanup", "Finish the review")
            answer = QMessageBox.question(self, title, question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._finish()

    def _finish(self) -> None:
        review_id = self.review_id
        if review_id is None:
            return
        done = self._write(
            finish_review,
            review_id,
            now=self.ctx.now(),
            today=self.ctx.today(),
            changes=Changes(activities=True),
        )
        if done is not FAILED:
            self.review_id = None
            self.finished.emit(review_id)
