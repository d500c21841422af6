from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from funnel.followups.activities import add_activity, complete_activity
from funnel.pipeline.moves import lose_deal
from funnel.pipeline.pipelines import first_pipeline, update_stage
from funnel.pipeline.stalls import (
    BUSINESS_DAYS_SETTING,
    deals_without_next_step,
    stalled_condition,
    stalled_counts,
    stalled_deals,
)
from funnel.store.models import Deal
from funnel.store.settings import set_setting
from tests.factories import make_deal, sales, stage_id


def ids(rows):
    return [r.id for r in rows]


@pytest.mark.parametrize(
    "days_ago, stalled",
    [(3, False), (4, True)],  # "New lead" stalls after 3 days: exactly 3 is not yet stalled
)
def test_a_deal_stalls_the_day_after_its_stage_limit(session, now, today, days_ago, stalled):
    deal = make_deal(session, now - timedelta(days=days_ago))
    rows = stalled_deals(session, today=today)
    assert (deal in ids(rows)) is stalled
    if stalled:
        assert (rows[0].days_in_stage, rows[0].rot_days, rows[0].days_over) == (4, 3, 1)


def test_a_weekend_does_not_age_a_deal_when_counting_business_days(session, today):
    update_stage(session, stage_id(session, "New lead"), rot_days=1)
    friday = datetime(2026, 11, 20, 10, 0)
    deal = make_deal(session, friday)
    assert ids(stalled_deals(session, today=today)) == [deal]  # 3 calendar days > 1
    set_setting(session, BUSINESS_DAYS_SETTING, True)
    assert stalled_deals(session, today=today) == []  # Monday is 1 business day later
    [row] = stalled_deals(session, today=today + timedelta(days=1))
    assert (row.days_in_stage, row.days_over) == (2, 1)


def test_a_stage_without_a_limit_never_stalls(session, now, today):
    update_stage(session, stage_id(session, "New lead"), rot_days=None)
    make_deal(session, now - timedelta(days=400))
    assert stalled_deals(session, today=today) == []


def test_closed_deals_do_not_stall(session, now, today):
    deal = make_deal(session, now - timedelta(days=30))
    lose_deal(session, deal, reason="No budget", now=now)
    assert stalled_deals(session, today=today) == []


def test_stalled_deals_come_worst_first(session, now, today):
    a = make_deal(session, now - timedelta(days=5), "A")  # New lead, 3: 2 over
    b = make_deal(session, now - timedelta(days=30), "B", stage="Negotiation")  # 14: 16 over
    c = make_deal(session, now - timedelta(days=12), "C", stage="Contact made")  # 7: 5 over
    rows = stalled_deals(session, today=today)
    assert [(r.id, r.days_over) for r in rows] == [(b, 16), (c, 5), (a, 2)]
    assert (rows[0].pipeline, rows[0].stage, rows[0].client) == (
        "Current sales",
        "Negotiation",
        "Anna Ivanova",
    )


def test_a_limited_list_is_the_top_of_the_full_one(session, now, today):
    for days in (5, 9, 9, 20, 4, 31, 7):
        make_deal(session, now - timedelta(days=days), stage="New lead")
        make_deal(session, now - timedelta(days=days * 2), stage="Proposal sent")
    full = stalled_deals(session, today=today)
    assert ids(stalled_deals(session, today=today, limit=4)) == ids(full)[:4]


def test_a_deal_without_an_open_activity_has_no_next_step(session, now, today):
    with_step = make_deal(session, now - timedelta(days=10), "With a call planned")
    done_only = make_deal(session, now - timedelta(days=10), "Only a finished call")
    bare = make_deal(session, now - timedelta(days=10), "Nothing planned")
    add_activity(session, kind="call", subject="Call", due_date=today, deal_id=with_step, now=now)
    old = add_activity(
        session, kind="call", subject="Call", due_date=today, deal_id=done_only, now=now
    )
    complete_activity(session, old, now=now)
    flags = {r.id: r.no_next_step for r in stalled_deals(session, today=today)}
    assert flags == {with_step: False, done_only: True, bare: True}
    assert deals_without_next_step(session, [with_step, done_only, bare]) == {done_only, bare}


def test_each_column_counts_its_stalled_deals(session, now, today):
    make_deal(session, now - timedelta(days=10), stage="New lead")
    make_deal(session, now - timedelta(days=10), stage="New lead")
    make_deal(session, now - timedelta(days=1), stage="New lead")
    make_deal(session, now - timedelta(days=10), stage="Negotiation")  # 10 <= 14
    counts = stalled_counts(session, sales(session).id, today=today)
    assert counts[stage_id(session, "New lead")] == 2
    assert counts[stage_id(session, "Negotiation")] == 0
    assert len(counts) == len(sales(session).stages)


def test_a_future_pipeline_has_no_stalled_counts(session, today):
    future = first_pipeline(session, "future")
    assert set(stalled_counts(session, future.id, today=today).values()) == {0}


def test_the_stall_condition_filters_the_same_deals(session, now, today):
    make_deal(session, now - timedelta(days=10))
    make_deal(session, now - timedelta(days=1))
    make_deal(session, now - timedelta(days=20), stage="Negotiation")
    count = session.scalar(
        select(func.count(Deal.id)).where(stalled_condition(session, today=today))
    )
    assert count == len(stalled_deals(session, today=today)) == 2
