"""Named user actions on deals, each one undoable step on the window's undo stack.

Like Anki's operations: every action calls one `funnel` service through the
operations door (`ui.operations.core`), which runs it in one transaction,
records how to undo it, and announces what changed so each screen refreshes
only what it shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoStack

from funnel.deals.handover import HandOver, hand_over_deals, undo_hand_over_deals
from funnel.followups.cancelling import DEFAULT_CHOICE, FollowupChoice
from funnel.pipeline import moves, undo
from funnel.pipeline.moves import MoveResult
from funnel.pipeline.parking import park_deal, unpark_deal
from funnel.pipeline.stage_change import change_stage, reapply_moves, revert_moves
from funnel.store.models import ChangeKind
from ui.context import AppContext, Changes
from ui.operations.core import Op, Operations

Choice = FollowupChoice | str


class Actions(QObject):
    """The translation context "Actions". Texts with a count are written
    `Actions.tr("…%n…", None, n)`: lupdate reads the count (and so the plural
    forms) of tr() calls only, not of QCoreApplication.translate(…, n)."""


def changes_of(results: Sequence[MoveResult]) -> Changes:
    return Changes(
        deals=frozenset(r.deal_id for r in results),
        pipelines=frozenset(p for r in results for p in r.pipelines),
        activities=True,
    )


def move_op(text: str, fn, *args, **kwargs) -> Op[MoveResult]:
    """One move by a `funnel.pipeline` service, undone by `revert_move`."""
    return Op(
        text,
        fn,
        args,
        kwargs,
        changes=lambda r: changes_of([r]),
        undo=undo.revert_move,
        redo=undo.reapply_move,
    )


def _stage_change_text(result: MoveResult | None) -> str:
    kind = result.kind if result else None
    if kind == ChangeKind.REOPENED:
        return QCoreApplication.translate("Actions", "Reopen deal")
    if kind == ChangeKind.UNPARKED:
        return QCoreApplication.translate("Parking", "Bring deal back")
    return QCoreApplication.translate("Actions", "Move deal")


class DealActions:
    """The deal actions of one window, sharing its undo stack."""

    def __init__(self, ctx: AppContext, undo_stack: QUndoStack) -> None:
        self.ctx = ctx
        self.undo_stack = undo_stack
        self.ops = Operations(ctx, undo_stack)

    def _one(self, text: str, fn, *args, **kwargs) -> list[MoveResult]:
        return [self.ops.run(move_op(text, fn, *args, **kwargs))]

    def move(self, deal_ids: list[int], stage_id: int) -> list[MoveResult]:
        now = self.ctx.now()
        if len(deal_ids) == 1:
            text = QCoreApplication.translate("Actions", "Move deal")
            return self._one(text, moves.move_deal, deal_ids[0], stage_id, now=now)
        op: Op[list[MoveResult]] = Op(
            Actions.tr("Move %n deal(s)", None, len(deal_ids)),
            moves.move_deals,
            (deal_ids, stage_id),
            {"now": now},
            changes=changes_of,
            undo=revert_moves,
            redo=reapply_moves,
            undoable=bool,
        )
        return self.ops.run(op)

    def assign(self, deal_ids: list[int], owner_id: int) -> tuple[HandOver, ...]:
        """Hand the deals (with their open follow-ups) to another owner, who is
        told: one transaction, one undo step (none when all were theirs)."""
        op: Op[tuple[HandOver, ...]] = Op(
            lambda handed: Actions.tr("Assign %n deal(s)", None, len(handed)),
            hand_over_deals,
            (deal_ids, owner_id),
            {"now": self.ctx.now()},
            changes=lambda handed: Changes(
                deals=frozenset(h.deal_id for h in handed), activities=True
            ),
            undo=undo_hand_over_deals,
            undoable=bool,
        )
        return self.ops.run(op)

    # `followups`: cancel (the default) or keep the deal's open follow-ups;
    # undoing the close brings cancelled ones back.
    def win(
        self, deal_id: int, reason: str | None = None, followups: Choice = DEFAULT_CHOICE
    ) -> list[MoveResult]:
        text = QCoreApplication.translate("Actions", "Mark deal won")
        return self._one(
            text,
            moves.win_deal,
            deal_id,
            now=self.ctx.now(),
            today=self.ctx.today(),
            reason=reason,
            followups=followups,
        )

    def lose(
        self, deal_id: int, reason: str, followups: Choice = DEFAULT_CHOICE
    ) -> list[MoveResult]:
        text = QCoreApplication.translate("Actions", "Mark deal lost")
        return self._one(
            text, moves.lose_deal, deal_id, reason=reason, now=self.ctx.now(), followups=followups
        )

    def archive(self, deal_id: int, followups: Choice = DEFAULT_CHOICE) -> list[MoveResult]:
        text = QCoreApplication.translate("Actions", "Archive deal")
        return self._one(text, moves.archive_deal, deal_id, now=self.ctx.now(), followups=followups)

    def reopen(self, deal_id: int, stage_id: int | None = None) -> list[MoveResult]:
        text = QCoreApplication.translate("Actions", "Reopen deal")
        return self._one(text, moves.reopen_deal, deal_id, now=self.ctx.now(), stage_id=stage_id)

    def change_stage(self, deal_id: int, stage_id: int) -> list[MoveResult]:
        """The deal's stage box: reopen, bring back from Future sales, or move
        (the service decides which); nothing when it is already there."""
        op: Op[MoveResult | None] = Op(
            _stage_change_text,
            change_stage,
            (deal_id, stage_id),
            {"now": self.ctx.now()},
            changes=lambda r: changes_of([r]) if r else None,
            undo=undo.revert_move,
            redo=undo.reapply_move,
            undoable=lambda r: r is not None,
        )
        result = self.ops.run(op)
        return [result] if result else []

    def park(
        self,
        deal_id: int,
        *,
        months: int | None = None,
        until: date | None = None,
        note: str | None = None,
        followups: Choice = DEFAULT_CHOICE,
    ) -> MoveResult:
        """Park one deal in Future sales until a return date, as one undo step."""
        return self.ops.run(
            move_op(
                QCoreApplication.translate("Parking", "Park deal"),
                park_deal,
                deal_id,
                today=self.ctx.today(),
                now=self.ctx.now(),
                months=months,
                until=until,
                note=note,
                followups=followups,
                callback_subject=QCoreApplication.translate(
                    "Parking", "Call back", "the activity a parked deal gets on its return date"
                ),
            )
        )

    def unpark(self, deal_id: int, stage_id: int | None = None) -> MoveResult:
        """Bring a parked deal back to its remembered stage (or `stage_id`)."""
        return self.ops.run(
            move_op(
                QCoreApplication.translate("Parking", "Bring deal back"),
                unpark_deal,
                deal_id,
                now=self.ctx.now(),
                stage_id=stage_id,
            )
        )
