from datetime import date, timedelta
from decimal import Decimal

import pytest

from funnel.customers.clients import get_client
from funnel.deals.details import (
    DealEdit,
    NewClient,
    card_choices,
    deal_details,
    save_deal_card,
)
from funnel.deals.notes import add_note
from funnel.deals.search import find_clients
from funnel.deals.service import get_deal
from funnel.errors import ValidationError
from funnel.followups.activities import add_activity, complete_activity
from funnel.pipeline.moves import move_deal, win_deal
from tests.factories import make_deal, sales, stage_id


def test_details_hold_the_deal_its_client_and_notes(session, now, today):
    deal = make_deal(session, now, "Kitchen", client="Olga")
    add_note(session, body="Likes oak", deal_id=deal, now=now)
    details = deal_details(session, deal, today=today)
    assert details.deal.title == "Kitchen"
    assert details.client is not None and details.client.name == "Olga"
    assert [n.body for n in details.notes] == ["Likes oak"]


def test_details_list_open_activities_before_done_ones(session, now, today):
    deal = make_deal(session, now)
    done = add_activity(
        session, kind="call", subject="First call", due_date=today, deal_id=deal, now=now
    )
    add_activity(
        session,
        kind="meeting",
        subject="Demo",
        due_date=today + timedelta(days=3),
        deal_id=deal,
        now=now,
    )
    complete_activity(session, done, now=now, outcome="Interested")
    details = deal_details(session, deal, today=today)
    assert [(a.subject, a.done_at is None) for a in details.activities] == [
        ("Demo", True),
        ("First call", False),
    ]


def test_details_history_counts_days_spent_in_each_stage(session, now, today):
    created = now - timedelta(days=12)
    deal = make_deal(session, created)
    move_deal(session, deal, stage_id(session, "Contact made"), now=created + timedelta(days=5))
    history = deal_details(session, deal, today=today).history
    assert [(h.to_stage, h.days_spent) for h in history] == [
        ("New lead", 5),
        ("Contact made", 7),
    ]


def test_closed_deal_history_has_no_running_days(session, now, today):
    deal = make_deal(session, now - timedelta(days=3))
    win_deal(session, deal, now=now)
    history = deal_details(session, deal, today=today).history
    assert (history[-1].kind, history[-1].days_spent) == ("won", None)


def test_choices_offer_owners_lost_reasons_and_the_default_currency(session):
    choices = card_choices(session)
    assert [o.name for o in choices.owners] == ["Me"]
    assert "No budget" in choices.lost_reasons
    assert choices.default_currency == "USD"
    assert choices.currencies[0] == "USD"
    assert choices.pipeline.name == "Current sales"


def test_a_deals_unusual_currency_is_among_the_choices(session, now, today):
    deal = make_deal(session, now, currency="KZT")
    assert "KZT" in deal_details(session, deal, today=today).choices.currencies


def test_saving_the_card_updates_the_deals_fields(session, now, today):
    deal = make_deal(session, now)
    edit = DealEdit(
        title="Bigger redesign",
        value="2 500,50",
        currency="eur",
        expected_close=date(2026, 12, 31),
    )
    save_deal_card(session, deal, edit, now=now)
    row = get_deal(session, deal, today=today)
    assert (row.title, row.value, row.currency, row.expected_close, row.client_id) == (
        "Bigger redesign",
        Decimal("2500.50"),
        "EUR",
        date(2026, 12, 31),
        None,
    )


def test_a_new_client_typed_in_the_card_is_created_with_the_deal(session, now, today):
    edit = DealEdit(
        title="Roof repair",
        new_client=NewClient("Pavel Orlov", phone="+7 912 000-11-22", email="pavel@example.com"),
    )
    deal = save_deal_card(session, None, edit, now=now, pipeline_id=sales(session).id)
    row = get_deal(session, deal, today=today)
    client = get_client(session, row.client_id)
    assert (row.stage, client.name, client.phones, client.emails) == (
        "New lead",
        "Pavel Orlov",
        ("+7 912 000-11-22",),
        ("pavel@example.com",),
    )


def test_a_failed_save_creates_no_client(db, now):
    edit = DealEdit(title="  ", new_client=NewClient("Ghost Client"))
    with pytest.raises(ValidationError, match="needs a title"), db.begin() as session:
        save_deal_card(session, None, edit, now=now)
    with db.begin() as session:
        assert find_clients(session, "Ghost") == []
