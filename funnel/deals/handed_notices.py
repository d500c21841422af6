"""The notices of deals handed to me ("Boris handed you 'Clinic CRM'"), taken
once: each is marked read as it is taken, so a notice shown in one run of
the app does not come back in the next (or in a second window)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from funnel.deals.handover import handed_by
from funnel.owners import current_owner_id
from funnel.store.models import Activity, Deal, Notification, NotificationKind
from funnel.timeutil import utc_naive


@dataclass(frozen=True)
class HandedNotice:
    notice_id: int
    deal_id: int
    title: str
    by: str | None  # who handed it over (None: not known)
    open_followups: int  # the deal's open follow-ups that are now mine
    created_at: datetime  # UTC


def _waiting(me: int):
    return select(Notification.id).where(
        Notification.owner_id == me,
        Notification.kind == NotificationKind.HANDED_OVER,
        Notification.read_at.is_(None),
    )


def handed_notices_waiting(session: Session, *, owner_id: int | None = None) -> bool:
    """Whether a hand-over notice waits for `owner_id` (default: me): a cheap
    read, so the app takes the write lock only when there is one to take."""
    me = current_owner_id(session, owner_id)
    return me is not None and session.scalar(_waiting(me).limit(1)) is not None


def take_handed_notices(
    session: Session, *, owner_id: int | None = None, now: datetime
) -> list[HandedNotice]:
    """The unread hand-over notices of `owner_id` (default: me), oldest
    first, marked read. A notice whose deal is gone is marked read unseen."""
    me = current_owner_id(session, owner_id)
    if me is None:
        return []
    open_steps = (
        select(func.count(Activity.id))
        .where(Activity.deal_id == Deal.id, Activity.done_at.is_(None), Activity.owner_id == me)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Notification.id, Notification.text, Notification.created_at, Deal.id, Deal.title)
        .add_columns(open_steps)
        .outerjoin(Deal, Deal.id == Notification.deal_id)
        .where(Notification.id.in_(_waiting(me)))
        .order_by(Notification.created_at, Notification.id)
    ).all()
    if not rows:
        return []
    session.execute(
        update(Notification)
        .where(Notification.id.in_([r[0] for r in rows]))
        .values(read_at=utc_naive(now))
        .execution_options(synchronize_session=False)
    )
    return [
        HandedNotice(notice_id, deal_id, title, handed_by(text), int(steps or 0), created_at)
        for notice_id, text, created_at, deal_id, title, steps in rows
        if deal_id is not None
    ]
