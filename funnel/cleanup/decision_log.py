"""Writing down a review's decisions and taking them back.

Each decision of `funnel.cleanup.decisions` checks its item with
`item_to_decide`/`open_deal_of` and ends with `record_decision`, which stores
the `ReviewDecision` and says whether the deal left the review.
`revert_decision`/`reapply_decision` undo and redo a decision that moved the
deal (the window's Ctrl+Z); an undone decision no longer counts and the deal
comes back to the review.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from funnel.cleanup.checklist import checklist, parse_waived
from funnel.errors import NotFoundError, ValidationError
from funnel.followups.activities import delete_activity
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.pipeline.moves import MoveResult
from funnel.pipeline.undo import reapply_move, revert_move
from funnel.store.models import (
    Activity,
    Client,
    Deal,
    DealStatus,
    DecisionKind,
    Review,
    ReviewDecision,
    ReviewItem,
)
from funnel.timeutil import utc_naive

SETTLING = frozenset(
    {
        DecisionKind.ARCHIVE,
        DecisionKind.PARK,
        DecisionKind.WON,
        DecisionKind.LOST,
        DecisionKind.SILENT,
    }
)
FINISHED = QT_TRANSLATE_NOOP(
    "Errors", "This review is finished; start next week's to decide again."
)


@dataclass(frozen=True)
class DecisionResult:
    decision_id: int
    review_id: int
    item_id: int | None
    deal_id: int | None
    kind: DecisionKind
    left: bool  # the deal left the review with it
    moves: tuple[MoveResult, ...] = ()
    activity_id: int | None = None  # a call, next step or archive task it added
    # False: "next deal" after an earlier decision on the deal; undoing it
    # only brings the deal back, the earlier decision still stands.
    own_decision: bool = True


def item_to_decide(session: Session, item_id: int) -> ReviewItem:
    item = session.get(ReviewItem, item_id)
    if item is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no review item with id {item_id}."),
            item_id=item_id,
        )
    review = session.get(Review, item.review_id)
    assert review is not None
    if review.finished_at is not None:
        raise ValidationError(FINISHED)
    if item.done_at is not None:
        title = session.scalar(select(Deal.title).where(Deal.id == item.deal_id))
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Deal '{title}' has already been decided in this review."),
            title=title,
        )
    return item


def open_deal_of(session: Session, item: ReviewItem) -> Deal:
    deal = session.get(Deal, item.deal_id)
    if deal is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no deal with id {deal_id}."), deal_id=item.deal_id
        )
    if deal.status != DealStatus.OPEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Deal '{title}' is {status}; there is nothing to decide."),
            title=deal.title,
            status=deal.status,
        )
    return deal


def _complete(session: Session, item: ReviewItem, today: date) -> bool:
    found = checklist(session, item.deal_id, today=today, waived=parse_waived(item.waived))
    return found is not None and found.complete


def record_decision(
    session: Session,
    item: ReviewItem,
    kind: DecisionKind,
    *,
    now: datetime,
    today: date,
    leaves: bool | None,
    detail: dict | None = None,
    moves: tuple[MoveResult, ...] = (),
    activity_id: int | None = None,
    client_id: int | None = None,
) -> DecisionResult:
    """`leaves`: True = settles the deal; None = when the checklist is complete;
    False = never by itself."""
    moment = utc_naive(now)
    if client_id is None:
        client_id = session.scalar(select(Deal.client_id).where(Deal.id == item.deal_id))
    decision = ReviewDecision(
        review_id=item.review_id,
        item_id=item.id,
        deal_id=item.deal_id,
        client_id=client_id,
        kind=kind.value,
        detail={**(detail or {}), "changes": [m.change_id for m in moves]},
        decided_at=moment,
    )
    session.add(decision)
    left = bool(leaves) if leaves is not None else _complete(session, item, today)
    if left:
        item.done_at = moment
        item.outcome = kind
    session.flush()
    return DecisionResult(
        decision.id, item.review_id, item.id, item.deal_id, kind, left, moves, activity_id
    )


def _revert_effects(session: Session, detail: dict) -> None:
    """Take back what a decision did besides moving the deal: the follow-up
    it added or moved, the temperature it set."""
    added = detail.get("added_activity")
    if added is not None and session.get(Activity, added) is not None:
        delete_activity(session, added)
    moved = detail.get("moved_activity")
    if moved:
        activity = session.get(Activity, moved["id"])
        if activity is not None:
            activity.due_date = date.fromisoformat(moved["due_date"])
            activity.due_time = time.fromisoformat(moved["due_time"]) if moved["due_time"] else None
    if "temperature_client" in detail:
        client = session.get(Client, detail["temperature_client"])
        if client is not None:
            client.temperature = detail.get("from")


def revert_decision(session: Session, result: DecisionResult, *, now: datetime) -> None:
    """Undo a decision: its move is reverted, the follow-up it added or moved
    and the temperature it set are taken back, the decision no longer counts,
    and the deal is back in the review."""
    for moved in reversed(result.moves):
        revert_move(session, moved)
    decision = session.get(ReviewDecision, result.decision_id)
    if decision is not None and result.own_decision:
        decision.undone_at = utc_naive(now)
        _revert_effects(session, decision.detail or {})
    item = session.get(ReviewItem, result.item_id) if result.item_id is not None else None
    if item is not None and item.done_at is not None and item.outcome == result.kind:
        item.done_at = None
        item.outcome = None
    session.flush()


def reverts_cleanly(result: DecisionResult) -> bool:
    """Whether Ctrl+Z can take the decision back (a sent message cannot be)."""
    return result.kind != DecisionKind.SILENT


def reapply_decision(session: Session, result: DecisionResult, *, now: datetime) -> DecisionResult:
    """Redo an undone decision; returns the result to undo again."""
    moves = tuple(reapply_move(session, moved) for moved in result.moves)
    decision = session.get(ReviewDecision, result.decision_id)
    if decision is not None:
        decision.undone_at = None
        decision.detail = {**(decision.detail or {}), "changes": [m.change_id for m in moves]}
    item = session.get(ReviewItem, result.item_id) if result.item_id is not None else None
    if item is not None and result.left and item.done_at is None:
        item.done_at = utc_naive(now)
        item.outcome = result.kind
    session.flush()
    return replace(result, moves=moves)
