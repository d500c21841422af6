"""The lifecycle matrix: which cell a client falls in, as of which day."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from funnel.customers.segments import (
    SegmentSettings,
    lifecycle_matrix,
    save_segment_settings,
)
from funnel.errors import ValidationError
from funnel.store.models import Client, Purchase
from tests.customers.buyers import buy, buyer, client


def cell_of(session, today, name: str) -> str:
    from funnel.customers.client_sets import set_client_ids

    cid = session.query(Client.id).filter(Client.name == name).scalar()
    for key in ("f0r0", "f0r1", "f0r2", "f1r0", "f1r1", "f1r2", "f2r0", "f2r1", "f2r2"):
        if cid in set_client_ids(session, {"kind": "cell", "cell": key}, today=today):
            return key
    return "none"


@pytest.mark.parametrize(
    ("days_ago", "cell"),
    [
        ([0], "f0r0"),
        ([30], "f0r0"),  # exactly 30 days: still active
        ([31], "f0r1"),  # 31 days: falling asleep
        ([90], "f0r1"),
        ([91], "f0r2"),
        ([5, 40], "f1r0"),  # 2 purchases
        ([5, 40, 80], "f1r0"),  # exactly 3: still "2–3"
        ([5, 40, 80, 120], "f2r0"),  # exactly 4: "4 or more"
        ([60, 70, 80, 120], "f2r1"),
        ([200, 300], "f1r2"),
    ],
)
def test_a_client_falls_in_the_cell_of_their_count_and_recency(session, today, days_ago, cell):
    buyer(session, "Ann", days_ago, today)
    assert cell_of(session, today, "Ann") == cell
    matrix = lifecycle_matrix(session, as_of=today)
    assert matrix.cell(cell).clients == 1
    assert matrix.clients == 1


def test_counts_shares_and_revenue_per_cell(session, today):
    buyer(session, "Ann", [1], today, amount=300)
    buyer(session, "Bob", [2], today, amount=100)
    buyer(session, "Cid", [100, 200, 300, 400], today, amount=150)
    m = lifecycle_matrix(session, as_of=today)
    new = m.cell("f0r0")
    assert (new.clients, new.revenue) == (2, Decimal("400.00"))
    assert new.client_share == pytest.approx(2 / 3)
    assert new.revenue_share == pytest.approx(400 / 1000)
    assert m.cell("f2r2").revenue == Decimal("600.00")
    assert m.active == 2 and m.active_share == pytest.approx(2 / 3)


def test_refunds_are_not_purchases(session, today):
    cid = buyer(session, "Ann", [10, 20, 30], today)
    session.add(Purchase(client_id=cid, purchased_on=today, amount_cents=-10000, currency="USD"))
    session.flush()
    m = lifecycle_matrix(session, as_of=today)
    assert m.cell("f1r0").clients == 1  # three purchases, the refund not a fourth
    assert m.revenue == Decimal("300.00")


def test_as_of_an_earlier_day_ignores_later_purchases(session, today):
    buyer(session, "Ann", [0, 100, 200, 300], today)
    earlier = today - timedelta(days=150)
    assert cell_of(session, earlier, "Ann") == "f1r1"  # 2 purchases, the last 50 days before


def test_archived_and_merged_clients_are_left_out(session, today):
    a = buyer(session, "Ann", [1], today)
    b = buyer(session, "Bob", [1], today)
    session.get(Client, a).archived = True
    session.get(Client, b).merged_into_id = a
    buyer(session, "Cid", [1], today)
    assert lifecycle_matrix(session, as_of=today).clients == 1


def test_other_currencies_count_as_purchases_but_not_revenue(session, today):
    cid = client(session, "Ann")
    buy(session, cid, today, 100, "USD")
    buy(session, cid, today, 500, "EUR")
    buy(session, cid, today, 700, "USD")
    m = lifecycle_matrix(session, as_of=today)
    assert m.currency == "USD"
    assert m.cell("f1r0").clients == 1
    assert m.revenue == Decimal("800.00")
    assert m.other_currency_purchases == 1


def test_limits_and_names_are_settings(session, today):
    buyer(session, "Ann", [10, 20], today)
    save_segment_settings(
        session,
        SegmentSettings(count_limits=(2, 5), recency_limits=(7, 60), names={"f0r1": " Sleepy "}),
    )
    m = lifecycle_matrix(session, as_of=today)
    assert m.cell("f0r1").clients == 1  # 2 purchases is now "few", 10 days now "asleep"
    assert m.cell("f0r1").name == "Sleepy"
    assert m.cell("f0r0").name == "New active"


@pytest.mark.parametrize("limits", [(3, 3), (0, 5), (5, 2)])
def test_limits_must_grow(session, limits):
    with pytest.raises(ValidationError):
        save_segment_settings(session, SegmentSettings(count_limits=limits))


def test_active_share_history_covers_twelve_months(session, today):
    buyer(session, "Ann", [0], today)
    buyer(session, "Bob", [250], today)
    history = lifecycle_matrix(session, as_of=today).history
    assert len(history) == 13 and history[-1].day == today
    assert (history[-1].active, history[-1].buyers) == (1, 2)
    six_months_ago = history[-7]
    assert (six_months_ago.active, six_months_ago.buyers) == (0, 1)  # Bob bought 66 days before it


def test_the_history_alone_counts_the_same_as_with_the_matrix(session, today):
    from funnel.customers.segments import active_history

    for i, days in enumerate([[0], [45, 400], [100, 200, 300], [31, 62]]):
        buyer(session, f"C{i}", days, today)
    assert active_history(session, as_of=today) == list(
        lifecycle_matrix(session, as_of=today).history
    )
