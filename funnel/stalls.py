"""When is a deal stalled? The one rule shared by the board, lists, Today,
the clean-up and `funnel stalled`.

A deal is stalled when its days in the current stage exceed the stage's
`rot_days`; exactly `rot_days` is not yet stalled, and a stage without
`rot_days` never stalls. A team may count business days only: Saturdays and
Sundays do not age a deal (public holidays differ by country and are not
counted out).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from funnel.settings import get_setting

BUSINESS_DAYS_SETTING = "stall_business_days"


def business_days_between(start: date, end: date) -> int:
    """Weekdays in (start, end]: the days that aged a deal entered on `start`."""
    if end <= start:
        return 0
    days = (end - start).days
    full_weeks, rest = divmod(days, 7)
    count = full_weeks * 5
    for i in range(1, rest + 1):
        if (start + timedelta(days=full_weeks * 7 + i)).weekday() < 5:
            count += 1
    return count


def age_in_days(entered_at: datetime | date, today: date, *, business_days: bool) -> int:
    start = entered_at.date() if isinstance(entered_at, datetime) else entered_at
    if business_days:
        return business_days_between(start, today)
    return max(0, (today - start).days)


def days_over(
    entered_at: datetime | date, today: date, rot_days: int | None, *, business_days: bool
) -> int:
    """How many days past its stage's limit a deal is; 0 when not stalled."""
    if rot_days is None:
        return 0
    return max(0, age_in_days(entered_at, today, business_days=business_days) - rot_days)


def stalled_cutoff(today: date, rot_days: int, *, business_days: bool) -> date:
    """The latest entry date that is stalled as of `today`: deals that entered
    the stage on or before it are stalled. Lets a query use an index on
    (stage_id, stage_entered_at) instead of computing ages row by row."""
    if not business_days:
        return today - timedelta(days=rot_days + 1)
    day = today - timedelta(days=rot_days + 1)
    while business_days_between(day, today) <= rot_days:
        day -= timedelta(days=1)
    return day


def uses_business_days(session: Session) -> bool:
    return bool(get_setting(session, BUSINESS_DAYS_SETTING, False))
