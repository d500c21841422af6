"""When things happened: moments in office hours, walked back from a known
moment so a deal's history always reads forward in time."""

from __future__ import annotations

import calendar
import random
from datetime import date, datetime, time, timedelta

from funnel.demo.data import OFFICE_HOURS_UTC

ONE_DAY = timedelta(days=1)


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier), clamped to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class Clock:
    """Moments as of a fixed `now` (naive UTC): never after it."""

    def __init__(self, rng: random.Random, now: datetime) -> None:
        self.rnd = rng.random
        self.now = now
        self.today = now.date()
        self.hours = {lang: (a * 3600, b * 3600) for lang, (a, b) in OFFICE_HOURS_UTC.items()}

    def at(self, day: date, lang: str) -> datetime:
        """A moment in the client's office hours on `day`; on today, before now."""
        start, end = self.hours[lang]
        offset = start + int(self.rnd() * (end - start))
        moment = datetime.combine(day, time()) + timedelta(seconds=offset)
        if moment > self.now:
            earlier = self.now - timedelta(seconds=60 + int(self.rnd() * 3 * 3600))
            moment = max(datetime.combine(day, time()), earlier)
        return moment

    def earlier(self, later: datetime, days: int, lang: str) -> datetime:
        """A moment `days` (or a few more, skipping a weekend) before `later`."""
        day = later.date() - timedelta(days=days)
        if day.weekday() >= 5 and self.rnd() < 0.9:
            day -= timedelta(days=day.weekday() - 4)  # back to Friday
        if day < later.date():
            return self.at(day, lang)
        return later - timedelta(seconds=600 + int(self.rnd() * 4 * 3600))

    def between(self, start: datetime, end: datetime) -> datetime:
        """A moment (whole seconds) between two moments; `start` when they are reversed."""
        span = (end - start).total_seconds()
        if span <= 0:
            return start
        return start + timedelta(seconds=int(self.rnd() * span))

    def working(self, start: datetime, end: datetime, lang: str) -> datetime:
        """A moment in office hours on a day between two moments, kept inside them."""
        days = (end.date() - start.date()).days
        moment = self.at(start.date() + timedelta(days=int(self.rnd() * (days + 1))), lang)
        if start <= moment <= end:
            return moment
        return self.between(start, end)

    def weekday_before(self, day: date) -> date:
        """`day`, or the Friday before it when it falls on a weekend."""
        if day.weekday() >= 5:
            return day - timedelta(days=day.weekday() - 4)
        return day
