"""Snoozing a follow-up: push its due moment to later today, tomorrow morning,
next Monday or a week later.

Everything here is the person's local wall time: `now_local` is a naive local
datetime and the new due date/time is local, like every activity's.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from funnel.errors import NotFoundError, ValidationError
from funnel.followups.bounds import check_day
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.models import Activity


class SnoozeChoice(enum.StrEnum):
    LATER_TODAY = "later"
    TOMORROW = "tomorrow"
    NEXT_MONDAY = "monday"
    NEXT_WEEK = "week"


MORNING = time(9, 0)  # "tomorrow morning" and "next Monday" start the working day
LATER_TODAY_HOURS = 3
QUARTER_MINUTES = 15


@dataclass(frozen=True)
class SnoozeResult:
    """The due moment before and after; `revert_snooze` puts it back."""

    activity_id: int
    from_date: date
    from_time: time | None
    due_date: date
    due_time: time | None


def _round_up_to_quarter(moment: datetime) -> datetime:
    moment = moment.replace(second=0, microsecond=0) + (
        timedelta(minutes=1) if moment.second or moment.microsecond else timedelta()
    )
    extra = -moment.minute % QUARTER_MINUTES
    return moment + timedelta(minutes=extra)


def snooze_target(
    choice: SnoozeChoice | str, *, now_local: datetime, due_time: time | None = None
) -> tuple[date, time | None]:
    """Where a snooze choice lands as of `now_local`:
    later today = 3 hours from now, rounded up to the quarter hour (after 21:00
    this is past midnight, i.e. early tomorrow); tomorrow = 09:00 tomorrow; next
    Monday = 09:00 on the coming Monday (a week on, when today is Monday); a
    week later = the same day next week, keeping the activity's own time."""
    try:
        choice = SnoozeChoice(choice)
    except ValueError as exc:
        names = ", ".join(c.value for c in SnoozeChoice)
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Snooze to one of {names} (got '{choice}')."),
            names=names,
            choice=choice,
        ) from exc
    today = now_local.date()
    if choice == SnoozeChoice.LATER_TODAY:
        later = _round_up_to_quarter(now_local + timedelta(hours=LATER_TODAY_HOURS))
        return later.date(), later.time()
    if choice == SnoozeChoice.TOMORROW:
        return today + timedelta(days=1), MORNING
    if choice == SnoozeChoice.NEXT_MONDAY:
        return today + timedelta(days=7 - today.weekday()), MORNING
    return today + timedelta(days=7), due_time


def snooze_activity(
    session: Session,
    activity_id: int,
    *,
    until: SnoozeChoice | str | datetime | date,
    now_local: datetime,
) -> SnoozeResult:
    """Move an open activity's due moment; it will be reminded of again then.
    `until` is a choice, a local datetime later than `now_local`, or a day
    (the activity keeps its own time, or none), today or later."""
    a = session.get(Activity, activity_id)
    if a is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no activity with id {activity_id}."),
            activity_id=activity_id,
        )
    if a.done_at is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Activity '{subject}' is already done; there is nothing to snooze."
            ),
            subject=a.subject,
        )
    new_time: time | None
    if isinstance(until, datetime):
        if until.tzinfo is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Snooze to a local time, without a time zone.")
            )
        if until <= now_local:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Snooze to a moment later than now ({now_local}); {until} has passed."
                ),
                now_local=f"{now_local:%Y-%m-%d %H:%M}",
                until=f"{until:%Y-%m-%d %H:%M}",
            )
        new_date, new_time = until.date(), until.time().replace(second=0, microsecond=0)
    elif isinstance(until, date):
        if until < now_local.date():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Snooze to today or a later day; {until} has passed."),
                until=until.isoformat(),
            )
        new_date, new_time = until, a.due_time
    else:
        # A snooze counts from the later of now and the current due moment, so
        # "tomorrow" on a call due next week never brings it forward.
        base = max(now_local, datetime.combine(a.due_date, a.due_time or time.min))
        new_date, new_time = snooze_target(until, now_local=base, due_time=a.due_time)
    if (new_date, new_time or time.min) < (a.due_date, a.due_time or time.min):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Snoozing moves a follow-up later, and '{subject}' is already due {due}; "
                "edit it to bring it forward.",
            ),
            subject=a.subject,
            due=f"{a.due_date} {a.due_time:%H:%M}" if a.due_time else a.due_date.isoformat(),
        )
    check_day(new_date, "due")
    result = SnoozeResult(a.id, a.due_date, a.due_time, new_date, new_time)
    a.due_date, a.due_time = new_date, new_time
    a.notified_at = None
    session.flush()
    return result


def revert_snooze(session: Session, result: SnoozeResult) -> None:
    a = session.get(Activity, result.activity_id)
    if a is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no activity with id {activity_id}."),
            activity_id=result.activity_id,
        )
    if (a.due_date, a.due_time) != (result.due_date, result.due_time) or a.done_at is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Activity '{subject}' has changed since; it cannot be undone."
            ),
            subject=a.subject,
        )
    a.due_date, a.due_time = result.from_date, result.from_time
    session.flush()
