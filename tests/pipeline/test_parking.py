from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from funnel.deals.service import get_deal
from funnel.errors import ValidationError
from funnel.followups.activity_list import list_activities
from funnel.pipeline.history import deal_history
from funnel.pipeline.moves import win_deal
from funnel.pipeline.parked import ReturnGroup, future_board, get_parked_deal, returning_deals
from funnel.pipeline.parking import PARK_PERIODS, park_deal, return_date, unpark_deal
from funnel.pipeline.stalls import stalled_deals
from funnel.pipeline.undo import reapply_move, revert_move
from funnel.store.models import Activity, Note, StageChange
from tests.factories import make_deal, stage_id

JAN_31 = date(2027, 1, 31)
JAN_31_NOON = datetime(2027, 1, 31, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "today, months, expected",
    [
        (date(2027, 1, 31), 1, date(2027, 2, 28)),  # stays in February
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2026, 11, 23), 3, date(2027, 2, 23)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
    ],
)
def test_a_return_in_months_stays_inside_the_target_month(today, months, expected):
    assert return_date(today, months) == expected


def test_the_offered_periods_are_one_three_and_six_months():
    assert PARK_PERIODS == (1, 3, 6)


def test_parking_on_31_january_for_a_month_calls_back_on_28_february(session):
    deal = make_deal(session, JAN_31_NOON - timedelta(days=2), stage="Proposal sent")
    park_deal(session, deal, today=JAN_31, now=JAN_31_NOON, months=1, note="Budget comes in March")
    row = get_deal(session, deal, today=JAN_31)
    assert (row.pipeline, row.stage, row.return_on) == ("Future sales", "Parked", date(2027, 2, 28))
    [callback] = list_activities(session, deal_id=deal)
    assert (callback.kind, callback.subject, callback.due_date) == (
        "call",
        "Call back",
        date(2027, 2, 28),
    )
    assert session.scalar(select(Note.body).where(Note.deal_id == deal)) == "Budget comes in March"
    parked = get_parked_deal(session, deal, today=JAN_31)
    assert parked.return_stage == "Proposal sent"


@pytest.mark.parametrize("until", [date(2027, 1, 30), JAN_31])
def test_a_return_date_today_or_earlier_is_refused(session, until):
    deal = make_deal(session, JAN_31_NOON)
    with pytest.raises(ValidationError, match="not after today"):
        park_deal(session, deal, today=JAN_31, now=JAN_31_NOON, until=until)
    assert get_deal(session, deal, today=JAN_31).pipeline == "Current sales"


@pytest.mark.parametrize(
    "kwargs, message",
    [({}, "Say when"), ({"months": 1, "until": date(2027, 5, 1)}, "one of the two"),
     ({"months": 0}, "1 to 60 months")],
)  # fmt: skip
def test_a_park_needs_exactly_one_return(session, kwargs, message):
    deal = make_deal(session, JAN_31_NOON)
    with pytest.raises(ValidationError, match=message):
        park_deal(session, deal, today=JAN_31, now=JAN_31_NOON, **kwargs)


def test_a_parked_deal_cannot_be_parked_again(session):
    deal = make_deal(session, JAN_31_NOON)
    park_deal(session, deal, today=JAN_31, now=JAN_31_NOON, months=3)
    with pytest.raises(ValidationError, match="already parked until 2027-04-30"):
        park_deal(session, deal, today=JAN_31, now=JAN_31_NOON, months=1)


def test_a_closed_deal_cannot_be_parked(session):
    deal = make_deal(session, JAN_31_NOON)
    win_deal(session, deal, now=JAN_31_NOON)
    with pytest.raises(ValidationError, match="only an open deal"):
        park_deal(session, deal, today=JAN_31, now=JAN_31_NOON, months=1)


def test_a_parked_deal_never_stalls(session, now, today):
    deal = make_deal(session, now - timedelta(days=60))
    park_deal(
        session, deal, today=today - timedelta(days=40), now=now - timedelta(days=40), months=1
    )
    assert get_deal(session, deal, today=today).days_in_stage == 40
    assert stalled_deals(session, today=today) == []


def test_a_deal_past_its_return_date_is_return_overdue(session, now, today):
    deal = make_deal(session, now)
    park_deal(session, deal, today=today, now=now, until=today + timedelta(days=10))
    on_the_day = today + timedelta(days=10)
    [returning] = returning_deals(session, today=on_the_day)
    assert (returning.id, returning.return_overdue) == (deal, False)
    assert returning_deals(session, today=on_the_day - timedelta(days=1)) == []
    [late] = returning_deals(session, today=on_the_day + timedelta(days=3))
    assert (late.return_overdue, late.days_overdue) == (True, 3)


