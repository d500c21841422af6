"""Dates a person picks stay in 1900–2200; recurrence rules are checked
against RFC 5545's ranges and every expansion is bounded; one bad row never
breaks the calendar export; a snooze never brings a follow-up forward."""

import time as clock
from datetime import date, datetime, time

import pytest
from sqlalchemy import update

from funnel.errors import ValidationError
from funnel.followups.activities import add_activity
from funnel.followups.ics import export_calendar
from funnel.followups.recurrence import next_occurrence, validate_rule
from funnel.followups.snooze import snooze_activity
from funnel.pipeline.parking import park_deal
from funnel.store.models import Activity
from tests.factories import make_deal


@pytest.mark.parametrize(
    "rule, message",
    [
        ("FREQ=DAILY;INTERVAL=0", "INTERVAL must be 1 to 1000"),
        ("FREQ=DAILY;INTERVAL=-1", "INTERVAL must be 1 to 1000"),
        ("FREQ=DAILY;INTERVAL=99999999999999999999", "INTERVAL must be 1 to 1000"),
        ("FREQ=DAILY;COUNT=0", "COUNT must be 1 to 10000"),
        ("FREQ=YEARLY;BYWEEKNO=54", "BYWEEKNO must be 1 to 53"),
        ("FREQ=YEARLY;BYYEARDAY=0", "BYYEARDAY must be 1 to 366"),
    ],
)
def test_a_rule_outside_rfc_5545_ranges_is_refused_at_once(rule, message):
    started = clock.monotonic()
    with pytest.raises(ValidationError, match=message):
        validate_rule(rule, start=date(2026, 11, 23))
    assert clock.monotonic() - started < 1


def test_a_rule_that_never_matches_is_refused_quickly():
    started = clock.monotonic()
    with pytest.raises(ValidationError, match="never falls on a date"):
        validate_rule("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31", start=date(2026, 11, 23))
    assert clock.monotonic() - started < 2  # dateutil alone spun to year 9999 (8 s)


def test_the_next_occurrence_of_a_rule_that_ends_is_none_without_spinning():
    started = clock.monotonic()
    found = next_occurrence(
        "FREQ=DAILY;COUNT=3;BYMONTH=2;BYMONTHDAY=28",
        start=date(2026, 1, 1),
        after=date(2030, 1, 1),
    )
    assert found is None and clock.monotonic() - started < 2


@pytest.mark.parametrize("day", [date(9999, 12, 31), date(1, 1, 1), date(2201, 1, 1)])
def test_a_due_date_outside_the_years_funnel_handles_is_refused(session, now, day):
    deal = make_deal(session, now)
    with pytest.raises(ValidationError, match="outside the years Funnel handles"):
        add_activity(session, kind="call", subject="Call", due_date=day, deal_id=deal, now=now)


def test_parking_until_year_9999_is_refused(session, now, today):
    deal = make_deal(session, now)
    with pytest.raises(ValidationError, match="outside the years Funnel handles"):
        park_deal(session, deal, today=today, now=now, until=date(9999, 12, 31))


def test_one_activity_that_cannot_be_written_leaves_the_others_in_the_export(session, now, today):
    deal = make_deal(session, now)
    good = add_activity(session, kind="call", subject="Good", due_date=today, deal_id=deal, now=now)
    bad = add_activity(session, kind="call", subject="Bad", due_date=today, deal_id=deal, now=now)
    # A row written by an older Funnel, before dates were bounded.
    session.execute(update(Activity).where(Activity.id == bad).values(due_date=date(9999, 12, 31)))
    export = export_calendar(session, now=now, today=today)
    assert export.events == 1 and export.skipped == (bad,)
    assert f"activity-{good}@funnel".encode() in export.data


def test_the_export_drops_control_bytes_and_counts_events_not_words(session, now, today):
    deal = make_deal(session, now)
    add_activity(
        session, kind="call", subject="BEGIN:VEVENT\x01\x02\x1b call", due_date=today,
        deal_id=deal, now=now,
    )  # fmt: skip
    export = export_calendar(session, now=now, today=today)
    assert export.events == 1
    assert not any(b < 0x20 and b not in (0x09, 0x0A, 0x0D) for b in export.data)


def test_snoozing_to_tomorrow_never_moves_a_call_earlier(session, now):
    """Issue 10, item 4: due 7 Dec 10:30 became 5 Dec 09:00."""
    deal = make_deal(session, now)
    call = add_activity(
        session, kind="call", subject="Call", due_date=date(2026, 12, 7), due_time=time(10, 30),
        deal_id=deal, now=now,
    )  # fmt: skip
    result = snooze_activity(
        session, call, until="tomorrow", now_local=datetime(2026, 12, 4, 11, 0)
    )
    assert (result.due_date, result.due_time) == (date(2026, 12, 8), time(9, 0))


def test_snoozing_to_an_earlier_date_is_refused(session, now):
    deal = make_deal(session, now)
    call = add_activity(
        session, kind="call", subject="Call", due_date=date(2026, 12, 7), deal_id=deal, now=now
    )
    with pytest.raises(ValidationError, match="Snoozing moves a follow-up later"):
        snooze_activity(
            session, call, until=datetime(2026, 12, 5, 9, 0),
            now_local=datetime(2026, 12, 4, 11, 0),
        )  # fmt: skip
