"""A salesperson hands their own deal to a colleague on a team server: the
deal, its open follow-ups and a notice go to the colleague, who sees them; the
giver no longer does, and may undo it a moment later. The server checks who
may (a SECURITY DEFINER function, migration 0012), also for raw SQL."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import select

from funnel.deals.card import SavedDeal, undo_card_hand_over
from funnel.deals.handed_notices import take_handed_notices
from funnel.deals.handover import hand_over_deals, undo_hand_over_deals
from funnel.deals.service import update_deal
from funnel.errors import ChangedByOtherError, PermissionDeniedError
from funnel.followups.activities import add_activity
from funnel.followups.completion import complete_activity
from funnel.store.db import open_database
from funnel.store.models import Activity, Deal, Notification
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


def test_the_giver_may_undo_a_moment_later(team):
    b, v, mine, steps = team["b"], team["v"], team["mine"], team["steps"]
    with team["boris"].write() as s:
        handed = hand_over_deals(s, [mine], v, now=NOW)
    with team["boris"].write() as s:
        undo_hand_over_deals(s, handed)
    deal_owner, owners = _owners(team["boris"], mine)
    assert deal_owner == b
    assert [owners[i] for i in steps] == [b, b, b]
    with team["vera"].read() as s:  # nothing left for Vera: no deal, no notice
        assert s.get(Deal, mine) is None
        assert s.scalars(select(Notification)).all() == []


def test_no_undo_once_the_new_owner_changed_the_deal(team):
    b, v, mine = team["b"], team["v"], team["mine"]
    with team["boris"].write() as s:
        handed = hand_over_deals(s, [mine], v, now=NOW)
    with team["vera"].write() as s:
        update_deal(s, mine, title="Vera's now", now=NOW)
    refused = pytest.raises(
        PermissionDeniedError, match="Vera now owns 'Boris deal'; ask them or a manager"
    )
    with refused, team["boris"].write() as s:
        undo_hand_over_deals(s, handed)
    with team["manager"].read() as s:
        deal = s.get(Deal, mine)
        assert (deal.owner_id, deal.title) == (v, "Vera's now")
        assert len(s.scalars(select(Notification)).all()) == 1
    # A manager can still give it back.
    with team["manager"].write() as s:
        undo_hand_over_deals(s, handed)
    assert _owners(team["boris"], mine)[0] == b


def test_a_salesperson_cannot_hand_over_a_colleagues_deal(team):
    b, v, theirs = team["b"], team["v"], team["theirs"]
    with team["manager"].write() as s:
        s.get(Deal, theirs).shared = True  # Boris sees it, but it is Vera's
    not_yours = pytest.raises(PermissionDeniedError, match="'Vera deal' belongs to Vera")
    with not_yours, team["boris"].write() as s:
        update_deal(s, theirs, owner_id=b, now=NOW)
    # Raw SQL on Boris's own login: the server refuses too.
    with psycopg.connect(team["urls"]["boris"]) as conn:
        with pytest.raises(psycopg.Error) as refused:
            conn.execute("SELECT funnel_hand_over(%s, %s, NULL, NULL, NULL)", (theirs, b))
        assert refused.value.sqlstate == "FH001"
        conn.rollback()
        with pytest.raises(psycopg.Error) as refused:  # nor may he undo into his hands
            conn.execute(
                "SELECT funnel_undo_hand_over(%s, %s, %s, NULL, NULL, '{}', '{}')",
                (theirs, b, v),
            )
        assert refused.value.sqlstate == "FH004"
    with team["manager"].read() as s:
        deal = s.get(Deal, theirs)
        assert (deal.owner_id, deal.version) == (v, deal.version)
        assert deal.updated_by_id != b
        assert s.scalars(select(Notification)).all() == []


def test_a_manager_hands_over_anything(team):
    v, theirs = team["v"], team["theirs"]
    with team["manager"].write() as s:
        (handed,) = hand_over_deals(s, [team["mine"], theirs], team["b"], now=NOW)
    assert handed.from_owner_id == v
    assert _owners(team["boris"], theirs)[0] == team["b"]


def test_a_hand_over_of_a_deal_changed_meanwhile_is_reported(team):
    v, mine = team["v"], team["mine"]
    with team["boris"].read() as s:
        shown = s.get(Deal, mine).version  # the card showed this version
    with team["manager"].write() as s:
        s.get(Deal, mine).title = "Renamed by the manager"
    changed = pytest.raises(ChangedByOtherError, match="changed by Me a moment ago")
    with changed, team["boris"].write() as s:
        update_deal(s, mine, owner_id=v, now=NOW, expected_version=shown)
    # The same when the change lands between reading the deal and handing it.
    changed = pytest.raises(ChangedByOtherError, match="changed by Me a moment ago")
    with changed, team["boris"].write() as s:
        deal = s.get(Deal, mine)
        with team["manager"].write() as other:
            other.get(Deal, mine).title = "Renamed again"
        update_deal(s, deal.id, owner_id=v, now=NOW)
    assert _owners(team["vera"], mine)[0] is None  # Vera got nothing


def test_the_deal_card_hands_over_and_undoes_for_a_salesperson(team):
    b, v, mine, steps = team["b"], team["v"], team["mine"], team["steps"]
    with team["boris"].write() as s:
        version = s.get(Deal, mine).version
        handed = update_deal(s, mine, title="Boris deal", owner_id=v, now=NOW,
                             expected_version=version)  # fmt: skip
    assert handed is not None and handed.from_owner_id == b
    assert _owners(team["vera"], mine)[1][steps[0]] == v
    with team["boris"].write() as s:
        undo_card_hand_over(s, SavedDeal(mine, 1, None, handed))
    assert _owners(team["boris"], mine)[0] == b
