"""Time helpers. Services never read the clock: callers pass `now` (an aware
or naive-UTC datetime) or `today` (the user's local date)."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utc_naive(now: datetime) -> datetime:
    """Stored datetimes are naive UTC; accept an aware `now` from callers."""
    if now.tzinfo is not None:
        return now.astimezone(UTC).replace(tzinfo=None)
    return now


def days_since(moment: datetime | None, today: date) -> int:
    """Whole calendar days from a stored moment to `today` (0 on the same day)."""
    if moment is None:
        return 0
    return max(0, (today - moment.date()).days)
