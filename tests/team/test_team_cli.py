"""`funnel team …`: set up a team database, add, list and disable people."""

from __future__ import annotations

import io
import json

import psycopg
import pytest
from sqlalchemy import func, select

from funnel.commands.cli import main
from funnel.store.db import open_database
from funnel.store.models import Deal, Owner
from funnel.store.server_address import parse_server_url
from tests.conftest import NOW
from tests.factories import make_deal
from tests.pg_cluster import ADMIN, fresh_name

pytestmark = pytest.mark.postgresql


def _owners(url: str) -> dict[str, tuple[str | None, str, bool]]:
    db = open_database(parse_server_url(url), now=NOW)
    try:
        with db.read() as s:
            return {o.name: (o.login, o.role, o.active) for o in s.scalars(select(Owner))}
    finally:
        db.close()


def test_init_sets_up_an_empty_database_and_is_idempotent(pg_cluster, capsys):
    name = fresh_name()
    pg_cluster.admin_execute(f"CREATE DATABASE {name}")
    url = pg_cluster.url(name)
    assert main(["team", "init", url, "--name", "Anna Manager"]) == 0
    out = capsys.readouterr().out
    assert "Set up the Funnel tables" in out and "'Anna Manager'" in out
    assert "admin-secret" not in out
    assert _owners(url)["Anna Manager"] == (ADMIN, "manager", True)
    assert main(["team", "init", url, "--name", "Anna Manager", "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["created_database"] is False and again["owner_created"] is False
    assert len(_owners(url)) == 1


def test_init_on_a_database_filled_by_copy_to_gives_me_the_login(pg_cluster, tmp_path, capsys):
    path = tmp_path / "sales.funnel"
    local = open_database(path, now=NOW)
    with local.write() as s:
        make_deal(s, NOW, "Clinic CRM")
    local.close()
    name = fresh_name()
    pg_cluster.admin_execute(f"CREATE DATABASE {name}")
    url = pg_cluster.url(name)
    assert main(["--db", str(path), "copy-to", url]) == 0
    me = next(iter(_owners(url)))
    assert main(["team", "init", url]) == 0
    assert f"acting as owner '{me}'" in capsys.readouterr().out
    assert _owners(url)[me] == (ADMIN, "manager", True)


def test_sqlite_is_refused(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "f.funnel"), "team", "users"]) == 1
    assert "team commands need a team server address (postgresql://" in capsys.readouterr().err
    assert main(["team", "init", str(tmp_path / "f.funnel")]) == 1


def test_add_list_and_disable_a_salesperson(pg_cluster, pg_url, monkeypatch, capsys):
    login = fresh_name("boris")
    monkeypatch.setattr("sys.stdin", io.StringIO("a-good-password\n"))
    args = ["--db", pg_url, "team", "add-user", login, "--password-stdin", "--name"]
    assert main([*args, "Boris Sales"]) == 0
    assert f"Added '{login}' (salesperson)" in capsys.readouterr().out
    own_url = pg_cluster.url(pg_url.rsplit("/", 1)[1], user=login, password="a-good-password")
    monkeypatch.setattr("sys.stdin", io.StringIO("a-good-password\n"))
    assert main([*args, "Other"]) == 1
    assert "already exists" in capsys.readouterr().err
    with psycopg.connect(own_url) as conn:
        assert conn.execute("SELECT funnel_is_manager()").fetchone()[0] is False

    db = open_database(parse_server_url(pg_url), now=NOW)
    with db.write() as s:
        deal = s.get(Deal, make_deal(s, NOW, "Boris's deal"))
        deal.owner_id = s.scalar(select(Owner.id).where(Owner.login == login))
    db.close()

    # a salesperson may not add people
    monkeypatch.setattr("sys.stdin", io.StringIO("another-password\n"))
    add = ["--db", own_url, "team", "add-user", "x" + login, "--name", "X", "--password-stdin"]
    assert main(add) == 1
    assert "Only a manager may add team members" in capsys.readouterr().err

    assert main(["--db", pg_url, "team", "users", "--json"]) == 0
    people = {p["login"]: p for p in json.loads(capsys.readouterr().out)}
    assert people[login]["role"] == "salesperson" and people[login]["open_deals"] == 1

    assert main(["--db", pg_url, "team", "disable-user", login]) == 0
    out = capsys.readouterr().out
    assert "can no longer sign in" in out and "They keep 1 open deal(s)" in out
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(own_url).close()
    assert _owners(pg_url)["Boris Sales"] == (login, "salesperson", False)
    db = open_database(parse_server_url(pg_url), now=NOW)
    with db.read() as s:
        assert s.scalar(select(func.count(Deal.id)).join(Owner, Owner.id == Deal.owner_id)) == 1
    db.close()


def test_a_bad_login_is_refused_before_anything_is_asked(pg_url, capsys):
    assert main(["--db", pg_url, "team", "add-user", "Robert'); DROP", "--name", "R"]) == 1
    assert "cannot be a login" in capsys.readouterr().err
