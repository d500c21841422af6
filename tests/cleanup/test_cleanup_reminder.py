"""The weekly clean-up reminder: an RRULE activity that notifies like any
reminder and stays due until the week's review is done."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from funnel.cleanup.reminder import (
    cleanup_due,
    ensure_cleanup_reminder,
    get_schedule,
    is_cleanup_reminder,
    open_occurrence,
    set_schedule,
)
from funnel.cleanup.review import finish_review, start_review
from funnel.cleanup.summary import review_history
from funnel.followups.activities import complete_activity
from funnel.followups.activity_list import get_activity
from funnel.followups.reminders import mark_notified, reminders_due
from funnel.store.models import Activity

WEDNESDAY = date(2026, 11, 18)
MONDAY = date(2026, 11, 23)


def at(day: date, hour: int = 12, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=UTC)


def set_up_on_wednesday(session) -> int:
    return ensure_cleanup_reminder(session, today=WEDNESDAY, now=at(WEDNESDAY))


def test_the_reminder_is_a_weekly_task_on_monday_at_nine(session):
    row = get_activity(session, set_up_on_wednesday(session))
    assert (row.kind, row.rrule, row.due_date, row.due_time) == (
        "task",
        "FREQ=WEEKLY;BYDAY=MO",
        MONDAY,
        time(9, 0),
    )
    assert (row.deal_id, row.client_id) == (None, None)
    assert is_cleanup_reminder(session, row.id)


def test_making_sure_twice_keeps_one_reminder(session):
    first = set_up_on_wednesday(session)
    assert ensure_cleanup_reminder(session, today=WEDNESDAY, now=at(WEDNESDAY)) == first
    assert len(session.scalars(select(Activity)).all()) == 1


def test_the_reminder_fires_on_monday_at_nine(session):
    activity_id = set_up_on_wednesday(session)
    before = reminders_due(
        session, since_local=datetime(2026, 11, 23, 8, 0), until_local=datetime(2026, 11, 23, 8, 59)
    )
    fired = reminders_due(
        session, since_local=datetime(2026, 11, 23, 8, 59), until_local=datetime(2026, 11, 23, 9, 0)
    )
    assert before == []
    assert [r.activity_id for r in fired] == [activity_id]
    assert fired[0].due_at == datetime(2026, 11, 23, 9, 0)


def test_nothing_is_due_before_the_first_reminder_day(session):
    set_up_on_wednesday(session)
    assert cleanup_due(session, today=WEDNESDAY) is None
    due = cleanup_due(session, today=MONDAY)
    assert due is not None
    assert (due.week_of, due.due_at, due.weeks_skipped) == (
        MONDAY,
        datetime(2026, 11, 23, 9, 0),
        0,
    )


def test_the_clean_up_stays_due_all_week_until_a_review_is_finished(session):
    set_up_on_wednesday(session)
    thursday = MONDAY + timedelta(days=3)
    assert cleanup_due(session, today=thursday) is not None
    review = start_review(session, now=at(thursday), today=thursday)
    due = cleanup_due(session, today=thursday)
    assert due is not None and due.review_id == review.id
    finish_review(session, review.id, now=at(thursday, 13), today=thursday)
    assert cleanup_due(session, today=thursday) is None
    assert cleanup_due(session, today=MONDAY + timedelta(days=7)) is not None


def test_finishing_the_review_ticks_the_reminder_off_and_next_week_comes(session):
    activity_id = set_up_on_wednesday(session)
    review = start_review(session, now=at(MONDAY), today=MONDAY)
    finish_review(session, review.id, now=at(MONDAY, 10), today=MONDAY)
    assert get_activity(session, activity_id).done_at is not None
    following = open_occurrence(session)
    assert following is not None
    assert (following.due_date, following.due_time) == (MONDAY + timedelta(days=7), time(9, 0))


def test_a_skipped_week_is_counted_and_its_reminder_moves_to_this_week(session):
    activity_id = set_up_on_wednesday(session)
    mark_notified(session, [activity_id], now=at(MONDAY, 9))
    next_tuesday = MONDAY + timedelta(days=8)
    assert ensure_cleanup_reminder(session, today=next_tuesday, now=at(next_tuesday)) == activity_id
    row = get_activity(session, activity_id)
    assert (row.due_date, row.notified_at) == (MONDAY + timedelta(days=7), None)
    due = cleanup_due(session, today=next_tuesday)
    assert due is not None and due.weeks_skipped == 1
    history = review_history(session, today=next_tuesday)
    assert [(r.week_of, r.skipped, r.due) for r in history.rows] == [
        (MONDAY + timedelta(days=7), False, True),
        (MONDAY, True, False),
    ]


def test_ticking_the_reminder_off_in_today_brings_the_next_one_without_losing_the_series(
    session,
):
    activity_id = set_up_on_wednesday(session)
    result = complete_activity(session, activity_id, now=at(MONDAY), today=MONDAY)
    assert result.next_activity_id is not None
    assert is_cleanup_reminder(session, result.next_activity_id)
    assert open_occurrence(session).id == result.next_activity_id


def test_the_day_and_time_can_be_changed_and_the_open_reminder_follows(session):
    activity_id = set_up_on_wednesday(session)
    schedule = set_schedule(session, weekday=4, at="16:30", today=WEDNESDAY, now=at(WEDNESDAY))
    assert (schedule.weekday, schedule.at, schedule.rrule) == (
        4,
        time(16, 30),
        "FREQ=WEEKLY;BYDAY=FR",
    )
    row = get_activity(session, activity_id)
    assert (row.due_date, row.due_time, row.rrule) == (
        date(2026, 11, 20),
        time(16, 30),
        "FREQ=WEEKLY;BYDAY=FR",
    )
    assert get_schedule(session).week_of(date(2026, 11, 23)) == date(2026, 11, 20)


def test_the_time_alone_can_be_changed_before_the_reminder_exists(session):
    set_schedule(session, weekday=0, at=time(8, 15), today=WEDNESDAY, now=at(WEDNESDAY))
    row = get_activity(session, open_occurrence(session).id)
    assert (row.due_date, row.due_time) == (MONDAY, time(8, 15))
