from datetime import timedelta
from decimal import Decimal

import pytest

from funnel.customers.client_list import (
    NO_TEMPERATURE,
    SORT_KEYS,
    ClientFilters,
    client_deals,
    client_ids,
    client_purchases,
    client_rows,
    client_sources,
    client_tags,
)
from funnel.customers.clients import create_client, update_client
from funnel.deals.service import create_deal
from funnel.errors import NotFoundError, ValidationError
from funnel.pipeline.moves import win_deal
from funnel.pipeline.pipelines import first_pipeline


def test_a_row_shows_contacts_deals_and_purchases(session, now, today):
    anna = create_client(
        session,
        name="Anna",
        phones=["+7 912 345-00-00", "+7 900 000-00-00"],
        emails=["anna@example.com"],
        tags=["vip", "wholesale"],
        temperature="hot",
        source="instagram",
        now=now,
    )
    first = create_deal(session, title="Kitchen", client_id=anna, value=1500, now=now)
    second = create_deal(session, title="Wardrobe", client_id=anna, value=500, now=now)
    create_deal(session, title="Shelves", client_id=anna, now=now)
    win_deal(session, first, now=now - timedelta(days=30), today=today - timedelta(days=30))
    win_deal(session, second, now=now, today=today)
    (row,) = client_rows(session, [anna])
    assert (row.phone, row.email, row.tags, row.temperature, row.source) == (
        "+7 912 345-00-00",
        "anna@example.com",
        ("vip", "wholesale"),
        "hot",
        "instagram",
    )
    assert (row.deals, row.totals, row.last_purchase) == (3, (("USD", Decimal("2000.00")),), today)


def test_a_client_without_deals_has_none(session, now):
    anna = create_client(session, name="Anna", now=now)
    (row,) = client_rows(session, [anna])
    assert (row.deals, row.totals, row.last_purchase) == (0, (), None)


def test_clients_filter_by_text_and_temperature(session, now):
    hot = create_client(session, name="Анна", temperature="hot", now=now)
    cold = create_client(session, name="Анна Петрова", temperature="cold", now=now)
    unknown = create_client(session, name="Boris", phones=["+7 912 345-00-00"], now=now)
    assert client_ids(session, filters=ClientFilters(text="анна")) == [hot, cold]
    assert client_ids(session, filters=ClientFilters(text="анна", temperature="cold")) == [cold]
    assert client_ids(session, filters=ClientFilters(temperature=NO_TEMPERATURE)) == [unknown]
    assert client_ids(session, filters=ClientFilters(text="912 345")) == [unknown]


def test_clients_sort_by_number_of_deals(session, now):
    busy = create_client(session, name="Busy", now=now)
    idle = create_client(session, name="Idle", now=now)
    for title in ("A", "B"):
        create_deal(session, title=title, client_id=busy, now=now)
    assert client_ids(session, sort_key="deals", descending=True) == [busy, idle]


@pytest.mark.parametrize("key", SORT_KEYS)
def test_every_sort_key_lists_every_client(session, now, key):
    ids = {
        create_client(session, name=f"Client {i}", phones=[f"+1 555 {i}00"], now=now)
        for i in range(3)
    }
    assert set(client_ids(session, sort_key=key)) == ids


def test_an_unknown_temperature_filter_is_refused(session):
    with pytest.raises(ValidationError, match="hot, warm or cold"):
        client_ids(session, filters=ClientFilters(temperature="lukewarm"))


def test_a_clients_deals_list_open_ones_first(session, now, today):
    anna = create_client(session, name="Anna", now=now)
    won = create_deal(session, title="Won one", client_id=anna, now=now)
    win_deal(session, won, now=now, today=today)
    opened = create_deal(session, title="Open one", client_id=anna, now=now - timedelta(days=3))
    deals = client_deals(session, anna)
    assert [(d.id, d.status, d.stage) for d in deals] == [
        (opened, "open", first_pipeline(session).stages[0].name),
        (won, "won", first_pipeline(session).stages[0].name),
    ]


def test_a_clients_purchases_newest_first(session, now, today):
    anna = create_client(session, name="Anna", now=now)
    old = create_deal(session, title="Old", client_id=anna, value=100, now=now)
    new = create_deal(session, title="New", client_id=anna, value=250, now=now)
    win_deal(session, old, now=now, today=today - timedelta(days=10))
    win_deal(session, new, now=now, today=today)
    rows = client_purchases(session, anna)
    assert [(p.purchased_on, p.amount, p.deal) for p in rows] == [
        (today, Decimal("250.00"), "New"),
        (today - timedelta(days=10), Decimal("100.00"), "Old"),
    ]


def test_tags_and_sources_in_use_are_offered_once(session, now):
    create_client(session, name="A", tags=["vip", "Wholesale"], source="instagram", now=now)
    create_client(session, name="B", tags=["VIP", "retail"], source="instagram", now=now)
    create_client(session, name="C", source="Fair 2026", now=now)
    assert client_tags(session) == ["retail", "vip", "Wholesale"]
    assert client_sources(session) == ["Fair 2026", "instagram"]


def test_a_referrer_must_exist(session, now):
    anna = create_client(session, name="Anna", now=now)
    with pytest.raises(NotFoundError, match="referrer"):
        update_client(session, anna, referred_by_id=999)
