"""Reminders: which follow-ups come due when, so the app can show a desktop
notification at the moment — and, on start, list those that came due while it
was closed instead of losing them.

Time zones, once and for all:
- An activity's due moment is the person's LOCAL wall time: `due_date` plus
  `due_time`, or plus the default reminder time (setting
  `reminder_default_time`, "HH:MM", 09:00 unless set) when it has only a date.
  So every `*_local` argument and `Reminder.due_at` is a naive local datetime.
- `notified_at` (when a notification was shown) is a stored moment, naive UTC,
  and `mark_notified` takes the usual `now`.
- The app's last-seen moment (setting `reminders_last_seen`) is local, ISO text.

The UI polls `reminders_due(since_local=last check, until_local=now)` on a
timer (a gap after sleep is then caught too), shows each, calls
`mark_notified`, and saves `set_last_seen`. `next_reminder_at` tells it when
the next one falls, to arm a single timer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import ColumnElement, CursorResult, and_, func, or_, select, update
from sqlalchemy.orm import Session

from funnel.errors import ValidationError
from funnel.followups.agenda import AgendaLine, activity_lines
from funnel.store.models import Activity
from funnel.store.settings import get_setting, set_setting
from funnel.timeutil import utc_naive

DEFAULT_TIME_SETTING = "reminder_default_time"
LAST_SEEN_SETTING = "reminders_last_seen"
DEFAULT_TIME = time(9, 0)
_CHUNK = 5000


@dataclass(frozen=True)
class Reminder:
    """An activity that comes due, and the local moment it does."""

    due_at: datetime  # local
    line: AgendaLine  # the activity with its deal, client, phone and e-mail

    @property
    def activity_id(self) -> int:
        return self.line.activity_id

    def as_json(self) -> dict:
        return {"due_at": self.due_at.isoformat(timespec="minutes"), **self.line.as_json()}


def parse_time_of_day(text: str) -> time:
    try:
        return time.fromisoformat(text.strip()).replace(second=0, microsecond=0)
    except (ValueError, AttributeError) as exc:
        raise ValidationError(f"'{text}' is not a time of day of the form HH:MM.") from exc


def default_reminder_time(session: Session) -> time:
    """When an activity with only a date is reminded of (local time)."""
    value = get_setting(session, DEFAULT_TIME_SETTING)
    if not value:
        return DEFAULT_TIME
    try:
        return parse_time_of_day(str(value))
    except ValidationError:
        return DEFAULT_TIME  # a hand-edited bad value must not stop reminders


def set_default_reminder_time(session: Session, value: time | str) -> time:
    moment = parse_time_of_day(value) if isinstance(value, str) else value
    set_setting(session, DEFAULT_TIME_SETTING, moment.strftime("%H:%M"))
    return moment


def due_moment(activity, default_time: time = DEFAULT_TIME) -> datetime:
    """The local moment an activity (anything with `due_date` and `due_time`)
    comes due: its time, or `default_time` when it has only a date."""
    return datetime.combine(activity.due_date, activity.due_time or default_time)


def _window(
    session: Session,
    since_local: datetime,
    until_local: datetime,
    *,
    include_notified: bool,
    owner_id: int | None,
) -> list[Reminder]:
    if until_local <= since_local:
        return []
    default = default_reminder_time(session)
    where: list = [
        Activity.due_date >= since_local.date(),
        Activity.due_date <= until_local.date(),
    ]
    day = since_local.date()
    if until_local.date() == day:
        # The minute-by-minute tick: only that day's times in the window, and the
        # date-only ones if the default time falls in it.
        timed = and_(
            Activity.due_time > since_local.time(), Activity.due_time <= until_local.time()
        )
        untimed = since_local < datetime.combine(day, default) <= until_local
        where.append(or_(timed, Activity.due_time.is_(None)) if untimed else timed)
    if not include_notified:
        where.append(Activity.notified_at.is_(None))
    if owner_id is not None:
        where.append(Activity.owner_id == owner_id)
    out = []
    # The dates bound the scan (an index range); the exact moments are checked here.
    for line in activity_lines(session, where, today=until_local.date()):
        at = due_moment(line, default)
        if since_local < at <= until_local:
            out.append(Reminder(at, line))
    out.sort(key=lambda r: (r.due_at, r.activity_id))
    return out


def reminders_due(
    session: Session,
    *,
    since_local: datetime,
    until_local: datetime,
    owner_id: int | None = None,
) -> list[Reminder]:
    """Open activities that come due in (since_local, until_local] and were not
    notified yet, earliest first."""
    return _window(session, since_local, until_local, include_notified=False, owner_id=owner_id)


def mark_notified(session: Session, activity_ids: Iterable[int], *, now: datetime) -> int:
    """Record that these reminders were shown (once: a second call changes
    nothing). Returns how many were newly marked."""
    ids = list(dict.fromkeys(activity_ids))
    moment = utc_naive(now)
    marked = 0
    for i in range(0, len(ids), _CHUNK):
        result = session.execute(
            update(Activity)
            .where(Activity.id.in_(ids[i : i + _CHUNK]), Activity.notified_at.is_(None))
            .values(notified_at=moment)
            .execution_options(synchronize_session=False)
        )
        assert isinstance(result, CursorResult)  # an UPDATE's result counts its rows
        marked += result.rowcount or 0
    session.expire_all()
    return marked


def missed_reminders(
    session: Session,
    *,
    now_local: datetime,
    last_seen_local: datetime | None,
    owner_id: int | None = None,
) -> list[Reminder]:
    """What came due while the app was closed: due in (last_seen, now] and never
    shown. Without a last-seen moment (the first start) nothing is "missed";
    the overdue list in Today covers the past."""
    if last_seen_local is None:
        return []
    return reminders_due(
        session, since_local=last_seen_local, until_local=now_local, owner_id=owner_id
    )


def _last_seen_key(owner_id: int | None) -> str:
    """A team member's own setting key (`owner:ID:`, which row-level security
    lets them write), or the file's one."""
    return LAST_SEEN_SETTING if owner_id is None else f"owner:{owner_id}:{LAST_SEEN_SETTING}"


def get_last_seen(session: Session, *, owner_id: int | None = None) -> datetime | None:
    """The local moment the app last checked reminders (None before the first)."""
    value = get_setting(session, _last_seen_key(owner_id))
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value)).replace(tzinfo=None)
    except ValueError:
        return None


def set_last_seen(session: Session, moment_local: datetime, *, owner_id: int | None = None) -> None:
    set_setting(session, _last_seen_key(owner_id), moment_local.replace(tzinfo=None).isoformat())


def next_reminder_at(
    session: Session, *, after_local: datetime, owner_id: int | None = None
) -> datetime | None:
    """The local moment of the next not-yet-shown reminder after `after_local`,
    to arm one timer instead of polling; None when nothing is scheduled."""
    default = default_reminder_time(session)
    pending: list[ColumnElement[bool]] = [
        Activity.done_at.is_(None),
        Activity.notified_at.is_(None),
    ]
    if owner_id is not None:
        pending.append(Activity.owner_id == owner_id)

    def first_on(day: date) -> datetime | None:
        times = session.execute(
            select(Activity.due_time).where(*pending, Activity.due_date == day).distinct()
        ).scalars()
        moments = [datetime.combine(day, t or default) for t in times]
        later = [m for m in moments if m > after_local]
        return min(later) if later else None

    found = first_on(after_local.date())
    if found is not None:
        return found
    next_day = session.scalar(
        select(func.min(Activity.due_date)).where(*pending, Activity.due_date > after_local.date())
    )
    return first_on(next_day) if next_day is not None else None
