"""Undo and redo of moves (the window's Ctrl+Z and its redo).

`revert_move` puts a deal back exactly as it was before a `MoveResult`,
removing the history row and any purchase the move recorded (and a park's
call-back and note), as if the move had not happened; `reapply_move` does it
again. It lives apart from `moves` because redoing a park needs `parking`,
which itself builds on `moves`.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from funnel.errors import ValidationError
from funnel.followups.cancelling import (
    FollowupChoice,
    cancel_activities,
    recancel,
    restore_activities,
)
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.pipeline.moves import (
    DealState,
    MoveResult,
    archive_deal,
    load_deal,
    lose_deal,
    move_deal,
    win_deal,
)
from funnel.pipeline.parking import repark
from funnel.store.client_summary import refresh_clients
from funnel.store.models import Activity, ChangeKind, Note, Purchase, StageChange


def revert_move(session: Session, result: MoveResult) -> None:
    """Undo a move, provided the deal has not changed since."""
    deal = load_deal(session, result.deal_id)
    if DealState.of(deal) != result.after:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Deal '{title}' has changed since; it cannot be undone."),
            title=deal.title,
        )
    result.before.apply(deal)
    restore_activities(session, result.cancelled)
    recancel(session, result.restored)
    session.execute(delete(StageChange).where(StageChange.id == result.change_id))
    touched = []
    if result.purchase_id is not None:
        touched.append(
            session.scalar(select(Purchase.client_id).where(Purchase.id == result.purchase_id))
        )
        session.execute(delete(Purchase).where(Purchase.id == result.purchase_id))
    if result.park is not None:
        # A call-back already done is part of the record; only an open one goes.
        session.execute(
            delete(Activity).where(
                Activity.id == result.park.activity_id, Activity.done_at.is_(None)
            )
        )
        if result.park.note_id is not None:
            session.execute(delete(Note).where(Note.id == result.park.note_id))
    if result.removed_purchase is not None:
        client_id, on, cents, currency = result.removed_purchase
        session.add(
            Purchase(
                client_id=client_id,
                deal_id=deal.id,
                purchased_on=on,
                amount_cents=cents,
                currency=currency,
            )
        )
        touched.append(client_id)
    session.flush()
    refresh_clients(session, touched)


def reapply_move(session: Session, result: MoveResult) -> MoveResult:
    """Redo a move that was undone; returns the new result to undo again."""
    deal = load_deal(session, result.deal_id)
    if DealState.of(deal) != result.before:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Deal '{title}' has changed since; it cannot be redone."),
            title=deal.title,
        )
    kind = ChangeKind(result.kind)
    after = result.after
    now = (
        after.closed_at if kind in (ChangeKind.WON, ChangeKind.LOST, ChangeKind.ARCHIVED) else None
    )
    now = now or after.stage_entered_at
    keep = FollowupChoice.KEEP  # the very follow-ups cancelled the first time, no others
    if kind == ChangeKind.WON:
        done = win_deal(session, deal.id, now=now, reason=after.win_reason, followups=keep)
        return _cancel_again(session, done, result)
    if kind == ChangeKind.LOST:
        reason = after.lost_reason or ""
        done = lose_deal(session, deal.id, reason=reason, now=now, followups=keep)
        return _cancel_again(session, done, result)
    if kind == ChangeKind.ARCHIVED:
        return _cancel_again(
            session, archive_deal(session, deal.id, now=now, followups=keep), result
        )
    if kind == ChangeKind.PARKED:
        return repark(session, result)
    moved = move_deal(session, deal.id, after.stage_id, now=now, kind=kind)
    # Parking also set the return date and stage; restore them exactly.
    after.apply(deal)
    session.flush()
    return MoveResult(moved.deal_id, moved.change_id, moved.kind, moved.before, after)


def _cancel_again(session: Session, done: MoveResult, first: MoveResult) -> MoveResult:
    moment = done.after.closed_at or done.after.stage_entered_at
    cancel_activities(session, first.cancelled, change_id=done.change_id, moment=moment)
    session.flush()
    return replace(done, cancelled=first.cancelled)
