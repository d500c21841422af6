"""Follow-ups of a deal that is closed or parked: cancel them, keep them, and
bring them back.

A won, lost or archived deal needs no more calls, and a parked one needs only
its call-back: closing or parking asks what to do with the deal's open
follow-ups (`FollowupChoice`, cancel by default). Cancelled ones leave Today,
the board's next step, reminders, the agenda and the .ics feed (they are no
longer open) and stay in the deal's and client's timeline marked cancelled.
Undo, and reopening the deal, restore exactly those the action cancelled.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from funnel.errors import ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.models import Activity, DealStatus, StageChange


class FollowupChoice(enum.StrEnum):
    CANCEL = "cancel"
    KEEP = "keep"


DEFAULT_CHOICE = FollowupChoice.CANCEL


def followup_choice(value: str | FollowupChoice | None) -> FollowupChoice:
    """The choice as typed (`--followups keep`), refused clearly when unknown."""
    if value is None:
        return DEFAULT_CHOICE
    try:
        return FollowupChoice(str(value).strip().lower())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Follow-ups are either 'cancel' or 'keep' (got '{value}')."
            ),
            value=value,
        ) from None


def open_followup_count(session: Session, deal_id: int) -> int:
    """How many follow-ups of the deal are still to do."""
    return open_followup_total(session, (deal_id,))


def cancel_open_followups(
    session: Session,
    deal_id: int,
    *,
    change_id: int,
    moment: datetime,
    choice: FollowupChoice | str = DEFAULT_CHOICE,
) -> tuple[int, ...]:
    """Cancel the deal's open follow-ups on behalf of StageChange `change_id`
    (nothing with `keep`); the ids cancelled, for undo."""
    if followup_choice(choice) == FollowupChoice.KEEP:
        return ()
    ids = tuple(
        session.scalars(
            select(Activity.id)
            .where(Activity.deal_id == deal_id, Activity.done_at.is_(None))
            .order_by(Activity.id)
        )
    )
    cancel_activities(session, ids, change_id=change_id, moment=moment)
    return ids


def cancel_activities(
    session: Session, ids: Sequence[int], *, change_id: int, moment: datetime
) -> None:
    """Cancel these (open) activities again, as redo does."""
    if not ids:
        return
    session.execute(
        update(Activity)
        .where(Activity.id.in_(list(ids)), Activity.done_at.is_(None))
        .values(done_at=moment, cancelled_at=moment, cancelled_by_change_id=change_id),
        execution_options={"synchronize_session": "fetch"},
    )


def restore_activities(session: Session, ids: Iterable[int]) -> None:
    """Make cancelled activities open again (those since completed stay done)."""
    ids = list(ids)
    if not ids:
        return
    session.execute(
        update(Activity)
        .where(Activity.id.in_(ids), Activity.cancelled_at.is_not(None))
        .values(done_at=None, cancelled_at=None, cancelled_by_change_id=None),
        execution_options={"synchronize_session": "fetch"},
    )


def cancelled_since_open(session: Session, deal_id: int) -> tuple[tuple[int, int], ...]:
    """(activity, change) of the follow-ups cancelled by the deal's changes
    since it was last open (a close, or a close then another close): what
    reopening the deal brings back. A park's cancellations are not among
    them, a parked deal being open."""
    last_open = session.scalar(
        select(func.max(StageChange.id)).where(
            StageChange.deal_id == deal_id, StageChange.to_status == DealStatus.OPEN
        )
    )
    query = select(Activity.id, Activity.cancelled_by_change_id).where(
        Activity.deal_id == deal_id,
        Activity.cancelled_at.is_not(None),
        Activity.cancelled_by_change_id.is_not(None),
    )
    if last_open is not None:
        query = query.where(Activity.cancelled_by_change_id > last_open)
    return tuple((aid, cid or 0) for aid, cid in session.execute(query.order_by(Activity.id)))


def recancel(session: Session, pairs: Iterable[tuple[int, int]]) -> None:
    """Cancel again what reopening restored, each by its own change (undo of a reopen)."""
    for activity_id, change_id in pairs:
        moment = session.scalar(select(StageChange.changed_at).where(StageChange.id == change_id))
        if moment is not None:
            cancel_activities(session, (activity_id,), change_id=change_id, moment=moment)


def open_followup_total(session: Session, deal_ids: Iterable[int]) -> int:
    """How many follow-ups the deals have still to do, together: what closing
    or parking them would cancel (the dialog's "Cancel its 2 open follow-ups")."""
    ids = list(deal_ids)
    if not ids:
        return 0
    return (
        session.scalar(
            select(func.count(Activity.id)).where(
                Activity.deal_id.in_(ids), Activity.done_at.is_(None)
            )
        )
        or 0
    )
