"""`funnel copy-to URL`: a local file's whole history moves to a team server,
ids kept, counts and money sums checked, and never over data already there."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from funnel.commands.cli import main
from funnel.demo import generate_demo
from funnel.store.db import open_database
from funnel.store.models import Activity, Client, Deal, Purchase, StageChange
from funnel.store.server_address import parse_server_url
from tests.conftest import NOW
from tests.factories import make_deal
from tests.pg_cluster import fresh_name

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
            "titles": s.scalars(select(Deal.title).order_by(Deal.id).limit(20)).all(),
        }


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "sales.funnel"
    db = open_database(path, now=NOW)
    generate_demo(db, deals=300, seed=7, now=NOW)
    figures = _figures(db)
    db.close()
    return path, figures


def test_a_filled_file_is_copied_whole_and_the_server_goes_on_numbering(
    pg_cluster, demo_file, capsys
):
    path, before = demo_file
    name = fresh_name()
    pg_cluster.admin_execute(f"CREATE DATABASE {name}")
    url = pg_cluster.url(name)

    assert main(["--db", str(path), "copy-to", url]) == 0
    out = capsys.readouterr().out
    assert "counts and sums match" in out and "admin-secret" not in out

    server = open_database(parse_server_url(url), now=NOW)
    try:
        assert _figures(server) == before
        with server.write() as s:
            new_id = make_deal(s, NOW, "First deal on the server")
        with server.read() as s:
            assert new_id > s.scalar(select(func.max(Deal.id).filter(Deal.id != new_id)))
    finally:
        server.close()


def test_a_database_that_already_holds_data_is_refused_and_left_as_it_was(
    pg_cluster, demo_file, capsys
):
    path, _ = demo_file
    name = fresh_name()
    pg_cluster.admin_execute(f"CREATE DATABASE {name}")
    url = pg_cluster.url(name)
    server = open_database(parse_server_url(url), now=NOW)
    with server.write() as s:
        make_deal(s, NOW, "Already here")
    before = _figures(server)

    assert main(["--db", str(path), "copy-to", url]) == 1
    err = capsys.readouterr().err
    assert "already holds data" in err and "nothing was copied" in err

    assert _figures(server) == before
    server.close()


def test_copy_to_needs_a_server_address(demo_file, tmp_path, capsys):
    path, _ = demo_file
    assert main(["--db", str(path), "copy-to", str(tmp_path / "other.funnel")]) == 1
    assert "not a team server address" in capsys.readouterr().err
