"""The review, one deal at a time: progress on top, the deal's facts and
checklist on the left, the questions and decisions on the right.

Keyboard first: every decision has a key (shown on its button), Enter goes
to the next deal once the checklist allows, Esc leaves the review to resume
later. Each decision is one transaction through `funnel.cleanup.decisions`;
those that move the deal are one undo step (Ctrl+Z) on the window's stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
from funnel.cleanup.decision_log import DecisionResult, reapply_decision, revert_decision
from funnel.cleanup.review import ReviewStep, current_step, finish_review, waive
from funnel.deals.notes import add_note
from funnel.errors import FunnelError
from ui.cleanup.decision_panel import KEYS, DecisionPanel
from ui.cleanup.dialogs import (
    FillInDialog,
    LogContactDialog,
    NoteDialog,
)
from ui.cleanup.facts import FIX_KEYS, WAIVE_KEYS, FactsPanel
from ui.cleanup.review_decisions import DECISIONS, Decision, DecisionHost
from ui.cleanup.text import Cleanup, kind_name
from ui.cleanup.widgets import KeyButton, scaled_font
from ui.context import AppContext, Changes
from ui.i18n import number_text
from ui.lists.undo_bar import UndoBar
from ui.messages import show_error
from ui.operations.core import Op
from ui.operations.deals import DealActions, changes_of

FAILED = object()  # what `_write` returns when the service refused (the error was shown)


class ReviewView(DecisionHost):
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
        # The facts wrap to the panel's width; they never scroll sideways.
        facts_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        self.undo_bar = UndoBar(actions.ops.undo_stack, self)
        layout.addWidget(self.undo_bar)

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
    def _run(self, op: Op) -> object:
        """Through the operations door; the view reloads itself after, so its
        own announcement does not. FAILED when the service refused (shown)."""
        self._writing = True
        try:
            return self.deal_actions.ops.run(op)
        except FunnelError as exc:
            show_error(self, exc)
            return FAILED
        finally:
            self._writing = False

    def _write(self, fn: Callable, *args, changes: Changes | None = None, **kwargs):
        """A write that is not an undo step (a checklist fix, a waiver)."""
        return self._run(Op("", fn, args, kwargs, changes=changes or self._changes()))

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

    def decide(self, action: str) -> None:
        """A key of the decision panel: its row in `DECISIONS`, confirmed or
        asked first if it needs it, then done as one transaction."""
        step, decision = self.step, DECISIONS.get(action)
        if step is None or self.dialog is not None or decision is None:
            return
        if not decision.applies(step.facts):
            return
        question = decision.confirm(self, step.facts) if decision.confirm else None
        if question is not None:
            self._open(question, lambda: self._ask(decision, step, question))
            return
        self._ask(decision, step)

    def _ask(self, decision: Decision, step: ReviewStep, question=None) -> None:
        if decision.ask is None:  # the confirming question carries the answers, if any
            self._decided(decision, step, question)
            return
        dialog = decision.ask(self, step.facts)
        if dialog is not None:
            self._open(dialog, lambda: self._decided(decision, step, dialog))

    def _decided(self, decision: Decision, step: ReviewStep, dialog) -> None:
        params = decision.params(self, step.facts, dialog)
        if params is None:
            return
        kwargs = {**params, "now": self.ctx.now(), "today": self.ctx.today()}
        said = decision.done().replace("%1", step.facts.title)
        if not decision.undoable:
            op = Op(said, decision.service, (step.item.id,), kwargs, changes=self._changes())
        else:  # one undo step: undo takes the decision back and returns the deal to the review
            op = Op(
                said,
                decision.service,
                (step.item.id,),
                kwargs,
                changes=self._decision_changes,
                undo=revert_decision,
                redo=reapply_decision if decision.moves else None,
                clock=True,
            )
        result = self._run(op)
        self._after(result)
        if result is not FAILED:
            self.undo_bar.show_step(said, undoable=decision.undoable)

    @staticmethod
    def _decision_changes(result: DecisionResult) -> Changes:
        # From the result, not the deal on screen: an undo may come much later.
        moved = changes_of(result.moves)
        deals = moved.deals | ({result.deal_id} if result.deal_id is not None else set())
        return Changes(deals=frozenset(deals), pipelines=moved.pipelines, activities=True)

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
                "%n deal(s) are still to decide. Finished now, the review is partial "
                "and this week's clean-up stays due (K skips a deal on purpose). "
                "Finish anyway?",
                None,
                left,
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
