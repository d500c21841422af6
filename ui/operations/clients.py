"""Merging duplicate clients as one undoable step.

Kept to one small command and one function in the shape of `DealActions`,
so it moves onto the shared operations layer (a service result with its
revert) without touching the screens that call it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from funnel.customers.merge import MergeResult, merge_clients, undo_merge
from ui.context import AppContext, Changes


def _changes(keep_id: int, other_ids: Sequence[int]) -> Changes:
    # Deals, activities and purchases changed hands: every screen may show them.
    return Changes(clients=frozenset({keep_id, *other_ids}), activities=True, everything=True)


class MergeCommand(QUndoCommand):
    """A merge already done; undo takes it back, redo merges again."""

    def __init__(
        self,
        ctx: AppContext,
        result: MergeResult,
        choices: Mapping[str, int],
        text: str,
        reason: str | None = None,
    ) -> None:
        super().__init__(text)
        self._ctx = ctx
        self.result = result
        self._choices = dict(choices)
        self._reason = reason
        self._done = True

    def redo(self) -> None:
        if self._done:  # QUndoStack.push calls redo(); the merge already happened
            return
        r = self.result
        self.result = self._ctx.write(
            merge_clients,
            r.survivor_id,
            list(r.merged_ids),
            choices=self._choices,
            now=self._ctx.now(),
            reason=self._reason,
            changes=_changes(r.survivor_id, r.merged_ids),
        )
        self._done = True

    def undo(self) -> None:
        r = self.result
        self._ctx.write(
            undo_merge,
            r.merge_id,
            now=self._ctx.now(),
            changes=_changes(r.survivor_id, r.merged_ids),
        )
        self._done = False


def merge(
    ctx: AppContext,
    undo_stack: QUndoStack,
    keep_id: int,
    other_ids: Sequence[int],
    choices: Mapping[str, int],
    *,
    reason: str | None = None,
) -> MergeResult:
    """Merge, in one transaction, and push the undo step. A FunnelError
    propagates with nothing written. `reason` (why they are duplicates) is
    kept with the merge."""
    result = ctx.write(
        merge_clients,
        keep_id,
        list(other_ids),
        choices=dict(choices),
        now=ctx.now(),
        reason=reason,
        changes=_changes(keep_id, other_ids),
    )
    text = QCoreApplication.translate("Actions", "Merge clients")
    undo_stack.push(MergeCommand(ctx, result, choices, text, reason))
    return result
