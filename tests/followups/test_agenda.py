from datetime import date, time, timedelta

import pytest
from sqlalchemy import insert, select

from funnel.customers.clients import create_client
from funnel.deals.service import create_deal
from funnel.errors import ValidationError
from funnel.followups.activities import add_activity, complete_activity
from funnel.followups.agenda import agenda
from funnel.pipeline.parking import park_deal
from funnel.store.models import Owner
from tests.factories import make_deal

MONDAY = date(2026, 11, 23)


def todo(session, now, deal, due, subject, at=None, **kw):
    return add_activity(
        session, kind="call", subject=subject, due_date=due, due_time=at, deal_id=deal, now=now,
        **kw,
    )  # fmt: skip


def subjects(lines):
    return [line.subject for line in lines]


def test_today_splits_follow_ups_into_overdue_today_and_the_next_days(session, now, today):
    deal = make_deal(session, now)
    todo(session, now, deal, today - timedelta(days=1), "yesterday")
    todo(session, now, deal, today - timedelta(days=9), "last week")
    todo(session, now, deal, today, "today at two", at=time(14, 0))
    todo(session, now, deal, today, "today, any time")
    todo(session, now, deal, today + timedelta(days=7), "in a week")
    todo(session, now, deal, today + timedelta(days=8), "too far")
    done = todo(session, now, deal, today, "already done")
    complete_activity(session, done, now=now)
    result = agenda(session, today=today)
    assert subjects(result.overdue) == ["last week", "yesterday"]  # oldest first
    assert subjects(result.due_today) == ["today, any time", "today at two"]
    assert subjects(result.upcoming) == ["in a week"]
    assert result.overdue[0].days_overdue == 9
    c = result.counts
    assert (c.overdue, c.today, c.upcoming, c.to_do) == (2, 2, 1, 4)


def test_each_line_has_the_deal_client_first_phone_and_e_mail(session, now, today):
    client = create_client(
        session, name="Anna", phones=["+7 912 000-00-01", "+7 912 000-00-02"],
        emails=["anna@example.com"], now=now,
    )  # fmt: skip
    deal = create_deal(session, title="Kitchen set", client_id=client, now=now)
    todo(session, now, deal, today, "Call Anna")
    [line] = agenda(session, today=today).due_today
    assert (line.deal_id, line.deal, line.client_id, line.client) == (
        deal,
        "Kitchen set",
        client,
        "Anna",
    )
    assert (line.phone, line.email) == ("+7 912 000-00-01", "anna@example.com")


def test_returning_and_stalled_deals_are_listed(session, now, today):
    parked = make_deal(session, now - timedelta(days=40), "Parked in October")
    park_deal(
        session, parked, today=today - timedelta(days=40), now=now - timedelta(days=40),
        until=today - timedelta(days=2),
    )  # fmt: skip
    stalled = make_deal(session, now - timedelta(days=10), "Forgotten lead")
    make_deal(session, now, "Fresh lead")
    result = agenda(session, today=today)
    assert [(r.deal_id, r.days_overdue) for r in result.returning] == [(parked, 2)]
    assert [(s.deal_id, s.days_over, s.no_next_step) for s in result.stalled] == [
        (stalled, 7, True)
    ]
    assert (result.counts.returning, result.counts.stalled) == (1, 1)


def test_a_long_section_is_cut_but_counted_in_full(session, now, today):
    deal = make_deal(session, now)
    for i in range(5):
        todo(session, now, deal, today - timedelta(days=i + 1), f"late {i}")
    result = agenda(session, today=today, limit=2)
    assert subjects(result.overdue) == ["late 4", "late 3"]
    assert result.counts.overdue == 5


def test_one_salespersons_agenda(session, now, today):
    session.execute(insert(Owner), [{"name": "Boris", "is_default": False, "active": True}])
    boris = session.scalar(select(Owner.id).where(Owner.name == "Boris"))
    mine = make_deal(session, now, "Mine")
    his = create_deal(session, title="His", owner_id=boris, now=now)
    todo(session, now, mine, today, "my call")
    todo(session, now, his, today, "his call")
    assert subjects(agenda(session, today=today, owner_id=boris).due_today) == ["his call"]


@pytest.mark.parametrize("days", [-1, 400])
def test_the_look_ahead_is_bounded(session, today, days):
    with pytest.raises(ValidationError, match="0 to 366 days"):
        agenda(session, today=today, days=days)


def test_the_agenda_as_json_has_every_section(session, now, today):
    todo(session, now, make_deal(session, now), today, "call")
    data = agenda(session, today=today).as_json()
    assert set(data) >= {"counts", "overdue", "due_today", "upcoming", "returning", "stalled"}
    assert data["due_today"][0]["subject"] == "call"
    assert data["counts"]["today"] == 1
