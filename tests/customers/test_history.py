"""The client card's purchases, totals and timeline."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from funnel.customers.clients import create_client
from funnel.customers.history import (
    MERGE,
    client_purchase_lines,
    client_timeline,
    purchase_totals,
)
from funnel.customers.merge import merge_clients
from funnel.deals.service import create_deal
from funnel.followups.activities import add_activity
from funnel.store.models import Purchase


def buy(session, client_id, day, amount, currency="RUB", order=None):
    session.add(
        Purchase(
            client_id=client_id,
            purchased_on=day,
            amount_cents=amount * 100,
            currency=currency,
            order_ref=order,
        )
    )
    session.flush()


def test_totals_count_revenue_average_and_dates_per_currency(session, now):
    anna = create_client(session, name="Anna", now=now)
    other = create_client(session, name="Boris", now=now)
    buy(session, anna, date(2026, 1, 5), 1000, order="A-1")
    buy(session, anna, date(2026, 3, 7), 2000, order="A-2")
    buy(session, anna, date(2025, 12, 1), 50, "USD")
    buy(session, other, date(2024, 1, 1), 99999)

    totals = purchase_totals(session, anna)

    assert totals.count == 3
    assert (totals.first, totals.last) == (date(2025, 12, 1), date(2026, 3, 7))
    assert [(t.currency, t.count, t.revenue, t.average) for t in totals.by_currency] == [
        ("RUB", 2, Decimal("3000.00"), Decimal("1500.00")),
        ("USD", 1, Decimal("50.00"), Decimal("50.00")),
    ]
    lines = client_purchase_lines(session, anna)
    assert [(p.purchased_on, p.order_ref) for p in lines][:2] == [
        (date(2026, 3, 7), "A-2"),
        (date(2026, 1, 5), "A-1"),
    ]


def test_a_client_without_purchases_has_empty_totals(session, now):
    anna = create_client(session, name="Anna", now=now)
    totals = purchase_totals(session, anna)
    assert (totals.count, totals.first, totals.by_currency) == (0, None, ())


def test_the_timeline_gathers_activities_of_every_deal_and_merges(session, now):
    anna = create_client(session, name="Anna", now=now)
    twin = create_client(session, name="Anna I.", now=now)
    kitchen = create_deal(session, title="Kitchen", client_id=anna, now=now)
    sofa = create_deal(session, title="Sofa", client_id=twin, now=now)
    add_activity(session, kind="call", subject="Call about kitchen", due_date=date(2026, 11, 20),
                 deal_id=kitchen, now=now)  # fmt: skip
    add_activity(session, kind="meeting", subject="Showroom", due_date=date(2026, 11, 25),
                 deal_id=sofa, now=now)  # fmt: skip
    add_activity(session, kind="email", subject="Catalogue", due_date=date(2026, 11, 21),
                 client_id=anna, now=now)  # fmt: skip
    merge_clients(session, anna, [twin], now=now)

    timeline = client_timeline(session, anna)

    assert [(e.kind, e.subject, e.deal) for e in timeline] == [
        ("meeting", "Showroom", "Sofa"),
        (MERGE, "Anna I.", None),
        ("email", "Catalogue", None),
        ("call", "Call about kitchen", "Kitchen"),
    ]
