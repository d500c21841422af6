"""The 20% who bring 80%: ranks, ties, the cut, ABC classes."""

from __future__ import annotations

import itertools
from datetime import timedelta
from decimal import Decimal

import pytest

from funnel.customers.pareto import class_a_client_ids, class_client_ids, pareto
from tests.customers.buyers import buyer


def test_top_20_percent_of_seven_clients_is_two_rounded_up(session, today):
    for i, amount in enumerate([500, 300, 50, 50, 40, 30, 30]):
        buyer(session, f"C{i}", [1], today, amount=amount)
    p = pareto(session, date_from=None, date_to=today)
    assert p.clients == 7
    assert p.top_clients == 2  # ceil(1.4): never zero clients, and stable
    assert p.top_share == pytest.approx(800 / 1000)


def test_abc_classes_by_share_of_revenue(session, today):
    ids = [buyer(session, f"C{i}", [1], today, amount=a) for i, a in enumerate([700, 150, 100, 50])]
    p = pareto(session, date_from=None, date_to=today)
    # 700 (0% before), 150 (70% before: A), 100 (85%: B), 50 (95%: C)
    assert [c.clients for c in p.classes] == [2, 1, 1]
    assert class_client_ids(session, "A", date_from=None, date_to=today) == ids[:2]
    assert p.classes[0].revenue == Decimal("850.00")


def test_clients_with_equal_revenue_share_a_class(session, today):
    a = buyer(session, "A", [1], today, amount=600)
    b = buyer(session, "B", [1], today, amount=200)
    c = buyer(session, "C", [1], today, amount=200)
    # Before B and C: 60%; both are A although C alone would cross 80%.
    assert class_a_client_ids(session, today=today) == {a, b, c}


def test_the_period_limits_revenue(session, today):
    old = buyer(session, "Old", [500], today, amount=10_000)
    new = buyer(session, "New", [5], today, amount=100)
    p = pareto(session, date_from=today - timedelta(days=365), date_to=today)
    assert p.clients == 1
    assert class_a_client_ids(session, today=today) == {new}
    assert old in class_client_ids(session, "A", date_from=None, date_to=today)


def test_curve_goes_from_zero_to_all(session, today):
    for i in range(10):
        buyer(session, f"C{i}", [1], today, amount=10 * (i + 1))
    curve = pareto(session, date_from=None, date_to=today).curve
    assert curve[0] == (0.0, 0.0)
    assert curve[-1] == pytest.approx((1.0, 1.0))
    assert all(y2 >= y1 for (_, y1), (_, y2) in itertools.pairwise(curve))
    assert curve[1][1] == pytest.approx(100 / 550)  # the richest tenth first
