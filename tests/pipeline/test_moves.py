from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from funnel.deals.service import get_deal, list_deals, update_deal
from funnel.errors import ValidationError
from funnel.pipeline.history import deal_history
from funnel.pipeline.moves import (
    archive_deal,
    lose_deal,
    move_deal,
    reopen_deal,
    win_deal,
)
from funnel.pipeline.pipelines import first_pipeline
from funnel.pipeline.summary import stage_summary
from funnel.store.models import Purchase
from tests.factories import make_deal, sales, stage_id


def test_a_move_records_history_and_restarts_time_in_stage(session, now, today):
    deal = make_deal(session, now - timedelta(days=10))
    assert get_deal(session, deal, today=today).days_in_stage == 10
    move_deal(session, deal, stage_id(session, "Contact made"), now=now)
    row = get_deal(session, deal, today=today)
    assert (row.stage, row.days_in_stage) == ("Contact made", 0)
    history = deal_history(session, deal, today=today)
    assert [(h.kind, h.to_stage) for h in history] == [
        ("created", "New lead"),
        ("moved", "Contact made"),
    ]
    assert history[0].days_spent == 10


def test_moving_to_the_same_stage_is_refused(session, now):
    deal = make_deal(session, now)
    with pytest.raises(ValidationError, match="already in stage"):
        move_deal(session, deal, stage_id(session, "New lead"), now=now)


def test_moving_to_another_pipeline(session, now, today):
    deal = make_deal(session, now)
    future = first_pipeline(session, "future")
    move_deal(session, deal, future.stages[0].id, now=now)
    assert get_deal(session, deal, today=today).pipeline == "Future sales"


def test_winning_records_a_purchase_for_the_client(session, now, today):
    deal = make_deal(session, now, value="2500.50")
    win_deal(session, deal, now=now, today=today)
    purchase = session.scalars(select(Purchase)).one()
    assert (purchase.amount, purchase.purchased_on) == (Decimal("2500.50"), today)
    assert get_deal(session, deal, today=today).status == "won"


def test_losing_needs_a_reason(session, now, today):
    deal = make_deal(session, now)
    with pytest.raises(ValidationError, match="why"):
        lose_deal(session, deal, reason="  ", now=now)
    lose_deal(session, deal, reason="Price too high", now=now)
    row = get_deal(session, deal, today=today)
    assert (row.status, row.lost_reason) == ("lost", "Price too high")


def test_reopening_a_won_deal_removes_its_purchase(session, now, today):
    deal = make_deal(session, now)
    win_deal(session, deal, now=now)
    reopen_deal(session, deal, now=now)
    assert get_deal(session, deal, today=today).status == "open"
    assert session.scalar(select(func.count(Purchase.id))) == 0


def test_archive_then_reopen_in_another_stage(session, now, today):
    deal = make_deal(session, now)
    archive_deal(session, deal, now=now, reason="duplicate")
    reopen_deal(session, deal, now=now, stage_id=stage_id(session, "Negotiation"))
    row = get_deal(session, deal, today=today)
    assert (row.status, row.stage) == ("open", "Negotiation")
    kinds = [h.kind for h in deal_history(session, deal, today=today)]
    assert kinds == ["created", "archived", "reopened"]


def test_stage_summary_counts_values_and_weights_open_deals(session, now):
    make_deal(session, now, "A", value=1000)
    make_deal(session, now, "B", value=500, stage="Negotiation")
    make_deal(session, now, "C", value=700, stage="Negotiation")
    lost = make_deal(session, now, "D", value=9999, stage="Negotiation")
    lose_deal(session, lost, reason="No budget", now=now)
    rows = {r.name: r for r in stage_summary(session, sales(session).id)}
    assert (rows["New lead"].count, rows["New lead"].value) == (1, Decimal(1000))
    assert rows["New lead"].weighted == Decimal(100)  # 10 %
    assert (rows["Negotiation"].count, rows["Negotiation"].value) == (2, Decimal(1200))
    assert rows["Negotiation"].weighted == Decimal(960)  # 80 %
    assert rows["Contact made"].count == 0


def test_list_deals_filters_by_status(session, now, today):
    make_deal(session, now, "Open one")
    won = make_deal(session, now, "Won one")
    win_deal(session, won, now=now)
    assert [r.title for r in list_deals(session, today=today)] == ["Open one"]
    assert len(list_deals(session, today=today, status="all")) == 2


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("1 500,50", "1500.50"),
        ("1,500.50", "1500.50"),
        ("$2,000", "2000"),
        ("99.9", "99.90"),
        ("2 000 руб.", "2000"),
        ("R$ 1.234,56", "1234.56"),
    ],
)
def test_values_are_read_as_people_type_them(session, now, today, typed, expected):
    deal = make_deal(session, now)
    update_deal(session, deal, value=typed)
    assert get_deal(session, deal, today=today).value == Decimal(expected)


def test_editing_the_stage_through_update_is_refused(session, now):
    deal = make_deal(session, now)
    with pytest.raises(ValidationError, match="moves"):
        update_deal(session, deal, stage_id=1)


@pytest.mark.parametrize("typed", ["12abc", "1e5", "ten", "NaN", "-", "1,2,3 4.5.6x"])
def test_amounts_that_are_not_money_are_refused_not_half_read(session, now, typed):
    deal = make_deal(session, now)
    with pytest.raises(ValidationError, match="not an amount of money"):
        update_deal(session, deal, value=typed)
