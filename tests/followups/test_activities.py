from datetime import date, datetime, time, timedelta

import pytest

from funnel.customers.clients import create_client
from funnel.errors import NotFoundError, ValidationError
from funnel.followups.activities import (
    add_activity,
    complete_activity,
    revert_complete,
    schedule_next_step,
    suggest_next_step,
    update_activity,
)
from funnel.followups.activity_list import get_activity, list_activities, next_steps
from funnel.followups.reminders import mark_notified
from funnel.followups.snooze import SnoozeChoice, revert_snooze, snooze_activity
from tests.factories import make_deal

MONDAY = date(2026, 11, 23)


def call(session, now, deal_id, due=MONDAY, at=None, subject="Call about the offer", **kw):
    return add_activity(
        session, kind="call", subject=subject, due_date=due, due_time=at, deal_id=deal_id,
        now=now, **kw,
    )  # fmt: skip


def test_an_activity_on_a_deal_belongs_to_its_client_and_owner(session, now):
    deal = make_deal(session, now, "Kitchen set", client="Anna Ivanova")
    row = get_activity(session, call(session, now, deal, at=time(14, 30)))
    assert (row.kind, row.deal, row.client, row.owner) == (
        "call",
        "Kitchen set",
        "Anna Ivanova",
        "Me",
    )
    assert (row.due_date, row.due_time, row.is_open) == (MONDAY, time(14, 30), True)


def test_an_activity_can_be_on_a_client_alone(session, now):
    client = create_client(session, name="Boris", now=now)
    activity = add_activity(
        session, kind="email", subject="Send the catalogue", due_date=MONDAY, client_id=client,
        now=now,
    )  # fmt: skip
    assert get_activity(session, activity).client == "Boris"
    assert [a.id for a in list_activities(session, client_id=client)] == [activity]


@pytest.mark.parametrize(
    "fields, error, message",
    [
        ({"kind": "fax"}, ValidationError, "call, email, meeting or task"),
        ({"subject": "   "}, ValidationError, "needs a subject"),
        ({"deal_id": None}, ValidationError, "deal or a client"),
        ({"deal_id": 999}, NotFoundError, "no deal with id 999"),
        ({"rrule": "FREQ=FORTNIGHTLY"}, ValidationError, "not a valid recurrence rule"),
        ({"rrule": "every monday"}, ValidationError, "needs FREQ"),
    ],
)
def test_bad_activities_are_refused_with_a_clear_message(session, now, fields, error, message):
    deal = make_deal(session, now)
    args = {"kind": "call", "subject": "Call", "due_date": MONDAY, "deal_id": deal, **fields}
    with pytest.raises(error, match=message):
        add_activity(session, now=now, **args)


def test_finishing_an_activity_records_its_outcome(session, now):
    activity = call(session, now, make_deal(session, now))
    result = complete_activity(session, activity, now=now, outcome="  Wants a discount ")
    row = get_activity(session, activity)
    assert (row.is_open, row.outcome, result.next_activity_id) == (False, "Wants a discount", None)
    with pytest.raises(ValidationError, match="already done"):
        complete_activity(session, activity, now=now)


def test_undoing_a_finish_opens_the_activity_again(session, now):
    activity = call(session, now, make_deal(session, now), rrule="FREQ=WEEKLY;BYDAY=MO")
    result = complete_activity(session, activity, now=now, outcome="Called")
    revert_complete(session, result)
    assert get_activity(session, activity).is_open
    with pytest.raises(NotFoundError):
        get_activity(session, result.next_activity_id)


def test_the_next_step_is_proposed_two_business_days_later(session, now):
    deal = make_deal(session, now)
    activity = call(session, now, deal, at=time(11, 0))
    complete_activity(session, activity, now=now)
    friday = date(2026, 11, 27)
    suggestion = suggest_next_step(session, activity, today=friday)
    assert (suggestion.kind, suggestion.subject, suggestion.due_date, suggestion.due_time) == (
        "call",
        "Call about the offer",
        date(2026, 12, 1),  # Tuesday: the weekend does not count
        time(11, 0),
    )
    following = schedule_next_step(session, suggestion, now=now)
    assert next_steps(session, [deal])[deal].activity_id == following


