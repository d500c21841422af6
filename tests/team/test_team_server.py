"""A team database on a real PostgreSQL server: opening, refusing, conflicts,
and a server that goes away in the middle of an action."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from funnel.commands.cli import main
from funnel.deals.service import update_deal
from funnel.errors import (
    ChangedByOtherError,
    LoginFailedError,
    MissingDatabaseError,
    NewerDatabaseError,
    NotAFunnelDatabaseError,
    ServerUnavailableError,
)
from funnel.owners import create_owner
from funnel.pipeline.moves import move_deal
from funnel.store.db import open_database
from funnel.store.models import Deal, StageChange
from funnel.store.server_address import parse_server_url
from tests.conftest import NOW
from tests.factories import make_deal, stage_id
from tests.pg_cluster import fresh_name

pytestmark = pytest.mark.postgresql


def _open(url: str, **kw):
    return open_database(parse_server_url(url), now=NOW, **kw)


def test_an_empty_database_is_set_up_on_first_connect_and_named_without_password(pg_cluster):
    name = fresh_name()
    pg_cluster.admin_execute(f"CREATE DATABASE {name}")
    db = _open(pg_cluster.url(name))
    try:
        assert db.created and db.is_server
        assert "admin-secret" not in db.display and name in db.name
        with db.read() as s:
            assert s.scalar(text("SELECT count(*) FROM stage")) > 0
        assert main(["--db", pg_cluster.url(name), "check"]) == 0
    finally:
        db.close()


def test_a_database_from_a_newer_funnel_is_refused(pg_url):
    db = _open(pg_url)
    with db.write() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.close()
    with pytest.raises(NewerDatabaseError, match="newer version of Funnel"):
        _open(pg_url)


def test_another_programs_database_is_left_untouched(pg_cluster):
    name = fresh_name()
    pg_cluster.admin_execute(f"CREATE DATABASE {name}")
    pg_cluster.admin_execute("CREATE TABLE invoices (id int)", database=name)
    with pytest.raises(NotAFunnelDatabaseError, match="another program"):
        _open(pg_cluster.url(name))


def test_a_reader_does_not_set_up_an_empty_database(pg_cluster):
    name = fresh_name()
    pg_cluster.admin_execute(f"CREATE DATABASE {name}")
    with pytest.raises(MissingDatabaseError, match="funnel team init"):
        _open(pg_cluster.url(name), create=False)


def test_an_unreachable_server_says_so_in_one_line(capsys):
    with pytest.raises(ServerUnavailableError, match="cannot be reached"):
        _open("postgresql://anna:pw@127.0.0.1:1/sales")
    assert main(["--db", "postgresql://anna:pw@127.0.0.1:1/sales", "deals"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot be reached" in err and ":pw@" not in err


def test_a_wrong_password_is_told_apart_from_a_missing_server(pg_cluster, pg_url):
    wrong = pg_url.replace("admin-secret", "not-the-password")
    with pytest.raises(LoginFailedError, match="refused the user name or password"):
        _open(wrong)


def test_a_missing_database_names_it(pg_cluster):
    with pytest.raises(MissingDatabaseError, match="no database nowhere"):
        _open(pg_cluster.url("nowhere"))


def test_the_second_writer_of_the_same_deal_is_told_who_changed_it(pg_url):
    first, second = _open(pg_url), _open(pg_url)
    try:
        with first.write() as s:
            deal_id = make_deal(s, NOW, "Clinic CRM")
            anna = create_owner(s, "Anna").id
        second.actor_id = anna
        with (
            pytest.raises(ChangedByOtherError, match="changed by Anna") as caught,
            first.write() as mine,
        ):
            deal = mine.get(Deal, deal_id)  # read at version 1
            deal.title = "Clinic CRM — 12 seats"  # written only when this action ends
            with second.write() as theirs:
                update_deal(theirs, deal_id, title="Clinic CRM (Anna)")
        assert caught.value.who == "Anna"
        with first.read() as s:
            deal = s.get(Deal, deal_id)
            assert deal.title == "Clinic CRM (Anna)" and deal.version == 2
            assert deal.updated_by_id == anna
    finally:
        first.close()
        second.close()


def test_a_server_restart_in_the_middle_of_a_move_writes_nothing_and_the_next_move_works(
    pg_cluster, pg_url
):
    db = _open(pg_url)
    try:
        with db.write() as s:
            deal_id = make_deal(s, NOW, "Bakery POS")
            target = stage_id(s, "Proposal sent")
            start = s.get(Deal, deal_id).stage_id
        with pytest.raises(ServerUnavailableError, match="cannot be reached"), db.write() as s:
            move_deal(s, deal_id, target, now=NOW)
            s.flush()
            pg_cluster.restart()
        with db.read() as s:  # a new connection: the pool checks before use
            assert s.get(Deal, deal_id).stage_id == start
            moves = select(StageChange.id).where(
                StageChange.deal_id == deal_id, StageChange.to_stage_id == target
            )
            assert s.scalar(moves) is None
        with db.write() as s:
            move_deal(s, deal_id, target, now=NOW)
        with db.read() as s:
            assert s.get(Deal, deal_id).stage_id == target
    finally:
        db.close()
