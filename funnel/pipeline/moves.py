"""Moving deals through the funnel. Every change of stage, pipeline or status
writes a StageChange, so time in stage and conversion can be read back later.

Each move returns a `MoveResult` holding the deal's state before and after;
`funnel.pipeline.undo.revert_move` undoes it exactly (the UI's Ctrl+Z).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from funnel.errors import NotFoundError, ValidationError
from funnel.followups.cancelling import (
    DEFAULT_CHOICE,
    FollowupChoice,
    cancel_open_followups,
    cancelled_since_open,
    restore_activities,
)
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.pipeline.clock import event_moment, last_event
from funnel.store.models import (
    ChangeKind,
    Deal,
    DealStatus,
    Purchase,
    Stage,
    StageChange,
)
from funnel.timeutil import utc_naive


@dataclass(frozen=True)
class DealState:
    pipeline_id: int
    stage_id: int
    status: DealStatus
    stage_entered_at: datetime
    closed_at: datetime | None
    lost_reason: str | None
    return_on: date | None
    return_pipeline_id: int | None
    return_stage_id: int | None
    win_reason: str | None = None

    @classmethod
    def of(cls, deal: Deal) -> DealState:
        return cls(
            deal.pipeline_id,
            deal.stage_id,
            deal.status,
            deal.stage_entered_at,
            deal.closed_at,
            deal.lost_reason,
            deal.return_on,
            deal.return_pipeline_id,
            deal.return_stage_id,
            deal.win_reason,
        )

    def apply(self, deal: Deal) -> None:
        deal.pipeline_id = self.pipeline_id
        deal.stage_id = self.stage_id
        deal.status = self.status
        deal.stage_entered_at = self.stage_entered_at
        deal.closed_at = self.closed_at
        deal.lost_reason = self.lost_reason
        deal.return_on = self.return_on
        deal.return_pipeline_id = self.return_pipeline_id
        deal.return_stage_id = self.return_stage_id
        deal.win_reason = self.win_reason


@dataclass(frozen=True)
class ParkExtras:
    """The call-back activity and note a park writes with its move: undo removes
    them, redo writes them again with the same words."""

    activity_id: int
    activity_subject: str
    note_id: int | None = None
    note: str | None = None


@dataclass(frozen=True)
class MoveResult:
    deal_id: int
    change_id: int
    kind: str
    before: DealState
    after: DealState
    purchase_id: int | None = None
    removed_purchase: tuple[int, date, int, str] | None = None  # client, date, cents, currency
    park: ParkExtras | None = None  # what parking wrote beside the move
    cancelled: tuple[int, ...] = ()  # the open follow-ups the move cancelled
    # Reopening: (activity, change that had cancelled it) of the follow-ups open again.
    restored: tuple[tuple[int, int], ...] = ()

    @property
    def pipelines(self) -> set[int]:
        """The pipelines whose boards this move changes."""
        return {self.before.pipeline_id, self.after.pipeline_id}


def load_deal(session: Session, deal_id: int) -> Deal:
    deal = session.get(Deal, deal_id)
    if deal is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no deal with id {deal_id}."), deal_id=deal_id
        )
    return deal


def _stage(session: Session, stage_id: int) -> Stage:
    stage = session.get(Stage, stage_id)
    if stage is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no stage with id {stage_id}."), stage_id=stage_id
        )
    return stage


def _record(
    session: Session,
    deal: Deal,
    before: DealState,
    kind: ChangeKind,
    moment: datetime,
    reason: str | None,
    *,
    from_name: str | None,
    to_name: str | None,
) -> StageChange:
    change = StageChange(
        deal_id=deal.id,
        kind=kind,
        from_pipeline_id=before.pipeline_id,
        from_stage_id=before.stage_id,
        from_stage_name=from_name,
        from_status=before.status,
        to_pipeline_id=deal.pipeline_id,
        to_stage_id=deal.stage_id,
        to_stage_name=to_name,
        to_status=deal.status,
        changed_at=moment,
        reason=(reason or "").strip() or None,
    )
    session.add(change)
    session.flush()
    return change


def _drop_purchase(session: Session, deal: Deal) -> tuple[int, date, int, str] | None:
    """A won deal that is reopened or lost was not a sale after all."""
    purchase = session.scalars(select(Purchase).where(Purchase.deal_id == deal.id)).first()
    if purchase is None:
        return None
    kept = (purchase.client_id, purchase.purchased_on, purchase.amount_cents, purchase.currency)
    session.delete(purchase)
    return kept


def move_deal(
    session: Session,
    deal_id: int,
    stage_id: int,
    *,
    now: datetime,
    reason: str | None = None,
    kind: ChangeKind = ChangeKind.MOVED,
) -> MoveResult:
    """Put a deal into a stage (of any pipeline). A closed deal moved this way is
    reopened. The time in stage starts again."""
    deal = load_deal(session, deal_id)
    stage = _stage(session, stage_id)
    if deal.stage_id == stage.id and deal.status == DealStatus.OPEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Deal '{title}' is already in stage '{stage}'."),
            title=deal.title,
            stage=stage.name,
        )
    before = DealState.of(deal)
    from_name = deal.stage.name
    removed = _drop_purchase(session, deal) if deal.status == DealStatus.WON else None
    restored = _restore_on_reopen(session, deal)
    if deal.status != DealStatus.OPEN and kind == ChangeKind.MOVED:
        kind = ChangeKind.REOPENED
    moment = event_moment(session, deal, now)
    deal.pipeline_id = stage.pipeline_id
    deal.stage_id = stage.id
    deal.status = DealStatus.OPEN
    deal.stage_entered_at = moment
    deal.closed_at = None
    deal.lost_reason = None
    deal.win_reason = None
    change = _record(
        session, deal, before, kind, moment, reason, from_name=from_name, to_name=stage.name
    )
    return MoveResult(
        deal.id,
        change.id,
        kind.value,
        before,
        DealState.of(deal),
        removed_purchase=removed,
        restored=restored,
    )


def _restore_on_reopen(session: Session, deal: Deal) -> tuple[tuple[int, int], ...]:
    """A closed deal coming back gets back the follow-ups its close cancelled."""
    if deal.status == DealStatus.OPEN:
        return ()
    pairs = cancelled_since_open(session, deal.id)
    restore_activities(session, (aid for aid, _ in pairs))
    return pairs


def move_deals(
    session: Session,
    deal_ids: Sequence[int],
    stage_id: int,
    *,
    now: datetime,
    reason: str | None = None,
    keep_status: bool = False,
) -> list[MoveResult]:
    """Move many deals at once (bulk move, removing a stage). Deals already in
    the stage are skipped. With `keep_status`, won/lost deals stay closed."""
    stage = _stage(session, stage_id)
    results = []
    moment = utc_naive(now)
    for deal in session.scalars(select(Deal).where(Deal.id.in_(list(deal_ids)))):
        if deal.stage_id == stage.id:
            continue
        if keep_status and deal.status != DealStatus.OPEN:
            before = DealState.of(deal)
            from_name = deal.stage.name
            deal.pipeline_id = stage.pipeline_id
            deal.stage_id = stage.id
            change = _record(
                session, deal, before, ChangeKind.MOVED, max(moment, last_event(session, deal)),
                reason,
                from_name=from_name, to_name=stage.name,
            )  # fmt: skip
            results.append(
                MoveResult(deal.id, change.id, ChangeKind.MOVED.value, before, DealState.of(deal))
            )
        else:
            results.append(move_deal(session, deal.id, stage.id, now=now, reason=reason))
    return results


# One sentence per status rather than the status word inside one sentence, so
# each language can agree the words its own way.
_ALREADY_CLOSED = {
    DealStatus.WON: QT_TRANSLATE_NOOP("Errors", "Deal '{title}' is already won."),
    DealStatus.LOST: QT_TRANSLATE_NOOP("Errors", "Deal '{title}' is already lost."),
    DealStatus.ARCHIVED: QT_TRANSLATE_NOOP("Errors", "Deal '{title}' is already archived."),
}


def _close(
    session: Session,
    deal: Deal,
    status: DealStatus,
    kind: ChangeKind,
    moment: datetime,
    reason: str | None,
    followups: FollowupChoice | str,
) -> tuple[DealState, StageChange, tuple | None, tuple[int, ...]]:
    if deal.status == status:
        raise ValidationError(_ALREADY_CLOSED[status], title=deal.title)
    before = DealState.of(deal)
    removed = _drop_purchase(session, deal) if deal.status == DealStatus.WON else None
    deal.status = status
    deal.closed_at = moment
    deal.lost_reason = reason if status == DealStatus.LOST else None
    deal.win_reason = reason if status == DealStatus.WON else None
    name = deal.stage.name
    change = _record(session, deal, before, kind, moment, reason, from_name=name, to_name=name)
    cancelled = cancel_open_followups(
        session, deal.id, change_id=change.id, moment=moment, choice=followups
    )
    return before, change, removed, cancelled


def win_deal(
    session: Session,
    deal_id: int,
    *,
    now: datetime,
    today: date | None = None,
    reason: str | None = None,
    followups: FollowupChoice | str = DEFAULT_CHOICE,
) -> MoveResult:
    """Mark a deal won (why, optionally); a deal with a client records a
    Purchase of its value. Its open follow-ups are cancelled unless `keep`."""
    deal = load_deal(session, deal_id)
    moment = event_moment(session, deal, now)
    reason = (reason or "").strip() or None
    before, change, removed, cancelled = _close(
        session, deal, DealStatus.WON, ChangeKind.WON, moment, reason, followups
    )
    purchase_id = None
    if deal.client_id is not None:
        purchase = Purchase(
            client_id=deal.client_id,
            deal_id=deal.id,
            purchased_on=today or moment.date(),
            amount_cents=deal.value_cents,
            currency=deal.currency,
        )
        session.add(purchase)
        session.flush()
        purchase_id = purchase.id
    return MoveResult(
        deal.id,
        change.id,
        ChangeKind.WON.value,
        before,
        DealState.of(deal),
        purchase_id,
        removed,
        cancelled=cancelled,
    )


def lose_deal(
    session: Session,
    deal_id: int,
    *,
    reason: str,
    now: datetime,
    followups: FollowupChoice | str = DEFAULT_CHOICE,
) -> MoveResult:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the deal was lost."))
    deal = load_deal(session, deal_id)
    moment = event_moment(session, deal, now)
    before, change, removed, cancelled = _close(
        session, deal, DealStatus.LOST, ChangeKind.LOST, moment, reason, followups
    )
    return MoveResult(
        deal.id,
        change.id,
        ChangeKind.LOST.value,
        before,
        DealState.of(deal),
        None,
        removed,
        cancelled=cancelled,
    )


def archive_deal(
    session: Session,
    deal_id: int,
    *,
    now: datetime,
    reason: str | None = None,
    followups: FollowupChoice | str = DEFAULT_CHOICE,
) -> MoveResult:
    deal = load_deal(session, deal_id)
    moment = event_moment(session, deal, now)
    before, change, removed, cancelled = _close(
        session, deal, DealStatus.ARCHIVED, ChangeKind.ARCHIVED, moment, reason, followups
    )
    return MoveResult(
        deal.id,
        change.id,
        ChangeKind.ARCHIVED.value,
        before,
        DealState.of(deal),
        None,
        removed,
        cancelled=cancelled,
    )


def reopen_deal(
    session: Session, deal_id: int, *, now: datetime, stage_id: int | None = None
) -> MoveResult:
    """Bring a won, lost or archived deal back as open, in its stage or another."""
    deal = load_deal(session, deal_id)
    if deal.status == DealStatus.OPEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Deal '{title}' is already open."), title=deal.title
        )
    if stage_id is None or stage_id == deal.stage_id:
        before = DealState.of(deal)
        removed = _drop_purchase(session, deal) if deal.status == DealStatus.WON else None
        restored = _restore_on_reopen(session, deal)
        moment = event_moment(session, deal, now)
        deal.status = DealStatus.OPEN
        deal.closed_at = None
        deal.lost_reason = None
        deal.win_reason = None
        deal.stage_entered_at = moment
        name = deal.stage.name
        change = _record(
            session, deal, before, ChangeKind.REOPENED, moment, None, from_name=name, to_name=name
        )
        return MoveResult(
            deal.id,
            change.id,
            ChangeKind.REOPENED.value,
            before,
            DealState.of(deal),
            None,
            removed,
            restored=restored,
        )
    return move_deal(session, deal_id, stage_id, now=now, kind=ChangeKind.REOPENED)
