"""Changing a deal's stage whatever state it is in, and undoing moves in batches.

The deal card and the clean-up offer one "stage" choice; what it means
depends on the deal: a closed deal is reopened there, a parked deal chosen
into a sales stage comes back through parking (which forgets its return
date), and an open deal is simply moved.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from funnel.errors import NotFoundError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.pipeline.moves import MoveResult, move_deal, reopen_deal
from funnel.pipeline.parking import unpark_deal
from funnel.pipeline.undo import reapply_move, revert_move
from funnel.store.models import Deal, DealStatus, PipelineKind, Stage


def change_stage(
    session: Session, deal_id: int, stage_id: int, *, now: datetime
) -> MoveResult | None:
    """Put the deal in `stage_id`: reopen, bring back or move it. None when it
    is already there and open (nothing to do)."""
    deal = session.get(Deal, deal_id)
    if deal is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no deal with id {deal_id}."), deal_id=deal_id
        )
    if deal.status != DealStatus.OPEN:
        return reopen_deal(session, deal_id, now=now, stage_id=stage_id)
    if stage_id == deal.stage_id:
        return None
    target = session.get(Stage, stage_id)
    parked = deal.pipeline.kind == PipelineKind.FUTURE
    if parked and target is not None and target.pipeline.kind != PipelineKind.FUTURE:
        return unpark_deal(session, deal_id, now=now, stage_id=stage_id)
    return move_deal(session, deal_id, stage_id, now=now)


def revert_moves(session: Session, results: Sequence[MoveResult]) -> None:
    """Undo several moves made together, the last first."""
    for result in reversed(results):
        revert_move(session, result)


def reapply_moves(session: Session, results: Sequence[MoveResult]) -> list[MoveResult]:
    """Redo several undone moves in their order; the new results undo them again."""
    return [reapply_move(session, result) for result in results]
