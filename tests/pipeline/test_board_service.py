"""What the board shows, read by `funnel.pipeline.board`: cards, their stall mark and
next step, the filters, the order within a column, and the stage headers."""

from __future__ import annotations

from datetime import time, timedelta
from decimal import Decimal

import pytest

from funnel.customers.clients import create_client
from funnel.deals.service import create_deal, update_deal
from funnel.followups.activities import add_activity, complete_activity
from funnel.followups.activity_list import next_steps
from funnel.owners import create_owner
from funnel.pipeline.board import (
    BoardFilters,
    CurrencyTotal,
    board_cards,
    board_columns,
    load_board,
)
from funnel.pipeline.moves import win_deal
from funnel.pipeline.reasons import list_lost_reasons
from funnel.pipeline.stalls import BUSINESS_DAYS_SETTING
from funnel.store.settings import set_setting
from tests.factories import make_deal, sales, stage_id


def cards_of(session, today, **filters):
    return board_cards(session, sales(session).id, today=today, filters=BoardFilters(**filters))


def test_a_card_shows_the_deal_its_client_and_value(session, now, today):
    client = create_client(session, name="Anna Ivanova", temperature="hot", now=now)
    deal = make_deal(session, now, "Website redesign", client=None, value="1500.50")
    update_deal(session, deal, client_id=client)
    (card,) = cards_of(session, today)
    assert (card.title, card.client, card.temperature) == (
        "Website redesign",
        "Anna Ivanova",
        "hot",
    )
    assert card.value == Decimal("1500.50")
    assert card.currency == "USD"
    assert card.owner == "Me"


def test_closed_deals_are_not_on_the_board(session, now, today):
    make_deal(session, now, "Open one")
    won = make_deal(session, now, "Won one")
    win_deal(session, won, now=now)
    assert [c.title for c in cards_of(session, today)] == ["Open one"]


@pytest.mark.parametrize(
    "days_ago, in_stage, over",
    [
        (3, 3, 0),  # "New lead" stalls after 3 days: exactly 3 is not yet stalled
        (4, 4, 1),
        (10, 10, 7),
    ],
)
def test_a_stalled_deal_is_marked_with_the_days_over(session, now, today, days_ago, in_stage, over):
    make_deal(session, now - timedelta(days=days_ago), stage="New lead")
    (card,) = cards_of(session, today)
    assert (card.days_in_stage, card.rot_days, card.days_over) == (in_stage, 3, over)
    assert card.stalled == (over > 0)


def test_with_business_days_a_weekend_does_not_stall_a_deal(session, now, today):
    friday = now - timedelta(days=3)
    make_deal(session, friday, stage="New lead")  # 3 calendar days, 1 business day
    set_setting(session, BUSINESS_DAYS_SETTING, True)
    (card,) = cards_of(session, today)
    assert (card.days_in_stage, card.days_over) == (1, 0)


def test_the_next_step_is_the_earliest_open_activity(session, now, today):
    deal = make_deal(session, now)
    done = add_activity(
        session, kind="call", subject="First call", due_date=today, deal_id=deal, now=now
    )
    complete_activity(session, done, now=now)
    add_activity(
        session, kind="meeting", subject="Demo", due_date=today + timedelta(days=3),
        deal_id=deal, now=now,
    )  # fmt: skip
    add_activity(
        session, kind="email", subject="Send prices", due_date=today + timedelta(days=1),
        due_time=time(10, 30), deal_id=deal, now=now,
    )  # fmt: skip
    (card,) = cards_of(session, today)
    assert (card.next_due_date, card.next_due_time, card.next_subject, card.next_kind) == (
        today + timedelta(days=1),
        time(10, 30),
        "Send prices",
        "email",
    )


def test_the_board_and_the_deal_card_agree_on_the_next_step(session, now, today):
    deal = make_deal(session, now)
    for subject, due_time in [("Timed", time(9, 0)), ("Untimed", None), ("Later", time(8, 0))]:
        add_activity(
            session, kind="task", subject=subject, due_date=today, due_time=due_time,
            deal_id=deal, now=now,
        )  # fmt: skip
    (card,) = cards_of(session, today)
    assert card.next_subject == next_steps(session, [deal])[deal].subject


def test_a_deal_without_an_open_activity_has_no_next_step(session, now, today):
    make_deal(session, now)
    (card,) = cards_of(session, today)
    assert card.next_due_date is None
    assert not card.has_next_step


