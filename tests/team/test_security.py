"""Who sees what on a team server, enforced by PostgreSQL itself: a
salesperson's own login, even with raw SQL, reads and changes only their own
and shared deals; a manager sees everything."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import select

from funnel.commands.cli import main
from funnel.deals.service import update_deal
from funnel.errors import PermissionDeniedError
from funnel.store.db import open_database
from funnel.store.models import Deal, Owner
from funnel.store.server_address import parse_server_url
from funnel.team.users import add_user
from tests.conftest import NOW
from tests.factories import make_deal
from tests.pg_cluster import fresh_name

pytestmark = pytest.mark.postgresql

PASSWORD = "s3cret-pass"


def _open(url: str):
    return open_database(parse_server_url(url), now=NOW)


def _database(url: str) -> str:
    return url.rsplit("/", 1)[1]


@pytest.fixture
def team(pg_cluster, pg_url):
    """Deals of the manager ("Me"), of two salespeople, one of them shared."""
    boris, vera = fresh_name("boris"), fresh_name("vera")
    manager = _open(pg_url)
    with manager.write() as s:
        b = add_user(s, boris, name="Boris", password=PASSWORD)
        v = add_user(s, vera, name="Vera", password=PASSWORD)
        ids = {
            "boris": make_deal(s, NOW, "Boris deal"),
            "vera": make_deal(s, NOW, "Vera deal"),
            "vera_shared": make_deal(s, NOW, "Vera shared deal"),
            "mine": make_deal(s, NOW, "Manager deal"),
        }
        for key, owner in (("boris", b), ("vera", v), ("vera_shared", v)):
            s.get(Deal, ids[key]).owner_id = owner.owner_id
        s.get(Deal, ids["vera_shared"]).shared = True
        s.get(Deal, ids["mine"]).owner_id = s.scalar(
            select(Owner.id).where(Owner.is_default.is_(True))
        )
    manager.close()
    db = _database(pg_url)
    yield {
        "ids": ids,
        "boris_url": pg_cluster.url(db, user=boris, password=PASSWORD),
        "vera": "Vera",
        "manager_url": pg_url,
    }


def test_a_salesperson_cannot_read_or_update_anothers_deal_with_raw_sql(pg_cluster, team):
    ids = team["ids"]
    with psycopg.connect(team["boris_url"]) as conn:
        titles = {r[0] for r in conn.execute("SELECT title FROM deal")}
        assert titles == {"Boris deal", "Vera shared deal"}
        assert (
            conn.execute("SELECT count(*) FROM deal WHERE id = %s", [ids["vera"]]).fetchone()[0]
            == 0
        )
        changed = conn.execute(
            "UPDATE deal SET title = 'hijacked' WHERE id = ANY(%s)",
            [[ids["vera"], ids["vera_shared"], ids["mine"]]],
        ).rowcount
        assert changed == 0
        conn.execute("UPDATE deal SET title = 'Boris deal 2' WHERE id = %s", [ids["boris"]])
        conn.commit()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE stage SET name = 'x'")
    with psycopg.connect(team["manager_url"]) as conn:
        titles = {r[0] for r in conn.execute("SELECT title FROM deal")}
        assert "hijacked" not in titles and "Boris deal 2" in titles


def test_changing_anothers_shared_deal_through_the_service_names_its_owner(team):
    db = _open(team["boris_url"])
    try:
        with (
            pytest.raises(PermissionDeniedError, match="belongs to Vera") as caught,
            db.write() as s,
        ):
            update_deal(s, team["ids"]["vera_shared"], title="Mine now")
        assert "only they or a manager can change it" in str(caught.value)
        with db.read() as s:
            assert s.get(Deal, team["ids"]["vera_shared"]).title == "Vera shared deal"
    finally:
        db.close()


def test_a_manager_login_sees_every_deal(pg_cluster, team):
    anna = fresh_name("anna")
    db = _open(team["manager_url"])
    with db.write() as s:
        add_user(s, anna, name="Anna", password=PASSWORD, role="manager")
    db.close()
    url = pg_cluster.url(_database(team["manager_url"]), user=anna, password=PASSWORD)
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM deal").fetchone()[0] >= 4
    db = _open(url)
    try:
        with db.write() as s:
            update_deal(s, team["ids"]["vera"], title="Vera deal, checked")
        assert main(["--db", url, "team", "users"]) == 0
    finally:
        db.close()


def test_a_salesperson_sees_the_client_of_their_deal_owned_by_a_colleague(pg_cluster, team):
    """Boris works a deal for Vera's client: he sees its name and phone to
    call, but the client stays Vera's to change."""
    from funnel.customers.clients import create_client
    from funnel.customers.edits import edit_client
    from funnel.deals.service import get_deal

    manager = _open(team["manager_url"])
    with manager.write() as s:
        vera_id = s.scalar(select(Owner.id).where(Owner.name == "Vera"))
        client = create_client(
            s, name="Romashka LLC", phones=["+7 912 345-00-00"], owner_id=vera_id, now=NOW
        )
        hidden = create_client(s, name="Vera's own", owner_id=vera_id, now=NOW)
        s.get(Deal, team["ids"]["boris"]).client_id = client
    manager.close()

    with psycopg.connect(team["boris_url"]) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM client")}
        assert "Romashka LLC" in names and "Vera's own" not in names
        phones = conn.execute(
            "SELECT count(*) FROM client_contact WHERE client_id = %s", [client]
        ).fetchone()[0]
        assert phones == 1
        assert conn.execute("UPDATE client SET name = 'x' WHERE id = %s", [client]).rowcount == 0
        assert (
            conn.execute("SELECT count(*) FROM client WHERE id = %s", [hidden]).fetchone()[0] == 0
        )

    db = _open(team["boris_url"])
    try:
        with db.read() as s:
            assert get_deal(s, team["ids"]["boris"], today=NOW.date()).client == "Romashka LLC"
        with pytest.raises(PermissionDeniedError), db.write() as s:
            edit_client(s, client, name="Mine now")
    finally:
        db.close()


