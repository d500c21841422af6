"""Snoozing to a day picked on a calendar: the follow-up keeps its own time,
and never moves earlier or into the past."""

from datetime import date, datetime, time

import pytest

from funnel.errors import ValidationError
from funnel.followups.activities import add_activity
from funnel.followups.activity_list import get_activity
from funnel.followups.snooze import revert_snooze, snooze_activity
from tests.factories import make_deal

NOW_LOCAL = datetime(2026, 11, 23, 10, 0)


def call(session, now, due, at=None):
    return add_activity(
        session, kind="call", subject="Call about the offer", due_date=due, due_time=at,
        deal_id=make_deal(session, now), now=now,
    )  # fmt: skip


@pytest.mark.parametrize("at", [time(10, 30), None])
def test_snoozing_to_a_day_keeps_the_time_and_undoes(session, now, at):
    activity = call(session, now, date(2026, 11, 23), at)
    result = snooze_activity(session, activity, until=date(2026, 12, 3), now_local=NOW_LOCAL)
    row = get_activity(session, activity)
    assert (row.due_date, row.due_time) == (date(2026, 12, 3), at)
    revert_snooze(session, result)
    row = get_activity(session, activity)
    assert (row.due_date, row.due_time) == (date(2026, 11, 23), at)


def test_a_day_before_the_due_date_is_refused(session, now):
    activity = call(session, now, date(2026, 12, 7), time(10, 30))
    with pytest.raises(ValidationError, match="moves a follow-up later"):
        snooze_activity(session, activity, until=date(2026, 12, 5), now_local=NOW_LOCAL)
    assert get_activity(session, activity).due_date == date(2026, 12, 7)


def test_a_day_in_the_past_is_refused(session, now):
    activity = call(session, now, date(2026, 11, 1))
    with pytest.raises(ValidationError, match="has passed"):
        snooze_activity(session, activity, until=date(2026, 11, 20), now_local=NOW_LOCAL)
