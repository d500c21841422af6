"""The weekly clean-up reminder.

It is an ordinary recurring activity (kind task, RRULE `FREQ=WEEKLY;BYDAY=MO`,
due at 09:00 by default), so the reminder scheduler notifies it like any other
and Today lists it; what marks it as *the* clean-up reminder is that it
belongs to no deal and no client (`add_activity` never writes such a row) and
carries the rule and series start kept in the setting `cleanup_schedule`.

Weeks: with the reminder on weekday W, a *clean-up week* runs from one W to
the day before the next. A week is done when a review finished in it (by the
person's local date) with every deal decided or explicitly skipped — a
review finished early is *partial* and does not count; a past week with
none was skipped. The reminder stays
open, and `cleanup_due` answers, until this week's review is done; an
occurrence left open from a skipped week moves on to the current one, so it
is notified again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from funnel.errors import ValidationError
from funnel.followups.activities import complete_activity
from funnel.followups.recurrence import weekly_rule
from funnel.followups.reminders import parse_time_of_day
from funnel.store.models import Activity, ActivityKind, Review, ReviewItem
from funnel.store.settings import get_setting, set_setting
from funnel.timeutil import utc_naive

SCHEDULE_SETTING = "cleanup_schedule"
DEFAULT_WEEKDAY = 0  # Monday: the week starts with a clean funnel
DEFAULT_TIME = time(9, 0)
REMINDER_SUBJECT = "Weekly pipeline clean-up"  # the UI passes its translation
DONE_OUTCOME = "Review finished"
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_BYDAY = re.compile(r"BYDAY=(MO|TU|WE|TH|FR|SA|SU)\b")


@dataclass(frozen=True)
class CleanupSchedule:
    """When the clean-up is due: every week on `weekday` at `at` (local time)."""

    weekday: int  # 0 = Monday … 6 = Sunday
    at: time
    since: date | None  # the first clean-up week (None until the reminder exists)
    series_start: date | None  # the DTSTART of the reminder's activities

    @property
    def rrule(self) -> str:
        return weekly_rule(self.weekday)

    def week_of(self, day: date) -> date:
        """The first day of the clean-up week holding `day`."""
        return day - timedelta(days=(day.weekday() - self.weekday) % 7)

    def next_due(self, day: date) -> date:
        """The first reminder day on or after `day`."""
        return day + timedelta(days=(self.weekday - day.weekday()) % 7)

    def as_json(self) -> dict:
        return {
            "rrule": self.rrule,
            "time": self.at.strftime("%H:%M"),
            "since": self.since.isoformat() if self.since else None,
        }


@dataclass(frozen=True)
class CleanupDue:
    """This week's clean-up is due and not done yet (for Today and the badge)."""

    week_of: date  # the first day of the clean-up week
    due_at: datetime  # local: the reminder day and time
    review_id: int | None  # a review started this week and left half-way
    reviewed: int  # its deals decided so far
    total: int  # its deals in all (0 before it starts)
    weeks_skipped: int  # weeks without a review just before this one
    activity_id: int | None  # the reminder's open occurrence

    def as_json(self) -> dict:
        return {
            "week_of": self.week_of.isoformat(),
            "due_at": self.due_at.isoformat(timespec="minutes"),
            "review_id": self.review_id,
            "reviewed": self.reviewed,
            "total": self.total,
            "weeks_skipped": self.weeks_skipped,
            "activity_id": self.activity_id,
        }


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def get_schedule(session: Session) -> CleanupSchedule:
    stored = get_setting(session, SCHEDULE_SETTING) or {}
    if not isinstance(stored, dict):
        stored = {}
    found = _BYDAY.search(str(stored.get("rrule", "")).upper())
    weekday = _WEEKDAYS.index(found.group(1)) if found else DEFAULT_WEEKDAY
    try:
        at = parse_time_of_day(str(stored["time"])) if stored.get("time") else DEFAULT_TIME
    except ValidationError:
        at = DEFAULT_TIME  # a hand-edited bad value must not stop the reminder
    return CleanupSchedule(
        weekday, at, _date(stored.get("since")), _date(stored.get("series_start"))
    )


