"""Recurring follow-ups: RFC 5545 RRULE strings read with `dateutil.rrule`.

An activity stores its rule without the "RRULE:" prefix (`FREQ=WEEKLY;BYDAY=MO`)
and the date the series counts from (`rrule_start`, its DTSTART). Occurrences
are dates; the time of day, if any, stays the activity's own.

People expect "every month on the 31st" to fall on the last day of shorter
months, and a 29 February birthday to fall on 28 February in other years. Plain
RFC 5545 skips such months instead, so the builders below pick the last of a
few candidate days with BYSETPOS=-1 (`BYMONTHDAY=28,29,30,31;BYSETPOS=-1`): still
valid RFC 5545, so a phone calendar importing the .ics agrees with Funnel.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta

from dateutil.rrule import DAILY, MONTHLY, WEEKLY, YEARLY, rrule, rrulestr

from funnel.errors import ValidationError
from funnel.followups.bounds import bounded, check_rule_parts
from funnel.i18n import QT_TRANSLATE_NOOP

MAX_RULE_LENGTH = 500
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# Follow-ups are dated, so a rule repeats daily at most.
_ALLOWED_FREQ = {DAILY, WEEKLY, MONTHLY, YEARLY}


def normalize_rule(rule: str | None) -> str | None:
    """'rrule:freq=weekly;byday=mo ' → 'FREQ=WEEKLY;BYDAY=MO'; empty → None."""
    text = (rule or "").strip()
    if not text:
        return None
    if text.upper().startswith("RRULE:"):
        text = text[len("RRULE:") :]
    return text.strip().upper()


def _parse(rule: str, start: date) -> rrule:
    return rrulestr(rule, dtstart=datetime.combine(start, time.min))


def validate_rule(rule: str | None, *, start: date) -> str | None:
    """The rule in its stored form, or a ValidationError a person can read."""
    text = normalize_rule(rule)
    if text is None:
        return None
    shown = (rule or "").strip()
    if len(text) > MAX_RULE_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "A recurrence rule is at most {max_rule_length} characters."
            ),
            max_rule_length=MAX_RULE_LENGTH,
        )
    if any(ch in text for ch in "\r\n:") or "DTSTART" in text:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "'{shown}' is not a single recurrence rule; write only the RRULE part, "
                "such as FREQ=WEEKLY;BYDAY=MO.",
            ),
            shown=shown,
        )
    if not text.startswith("FREQ=") and ";FREQ=" not in text:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "'{shown}' is not a recurrence rule: it needs FREQ (DAILY, WEEKLY, MONTHLY "
                "or YEARLY), such as FREQ=WEEKLY;BYDAY=MO.",
            ),
            shown=shown,
        )
    check_rule_parts(text, shown)
    try:
        parsed = _parse(text, start)
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        detail = str(exc) if str(exc).startswith(("invalid", "unknown")) else "write NAME=VALUE"
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "'{shown}' is not a valid recurrence rule (RFC 5545 RRULE, such as "
                "FREQ=WEEKLY;BYDAY=MO): {detail}.",
            ),
            shown=shown,
            detail=detail,
        ) from exc
    if parsed._freq not in _ALLOWED_FREQ:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "'{shown}' repeats more often than daily; a follow-up repeats "
                "daily, weekly, monthly or yearly.",
            ),
            shown=shown,
        )
    _check_ranges(parsed, shown)
    # An impossible rule (30 February, UNTIL before the start) never comes due.
    horizon = datetime.combine(start, time.min)
    if next(bounded(parsed, until=horizon + timedelta(days=5 * 366)), None) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "'{shown}' never falls on a date in the five years from {start}."
            ),
            shown=shown,
            start=start.isoformat(),
        )
    return text


def _check_ranges(parsed: rrule, shown: str) -> None:
    """dateutil accepts BYMONTHDAY=40 and never yields a date; say so instead."""
    for value in parsed._bymonth or ():
        if not 1 <= value <= 12:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "'{shown}' is not a valid recurrence rule: "
                    "BYMONTH must be 1 to 12 (got {value}).",
                ),
                shown=shown,
                value=value,
            )
    checks = (
        ("BYMONTHDAY", (parsed._bymonthday or ()) + (parsed._bynmonthday or ()), 31),
        ("BYSETPOS", parsed._bysetpos or (), 366),
    )
    for name, values, high in checks:
        for value in values:
            if not 1 <= abs(value) <= high:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "'{shown}' is not a valid recurrence rule: {name} must be "
                        "1 to {high} (or -1 to -{high} from the end; got {value}).",
                    ),
                    shown=shown,
                    name=name,
                    high=high,
                    value=value,
                )


def next_occurrence(
    rule: str, *, start: date, after: date, not_before: date | None = None
) -> date | None:
    """The first date of the series starting `start` that is later than `after`
    (and, if given, not earlier than `not_before`); None when the series ended
    (COUNT or UNTIL)."""
    first = after + timedelta(days=1)
    if not_before is not None and not_before > first:
        first = not_before
    threshold = datetime.combine(first, time.min)
    for found in bounded(_parse(rule, start)):
        if found >= threshold:
            return found.date()
    return None


def weekly_rule(weekday: int) -> str:
    """Every week on `weekday` (0 = Monday … 6 = Sunday, as `date.weekday()`)."""
    if not 0 <= weekday <= 6:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A weekday is 0 (Monday) to 6 (Sunday) (got {weekday})."),
            weekday=weekday,
        )
    return f"FREQ=WEEKLY;BYDAY={_WEEKDAYS[weekday]}"


def monthly_rule(day: int) -> str:
    """Every month on day `day` (1–31); days past a month's end fall on its last
    day. `day=-1` is always the last day."""
    if day == -1:
        return "FREQ=MONTHLY;BYMONTHDAY=-1"
    if not 1 <= day <= 31:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A day of the month is 1 to 31 (got {day})."), day=day
        )
    if day <= 28:
        return f"FREQ=MONTHLY;BYMONTHDAY={day}"
    candidates = ",".join(str(d) for d in range(28, day + 1))
    return f"FREQ=MONTHLY;BYMONTHDAY={candidates};BYSETPOS=-1"


def yearly_rule(month: int, day: int) -> str:
    """Every year on `day` `month`; 29 February falls on 28 February in common years."""
    try:
        date(2000, month, day)  # a leap year, so 29 February is accepted
    except (ValueError, TypeError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{day}/{month} is not a day of the year."),
            day=day,
            month=month,
        ) from exc
    if (month, day) == (2, 29):
        return "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1"
    return f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={day}"


def birthday_rule(birthday: date) -> str:
    return yearly_rule(birthday.month, birthday.day)


def next_birthday(birthday: date, today: date) -> date:
    """The client's next birthday on or after `today` (28 February for a 29
    February birthday in a common year)."""
    for year in (today.year, today.year + 1):
        day = birthday.day
        if (birthday.month, day) == (2, 29) and not calendar.isleap(year):
            day = 28
        candidate = date(year, birthday.month, day)
        if candidate >= today:
            return candidate
    raise AssertionError("unreachable: next year always has the birthday")
