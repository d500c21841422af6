"""One round of the reminder alarm, as one transaction: what came due, marked
as shown (so it is shown once), and the moment the app last looked."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from funnel.followups.reminders import (
    Reminder,
    get_last_seen,
    mark_notified,
    missed_reminders,
    reminders_due,
    set_last_seen,
)


def take_missed(session: Session, *, now_local: datetime, now: datetime) -> list[Reminder]:
    """On start: what came due while the app was closed (since it last looked)."""
    last_seen = get_last_seen(session)
    missed = missed_reminders(session, now_local=now_local, last_seen_local=last_seen)
    mark_notified(session, [r.activity_id for r in missed], now=now)
    set_last_seen(session, now_local)
    return missed


def take_due(
    session: Session, *, since_local: datetime, until_local: datetime, now: datetime
) -> list[Reminder]:
    """While running: what came due between two looks."""
    due = reminders_due(session, since_local=since_local, until_local=until_local)
    mark_notified(session, [r.activity_id for r in due], now=now)
    set_last_seen(session, until_local)
    return due