def test_stalled_only_keeps_the_stalled_deals(session, now, today):
    make_deal(session, now - timedelta(days=5), "Old lead", stage="New lead")
    make_deal(session, now - timedelta(days=1), "Fresh lead", stage="New lead")
    make_deal(session, now - timedelta(days=5), "Proposal", stage="Proposal sent")  # 14 d limit
    assert [c.title for c in cards_of(session, today, stalled_only=True)] == ["Old lead"]


def test_no_next_step_keeps_the_deals_nobody_plans_to_touch(session, now, today):
    planned = make_deal(session, now, "Planned")
    make_deal(session, now, "Forgotten")
    add_activity(session, kind="call", subject="Call", due_date=today, deal_id=planned, now=now)
    assert [c.title for c in cards_of(session, today, no_next_step=True)] == ["Forgotten"]


def test_temperature_and_owner_filters(session, now, today):
    hot = create_client(session, name="Hot client", temperature="hot", now=now)
    cold = create_client(session, name="Cold client", temperature="cold", now=now)
    other = create_owner(session, "Boris").id
    create_deal(session, title="Hot deal", client_id=hot, now=now)
    create_deal(session, title="Cold deal", client_id=cold, now=now, owner_id=other)
    assert [c.title for c in cards_of(session, today, temperature="hot")] == ["Hot deal"]
    assert [c.title for c in cards_of(session, today, owner_id=other)] == ["Cold deal"]


def test_within_a_stage_the_longest_waiting_deal_comes_first(session, now, today):
    make_deal(session, now - timedelta(days=1), "Fresh", stage="Contact made")
    make_deal(session, now - timedelta(days=20), "Most stalled", stage="Contact made")
    make_deal(session, now - timedelta(days=9), "Stalled", stage="Contact made")
    make_deal(session, now - timedelta(days=30), "Earlier stage", stage="New lead")
    titles = [c.title for c in cards_of(session, today)]
    assert titles == ["Earlier stage", "Most stalled", "Stalled", "Fresh"]


def test_cards_can_be_read_for_a_few_deals_only(session, now, today):
    first = make_deal(session, now, "First")
    make_deal(session, now, "Second")
    cards = board_cards(session, sales(session).id, today=today, deal_ids=[first])
    assert [c.title for c in cards] == ["First"]


def test_stage_headers_count_value_weighted_and_stalled(session, now, today):
    make_deal(session, now - timedelta(days=10), stage="Proposal sent", value=1000)
    make_deal(session, now - timedelta(days=20), stage="Proposal sent", value=500)
    columns = {c.name: c for c in board_columns(session, sales(session).id, today=today)}
    proposal = columns["Proposal sent"]
    assert (proposal.count, proposal.stalled) == (2, 1)
    assert proposal.totals == (CurrencyTotal("USD", 2, Decimal("1500.00"), Decimal("900.00")),)
    assert columns["New lead"].totals == (CurrencyTotal("USD", 0, Decimal(0), Decimal(0)),)
    assert list(columns) == [s.name for s in sales(session).stages]


def test_money_in_different_currencies_is_never_added_up(session, now, today):
    make_deal(session, now, stage="Negotiation", value=90000, currency="RUB")
    make_deal(session, now, stage="Negotiation", value=80000, currency="RUB")
    make_deal(session, now, stage="Negotiation", value=1500)
    negotiation = board_columns(session, sales(session).id, today=today)[-1]
    assert [(t.currency, t.count, t.value) for t in negotiation.totals] == [
        ("USD", 1, Decimal("1500.00")),  # the default currency first
        ("RUB", 2, Decimal("170000.00")),
    ]


def test_headers_count_every_deal_even_when_cards_are_filtered(session, now, today):
    make_deal(session, now, "Fresh", stage="New lead")
    board = load_board(
        session, sales(session).id, today=today, filters=BoardFilters(stalled_only=True)
    )
    assert board.cards == []
    assert board.columns[0].count == 1
    assert board.columns[0].stage_id == stage_id(session, "New lead")


def test_headers_counted_from_the_cards_agree_with_the_database(session, now, today):
    make_deal(session, now - timedelta(days=9), stage="New lead", value=100)
    make_deal(session, now - timedelta(days=1), stage="New lead", value=250, currency="RUB")
    make_deal(session, now - timedelta(days=30), stage="Negotiation", value=700)
    make_deal(session, now, stage="Negotiation", value="19.99")
    pipeline = sales(session).id
    board = load_board(session, pipeline, today=today)
    assert board.columns == board_columns(session, pipeline, today=today)
    assert [c.stalled for c in board.columns] == [1, 0, 0, 0, 1]


def test_lost_reasons_are_offered_in_the_users_order(session):
    assert list_lost_reasons(session) == [
        "Price too high",
        "Chose a competitor",
        "No budget",
        "No response",
        "Not a fit",
    ]
