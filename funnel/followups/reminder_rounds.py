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
from funnel.store.conflicts import ACTOR

# On a team server each person is reminded of their own follow-ups only, and
# remembers their own last look (the session carries who signed in; a file
# has no actor, and reminds of everyone's, as it always did).


def take_missed(session: Session, *, now_local: datetime, now: datetime) -> list[Reminder]:
    """On start: what came due while the app was closed (since it last looked)."""
    owner_id = session.info.get(ACTOR)
    last_seen = get_last_seen(session, owner_id=owner_id)
    missed = missed_reminders(
        session, now_local=now_local, last_seen_local=last_seen, owner_id=owner_id
    )
    mark_notified(session, [r.activity_id for r in missed], now=now)
    set_last_seen(session, now_local, owner_id=owner_id)
    return missed


def take_due(
    session: Session, *, since_local: datetime, until_local: datetime, now: datetime
) -> list[Reminder]:
    """While running: what came due between two looks."""
    owner_id = session.info.get(ACTOR)
    due = reminders_due(
        session, since_local=since_local, until_local=until_local, owner_id=owner_id
    )
    mark_notified(session, [r.activity_id for r in due], now=now)
    set_last_seen(session, until_local, owner_id=owner_id)
    return due
