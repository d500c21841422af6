from datetime import date

import pytest
from dateutil.rrule import rrulestr
from icalendar import vRecur

from funnel.customers.clients import create_client
from funnel.errors import ValidationError
from funnel.followups.activities import add_activity, add_birthday_activity, complete_activity
from funnel.followups.activity_list import get_activity
from funnel.followups.recurrence import (
    birthday_rule,
    monthly_rule,
    next_birthday,
    next_occurrence,
    validate_rule,
    weekly_rule,
    yearly_rule,
)
from tests.factories import make_deal


def finish_in_turn(session, now, activity_id, times):
    """Finish the activity, then each next occurrence; the due dates met."""
    dues = [get_activity(session, activity_id).due_date]
    for _ in range(times):
        activity_id = complete_activity(session, activity_id, now=now).next_activity_id
        dues.append(get_activity(session, activity_id).due_date)
    return dues


def recurring(session, now, due, rule):
    deal = make_deal(session, now)
    return add_activity(
        session, kind="call", subject="Check in", due_date=due, deal_id=deal, rrule=rule, now=now
    )


def test_a_weekly_call_on_monday_comes_back_every_monday(session, now):
    activity = recurring(session, now, date(2026, 11, 23), weekly_rule(0))
    assert finish_in_turn(session, now, activity, 2) == [
        date(2026, 11, 23),
        date(2026, 11, 30),
        date(2026, 12, 7),
    ]


def test_monthly_on_the_31st_falls_on_the_last_day_of_shorter_months(session, now):
    activity = recurring(session, now, date(2027, 1, 31), monthly_rule(31))
    assert finish_in_turn(session, now, activity, 3) == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
    ]


def test_a_29_february_birthday_is_28_february_in_common_years(session, now):
    activity = recurring(session, now, date(2027, 2, 28), yearly_rule(2, 29))
    assert finish_in_turn(session, now, activity, 2) == [
        date(2027, 2, 28),
        date(2028, 2, 29),
        date(2029, 2, 28),
    ]


@pytest.mark.parametrize(
    "day, year, expected",
    [(30, 2027, date(2027, 2, 28)), (30, 2028, date(2028, 2, 29)), (29, 2027, date(2027, 2, 28))],
)
def test_monthly_on_a_late_day_in_february(day, year, expected):
    rule = monthly_rule(day)
    start = date(year, 1, day)
    assert next_occurrence(rule, start=start, after=start) == expected
    assert next_occurrence(rule, start=start, after=expected) == date(year, 3, day)


@pytest.mark.parametrize(
    "rule",
    [weekly_rule(4), monthly_rule(31), monthly_rule(15), yearly_rule(2, 29), yearly_rule(12, 25)],
)
def test_built_rules_are_plain_rfc_5545(rule):
    assert rrulestr(rule, dtstart=None) is not None
    # icalendar reads every part and writes them all back (in its own order).
    assert set(vRecur.from_ical(rule).to_ical().decode().split(";")) == set(rule.split(";"))


def test_a_birthday_activity_repeats_every_year_from_the_next_birthday(session, now, today):
    client = create_client(session, name="Vera", birthday=date(1988, 2, 29), now=now)
    row = get_activity(session, add_birthday_activity(session, client, today=today, now=now))
    assert (row.due_date, row.rrule) == (date(2027, 2, 28), birthday_rule(date(1988, 2, 29)))
    assert next_birthday(date(1990, 11, 23), today) == today


def test_a_series_with_a_count_ends(session, now):
    activity = recurring(session, now, date(2026, 11, 23), "FREQ=WEEKLY;COUNT=2")
    second = complete_activity(session, activity, now=now).next_activity_id
    assert complete_activity(session, second, now=now).next_activity_id is None


def test_finishing_late_skips_the_occurrences_already_past(session, now):
    activity = recurring(session, now, date(2026, 11, 2), weekly_rule(0))
    result = complete_activity(session, activity, now=now, today=date(2026, 11, 25))
    assert result.next_due_date == date(2026, 11, 30)


@pytest.mark.parametrize(
    "rule, message",
    [
        ("FREQ=HOURLY", "more often than daily"),
        ("FREQ=WEEKLY;BYDAY=XX", "invalid 'BYDAY'"),
        ("FREQ=MONTHLY;BYMONTHDAY=40", "BYMONTHDAY must be"),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "never falls on a date"),
        ("DTSTART:20260101\nRRULE:FREQ=DAILY", "single recurrence rule"),
    ],
)
def test_invalid_rules_are_refused(rule, message):
    with pytest.raises(ValidationError, match=message):
        validate_rule(rule, start=date(2026, 11, 23))


def test_a_rule_is_stored_without_its_prefix():
    assert validate_rule(" rrule:freq=weekly;byday=mo ", start=date(2026, 11, 23)) == (
        "FREQ=WEEKLY;BYDAY=MO"
    )
