"""The period a report covers and the filters it applies.

A period is a range of whole days, `start` and `end` both included, read as
UTC days like every stored moment (the difference to the user's local midnight
is at most a few hours of one day, and the same for every report). Presets are
calendar ones: this month, last month, this quarter, and the 12 months ending
with the current one.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from funnel.errors import ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP

MAX_PERIOD_DAYS = 3 * 366  # a report over more is a different question


class Preset(enum.StrEnum):
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    QUARTER = "quarter"
    TWELVE_MONTHS = "12_months"


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    """The first of the month `months` after `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # included

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The period ends on {end}, before it starts on {start}."
                ),
                start=self.start.isoformat(),
                end=self.end.isoformat(),
            )
        if (self.end - self.start).days >= MAX_PERIOD_DAYS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A report covers at most three years (asked: {start} to {end})."
                ),
                start=self.start.isoformat(),
                end=self.end.isoformat(),
            )

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def since(self) -> datetime:
        """The first moment of the period (naive UTC)."""
        return datetime.combine(self.start, time())

    @property
    def until(self) -> datetime:
        """The first moment after the period (naive UTC)."""
        return datetime.combine(self.end + timedelta(days=1), time())

    def previous(self) -> Period:
        """The period of the same length just before; a whole-months period
        gives the same number of months before it."""
        if self.start.day == 1 and (self.end + timedelta(days=1)).day == 1:
            months = (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1
            start = add_months(self.start, -months)
            return Period(start, self.start - timedelta(days=1))
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))

    def months(self) -> list[date]:
        """The first day of every month the period touches."""
        out, day = [], month_start(self.start)
        while day <= self.end:
            out.append(day)
            day = add_months(day, 1)
        return out

    def as_json(self) -> dict:
        return {"from": self.start.isoformat(), "to": self.end.isoformat()}


def preset_period(preset: Preset | str, today: date) -> Period:
    preset = Preset(preset)
    this = month_start(today)
    if preset == Preset.THIS_MONTH:
        return Period(this, add_months(this, 1) - timedelta(days=1))
    if preset == Preset.LAST_MONTH:
        return Period(add_months(this, -1), this - timedelta(days=1))
    if preset == Preset.QUARTER:
        first = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
        return Period(first, add_months(first, 3) - timedelta(days=1))
    return Period(add_months(this, -11), add_months(this, 1) - timedelta(days=1))


@dataclass(frozen=True)
class Filters:
    """Which deals a report looks at: one pipeline and/or one owner (the deal's
    owner now). None means all."""

    pipeline_id: int | None = None
    owner_id: int | None = None


NO_FILTERS = Filters()
