from datetime import timedelta
from decimal import Decimal

from funnel.deals.rows import DealFilters, deal_ids, deal_rows
from funnel.deals.totals import deal_totals
from funnel.pipeline.moves import lose_deal, win_deal
from funnel.store.profile import CURRENCY_KEY
from funnel.store.settings import set_setting
from tests.factories import make_deal


def test_totals_are_per_currency_over_the_filtered_deals(session, now):
    set_setting(session, CURRENCY_KEY, "RUB")
    make_deal(session, now, "Кухня", value=75000, currency="RUB")
    make_deal(session, now, "Шкаф", value=25000, currency="RUB")
    make_deal(session, now, "Kitchen", value=1000, currency="EUR")
    make_deal(session, now, "Cabinet", value=2000, currency="BRL", client="Bruno")
    totals = deal_totals(session)
    assert totals.count == 4
    assert [(t.currency, t.count, t.value) for t in totals.totals] == [
        ("RUB", 2, Decimal("100000.00")),
        ("BRL", 1, Decimal("2000.00")),
        ("EUR", 1, Decimal("1000.00")),
    ]
    narrowed = deal_totals(session, filters=DealFilters(text="bruno"))
    assert narrowed.count == 1
    assert [(t.currency, t.value) for t in narrowed.totals] == [("BRL", Decimal("2000.00"))]


def test_totals_of_no_deals_show_the_home_currency_at_zero(session, now):
    set_setting(session, CURRENCY_KEY, "BRL")
    make_deal(session, now, "Open one", value=500, currency="BRL")
    totals = deal_totals(session, filters=DealFilters(status="won"))
    assert totals.count == 0
    assert [(t.currency, t.value) for t in totals.totals] == [("BRL", Decimal(0))]


def test_won_and_lost_dates_and_the_lost_reason_are_listed_and_sortable(session, now, today):
    first = make_deal(session, now, "First")
    second = make_deal(session, now, "Second")
    lost = make_deal(session, now, "Gone")
    win_deal(session, second, now=now, today=today)
    win_deal(session, first, now=now + timedelta(days=1), today=today + timedelta(days=1))
    lose_deal(session, lost, reason="Price", now=now)
    every = DealFilters(status="all")
    assert deal_ids(session, filters=every, sort_key="won_on") == [second, first, lost]
    assert deal_ids(session, filters=every, sort_key="lost_on")[0] == lost
    assert deal_ids(session, filters=every, sort_key="lost_reason")[0] == lost
    rows = {r.id: r for r in deal_rows(session, [first, lost], today=today)}
    assert rows[lost].lost_reason == "Price"
    assert rows[first].closed_at == (now + timedelta(days=1)).replace(tzinfo=None)
