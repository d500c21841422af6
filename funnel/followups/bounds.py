"""The limits of dates and recurrence rules a person can give Funnel.

Dates a person picks (a due date, a return date, `--today`) lie between 1900
and 2200: far enough for any sale, near enough that adding a month or an alarm
never overflows Python's year 9999 (`--due 9999-12-31` once broke the
calendar export for every activity).

Recurrence rules are checked against RFC 5545's ranges before dateutil sees
them (`INTERVAL=0` made dateutil loop forever), and every expansion of a rule
stops at `LAST_DAY` and at `MAX_COUNT` occurrences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time

from dateutil.rrule import DAILY, WEEKLY, YEARLY, rrule

from funnel.errors import ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP

FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2200, 12, 31)
LAST_MOMENT = datetime.combine(LAST_DAY, time.max)
MAX_INTERVAL = 1000
MAX_COUNT = 10_000

# RFC 5545 §3.3.10: each BYxxx part's allowed magnitudes (a sign counts from the end).
_RANGES = {
    "INTERVAL": (1, MAX_INTERVAL, False),
    "COUNT": (1, MAX_COUNT, False),
    "BYSECOND": (0, 60, False),
    "BYMINUTE": (0, 59, False),
    "BYHOUR": (0, 23, False),
    "BYMONTHDAY": (1, 31, True),
    "BYYEARDAY": (1, 366, True),
    "BYWEEKNO": (1, 53, True),
    "BYMONTH": (1, 12, False),
    "BYSETPOS": (1, 366, True),
}
_NUMBER = re.compile(r"^[+-]?\d{1,6}$")


# One whole sentence per kind of date, so each language words it its own way.
_OUTSIDE = {
    "due": QT_TRANSLATE_NOOP(
        "Errors", "The due date {day} is outside the years Funnel handles ({first}–{last})."
    ),
    "return": QT_TRANSLATE_NOOP(
        "Errors", "The return date {day} is outside the years Funnel handles ({first}–{last})."
    ),
}


def check_day(day: date, what: str) -> date:
    """`day` if a person could mean it, else a ValidationError naming `what`
    ("due" or "return")."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValidationError(
            _OUTSIDE[what],
            day=day.isoformat(),
            first=FIRST_DAY.year,
            last=LAST_DAY.year,
        )
    return day


def _bad_part(shown: str, name: str, value: str, low: int, high: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "'{shown}' is not a valid recurrence rule: {name} must be {low} to {high} "
            "(got {value}).",
        ),
        shown=shown,
        name=name,
        low=low,
        high=high,
        value=value,
    )


def check_rule_parts(text: str, shown: str) -> None:
    """Every numeric part of a normalised rule within RFC 5545's range."""
    for part in text.split(";"):
        name, _, value = part.partition("=")
        limits = _RANGES.get(name)
        if limits is None:
            continue
        low, high, signed = limits
        for item in value.split(","):
            if not _NUMBER.match(item):
                raise _bad_part(shown, name, item, low, high)
            number = int(item)
            if (number < 0 and not signed) or not low <= abs(number) <= high:
                raise _bad_part(shown, name, item, low, high)


def _may_match(parsed, end: datetime) -> bool:
    """False when a daily or weekly rule's month days can never occur before
    `end` (31 February). dateutil checks UNTIL only on dates that match, so
    such a rule walks day by day to the year 9999 (8 s); the same filters
    walked a year at a time answer at once."""
    monthdays = tuple(parsed._bymonthday or ()) + tuple(parsed._bynmonthday or ())
    simple = not (parsed._bysetpos or parsed._bynweekday or parsed._byweekno or parsed._byyearday)
    if parsed._freq not in (DAILY, WEEKLY) or not monthdays or not simple:
        return True
    probe = rrule(
        YEARLY,
        dtstart=parsed._dtstart,
        bymonth=parsed._bymonth or tuple(range(1, 13)),
        bymonthday=monthdays,
        byweekday=parsed._byweekday,
        until=end,
    )
    return next(iter(probe), None) is not None


def bounded(parsed, *, until: datetime = LAST_MOMENT) -> Iterator[datetime]:
    """The rule's occurrences, stopping at `until` and after its COUNT: a rule
    that can never match (31 February) ends at once instead of spinning
    through the years to 9999."""
    count = parsed._count
    end = min(parsed._until, until) if parsed._until else until
    if not _may_match(parsed, end):
        return
    capped = parsed.replace(count=None, until=end)
    for index, moment in enumerate(capped):
        if count is not None and index >= count:
            return
        yield moment