def _save(session: Session, schedule: CleanupSchedule) -> None:
    set_setting(
        session,
        SCHEDULE_SETTING,
        {
            **schedule.as_json(),
            "series_start": schedule.series_start.isoformat() if schedule.series_start else None,
        },
    )


def _occurrences(schedule: CleanupSchedule):
    return select(Activity).where(
        Activity.deal_id.is_(None),
        Activity.client_id.is_(None),
        Activity.rrule.is_not(None),
        Activity.rrule_start == schedule.series_start,
        Activity.done_at.is_(None),
    )


def open_occurrence(session: Session, schedule: CleanupSchedule | None = None) -> Activity | None:
    schedule = schedule or get_schedule(session)
    if schedule.series_start is None:
        return None
    return session.scalars(_occurrences(schedule).order_by(Activity.due_date, Activity.id)).first()


def is_cleanup_reminder(session: Session, activity_id: int) -> bool:
    """Whether an activity is (an occurrence of) the clean-up reminder: the
    Today page may open the review instead of ticking it done."""
    schedule = get_schedule(session)
    a = session.get(Activity, activity_id)
    return (
        a is not None
        and schedule.series_start is not None
        and a.deal_id is None
        and a.client_id is None
        and a.rrule is not None
        and a.rrule_start == schedule.series_start
    )


def finished_whole() -> ColumnElement[bool]:
    """A review that counts for its week: finished, with no deal left undecided
    (each was decided or explicitly skipped)."""
    undecided = (
        select(ReviewItem.id)
        .where(ReviewItem.review_id == Review.id, ReviewItem.done_at.is_(None))
        .exists()
    )
    return Review.finished_on.is_not(None) & ~undecided


def week_done(session: Session, week_of: date) -> bool:
    return (
        session.scalar(
            select(func.count(Review.id)).where(
                finished_whole(),
                Review.finished_on >= week_of,
                Review.finished_on < week_of + timedelta(days=7),
            )
        )
        or 0
    ) > 0


def _due_day(session: Session, schedule: CleanupSchedule, today: date) -> date:
    """This week's day while this week's review is not done, else next week's."""
    week = schedule.week_of(today)
    if (schedule.since is None or week >= schedule.since) and not week_done(session, week):
        return week
    return schedule.next_due(today + timedelta(days=1))


def _default_owner(session: Session) -> int | None:
    from funnel.owners import current_owner_id

    return current_owner_id(session)


def ensure_cleanup_reminder(
    session: Session, *, today: date, now: datetime, subject: str = REMINDER_SUBJECT
) -> int:
    """Make sure the reminder exists and points at the right week; returns its
    open occurrence's id. Idempotent and cheap: the app calls it on start and
    every few minutes. The first reminder falls on the next reminder day (today
    if today is one); an occurrence left from a skipped week moves to this one."""
    schedule = get_schedule(session)
    if schedule.since is None:
        first = schedule.next_due(today)
        schedule = CleanupSchedule(schedule.weekday, schedule.at, first, first)
        _save(session, schedule)
    current = open_occurrence(session, schedule)
    if current is None:
        due = _due_day(session, schedule, today)
        if schedule.series_start is None:
            schedule = CleanupSchedule(schedule.weekday, schedule.at, schedule.since, due)
            _save(session, schedule)
        current = Activity(
            kind=ActivityKind.TASK.value,
            subject=(subject or "").strip() or REMINDER_SUBJECT,
            deal_id=None,
            client_id=None,
            owner_id=_default_owner(session),
            due_date=due,
            due_time=schedule.at,
            notes="",
            rrule=schedule.rrule,
            rrule_start=schedule.series_start,
            created_at=utc_naive(now),
        )
        session.add(current)
        session.flush()
        return current.id
    week = schedule.week_of(today)
    if current.due_date < week:
        # Last week's reminder was never followed: this week's takes its place
        # (the skipped week shows in the history) and is notified afresh.
        current.due_date = _due_day(session, schedule, today)
        current.due_time = schedule.at
        current.notified_at = None
        session.flush()
    return current.id


