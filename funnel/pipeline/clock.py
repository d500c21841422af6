"""Time that never runs backwards within a deal's story.

A computer whose clock is set back (a dead battery, a wrong time zone) would
have `won` close a deal before it was created, and history show 367 days for
a stage that lasted none. An action is therefore recorded no earlier than the
deal's last event; the app warns once when the clock is behind the file's
newest event (`clock_behind`).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from funnel.store.models import Deal, StageChange
from funnel.timeutil import utc_naive

# Differences below this are clock drift between machines, not a clock set back.
CLOCK_SLACK = timedelta(minutes=5)


def last_event(session: Session, deal: Deal) -> datetime:
    """When the deal last changed: created, entered its stage, closed or moved."""
    moved = session.scalar(
        select(func.max(StageChange.changed_at)).where(StageChange.deal_id == deal.id)
    )
    return max(m for m in (deal.created_at, deal.stage_entered_at, deal.closed_at, moved) if m)


def event_moment(session: Session, deal: Deal, now: datetime) -> datetime:
    """`now` (naive UTC), or the deal's last event if the clock is behind it."""
    return max(utc_naive(now), last_event(session, deal))


def newest_event(session: Session) -> datetime | None:
    """The latest moment recorded anywhere in the file's deal history."""
    moments = [
        session.scalar(select(func.max(StageChange.changed_at))),
        session.scalar(select(func.max(Deal.created_at))),
    ]
    known = [m for m in moments if m is not None]
    return max(known) if known else None


def clock_behind(session: Session, *, now: datetime) -> datetime | None:
    """The file's newest event when the clock `now` is clearly behind it."""
    newest = newest_event(session)
    if newest is not None and utc_naive(now) + CLOCK_SLACK < newest:
        return newest
    return None
