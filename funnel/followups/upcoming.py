"""The next follow-up after a day: what an empty Today points at."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from funnel.store.models import Activity


def next_follow_up(session: Session, *, after: date) -> date | None:
    """The first day after `after` with an open follow-up, or None."""
    return session.scalar(
        select(func.min(Activity.due_date)).where(
            Activity.done_at.is_(None), Activity.due_date > after
        )
    )
