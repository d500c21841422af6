"""What the deal card does besides editing its fields: moves (each one undo
step through the window's `DealActions`), notes, activities (adding one is an
undo step, as from Today) and parking. Each goes through the operations door;
the card reloads itself after, not on its own announcement."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
)

from funnel.deals.details import CardChoices, DealDetails
from funnel.deals.notes import add_note
from funnel.errors import FunnelError
from funnel.store.models import PipelineKind
from ui.context import AppContext, Changes
from ui.deal_card.activities import ActivitiesPanel
from ui.deal_card.form import DealForm
from ui.deal_card.notes import NotesPanel
from ui.deals.closing import followups_of, lost_dialog, won_dialog
from ui.deals.lost_reason_dialog import ArchiveDialog
from ui.deals.park_dialog import ParkDialog, ask_park
from ui.followups.done_dialog import DoneDialog
from ui.messages import show_error
from ui.operations.activities import ActivityActions, NewActivity
from ui.operations.core import Op, run_op
from ui.operations.deals import DealActions

if TYPE_CHECKING:  # to the type checker, the QDialog it is mixed into
    _Base = QDialog
else:
    _Base = object


class CardActions(_Base):
    """Mixed into `DealCard`, whose form, panels and loading it uses."""

    ctx: AppContext
    deal_actions: DealActions
    activity_actions: ActivityActions
    form: DealForm
    notes: NotesPanel
    activities: ActivitiesPanel
    park_dialog: ParkDialog | None
    done_dialog: DoneDialog | None
    _deal_id: int | None
    _details: DealDetails | None
    _choices: CardChoices | None

    if TYPE_CHECKING:

        def _own_write(self) -> AbstractContextManager[None]: ...
        def _load(self, *, fill_form: bool) -> bool: ...
        def is_dirty(self) -> bool: ...
        def save(self) -> bool: ...

    # moves (undoable, through the window's actions) -----------------------------
    def _act(self, fn) -> None:
        try:
            with self._own_write():
                fn()
        except FunnelError as exc:
            show_error(self, exc)
        self._load(fill_form=not self.is_dirty())

    def _stage_chosen(self, index: int) -> None:
        stage_id = self.form.stage_box.itemData(index)
        deal = self._details.deal if self._details else None
        if deal is None or stage_id is None:
            return
        # Reopen, bring back from Future sales or move: the service decides.
        self._act(lambda: self.deal_actions.change_stage(deal.id, stage_id))

    def _is_parked(self, pipeline_id: int) -> bool:
        assert self._choices is not None
        kinds = {p.id: p.kind for p in self._choices.pipelines}
        return kinds.get(pipeline_id) == PipelineKind.FUTURE

    def _win(self) -> None:
        if self._deal_id is None:
            return
        deal_id = self._deal_id
        dialog = won_dialog(self.ctx, [deal_id], self.form.title_edit.text().strip(), self)
        if dialog is None:
            self._act(lambda: self.deal_actions.win(deal_id))
        elif dialog.exec() == QDialog.DialogCode.Accepted:
            reason, followups = dialog.reason(), dialog.followups()
            self._act(lambda: self.deal_actions.win(deal_id, reason, followups))

    def _lose(self) -> None:
        if self._deal_id is None:
            return
        deal_id = self._deal_id
        dialog = lost_dialog(self.ctx, [deal_id], self.form.title_edit.text().strip(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            reason, followups = dialog.reason(), dialog.followups()
            self._act(lambda: self.deal_actions.lose(deal_id, reason, followups))

    def _archive(self) -> None:
        if self._deal_id is None:
            return
        deal_id = self._deal_id
        count = followups_of(self.ctx, [deal_id])
        if not count:
            self._act(lambda: self.deal_actions.archive(deal_id))
            return
        dialog = ArchiveDialog(self.form.title_edit.text().strip(), 1, count, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            followups = dialog.followups()
            self._act(lambda: self.deal_actions.archive(deal_id, followups))

    def _reopen(self) -> None:
        if self._deal_id is not None:
            deal_id = self._deal_id
            self._act(lambda: self.deal_actions.reopen(deal_id))

    # notes and activities ---------------------------------------------------------
    def _write(self, fn: Callable[[], object]) -> bool:
        try:
            with self._own_write():
                fn()
        except FunnelError as exc:
            show_error(self, exc)
            return False
        self._load(fill_form=not self.is_dirty())
        return True

    def _add_note(self, text: str) -> None:
        deal_id = self._deal_id
        if deal_id is None:
            return
        op = Op(
            "",
            add_note,
            kwargs={"body": text, "deal_id": deal_id, "now": self.ctx.now()},
            changes=Changes(deals=frozenset({deal_id}), activities=True),
        )
        if self._write(lambda: run_op(self.ctx, op)):
            self.notes.clear_input()

    def _add_activity(self, kind: str, subject: str, due_date, due_time: time | None) -> None:
        """One undo step, as when added from Today."""
        if self._deal_id is None:
            return
        new = NewActivity(kind, subject, due_date, due_time, deal_id=self._deal_id)
        if self._write(lambda: self.activity_actions.add(new)):
            self.activities.clear_form()

    def _complete_activity(self, activity_id: int) -> None:
        """The outcome, then the next step pre-filled (Enter, Enter); one undo step."""
        try:
            dialog = DoneDialog(self.ctx, self.activity_actions, activity_id, self)
        except FunnelError as exc:
            show_error(self, exc)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.done_dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "done_dialog", None))
        dialog.open()

    def _snooze_activity(self, activity_id: int, choice: str) -> None:
        try:
            self.activity_actions.snooze(activity_id, choice, deal_id=self._deal_id)
        except FunnelError as exc:
            show_error(self, exc)

    # parking ----------------------------------------------------------------------
    def _park(self) -> None:
        if self._deal_id is None or (self.is_dirty() and not self.save()):
            return
        dialog = ask_park(self.ctx, self.deal_actions, self._deal_id, self)
        if dialog is not None:
            self.park_dialog = dialog
            dialog.destroyed.connect(lambda *_: setattr(self, "park_dialog", None))

    def _back_to_pipeline(self) -> None:
        """Back to the stage it was parked from (another stage: choose it in Stage)."""
        if self._deal_id is not None:
            deal_id = self._deal_id
            self._act(lambda: self.deal_actions.unpark(deal_id))
