"""Opening a file: exact paths, what is set up as new, what is refused, and
reading that writes nothing."""

import os
import sqlite3
import stat
import threading

import pytest
from sqlalchemy import func, select

from funnel.commands.cli import main
from funnel.errors import (
    DatabaseBusyError,
    MissingDatabaseError,
    NotAFunnelDatabaseError,
    ReadOnlyDatabaseError,
    UnsupportedDatabaseError,
)
from funnel.store import sqlite as dialect
from funnel.store.db import open_database, resolve_db_path
from funnel.store.models import Deal, Pipeline
from tests.conftest import NOW


@pytest.mark.parametrize(
    "name",
    ["a?b.sqlite3", "with#hash.sqlite3", "other%20app.db", "two words.db", "воронка.sqlite3"],
)
def test_a_path_with_url_characters_is_used_exactly_as_written(tmp_path, name):
    (tmp_path / "other app.db").write_bytes(b"")  # what %20 would decode to
    db = open_database(tmp_path / name, now=NOW)
    with db.write() as s:
        assert s.scalar(select(func.count(Pipeline.id))) == 2
    db.close()
    assert (tmp_path / name).stat().st_size > 0
    assert (tmp_path / "other app.db").stat().st_size == 0
    assert not (tmp_path / "a").exists() and not (tmp_path / "with").exists()


def test_a_leading_tilde_is_the_home_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert resolve_db_path("~/deals.sqlite3") == tmp_path / "deals.sqlite3"


@pytest.mark.parametrize("url", ["mysql+pymysql://x/y", "oracle://me@server/sales"])
def test_a_url_of_an_unsupported_kind_is_refused_before_anything_is_made(
    tmp_path, monkeypatch, capsys, url
):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UnsupportedDatabaseError, match="cannot open"):
        resolve_db_path(url)
    assert main(["--db", url, "won", "1"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot open" in err
    assert list(tmp_path.iterdir()) == []


def test_a_team_server_url_is_a_server_and_makes_no_file(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    url = "postgresql://me:secret@127.0.0.1:1/sales?sslmode=require"
    address = resolve_db_path(url)
    assert (address.host, address.port, address.database, address.sslmode) == (
        "127.0.0.1", 1, "sales", "require",
    )  # fmt: skip
    assert "secret" not in address.display
    assert main(["--db", url, "won", "1"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot be reached" in err and "secret" not in err
    assert list(tmp_path.iterdir()) == []


def test_a_sqlite_url_names_its_file(tmp_path):
    assert resolve_db_path(f"sqlite:///{tmp_path}/x.db") == tmp_path / "x.db"


def test_an_empty_database_file_that_is_not_zero_length_is_refused(tmp_path):
    # What an interrupted backup looks like once SQLite rolls back its journal.
    path = tmp_path / "backup.sqlite3"
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version=7")
    con.close()
    before = path.read_bytes()
    with pytest.raises(NotAFunnelDatabaseError, match="holds no Funnel data"):
        open_database(path, now=NOW)
    assert path.read_bytes() == before


def test_a_zero_length_file_is_set_up_as_new(tmp_path):
    path = tmp_path / "new.sqlite3"
    path.write_bytes(b"")
    db = open_database(path, now=NOW)
    assert db.created
    db.close()


def test_a_command_that_reads_refuses_a_missing_file_and_creates_no_folder(tmp_path, capsys):
    path = tmp_path / "typo" / "funnel.sqlite3"
    with pytest.raises(MissingDatabaseError):
        open_database(path, now=NOW, create=False)
    assert main(["--db", str(path), "deals"]) == 1
    assert "There is no Funnel database at" in capsys.readouterr().err
    assert not (tmp_path / "typo").exists()


def test_a_command_that_writes_creates_the_file_and_says_so(tmp_path, capsys):
    path = tmp_path / "new" / "funnel.sqlite3"
    assert main(["--db", str(path), "activity", "list", "--deal", "1"]) == 1  # reads: refused
    assert not path.exists()
    code = main(["--db", str(path), "demo", "--deals", "5"])
    err = capsys.readouterr().err
    assert code == 0 and f"created new database {path}" in err


def test_opening_to_read_writes_nothing(db_path, db):
    db.close()
    before = db_path.read_bytes()
    mtime = db_path.stat().st_mtime_ns
    reader = open_database(db_path, now=NOW, create=False)
    with reader.read() as s:
        assert s.scalar(select(func.count(Pipeline.id))) == 2
    reader.close()
    assert db_path.read_bytes() == before and db_path.stat().st_mtime_ns == mtime


def test_a_read_only_file_opens_read_only(db_path, db, capsys):
    db.close()
    os.chmod(db_path, stat.S_IRUSR | stat.S_IRGRP)
    try:
        ro = open_database(db_path, now=NOW)
        assert ro.readonly
        with ro.read() as s:
            assert s.scalar(select(func.count(Pipeline.id))) == 2
        with pytest.raises(ReadOnlyDatabaseError, match="read-only"), ro.write():
            pass
        ro.close()
        assert main(["--db", str(db_path), "check"]) == 0
        assert main(["--db", str(db_path), "won", "1"]) == 1
        assert "read-only" in capsys.readouterr().err
    finally:
        os.chmod(db_path, stat.S_IRUSR | stat.S_IWUSR)


def test_reading_works_while_another_program_holds_the_write_lock(db_path, db):
    db.close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        reader = open_database(db_path, now=NOW, create=False)
        with reader.read() as s:
            assert s.scalar(select(func.count(Deal.id))) == 0
        reader.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_writer_takes_the_lock_before_its_first_read(db_path, db, monkeypatch):
    """The second writer waits at the door, then reads what the first wrote."""
    other = open_database(db_path, now=NOW)
    seen: list[int] = []
    inside = threading.Event()
    with db.write() as s:
        s.add(Pipeline(name="Wholesale", kind="sales", position=5))
        s.flush()

        def second():
            inside.set()
            with other.write() as s2:
                seen.append(s2.scalar(select(func.count(Pipeline.id))))

        thread = threading.Thread(target=second)
        thread.start()
        inside.wait()
        thread.join(0.3)
        assert thread.is_alive()  # waiting for the lock, not reading stale data
    thread.join(5)
    assert seen == [3]
    other.close()


def test_a_writer_busy_for_too_long_gets_one_clear_sentence(db_path, db, monkeypatch):
    monkeypatch.setattr(dialect, "BUSY_TIMEOUT_MS", 50)
    other = open_database(db_path, now=NOW)
    with (
        db.write(),
        pytest.raises(DatabaseBusyError, match="Another program is writing"),
        other.write(),
    ):
        pass
    other.close()


def test_begin_on_a_read_only_file_still_reads_and_refuses_writes(db_path, db):
    db.close()
    ro = open_database(db_path, now=NOW, create=False, readonly=True)
    with ro.begin() as s:
        assert s.scalar(select(func.count(Pipeline.id))) == 2
    with pytest.raises(ReadOnlyDatabaseError), ro.begin() as s:
        s.add(Pipeline(name="Wholesale", kind="sales", position=5))
        s.flush()
    ro.close()
