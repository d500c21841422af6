"""Periods, their presets, and SQL that stays portable to PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.dialects import postgresql, sqlite

from funnel.errors import ValidationError
from funnel.reports.period import Period, preset_period
from funnel.reports.sql import day_number, month_key, whole
from funnel.store.models import Deal

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    "preset, start, end",
    [
        ("this_month", date(2026, 11, 1), date(2026, 11, 30)),
        ("last_month", date(2026, 10, 1), date(2026, 10, 31)),
        ("quarter", date(2026, 10, 1), date(2026, 12, 31)),
        ("12_months", date(2025, 12, 1), date(2026, 11, 30)),
    ],
)
def test_presets_are_calendar_periods(preset, start, end):
    assert preset_period(preset, TODAY) == Period(start, end)


@pytest.mark.parametrize(
    "period, previous",
    [
        (
            Period(date(2026, 11, 1), date(2026, 11, 30)),
            Period(date(2026, 10, 1), date(2026, 10, 31)),
        ),
        (Period(date(2026, 3, 1), date(2026, 3, 31)), Period(date(2026, 2, 1), date(2026, 2, 28))),
        (
            Period(date(2026, 11, 10), date(2026, 11, 19)),
            Period(date(2026, 10, 31), date(2026, 11, 9)),
        ),
    ],
)
def test_the_previous_period_has_the_same_months_or_days(period, previous):
    assert period.previous() == previous


def test_a_period_that_ends_before_it_starts_is_refused_with_both_dates():
    with pytest.raises(ValidationError, match="ends on 2026-11-01, before it starts on 2026-11-10"):
        Period(date(2026, 11, 10), date(2026, 11, 1))


@pytest.mark.parametrize(
    "expression",
    [
        lambda d: day_number(d, Deal.closed_at),
        lambda d: month_key(d, Deal.closed_at),
        lambda d: whole(d, day_number(d, Deal.closed_at)),
    ],
)
def test_day_arithmetic_has_no_sqlite_functions_on_postgresql(expression):
    on_postgres = str(expression("postgresql").compile(dialect=postgresql.dialect()))
    on_sqlite = str(expression("sqlite").compile(dialect=sqlite.dialect()))
    assert "julianday" not in on_postgres and "strftime" not in on_postgres
    assert "julianday" in on_sqlite or "strftime" in on_sqlite
