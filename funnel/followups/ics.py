"""Follow-ups as an iCalendar file (RFC 5545) for a phone or desktop calendar.

One VEVENT per activity, `UID:activity-<id>@funnel` so importing again updates
rather than duplicates. A dated-only activity is an all-day event; a timed one
starts at its local wall time, written as a *floating* time (no zone), which
is exactly what Funnel stores: 10:00 stays 10:00 wherever the phone is.
Recurring activities carry their RRULE as is (the month-end rules Funnel
builds are plain RFC 5545). A display alarm rings at the due time — the
default reminder time of day for all-day ones, 15 minutes before for timed
ones — except on one-off events already past, which a phone would otherwise
ring all at once on import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event, vRecur
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from funnel.followups.agenda import activity_order, first_contacts
from funnel.followups.reminders import default_reminder_time
from funnel.store.models import Activity, ActivityKind, Client, Deal
from funnel.timeutil import utc_naive

PRODID = "-//Funnel//Funnel follow-ups//EN"
ALARM_BEFORE_TIMED = timedelta(minutes=15)
# How long a timed follow-up occupies the calendar.
DURATIONS = {ActivityKind.MEETING.value: timedelta(hours=1)}
DEFAULT_DURATION = timedelta(minutes=30)


def activity_uid(activity_id: int) -> str:
    return f"activity-{activity_id}@funnel"


# C0 control characters other than tab and newline are not allowed in iCalendar
# text (RFC 5545 §3.3.11); a pasted subject sometimes carries them.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _text(value: str | None) -> str:
    return _CONTROL.sub("", value or "")


@dataclass(frozen=True)
class IcsExport:
    data: bytes
    events: int
    skipped: tuple[int, ...]  # activities that could not be written (ids)


def export_ics(
    session: Session,
    *,
    now: datetime,
    today: date,
    include_done: bool = False,
    owner_id: int | None = None,
) -> bytes:
    """The calendar as bytes (UTF-8, CRLF lines) ready to write to a .ics file."""
    return export_calendar(
        session, now=now, today=today, include_done=include_done, owner_id=owner_id
    ).data


def export_calendar(
    session: Session,
    *,
    now: datetime,
    today: date,
    include_done: bool = False,
    owner_id: int | None = None,
) -> IcsExport:
    """The calendar, how many events it holds, and the activities left out
    because they cannot be written (one bad row never breaks the others)."""
    stamp = utc_naive(now).replace(tzinfo=UTC)
    default_time = default_reminder_time(session)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Funnel follow-ups")

    client_id = func.coalesce(Activity.client_id, Deal.client_id)
    query = (
        select(Activity, Deal.title, client_id, Client.name)
        .outerjoin(Deal, Deal.id == Activity.deal_id)
        .outerjoin(Client, Client.id == client_id)
        .where(Activity.cancelled_at.is_(None))  # never happened: no calendar event
        .order_by(*activity_order())
    )
    if not include_done:
        query = query.where(Activity.done_at.is_(None))
    if owner_id is not None:
        query = query.where(Activity.owner_id == owner_id)
    rows = session.execute(query).all()
    contacts = first_contacts(session, (r[2] for r in rows))

    events = 0
    skipped: list[int] = []
    for activity, deal, cid, client in rows:
        phone, email = contacts.get(cid, (None, None)) if cid is not None else (None, None)
        try:
            event = _event(activity, deal, client, phone, email, stamp, today, default_time)
            event.to_ical()  # a date past year 9999 fails here, not in the whole file
        except (ValueError, OverflowError, TypeError):
            skipped.append(activity.id)
            continue
        cal.add_component(event)
        events += 1
    return IcsExport(cal.to_ical(), events, tuple(skipped))


def _event(
    a: Activity,
    deal: str | None,
    client: str | None,
    phone: str | None,
    email: str | None,
    stamp: datetime,
    today: date,
    default_time,
) -> Event:
    event = Event()
    event.add("uid", activity_uid(a.id))
    event.add("dtstamp", stamp)
    subject = _text(a.subject)
    client = _text(client) or None
    event.add("summary", f"{subject} — {client}" if client and client not in subject else subject)
    lines = [
        f"Deal: {deal}" if deal else None,
        f"Client: {client}" if client else None,
        f"Phone: {phone}" if phone else None,
        f"E-mail: {email}" if email else None,
        f"Done: {a.outcome or 'yes'}" if a.done_at else None,
        f"\n{a.notes}" if a.notes else None,
    ]
    description = _text("\n".join(line for line in lines if line))
    if description:
        event.add("description", description)
    event.add("categories", [a.kind.upper()])
    if a.due_time is None:
        event.add("dtstart", a.due_date)
        event.add("dtend", a.due_date + timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # a day's to-do does not block the calendar
        trigger = datetime.combine(date.min, default_time) - datetime.min  # from midnight
    else:
        event.add("dtstart", datetime.combine(a.due_date, a.due_time))
        event.add("duration", DURATIONS.get(a.kind, DEFAULT_DURATION))
        trigger = -ALARM_BEFORE_TIMED
    rule = a.rrule if a.done_at is None else None
    recurring = bool(rule)
    if rule:
        event.add("rrule", vRecur.from_ical(rule))
    if a.done_at is None and (recurring or a.due_date >= today):
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", subject)
        alarm.add("trigger", trigger)
        event.add_component(alarm)
    return event