def reminder_needs_update(session: Session, *, today: date) -> bool:
    """Whether `ensure_cleanup_reminder` would change anything (a read, so a
    periodic check writes only when there is something to write)."""
    schedule = get_schedule(session)
    if schedule.since is None:
        return True
    current = open_occurrence(session, schedule)
    return current is None or current.due_date < schedule.week_of(today)


def set_schedule(
    session: Session,
    *,
    weekday: int,
    at: time | str,
    today: date,
    now: datetime,
    subject: str = REMINDER_SUBJECT,
) -> CleanupSchedule:
    """Move the clean-up to another day and time; the open reminder follows."""
    moment = parse_time_of_day(at) if isinstance(at, str) else at.replace(second=0, microsecond=0)
    weekly_rule(weekday)  # a clear error for a bad weekday
    old = get_schedule(session)
    current = open_occurrence(session, old)
    changed = CleanupSchedule(weekday, moment, old.since, old.series_start)
    if old.since is not None and weekday != old.weekday:
        due = _due_day(session, changed, today)
        changed = CleanupSchedule(weekday, moment, old.since, due)
        if current is not None:
            current.due_date = due
            current.rrule = changed.rrule
            current.rrule_start = due
    _save(session, changed)
    if current is not None:
        current.due_time = moment
        current.notified_at = None
        session.flush()
    else:
        ensure_cleanup_reminder(session, today=today, now=now, subject=subject)
    return get_schedule(session)


def close_week(session: Session, *, today: date, now: datetime) -> int | None:
    """This week's review is done: tick the reminder off (the next occurrence,
    next week, is created by the recurrence). Returns the next occurrence's id."""
    schedule = get_schedule(session)
    current = open_occurrence(session, schedule)
    if current is None or current.due_date > today:
        return None
    result = complete_activity(session, current.id, now=now, outcome=DONE_OUTCOME, today=today)
    return result.next_activity_id


def skipped_before(session: Session, schedule: CleanupSchedule, week_of: date) -> int:
    """Weeks in a row without a finished review just before `week_of`."""
    if schedule.since is None:
        return 0
    finished = {
        schedule.week_of(day)
        for day in session.scalars(
            select(Review.finished_on).where(finished_whole(), Review.finished_on >= schedule.since)
        )
        if day is not None
    }
    count = 0
    week = week_of - timedelta(days=7)
    while week >= schedule.since and week not in finished:
        count += 1
        week -= timedelta(days=7)
    return count


def cleanup_due(session: Session, *, today: date) -> CleanupDue | None:
    """This week's clean-up when it is due and not done yet, else None. It is
    due from the reminder day of the week (see `CleanupSchedule.week_of`)
    until a review finishes; before the first reminder day nothing is due."""
    schedule = get_schedule(session)
    if schedule.since is None:
        return None
    week = schedule.week_of(today)
    if week < schedule.since or week_done(session, week):
        return None
    review = session.scalars(
        select(Review)
        .where(Review.finished_at.is_(None), Review.started_on >= week)
        .order_by(Review.id.desc())
        .limit(1)
    ).first()
    reviewed = total = 0
    if review is not None:
        total, reviewed = session.execute(
            select(func.count(ReviewItem.id), func.count(ReviewItem.done_at)).where(
                ReviewItem.review_id == review.id
            )
        ).one()
    current = open_occurrence(session, schedule)
    return CleanupDue(
        week_of=week,
        due_at=datetime.combine(week, schedule.at),
        review_id=review.id if review else None,
        reviewed=reviewed,
        total=total,
        weeks_skipped=skipped_before(session, schedule, week),
        activity_id=current.id if current else None,
    )