def test_unparking_returns_to_the_remembered_stage_with_a_fresh_time(session, now, today):
    deal = make_deal(session, now - timedelta(days=20), stage="Negotiation")
    park_deal(session, deal, today=today, now=now, months=1)
    later = now + timedelta(days=31)
    unpark_deal(session, deal, now=later)
    row = get_deal(session, deal, today=later.date())
    assert (row.pipeline, row.stage, row.days_in_stage, row.return_on) == (
        "Current sales",
        "Negotiation",
        0,
        None,
    )
    history = deal_history(session, deal, today=later.date())
    assert [(h.kind, h.to_stage) for h in history] == [
        ("created", "Negotiation"),
        ("parked", "Parked"),
        ("unparked", "Negotiation"),
    ]


def test_unparking_into_a_chosen_stage(session, now, today):
    deal = make_deal(session, now, stage="Negotiation")
    park_deal(session, deal, today=today, now=now, months=1)
    unpark_deal(session, deal, now=now, stage_id=stage_id(session, "New lead"))
    assert get_deal(session, deal, today=today).stage == "New lead"


def test_a_deal_that_is_not_parked_cannot_be_unparked(session, now):
    deal = make_deal(session, now)
    with pytest.raises(ValidationError, match="not parked"):
        unpark_deal(session, deal, now=now)


def test_undoing_a_park_removes_the_call_back_and_the_note(session, now, today):
    deal = make_deal(session, now - timedelta(days=5), stage="Contact made")
    result = park_deal(session, deal, today=today, now=now, months=3, note="Ask in spring")
    revert_move(session, result)
    row = get_deal(session, deal, today=today)
    assert (row.stage, row.days_in_stage, row.return_on) == ("Contact made", 5, None)
    assert session.scalar(select(func.count(Activity.id))) == 0
    assert session.scalar(select(func.count(Note.id))) == 0
    assert session.scalar(select(func.count(StageChange.id))) == 1
    redo = reapply_move(session, result)
    row = get_deal(session, deal, today=today)
    assert (row.pipeline, row.return_on) == ("Future sales", date(2027, 2, 23))
    [callback] = list_activities(session, deal_id=deal)
    assert (callback.due_date, callback.notes) == (date(2027, 2, 23), "Ask in spring")
    revert_move(session, redo)
    assert get_deal(session, deal, today=today).stage == "Contact made"


def test_undoing_an_unpark_parks_the_deal_again(session, now, today):
    deal = make_deal(session, now, stage="Contact made")
    park_deal(session, deal, today=today, now=now, months=1)
    result = unpark_deal(session, deal, now=now + timedelta(days=2))
    revert_move(session, result)
    row = get_deal(session, deal, today=today)
    assert (row.pipeline, row.return_on) == ("Future sales", date(2026, 12, 23))
    assert get_parked_deal(session, deal, today=today).return_stage == "Contact made"


def test_the_future_board_groups_deals_by_when_they_return(session, now, today):
    # today is Monday 23 November 2026
    returns = {
        "late": date(2026, 11, 20),
        "this month": date(2026, 11, 30),
        "next month": date(2026, 12, 31),
        "in two months": date(2027, 1, 5),
        "in three months": date(2027, 2, 28),
        "later": date(2027, 3, 1),
    }
    for title, on in returns.items():
        deal = make_deal(session, now, title, value=100)
        park_deal(session, deal, today=today - timedelta(days=30), now=now, until=on)
    groups = {g.group: g for g in future_board(session, today=today)}
    assert list(groups) == list(ReturnGroup)
    titles = {g: [d.title for d in grp.deals] for g, grp in groups.items()}
    assert titles == {
        ReturnGroup.OVERDUE: ["late"],
        ReturnGroup.THIS_MONTH: ["this month"],
        ReturnGroup.NEXT_MONTH: ["next month"],
        ReturnGroup.IN_2_3_MONTHS: ["in two months", "in three months"],
        ReturnGroup.LATER: ["later"],
    }
    assert groups[ReturnGroup.OVERDUE].deals[0].return_overdue
    assert groups[ReturnGroup.IN_2_3_MONTHS].totals == {"USD": Decimal("200.00")}
    assert (groups[ReturnGroup.NEXT_MONTH].first_day, groups[ReturnGroup.NEXT_MONTH].last_day) == (
        date(2026, 12, 1),
        date(2026, 12, 31),
    )
