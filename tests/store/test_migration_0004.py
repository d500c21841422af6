"""Upgrading a file with clients to the customer-base schema keeps every row
linked to them: rebuilding the client table must not cascade."""

from __future__ import annotations

import sqlite3

from alembic import command

from funnel.store.db import APPLICATION_ID, _alembic_config, open_database
from funnel.store.sqlite import make_engine
from tests.conftest import NOW


def _file_at_0003(path, clients: int) -> None:
    engine = make_engine(path, create=True)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0003")
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("INSERT INTO pipeline (id, name, kind, position) VALUES (1, 'S', 'sales', 0)")
    con.execute(
        "INSERT INTO stage (id, pipeline_id, name, position, probability) VALUES (1, 1, 'A', 0, 10)"
    )
    for i in range(1, clients + 1):
        con.execute(
            "INSERT INTO client (id, name, tags, notes, custom_fields, created_at, archived, "
            "search_text) VALUES (?, ?, '', '', '{}', '2026-01-01 00:00:00', 0, '')",
            (i, f"Client {i}"),
        )
        con.execute(
            "INSERT INTO client_contact (client_id, kind, value, search) "
            "VALUES (?, 'phone', ?, '')",
            (i, f"+7 912 000-{i:04d}"),
        )
        con.execute(
            "INSERT INTO deal (title, client_id, value_cents, currency, pipeline_id, stage_id, "
            "status, created_at, stage_entered_at, search_text) VALUES (?, ?, 0, 'USD', 1, 1, "
            "'open', '2026-01-01', '2026-01-01', '')",
            (f"Deal {i}", i),
        )
        con.execute(
            "INSERT INTO purchase (client_id, purchased_on, amount_cents, currency) "
            "VALUES (?, '2026-01-01', 100, 'USD')",
            (i,),
        )
    con.commit()
    con.close()


def test_upgrading_keeps_every_contact_purchase_and_deal_of_the_clients(tmp_path):
    path = tmp_path / "old.sqlite3"
    _file_at_0003(path, clients=50)
    open_database(path, now=NOW).close()
    con = sqlite3.connect(path)
    counts = {
        table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("client", "client_contact", "purchase", "deal")
    }
    unlinked = con.execute("SELECT count(*) FROM deal WHERE client_id IS NULL").fetchone()[0]
    normalized = con.execute(
        "SELECT normalized FROM client_contact WHERE client_id = 7"
    ).fetchone()[0]
    con.close()
    assert counts == {"client": 50, "client_contact": 50, "purchase": 50, "deal": 50}
    assert unlinked == 0
    assert normalized == "+79120000007"
