"""A review decision that moved a deal, as one step on the window's undo stack:
undo takes the move back and returns the deal to the review."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from funnel.cleanup.decision_log import DecisionResult, reapply_decision, revert_decision
from ui.context import AppContext
from ui.operations.deals import changes_of


class DecisionCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, result: DecisionResult, text: str) -> None:
        super().__init__(text)
        self._ctx = ctx
        self.result = result
        self._done = True

    def redo(self) -> None:
        if self._done:  # QUndoStack.push calls redo(); the decision is already made
            return
        self.result = self._ctx.write(
            lambda s: reapply_decision(s, self.result, now=self._ctx.now()),
            changes=changes_of(list(self.result.moves)),
        )
        self._done = True

    def undo(self) -> None:
        self._ctx.write(
            lambda s: revert_decision(s, self.result, now=self._ctx.now()),
            changes=changes_of(list(self.result.moves)),
        )
        self._done = False