def test_a_deals_next_step_is_its_earliest_open_activity(session, now):
    a, b, none = (make_deal(session, now, t) for t in ("A", "B", "None"))
    call(session, now, a, due=MONDAY + timedelta(days=2))
    call(session, now, a, due=MONDAY, at=time(9, 0))
    first = call(session, now, a, due=MONDAY)  # untimed comes first on its day
    finished = call(session, now, b, due=MONDAY - timedelta(days=3))
    complete_activity(session, finished, now=now)
    later = call(session, now, b, due=MONDAY + timedelta(days=7))
    steps = next_steps(session, [a, b, none])
    assert {d: s.activity_id for d, s in steps.items()} == {a: first, b: later}


def test_changing_the_due_time_reminds_again(session, now):
    activity = call(session, now, make_deal(session, now), at=time(10, 0))
    mark_notified(session, [activity], now=now)
    row = update_activity(session, activity, due_time=time(16, 0))
    assert (row.due_time, row.notified_at) == (time(16, 0), None)


NOW_LOCAL = datetime(2026, 11, 23, 10, 10)  # Monday


@pytest.mark.parametrize(
    "choice, now_local, due",
    [
        # Due 14:30 and not yet due: "later" counts from 14:30, never earlier.
        (SnoozeChoice.LATER_TODAY, NOW_LOCAL, datetime(2026, 11, 23, 17, 30)),
        (SnoozeChoice.LATER_TODAY, datetime(2026, 11, 23, 10, 0), datetime(2026, 11, 23, 17, 30)),
        (SnoozeChoice.LATER_TODAY, datetime(2026, 11, 23, 15, 5), datetime(2026, 11, 23, 18, 15)),
        (SnoozeChoice.LATER_TODAY, datetime(2026, 11, 23, 22, 5), datetime(2026, 11, 24, 1, 15)),
        (SnoozeChoice.TOMORROW, NOW_LOCAL, datetime(2026, 11, 24, 9, 0)),
        (SnoozeChoice.NEXT_MONDAY, NOW_LOCAL, datetime(2026, 11, 30, 9, 0)),
        (SnoozeChoice.NEXT_MONDAY, datetime(2026, 11, 28, 18, 0), datetime(2026, 11, 30, 9, 0)),
        (SnoozeChoice.NEXT_WEEK, NOW_LOCAL, datetime(2026, 11, 30, 14, 30)),  # keeps its time
    ],
)
def test_snooze_choices(session, now, choice, now_local, due):
    activity = call(session, now, make_deal(session, now), at=time(14, 30))
    mark_notified(session, [activity], now=now)
    snooze_activity(session, activity, until=choice, now_local=now_local)
    row = get_activity(session, activity)
    assert datetime.combine(row.due_date, row.due_time) == due
    assert row.notified_at is None  # it will be reminded of again


def test_snoozing_to_a_moment_and_undoing_it(session, now):
    activity = call(session, now, make_deal(session, now))
    result = snooze_activity(
        session, activity, until=datetime(2026, 12, 2, 15, 45), now_local=NOW_LOCAL
    )
    assert (get_activity(session, activity).due_date, result.due_time) == (
        date(2026, 12, 2),
        time(15, 45),
    )
    revert_snooze(session, result)
    row = get_activity(session, activity)
    assert (row.due_date, row.due_time) == (MONDAY, None)


@pytest.mark.parametrize(
    "until, message",
    [(datetime(2026, 11, 23, 9, 0), "later than now"), ("someday", "Snooze to one of")],
)
def test_a_snooze_into_the_past_or_to_nowhere_is_refused(session, now, until, message):
    activity = call(session, now, make_deal(session, now))
    with pytest.raises(ValidationError, match=message):
        snooze_activity(session, activity, until=until, now_local=NOW_LOCAL)


def test_a_done_activity_cannot_be_snoozed(session, now):
    activity = call(session, now, make_deal(session, now))
    complete_activity(session, activity, now=now)
    with pytest.raises(ValidationError, match="already done"):
        snooze_activity(session, activity, until=SnoozeChoice.TOMORROW, now_local=NOW_LOCAL)
