import sqlite3
from datetime import UTC, datetime

import pytest
from alembic import command
from sqlalchemy import select

from funnel.errors import NewerDatabaseError, NotAFunnelDatabaseError
from funnel.pipeline.pipelines import list_pipelines
from funnel.store.db import (
    APPLICATION_ID,
    _alembic_config,
    known_revisions,
    make_engine,
    open_database,
    resolve_db_path,
)
from funnel.store.models import Client, Pipeline, PipelineKind

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def test_first_open_seeds_current_and_future_sales(session):
    pipelines = list_pipelines(session)
    assert [(p.name, p.kind) for p in pipelines] == [
        ("Current sales", "sales"),
        ("Future sales", "future"),
    ]
    stages = pipelines[0].stages
    assert [s.name for s in stages][:2] == ["New lead", "Contact made"]
    assert all(s.rot_days and 0 < s.probability < 100 for s in stages)


def test_first_open_in_russian_names_the_funnel_in_russian(tmp_path):
    db = open_database(tmp_path / "ru.sqlite3", now=NOW, language="ru_RU.UTF-8")
    with db.begin() as s:
        assert list_pipelines(s)[0].name == "Текущие продажи"
    db.close()


def test_database_runs_in_wal_mode_with_foreign_keys(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID


def test_a_text_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("my shopping list")
    with pytest.raises(NotAFunnelDatabaseError, match="not an SQLite file"):
        open_database(path, now=NOW)
    assert path.read_text() == "my shopping list"


def test_another_programs_sqlite_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(NotAFunnelDatabaseError, match="another program"):
        open_database(path, now=NOW)
    assert path.read_bytes() == before


def test_a_file_from_a_newer_funnel_is_refused(db_path, db):
    db.close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        open_database(db_path, now=NOW)


def test_an_old_file_is_backed_up_then_upgraded(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        conn.exec_driver_sql(
            "INSERT INTO pipeline (name, kind, position) VALUES ('Old sales', 'sales', 0)"
        )
    engine.dispose()
    db = open_database(path, now=NOW)
    assert db.backup_path is not None and db.backup_path.exists()
    con = sqlite3.connect(db.backup_path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    con.close()
    with db.begin() as s:
        assert s.scalar(select(Pipeline.name)) == "Old sales"
        assert s.scalar(select(Pipeline.kind)) == PipelineKind.SALES
    db.close()


def test_db_path_comes_from_argument_then_environment_then_data_folder(tmp_path):
    env = {"FUNNEL_DB": str(tmp_path / "env.sqlite3")}
    assert resolve_db_path(str(tmp_path / "arg.sqlite3"), env).name == "arg.sqlite3"
    assert resolve_db_path(None, env).name == "env.sqlite3"
    assert resolve_db_path(None, {}).name == "funnel.sqlite3"


def test_rows_written_without_search_text_are_indexed_when_upgraded(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        conn.exec_driver_sql(
            "INSERT INTO client (name, tags, notes, custom_fields, created_at, archived) "
            "VALUES ('Анна Иванова', '', '', '{}', '2026-01-01 00:00:00', 0)"
        )
    engine.dispose()
    db = open_database(path, now=NOW)
    with db.begin() as s:
        assert s.scalar(select(Client.search_text)) == "анна иванова"
    db.close()


def test_known_revisions_agree_with_alembic():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    revisions, head = known_revisions()
    assert head == script.get_current_head()
    assert revisions == {r.revision for r in script.walk_revisions()}
