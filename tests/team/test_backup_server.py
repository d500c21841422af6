"""Backing up a team server: everything the login can see lands in a new
local Funnel file that opens as any other, with the same counts and sums; a
salesperson's backup holds only what they can see."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from funnel.commands.cli import main
from funnel.demo import generate_demo
from funnel.store.db import open_database
from funnel.store.models import Activity, Client, Deal, Owner, Purchase, StageChange
from funnel.store.server_address import parse_server_url
from tests.conftest import NOW
from tests.pg_cluster import fresh_name
from tests.team.test_security import team  # noqa: F401  (the fixture)

pytestmark = pytest.mark.postgresql


def _figures(db) -> dict[str, object]:
    with db.read() as s:
        return {
            "deals": s.scalar(select(func.count(Deal.id))),
            "clients": s.scalar(select(func.count(Client.id))),
            "activities": s.scalar(select(func.count(Activity.id))),
            "history": s.scalar(select(func.count(StageChange.id))),
            "purchases": s.scalar(select(func.count(Purchase.id))),
            "value": s.scalar(select(func.sum(Deal.value_cents))),
            "revenue": s.scalar(select(func.sum(Purchase.amount_cents))),
            "titles": s.scalars(select(Deal.title).order_by(Deal.id)).all(),
        }


def test_a_managers_backup_opens_as_a_file_with_the_same_counts_and_sums(
    pg_cluster, tmp_path, capsys
):
    original = tmp_path / "sales.funnel"
    db = open_database(original, now=NOW)
    generate_demo(db, deals=80, seed=3, now=NOW)
    db.close()
    name = fresh_name()
    pg_cluster.admin_execute(f"CREATE DATABASE {name}")
    url = pg_cluster.url(name)
    assert main(["--db", str(original), "copy-to", url]) == 0
    server = open_database(parse_server_url(url), now=NOW)
    before = _figures(server)
    server.close()
    target = tmp_path / "backup.funnel"

    assert main(["--db", url, "copy-to", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Backed up 80 deals you can see" in out and "counts and sums match" in out

    backup = open_database(target, now=NOW, create=False)
    try:
        assert _figures(backup) == before
    finally:
        backup.close()
    assert not (tmp_path / "backup.funnel.partial").exists()


def test_a_salespersons_backup_holds_only_what_they_can_see(team, tmp_path, capsys):  # noqa: F811
    target = tmp_path / "boris.funnel"
    assert main(["--db", team["boris_url"], "copy-to", str(target)]) == 0
    backup = open_database(target, now=NOW, create=False)
    try:
        titles = set(_figures(backup)["titles"])
    finally:
        backup.close()
    assert titles == {"Boris deal", "Vera shared deal"}


def test_a_file_cannot_be_backed_up_into_another_file(tmp_path, capsys):
    source = tmp_path / "a.funnel"
    open_database(source, now=NOW).close()
    assert main(["--db", str(source), "copy-to", str(tmp_path / "b.funnel")]) == 1
    assert "not a team server address" in capsys.readouterr().err


def _give_boris_deal_client_to_vera(team) -> None:  # noqa: F811
    """Boris's client was referred by a client of Vera's he cannot see. (The
    client of his own deal he always sees, whoever owns it: migration 0014.)"""
    manager = open_database(parse_server_url(team["manager_url"]), now=NOW)
    try:
        with manager.write() as s:
            vera = s.scalar(select(Owner.id).where(Owner.name == team["vera"]))
            referrer = Client(name="Vera's private client", owner_id=vera, created_at=NOW)
            s.add(referrer)
            s.flush()
            deal = s.get(Deal, team["ids"]["boris"])
            s.get(Client, deal.client_id).referred_by_id = referrer.id
    finally:
        manager.close()


def test_a_salespersons_backup_says_which_rows_refer_to_rows_they_cannot_see(
    team,  # noqa: F811
    tmp_path,
    capsys,
):
    _give_boris_deal_client_to_vera(team)
    target = tmp_path / "boris.funnel"
    assert main(["--db", team["boris_url"], "copy-to", str(target)]) == 0
    out = capsys.readouterr().out
    assert "1 other row(s) refer to rows you cannot see (client: 1)" in out
    assert "deal refers to a client" not in out  # the client of his own deal is his to see
    backup = open_database(target, now=NOW, create=False)
    try:
        with backup.read() as s:
            kept = s.get(Deal, team["ids"]["boris"])
            client = s.get(Client, kept.client_id)
            assert client is not None and client.referred_by_id is not None  # the reference stays
            assert s.get(Client, client.referred_by_id) is None  # but not the colleague's client
    finally:
        backup.close()

    assert main(["--db", team["boris_url"], "copy-to", str(target), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["deals_without_client"], report["unseen_references"]) == (0, {"client": 1})


def test_a_backup_with_nothing_unseen_says_nothing_about_it(team, tmp_path, capsys):  # noqa: F811
    assert main(["--db", team["boris_url"], "copy-to", str(tmp_path / "b.funnel")]) == 0
    assert "cannot see" not in capsys.readouterr().out
