"""The stored per-client purchase summary: kept up to date by every path that
writes purchases, used by the cell list, recomputed by `funnel check`."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from funnel.commands.cli import main as funnel_main
from funnel.customers.client_sets import set_client_ids
from funnel.customers.merge import merge_clients, undo_merge
from funnel.customers.segments import lifecycle_matrix
from funnel.imports.csvfile import parse_bytes
from funnel.imports.purchase_fields import auto_map_purchases
from funnel.imports.purchases import apply_purchase_import, plan_purchase_import
from funnel.pipeline.moves import lose_deal, win_deal
from funnel.pipeline.undo import revert_move
from funnel.store.client_summary import ClientSummary, summary_problems
from funnel.store.db import open_database
from tests.customers.buyers import buy, buyer, client
from tests.factories import make_deal


def rows(session) -> dict[tuple[int, str], tuple]:
    return {
        (r.client_id, r.currency): (r.purchases, r.revenue_cents, r.first_purchase,
                                    r.last_purchase)
        for r in session.scalars(select(ClientSummary))
    }  # fmt: skip


def test_winning_a_deal_and_undoing_it_keep_the_summary(session, now, today):
    deal = make_deal(session, now, value=250)
    won = win_deal(session, deal, now=now, today=today)
    (key,) = rows(session)
    assert rows(session)[key] == (1, 25000, today, today)
    revert_move(session, won)
    assert rows(session) == {}
    assert summary_problems(session) == []


def test_losing_a_won_deal_takes_its_purchase_out_of_the_summary(session, now, today):
    deal = make_deal(session, now, value=250)
    win_deal(session, deal, now=now, today=today)
    lost = lose_deal(session, deal, reason="Cancelled", now=now)
    assert rows(session) == {}
    revert_move(session, lost)  # the purchase comes back with the win
    assert [v[0] for v in rows(session).values()] == [1]
    assert summary_problems(session) == []


def test_imported_purchases_are_summed_per_client_and_currency(session, now):
    text = (
        "Email,Order,Date,Amount,Currency\n"
        "a@x.io,1,2026-01-05,100,USD\na@x.io,2,2026-03-05,50,USD\na@x.io,3,2026-02-01,70,EUR\n"
        "b@x.io,4,2026-04-01,10,USD\n"
    )
    table = parse_bytes(text.encode(), name="orders.csv")
    plan = plan_purchase_import(session, table, auto_map_purchases(table.columns))
    apply_purchase_import(session, plan, now=now)
    found = sorted(rows(session).values())
    assert found == [
        (1, 1000, date(2026, 4, 1), date(2026, 4, 1)),
        (1, 7000, date(2026, 2, 1), date(2026, 2, 1)),
        (2, 15000, date(2026, 1, 5), date(2026, 3, 5)),
    ]
    assert summary_problems(session) == []


def test_merge_and_unmerge_move_the_summary_with_the_purchases(session, now, today):
    keep = buyer(session, "Anna", [10, 20], today)
    other = buyer(session, "Anna I.", [5], today, amount=300)
    result = merge_clients(session, keep, [other], now=now)
    assert rows(session) == {
        (keep, "USD"): (3, 50000, today - timedelta(days=20), today - timedelta(days=5))
    }
    undo_merge(session, result.merge_id, now=now)
    assert rows(session)[(other, "USD")][:2] == (1, 30000)
    assert rows(session)[(keep, "USD")][:2] == (2, 20000)
    assert summary_problems(session) == []


def test_a_refund_typed_as_a_negative_amount_is_not_summed(session, today):
    cid = client(session, "Anna")
    buy(session, cid, today, 100)
    buy(session, cid, today, -40)
    assert rows(session) == {(cid, "USD"): (1, 10000, today, today)}


def test_the_cell_list_reads_the_summary_and_answers_as_the_purchases_do(session, today):
    loyal = buyer(session, "Loyal", [40, 100, 200, 300], today, amount=500)
    small = buyer(session, "Small", [35, 50, 60, 70], today, amount=10)
    buyer(session, "Recent", [1, 2, 3, 4], today)
    cell = {"kind": "cell", "cell": "f2r1"}
    assert set_client_ids(session, cell, today=today) == [loyal, small]
    # Stored figures are what the list sorts by: change them and the order follows.
    session.execute(
        update(ClientSummary).where(ClientSummary.client_id == small).values(revenue_cents=10**9)
    )
    assert set_client_ids(session, cell, today=today) == [small, loyal]
    assert summary_problems(session)  # … and `funnel check` notices


def test_as_of_a_day_before_the_latest_purchase_the_purchases_are_added_up(session, today):
    anna = buyer(session, "Anna", [0], today)
    # As of yesterday Anna had not bought yet: the summary (which holds today's
    # purchase) is not used.
    assert lifecycle_matrix(session, as_of=today - timedelta(days=1), history=False).clients == 0
    assert set_client_ids(session, {"kind": "buyers"}, today=today) == [anna]


@pytest.fixture
def broken_file(tmp_path, now, today):
    path = tmp_path / "f.sqlite3"
    db = open_database(path, now=now)
    with db.begin() as s:
        anna = buyer(s, "Anna", [3, 9], today)
        s.execute(update(ClientSummary).values(purchases=7))
    db.close()
    return path, anna


def test_funnel_check_recomputes_the_summary_and_fix_summary_repairs_it(broken_file, capsys):
    path, anna = broken_file
    assert funnel_main(["--db", str(path), "check"]) == 1
    out = capsys.readouterr().out
    assert f"the purchase summary of client {anna} in USD differs from the purchases" in out
    assert funnel_main(["--db", str(path), "check", "--fix-summary"]) == 0
    assert funnel_main(["--db", str(path), "check"]) == 0


def test_upgrading_a_file_fills_the_summary_from_its_purchases(tmp_path, now):
    from alembic import command

    from funnel.store.db import APPLICATION_ID, _alembic_config, make_engine

    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0005")
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        conn.exec_driver_sql(
            "INSERT INTO client (id, name, tags, notes, custom_fields, created_at, archived) "
            "VALUES (1, 'Anna', '', '', '{}', '2026-01-01 00:00:00', 0)"
        )
        conn.exec_driver_sql(
            "INSERT INTO purchase (client_id, purchased_on, amount_cents, currency, source) "
            "VALUES (1, '2026-02-01', 1000, 'USD', 'import'), (1, '2026-05-01', 500, 'USD', "
            "'import'), (1, '2026-03-01', -300, 'USD', 'import')"
        )
    engine.dispose()
    db = open_database(path, now=now)
    with db.begin() as s:
        assert rows(s) == {(1, "USD"): (2, 1500, date(2026, 2, 1), date(2026, 5, 1))}
        assert summary_problems(s) == []
    db.close()


def test_a_purchase_moved_or_deleted_through_the_orm_updates_both_clients(session, today):
    from funnel.store.models import Purchase

    anna, boris = buyer(session, "Anna", [3, 9], today), buyer(session, "Boris", [1], today)
    moved = session.scalars(select(Purchase).where(Purchase.client_id == anna)).first()
    moved.client_id = boris
    session.flush()
    assert (rows(session)[(anna, "USD")][0], rows(session)[(boris, "USD")][0]) == (1, 2)
    session.delete(moved)
    session.flush()
    assert rows(session)[(boris, "USD")][0] == 1
    assert summary_problems(session) == []
