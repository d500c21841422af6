"""An upgrade completes or leaves the file as it was; a backup is whole or absent."""

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from alembic import command
from sqlalchemy import func, select

from funnel.store.db import APPLICATION_ID, _alembic_config, make_engine, open_database
from funnel.store.integrity import check_database
from funnel.store.models import Client, Deal
from tests.conftest import NOW

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def old_file(path, clients=200):
    """A file at the first schema revision with some clients in it."""
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        conn.exec_driver_sql(
            "INSERT INTO pipeline (name, kind, position) VALUES ('Old sales', 'sales', 0)"
        )
        conn.exec_driver_sql(
            "WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n "
            f"WHERE v < {clients}) INSERT INTO client (name, tags, notes, custom_fields, "
            "created_at, archived) SELECT 'Client ' || v, '', '', '{}', "
            "'2026-01-01 00:00:00', 0 FROM n"
        )
    engine.dispose()
    return path


def revision_and_tables(path):
    con = sqlite3.connect(path)
    try:
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()
    return revision, tables


def backups(folder):
    return sorted(p.name for p in folder.glob("*.backup-*"))


def test_a_failed_upgrade_leaves_the_file_as_it_was_with_one_backup(tmp_path, monkeypatch):
    path = old_file(tmp_path / "old.sqlite3")
    real_upgrade = command.upgrade

    def upgrade_then_fail(cfg, target):
        real_upgrade(cfg, target)  # every step done, then the disk fills up
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
    for _ in range(3):
        with pytest.raises(Exception, match="disk is full"):
            open_database(path, now=NOW)
    revision, tables = revision_and_tables(path)
    assert revision == "0001"
    assert not [t for t in tables if t.startswith("_alembic_tmp")]
    assert "notification" not in tables  # made by 0002, rolled back
    assert len(backups(tmp_path)) == 1
    monkeypatch.setattr(command, "upgrade", real_upgrade)
    db = open_database(path, now=NOW)
    with db.read() as s:
        assert s.scalar(select(func.count(Client.id))) == 200
        assert check_database(s) == []
    db.close()
    assert len(backups(tmp_path)) == 1


def test_half_made_tables_of_an_older_crash_are_cleaned_up(tmp_path):
    path = old_file(tmp_path / "old.sqlite3")
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE _alembic_tmp_activity (id INTEGER)")
    con.commit()
    con.close()
    db = open_database(path, now=NOW)
    db.close()
    _, tables = revision_and_tables(path)
    assert not [t for t in tables if t.startswith("_alembic_tmp")]


def test_check_sees_a_file_that_lacks_a_column_of_its_revision(db_path, db):
    db.close()
    con = sqlite3.connect(db_path)
    con.execute("ALTER TABLE client DROP COLUMN search_text")
    con.commit()
    con.close()
    db = open_database(db_path, now=NOW, create=False)
    with db.read() as s:
        assert "column client.search_text is missing from the schema" in check_database(s)
    db.close()


# --- kill -9 in a loop ------------------------------------------------------------

UPGRADE = (
    "import sys; from datetime import datetime, UTC; "
    "from funnel.store.db import open_database; "
    "open_database(sys.argv[1], now=datetime(2026, 11, 23, tzinfo=UTC)).close()"
)


def _kill_at_random(args, delay_range, seed):
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(random.Random(seed).uniform(*delay_range))
    proc.send_signal(signal.SIGKILL)
    proc.wait()


@pytest.mark.parametrize("trial", range(6))
def test_kill_9_during_an_upgrade_never_leaves_an_unopenable_file(tmp_path, trial):
    template = old_file(tmp_path / "template.sqlite3", clients=20000)
    path = tmp_path / "old.sqlite3"
    shutil.copy(template, path)
    _kill_at_random([sys.executable, "-c", UPGRADE, str(path)], (0.3, 1.5), trial)
    db = open_database(path, now=NOW)  # opens (upgrading now if the kill came first)
    with db.read() as s:
        assert s.scalar(select(func.count(Client.id))) == 20000
        assert check_database(s) == []
    db.close()


@pytest.mark.parametrize("trial", range(6))
def test_kill_9_during_a_backup_never_leaves_a_fake_backup(tmp_path, trial):
    path = old_file(tmp_path / "old.sqlite3", clients=50000)
    open_database(path, now=NOW).close()
    dest = tmp_path / "backup.sqlite3"
    args = [sys.executable, "-m", "funnel", "--db", str(path), "backup", str(dest)]
    _kill_at_random(args, (0.3, 1.2), trial)
    if dest.exists():  # the backup finished before the kill: it is whole
        db = open_database(dest, now=NOW, create=False)
        with db.read() as s:
            assert s.scalar(select(func.count(Client.id))) == 50000
            assert s.scalar(select(func.count(Deal.id))) == 0
        db.close()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("backup")] or dest.exists()
