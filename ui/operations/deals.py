"""Named user actions on deals, each one undoable step on the window's undo stack.

Like Anki's operations: every action calls one `funnel` service in one
transaction, records how to undo it, and announces what changed so each
screen refreshes only what it shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from funnel.pipeline import moves, undo
from funnel.pipeline.moves import MoveResult
from ui.context import AppContext, Changes


class Actions(QObject):
    """The translation context "Actions". Texts with a count are written
    `Actions.tr("…%n…", None, n)`: lupdate reads the count (and so the plural
    forms) of tr() calls only, not of QCoreApplication.translate(…, n)."""


def changes_of(results: list[MoveResult]) -> Changes:
    return Changes(
        deals=frozenset(r.deal_id for r in results),
        pipelines=frozenset(p for r in results for p in r.pipelines),
        activities=True,
    )


class MoveCommand(QUndoCommand):
    """A move already done; undo reverts it, redo applies it again."""

    def __init__(self, ctx: AppContext, results: list[MoveResult], text: str) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._results = results
        self._done = True

    def redo(self) -> None:
        if self._done:  # QUndoStack.push calls redo(); the move already happened
            return
        self._results = self._ctx.write(
            lambda s: [undo.reapply_move(s, r) for r in self._results],
            changes=changes_of(self._results),
        )
        self._done = True

    def undo(self) -> None:
        self._ctx.write(
            lambda s: [undo.revert_move(s, r) for r in reversed(self._results)],
            changes=changes_of(self._results),
        )
        self._done = False


class DealActions:
    """The deal actions of one window, sharing its undo stack."""

    def __init__(self, ctx: AppContext, undo_stack: QUndoStack) -> None:
        self.ctx = ctx
        self.undo_stack = undo_stack

    def _do(self, text: str, fn: Callable[..., list[MoveResult]]) -> list[MoveResult]:
        results = self.ctx.write(fn, changes=Changes())  # announced below, with details
        if results:
            self.undo_stack.push(MoveCommand(self.ctx, results, text))
            self.ctx.changed.emit(changes_of(results))
        return results

    def move(self, deal_ids: list[int], stage_id: int) -> list[MoveResult]:
        now = self.ctx.now()
        if len(deal_ids) == 1:
            return self._do(
                QCoreApplication.translate("Actions", "Move deal"),
                lambda s: [moves.move_deal(s, deal_ids[0], stage_id, now=now)],
            )
        return self._do(
            Actions.tr("Move %n deal(s)", None, len(deal_ids)),
            lambda s: moves.move_deals(s, deal_ids, stage_id, now=now),
        )

    def win(self, deal_id: int) -> list[MoveResult]:
        now, today = self.ctx.now(), self.ctx.today()
        return self._do(
            QCoreApplication.translate("Actions", "Mark deal won"),
            lambda s: [moves.win_deal(s, deal_id, now=now, today=today)],
        )

    def lose(self, deal_id: int, reason: str) -> list[MoveResult]:
        now = self.ctx.now()
        return self._do(
            QCoreApplication.translate("Actions", "Mark deal lost"),
            lambda s: [moves.lose_deal(s, deal_id, reason=reason, now=now)],
        )

    def archive(self, deal_id: int) -> list[MoveResult]:
        now = self.ctx.now()
        return self._do(
            QCoreApplication.translate("Actions", "Archive deal"),
            lambda s: [moves.archive_deal(s, deal_id, now=now)],
        )

    def reopen(self, deal_id: int, stage_id: int | None = None) -> list[MoveResult]:
        now = self.ctx.now()
        return self._do(
            QCoreApplication.translate("Actions", "Reopen deal"),
            lambda s: [moves.reopen_deal(s, deal_id, now=now, stage_id=stage_id)],
        )

    def push_results(self, results: list[MoveResult], text: str) -> None:
        """Record a move done by another service (e.g. parking) as one undo step."""
        if results:
            self.undo_stack.push(MoveCommand(self.ctx, results, text))
            self.ctx.changed.emit(changes_of(results))
