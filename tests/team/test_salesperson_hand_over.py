"""A salesperson hands their own deal to a colleague on a team server: the
deal, its open follow-ups and a notice go to the colleague, who sees them; the
giver no longer does, and may undo it a moment later. The server checks who
may (a SECURITY DEFINER function, migration 0012), also for raw SQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from funnel.deals.handed_notices import take_handed_notices
from funnel.deals.handover import hand_over_deals
from funnel.followups.activities import add_activity
from funnel.followups.completion import complete_activity
from funnel.store.db import open_database
from funnel.store.models import Activity, Deal
from funnel.store.server_address import parse_server_url
from funnel.team.users import add_user
from tests.conftest import NOW
from tests.factories import make_deal
from tests.pg_cluster import fresh_name

pytestmark = pytest.mark.postgresql

PASSWORD = "s3cret-pass"


@pytest.fixture
def team(pg_cluster, pg_url, today):
    """Boris's deal with two open follow-ups and a done one; Vera's deal; a
    manager's connection and Boris's and Vera's own logins."""
    boris, vera = fresh_name("boris"), fresh_name("vera")
    manager = open_database(parse_server_url(pg_url), now=NOW)
    with manager.write() as s:
        b = add_user(s, boris, name="Boris", password=PASSWORD).owner_id
        v = add_user(s, vera, name="Vera", password=PASSWORD).owner_id
        mine = make_deal(s, NOW, "Boris deal")
        theirs = make_deal(s, NOW, "Vera deal")
        steps = [
            add_activity(s, kind="call", subject=f"Call {i}", due_date=today, deal_id=mine, now=NOW)
            for i in range(3)
        ]
        complete_activity(s, steps[2], now=NOW, outcome="done", today=today)
        s.get(Deal, mine).owner_id = b
        s.get(Deal, theirs).owner_id = v
    with manager.write() as s:
        for a in s.scalars(select(Activity).where(Activity.deal_id == mine)):
            a.owner_id = b
    name = pg_url.rsplit("/", 1)[1]
    urls = {
        "boris": pg_cluster.url(name, user=boris, password=PASSWORD),
        "vera": pg_cluster.url(name, user=vera, password=PASSWORD),
    }
    as_boris = open_database(parse_server_url(urls["boris"]), now=NOW)
    as_vera = open_database(parse_server_url(urls["vera"]), now=NOW)
    as_boris.actor_id, as_vera.actor_id = b, v
    try:
        yield {
            "manager": manager, "boris": as_boris, "vera": as_vera, "urls": urls,
            "b": b, "v": v, "mine": mine, "theirs": theirs, "steps": steps,
        }  # fmt: skip
    finally:
        as_boris.close()
        as_vera.close()
        manager.close()


def _owners(db, deal_id):
    with db.read() as s:
        deal = s.get(Deal, deal_id)
        steps = dict(s.execute(select(Activity.id, Activity.owner_id)).all())
        return (deal.owner_id if deal else None), steps


def test_a_salesperson_hands_their_own_deal_to_a_colleague(team):
    b, v, mine, steps = team["b"], team["v"], team["mine"], team["steps"]
    with team["boris"].write() as s:
        before = s.get(Deal, mine).version
        (handed,) = hand_over_deals(s, [mine], v, now=NOW)
    assert (handed.from_owner_id, handed.to_owner_id) == (b, v)
    assert {i for i, _ in handed.moved} == set(steps[:2])
    # Vera sees the deal, its open follow-ups (hers now) and the notice.
    deal_owner, owners = _owners(team["vera"], mine)
    assert deal_owner == v
    assert [owners.get(i) for i in steps] == [v, v, b]  # the done call stays Boris's
    with team["vera"].write() as s:
        (notice,) = take_handed_notices(s, now=NOW)
    assert (notice.by, notice.title, notice.open_followups) == ("Boris", "Boris deal", 2)
    # Boris no longer sees it; the follow-ups that went with it are not his
    # (he may still see them through the client, which is the team's).
    deal_owner, owners = _owners(team["boris"], mine)
    assert deal_owner is None
    assert owners.get(steps[0]) in (None, v) and owners.get(steps[1]) in (None, v)
    with team["manager"].read() as s:
        deal = s.get(Deal, mine)
        assert (deal.owner_id, deal.updated_by_id, deal.version) == (v, b, before + 1)
