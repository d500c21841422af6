"""A file written at revision 0001 (before follow-ups) opens and keeps its data."""

import sqlite3
from datetime import UTC, date, datetime

from alembic import command
from sqlalchemy import func, inspect, select

from funnel.followups.activity_list import get_activity
from funnel.followups.reminders import mark_notified
from funnel.store.db import (
    APPLICATION_ID,
    _alembic_config,
    known_revisions,
    make_engine,
    open_database,
)
from funnel.store.models import Deal, Notification

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def make_old_file(path):
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        for sql in (
            "INSERT INTO owner (id, name, is_default, active) VALUES (1, 'Me', 1, 1)",
            "INSERT INTO pipeline (id, name, kind, position) VALUES (1, 'Old sales', 'sales', 0)",
            "INSERT INTO stage (id, pipeline_id, name, position, rot_days, probability)"
            " VALUES (1, 1, 'New lead', 0, 3, 10)",
            "INSERT INTO deal (id, title, value_cents, currency, pipeline_id, stage_id, status,"
            " owner_id, created_at, stage_entered_at)"
            " VALUES (1, 'Kitchen set', 150000, 'USD', 1, 1, 'open', 1,"
            " '2026-11-01 10:00:00.000000', '2026-11-01 10:00:00.000000')",
            "INSERT INTO activity (id, kind, subject, deal_id, owner_id, due_date, due_time, notes,"
            " rrule, created_at) VALUES (1, 'call', 'Weekly call', 1, 1, '2026-11-23',"
            " '10:30:00.000000', 'bring samples', 'FREQ=WEEKLY;BYDAY=MO',"
            " '2026-11-01 10:00:00.000000')",
        ):
            conn.exec_driver_sql(sql)
    engine.dispose()


def test_an_old_file_with_a_deal_and_an_activity_upgrades_to_head(tmp_path):
    path = tmp_path / "old.sqlite3"
    make_old_file(path)
    db = open_database(path, now=NOW)
    assert db.backup_path is not None and db.backup_path.exists()
    with db.begin() as s:
        assert s.scalar(select(Deal.title)) == "Kitchen set"
        row = get_activity(s, 1)
        assert (row.subject, row.deal, row.due_date, row.notes, row.rrule) == (
            "Weekly call",
            "Kitchen set",
            date(2026, 11, 23),
            "bring samples",
            "FREQ=WEEKLY;BYDAY=MO",
        )
        # New columns: nothing notified or escalated yet; the series counts from its due date.
        assert (row.notified_at, row.escalated_at, row.rrule_start) == (
            None,
            None,
            date(2026, 11, 23),
        )
        assert mark_notified(s, [1], now=NOW) == 1
        assert s.scalar(select(func.count(Notification.id))) == 0
        indexes = {i["name"] for i in inspect(s.connection()).get_indexes("activity")}
        assert {"ix_activity_open_due", "ix_activity_deal_open"} <= indexes
    db.close()
    con = sqlite3.connect(path)
    assert (
        con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == known_revisions()[1]
    )
    con.close()


def test_the_follow_ups_revision_downgrades_cleanly(tmp_path):
    path = tmp_path / "new.sqlite3"
    open_database(path, now=NOW).close()
    engine = make_engine(path)
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0001")
        columns = {c["name"] for c in inspect(conn).get_columns("activity")}
        assert "notified_at" not in columns
        assert "notification" not in inspect(conn).get_table_names()
        command.upgrade(_alembic_config(conn), "head")
    engine.dispose()
