from datetime import date, datetime, time, timedelta

import pytest

from funnel.errors import ValidationError
from funnel.followups.activities import add_activity, complete_activity
from funnel.followups.activity_list import get_activity
from funnel.followups.reminders import (
    due_moment,
    get_last_seen,
    mark_notified,
    missed_reminders,
    next_reminder_at,
    reminders_due,
    set_default_reminder_time,
    set_last_seen,
)
from funnel.followups.snooze import SnoozeChoice, snooze_activity
from tests.factories import make_deal

MONDAY = date(2026, 11, 23)


def local(hour, minute=0, day=MONDAY):
    return datetime.combine(day, time(hour, minute))


def follow_up(session, now, due=MONDAY, at=None, subject="Call Anna"):
    return add_activity(
        session, kind="call", subject=subject, due_date=due, due_time=at,
        deal_id=make_deal(session, now), now=now,
    )  # fmt: skip


class Clock:
    """The app's reminder loop with an injected local clock: each tick asks
    what came due since the previous tick, shows it and marks it shown."""

    def __init__(self, session, now, start):
        self.session, self.now, self.last = session, now, start
        self.shown: list[tuple[datetime, int]] = []

    def tick(self, moment):
        due = reminders_due(self.session, since_local=self.last, until_local=moment)
        mark_notified(self.session, [r.activity_id for r in due], now=self.now)
        self.shown += [(moment, r.activity_id) for r in due]
        self.last = moment
        return [r.activity_id for r in due]


def test_a_reminder_is_shown_when_it_comes_due_and_only_once(session, now):
    activity = follow_up(session, now, at=time(14, 30))
    clock = Clock(session, now, local(14, 0))
    assert clock.tick(local(14, 29)) == []
    assert clock.tick(local(14, 30)) == [activity]
    assert clock.tick(local(14, 31)) == []
    clock.last = local(14, 0)  # even asked again about the same window
    assert clock.tick(local(14, 31)) == []
    assert clock.shown == [(local(14, 30), activity)]
    assert get_activity(session, activity).notified_at is not None


def test_a_follow_up_with_only_a_date_is_due_at_the_default_time(session, now):
    activity = follow_up(session, now)
    row = get_activity(session, activity)
    assert due_moment(row) == local(9, 0)
    set_default_reminder_time(session, "08:15")
    clock = Clock(session, now, local(8, 0))
    assert clock.tick(local(8, 14)) == []
    assert clock.tick(local(8, 15)) == [activity]


def test_a_reminder_after_a_sleep_gap_is_still_shown(session, now):
    activity = follow_up(session, now, at=time(11, 0))
    clock = Clock(session, now, local(10, 0))
    assert clock.tick(local(13, 0)) == [activity]  # the laptop slept from 10 to 13


def test_a_snoozed_follow_up_reminds_again(session, now):
    activity = follow_up(session, now, at=time(10, 0))
    clock = Clock(session, now, local(9, 59))
    assert clock.tick(local(10, 0)) == [activity]
    snooze_activity(session, activity, until=SnoozeChoice.LATER_TODAY, now_local=local(10, 0))
    assert clock.tick(local(12, 59)) == []
    assert clock.tick(local(13, 0)) == [activity]


def test_a_done_follow_up_is_not_reminded(session, now):
    activity = follow_up(session, now, at=time(10, 0))
    complete_activity(session, activity, now=now)
    assert reminders_due(session, since_local=local(9), until_local=local(11)) == []


def test_reminders_that_came_due_while_the_app_was_closed_are_listed(session, now):
    sunday = MONDAY - timedelta(days=1)
    evening = follow_up(session, now, due=sunday, at=time(19, 0), subject="Sunday evening")
    morning = follow_up(session, now, due=MONDAY, subject="Monday, any time")  # due 09:00
    follow_up(session, now, due=MONDAY, at=time(11, 0), subject="Not yet")
    follow_up(session, now, due=sunday, at=time(17, 0), subject="Before closing")
    set_last_seen(session, local(18, 0, day=sunday))
    missed = missed_reminders(
        session, now_local=local(9, 30), last_seen_local=get_last_seen(session)
    )
    assert [(r.activity_id, r.due_at) for r in missed] == [
        (evening, local(19, 0, day=sunday)),
        (morning, local(9, 0)),
    ]
    assert missed[0].line.client == "Anna Ivanova"


def test_on_the_first_start_nothing_counts_as_missed(session, now):
    follow_up(session, now, due=MONDAY - timedelta(days=3))
    assert get_last_seen(session) is None
    assert missed_reminders(session, now_local=local(9, 30), last_seen_local=None) == []


def test_the_next_reminder_moment_arms_one_timer(session, now):
    follow_up(session, now, at=time(16, 0))
    follow_up(session, now, due=MONDAY + timedelta(days=2))
    assert next_reminder_at(session, after_local=local(10, 0)) == local(16, 0)
    assert next_reminder_at(session, after_local=local(16, 0)) == local(
        9, 0, day=MONDAY + timedelta(days=2)
    )
    assert (
        next_reminder_at(session, after_local=local(9, 0, day=MONDAY + timedelta(days=2))) is None
    )


@pytest.mark.parametrize("text", ["9am", "25:00", ""])
def test_a_bad_default_time_is_refused(session, text):
    with pytest.raises(ValidationError, match="HH:MM"):
        set_default_reminder_time(session, text)
