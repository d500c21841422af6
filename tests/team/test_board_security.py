"""The board on a team server, read through row-level security: a
salesperson's board holds their own and shared deals, each with its next
step (read per deal through LATERAL on PostgreSQL), and nothing of anyone
else's; a manager's board holds every deal. Connections run without JIT
compilation, which cost the board more than the query itself."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select, text

from funnel.followups.activities import add_activity
from funnel.pipeline.board import BoardFilters, board_cards, load_board
from funnel.pipeline.pipelines import first_pipeline
from funnel.store.db import open_database
from funnel.store.models import Deal, Owner
from funnel.store.server_address import parse_server_url
from funnel.team.users import add_user
from tests.conftest import NOW
from tests.factories import make_deal
from tests.pg_cluster import fresh_name

pytestmark = pytest.mark.postgresql

PASSWORD = "s3cret-pass"
TODAY = NOW.date()


@pytest.fixture
def team(pg_cluster, pg_url):
    boris, anna = fresh_name("boris"), fresh_name("anna")
    db = open_database(parse_server_url(pg_url), now=NOW)
    with db.write() as s:
        b = add_user(s, boris, name="Boris", password=PASSWORD)
        add_user(s, anna, name="Anna", password=PASSWORD, role="manager")
        me = s.scalar(select(Owner.id).where(Owner.is_default.is_(True)))
        ids = {
            "boris": make_deal(s, NOW, "Boris deal"),
            "other": make_deal(s, NOW, "Manager deal"),
            "shared": make_deal(s, NOW, "Shared deal"),
        }
        s.get(Deal, ids["boris"]).owner_id = b.owner_id
        s.get(Deal, ids["other"]).owner_id = me
        s.get(Deal, ids["shared"]).owner_id = me
        s.get(Deal, ids["shared"]).shared = True
        s.flush()
        for subject, day, at in (
            ("Send the contract", date(2026, 12, 1), None),
            ("Call back", date(2026, 11, 25), time(15, 0)),
            ("Check the brief", date(2026, 11, 25), None),  # same day, untimed: first
        ):
            add_activity(
                s, kind="call", subject=subject, due_date=day, due_time=at, now=NOW,
                deal_id=ids["boris"],
            )  # fmt: skip
        add_activity(
            s, kind="call", subject="Secret pricing call", due_date=date(2026, 11, 24), now=NOW,
            deal_id=ids["other"],
        )  # fmt: skip
    db.close()
    database = pg_url.rsplit("/", 1)[1]
    yield {
        "ids": ids,
        "boris": pg_cluster.url(database, user=boris, password=PASSWORD),
        "anna": pg_cluster.url(database, user=anna, password=PASSWORD),
    }


def _board(url: str, filters: BoardFilters | None = None):
    db = open_database(parse_server_url(url), now=NOW)
    try:
        with db.read() as s:
            return load_board(s, first_pipeline(s).id, today=TODAY, filters=filters)
    finally:
        db.close()


def test_a_salespersons_board_shows_own_and_shared_deals_with_their_next_steps(team):
    board = _board(team["boris"])
    steps = {c.title: c.next_subject for c in board.cards}
    assert steps == {"Boris deal": "Check the brief", "Shared deal": None}
    assert sum(col.count for col in board.columns) == 2
    bare = _board(team["boris"], BoardFilters(no_next_step=True))
    assert [c.title for c in bare.cards] == ["Shared deal"]


def test_a_change_to_someone_elses_deal_refreshes_nothing_on_a_salespersons_board(team):
    """Notifications name every changed deal, visible or not (LISTEN has no
    row-level security); the board re-reads the named deals through the
    policies, so another's deal simply is not there."""
    ids = team["ids"]
    db = open_database(parse_server_url(team["boris"]), now=NOW)
    try:
        with db.read() as s:
            pid = first_pipeline(s).id
            assert board_cards(s, pid, today=TODAY, deal_ids=[ids["other"]]) == []
            touched = board_cards(s, pid, today=TODAY, deal_ids=[ids["other"], ids["boris"]])
            assert [c.title for c in touched] == ["Boris deal"]
    finally:
        db.close()


def test_a_managers_board_shows_every_deal_and_next_step(team):
    steps = {c.title: c.next_subject for c in _board(team["anna"]).cards}
    assert steps == {
        "Boris deal": "Check the brief",
        "Manager deal": "Secret pricing call",
        "Shared deal": None,
    }


def test_team_connections_do_not_jit_compile(team):
    db = open_database(parse_server_url(team["boris"]), now=NOW)
    try:
        with db.read() as s:
            assert s.execute(text("SHOW jit")).scalar() == "off"
        with db.write() as s:
            assert s.execute(text("SHOW jit")).scalar() == "off"
    finally:
        db.close()
