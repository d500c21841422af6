"""A file at revision 0002 (before the clean-up) upgrades and keeps its data;
the clean-up revision downgrades cleanly."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from alembic import command
from sqlalchemy import inspect, select

from funnel.cleanup.review import start_review
from funnel.store.db import APPLICATION_ID, _alembic_config, make_engine, open_database
from funnel.store.models import Deal

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
TABLES = {"review", "review_item", "review_decision", "silent_notice"}


def test_a_file_before_the_clean_up_upgrades_and_can_start_a_review(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0002")
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        for sql in (
            "INSERT INTO owner (id, name, is_default, active) VALUES (1, 'Me', 1, 1)",
            "INSERT INTO pipeline (id, name, kind, position) VALUES (1, 'Sales', 'sales', 0)",
            "INSERT INTO stage (id, pipeline_id, name, position, rot_days, probability)"
            " VALUES (1, 1, 'New lead', 0, 3, 10)",
            "INSERT INTO deal (id, title, value_cents, currency, pipeline_id, stage_id, status,"
            " owner_id, created_at, stage_entered_at, search_text)"
            " VALUES (1, 'Kitchen set', 150000, 'USD', 1, 1, 'open', 1,"
            " '2026-11-01 10:00:00.000000', '2026-11-01 10:00:00.000000', 'kitchen set')",
        ):
            conn.exec_driver_sql(sql)
    engine.dispose()
    db = open_database(path, now=NOW)
    assert db.backup_path is not None
    with db.begin() as s:
        assert s.scalar(select(Deal.title)) == "Kitchen set"
        assert start_review(s, now=NOW, today=NOW.date()).total == 1
        assert set(inspect(s.connection()).get_table_names()) >= TABLES
    db.close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] >= "0003"
    con.close()


def test_the_clean_up_revision_downgrades_cleanly(tmp_path):
    path = tmp_path / "new.sqlite3"
    open_database(path, now=NOW).close()
    engine = make_engine(path)
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0002")
        assert not TABLES & set(inspect(conn).get_table_names())
        command.upgrade(_alembic_config(conn), "head")
        assert set(inspect(conn).get_table_names()) >= TABLES
    engine.dispose()