def test_follow_ups_and_notes_of_a_colleagues_deal_stay_hidden_behind_a_pool_client(
    pg_cluster, team
):
    """The client nobody owns is everyone's, but Vera's private deal for it is
    not: its follow-ups and notes follow the deal. Boris's own task on it,
    and the pool client's own activity, stay visible to him."""
    from funnel.customers.clients import create_client
    from funnel.deals.notes import add_note
    from funnel.followups.activities import add_activity

    manager = _open(team["manager_url"])
    with manager.write() as s:
        boris_id = s.scalar(select(Owner.id).where(Owner.name == "Boris"))
        pool = create_client(s, name="Pool client", now=NOW)  # nobody's
        vera_deal = team["ids"]["vera"]
        s.get(Deal, vera_deal).client_id = pool
        s.flush()
        hidden = add_activity(
            s, kind="call", subject="Vera's call", due_date=NOW.date(), deal_id=vera_deal, now=NOW
        )
        own = add_activity(
            s, kind="task", subject="Boris's task", due_date=NOW.date(), deal_id=vera_deal,
            owner_id=boris_id, now=NOW,
        )  # fmt: skip
        client_level = add_activity(
            s, kind="call", subject="Pool call", due_date=NOW.date(), client_id=pool, now=NOW
        )
        add_note(s, body="Vera's private note", deal_id=vera_deal, client_id=pool, now=NOW)
    manager.close()

    with psycopg.connect(team["boris_url"]) as conn:
        seen = {r[0] for r in conn.execute("SELECT id FROM activity")}
        assert hidden not in seen
        assert {own, client_level} <= seen
        notes = {r[0] for r in conn.execute("SELECT body FROM note")}
        assert "Vera's private note" not in notes
        changed = conn.execute("UPDATE activity SET subject = 'x' WHERE id = %s", [hidden]).rowcount
        assert changed == 0
