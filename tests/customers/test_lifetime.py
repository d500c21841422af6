"""Lifetime value, expected next purchase and lost clients."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from funnel.customers.lifetime import client_lifetime, lifetime_summary, lost_clients
from tests.customers.buyers import buyer


def test_lifetime_figures_and_expected_next_purchase(session, today):
    cid = buyer(session, "Ann", [10, 40, 70], today, amount=100)
    row = client_lifetime(session, cid, as_of=today)
    assert row.purchases == 3 and row.revenue == Decimal("300.00")
    assert row.average_order == Decimal("100.00")
    assert row.average_gap_days == 30
    assert row.first_purchase == today - timedelta(days=70)
    assert row.expected_next == today + timedelta(days=20)  # last + average gap


def test_no_expected_next_purchase_after_one(session, today):
    cid = buyer(session, "Ann", [10], today)
    row = client_lifetime(session, cid, as_of=today)
    assert row.average_gap_days is None and row.expected_next is None


def test_lost_is_twice_the_own_gap_but_at_least_90_days(session, today):
    buyer(session, "Weekly", [95, 102, 109], today)  # gap 7: lost after 90 days anyway
    buyer(session, "Slow", [100, 200, 300], today)  # gap 100: not lost before 200 days
    buyer(session, "Once", [91], today, amount=500)
    buyer(session, "Recent", [89], today)
    names = [r.name for r in lost_clients(session, as_of=today)]
    assert names == ["Once", "Weekly"]  # by past revenue


def test_averages_per_source(session, today):
    from funnel.store.models import Client

    a = buyer(session, "A", [1, 20], today, amount=100)
    b = buyer(session, "B", [1], today, amount=400)
    session.get(Client, a).source = "instagram"
    session.get(Client, b).source = "referral"
    summary = lifetime_summary(session, as_of=today)
    assert [g.key for g in summary.by_source] == ["referral", "instagram"]
    assert summary.by_source[1].average_value == Decimal("200.00")
    assert summary.by_source[1].average_purchases == 2
    assert summary.overall.clients == 2
