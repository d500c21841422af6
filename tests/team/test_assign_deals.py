"""Assigning several deals to another owner at once: one transaction through
the hand-over (follow-ups go along, the new owner is told once), one undo;
a salesperson may give away only their own deals. On a file and a server."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from funnel.deals.handed_notices import handed_notices_waiting, take_handed_notices
from funnel.deals.handover import hand_over_deals, undo_hand_over_deals
from funnel.errors import NotFoundError, PermissionDeniedError
from funnel.followups.activities import add_activity
from funnel.owners import create_owner, default_owner_id
from funnel.store.db import open_database
from funnel.store.models import Activity, Deal, Notification
from funnel.store.server_address import parse_server_url
from funnel.team.users import add_user
from tests.conftest import NOW
from tests.factories import make_deal
from tests.pg_cluster import fresh_name


def _deals_with_steps(s, today, titles_steps):
    ids = []
    for title, steps in titles_steps:
        deal_id = make_deal(s, NOW, title)
        for i in range(steps):
            add_activity(
                s, kind="call", subject=f"Call {i}", due_date=today, deal_id=deal_id, now=NOW
            )
        ids.append(deal_id)
    return ids


def test_assigning_deals_moves_follow_ups_tells_the_new_owner_once_and_undoes(db, today):
    with db.write() as s:
        me = default_owner_id(s)
        anna = create_owner(s, "Anna").id
        ids = _deals_with_steps(s, today, [("Clinic CRM", 3), ("Bakery site", 1)])
    with db.write() as s:
        handed = hand_over_deals(s, ids, anna, now=NOW)
    assert [h.deal_id for h in handed] == ids
    with db.read() as s:
        assert {s.get(Deal, i).owner_id for i in ids} == {anna}
        assert set(s.scalars(select(Activity.owner_id))) == {anna}
    with db.read() as s:
        assert handed_notices_waiting(s, owner_id=anna)
        assert not handed_notices_waiting(s)  # nothing for me
    with db.write() as s:
        notices = take_handed_notices(s, owner_id=anna, now=NOW)
    assert [(n.title, n.open_followups) for n in notices] == [("Clinic CRM", 3), ("Bakery site", 1)]
    with db.write() as s:  # seen: not again (another run, another window)
        assert take_handed_notices(s, owner_id=anna, now=NOW) == []
        assert not handed_notices_waiting(s, owner_id=anna)

    with db.write() as s:
        undo_hand_over_deals(s, handed)
    with db.read() as s:
        assert {s.get(Deal, i).owner_id for i in ids} == {me}
        assert set(s.scalars(select(Activity.owner_id))) == {me}
        assert s.scalars(select(Notification)).all() == []


def test_assigning_to_an_unknown_owner_or_deal_changes_nothing(db, today):
    with db.write() as s:
        anna = create_owner(s, "Anna").id
        (deal_id,) = _deals_with_steps(s, today, [("Clinic CRM", 1)])
    with pytest.raises(NotFoundError, match="no active owner"), db.write() as s:
        hand_over_deals(s, [deal_id], 9999, now=NOW)
    with pytest.raises(NotFoundError, match="no deal with id 9999"), db.write() as s:
        hand_over_deals(s, [deal_id, 9999], anna, now=NOW)
    with db.read() as s:
        assert s.get(Deal, deal_id).owner_id != anna
        assert s.scalars(select(Notification)).all() == []


def test_a_deal_handed_to_me_from_another_window_on_the_file_names_the_giver(db, db_path, today):
    """Two owners on one file: Boris's window hands a deal to me."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("two windows on one file")
    with db.write() as s:
        me = default_owner_id(s)
        boris = create_owner(s, "Boris").id
        (deal_id,) = _deals_with_steps(s, today, [("Clinic CRM", 2)])
        s.get(Deal, deal_id).owner_id = boris
    borises = open_database(db_path, now=NOW)
    borises.actor_id = boris
    try:
        with borises.write() as s:
            hand_over_deals(s, [deal_id], me, now=NOW)
    finally:
        borises.close()
    with db.write() as s:
        (notice,) = take_handed_notices(s, now=NOW)
    assert (notice.by, notice.title, notice.open_followups) == ("Boris", "Clinic CRM", 2)


@pytest.mark.postgresql
def test_a_salesperson_may_hand_over_only_their_own_deals(pg_cluster, pg_url, today):
    boris, vera = fresh_name("boris"), fresh_name("vera")
    manager = open_database(parse_server_url(pg_url), now=NOW)
    with manager.write() as s:
        b = add_user(s, boris, name="Boris", password="s3cret-pass").owner_id
        v = add_user(s, vera, name="Vera", password="s3cret-pass").owner_id
        mine, shared = _deals_with_steps(s, today, [("Boris deal", 2), ("Vera shared deal", 0)])
        s.get(Deal, mine).owner_id = b
        s.get(Deal, shared).owner_id = v
        s.get(Deal, shared).shared = True
    with manager.write() as s:  # the follow-ups were added as the manager's: Boris's now
        for a in s.scalars(select(Activity).where(Activity.deal_id == mine)):
            a.owner_id = b
    name = pg_url.rsplit("/", 1)[1]
    as_boris = open_database(
        parse_server_url(pg_cluster.url(name, user=boris, password="s3cret-pass")), now=NOW
    )
    as_vera = open_database(
        parse_server_url(pg_cluster.url(name, user=vera, password="s3cret-pass")), now=NOW
    )
    try:
        refused = pytest.raises(PermissionDeniedError, match="'Vera shared deal' belongs to Vera")
        with refused, as_boris.write() as s:
            hand_over_deals(s, [mine, shared], b, now=NOW)
        with as_boris.read() as s:  # nothing was handed over
            assert s.get(Deal, mine).owner_id == b
        # Boris hands his own deal to Vera (the server's `funnel_hand_over`,
        # migration 0012); Vera's own login is told.
        with as_boris.write() as s:
            hand_over_deals(s, [mine], v, now=NOW)
        with as_vera.write() as s:
            (notice,) = take_handed_notices(s, now=NOW)
            assert s.get(Deal, mine).owner_id == v
        assert (notice.title, notice.open_followups) == ("Boris deal", 2)
        with as_vera.write() as s:
            assert take_handed_notices(s, now=NOW) == []
    finally:
        as_boris.close()
        as_vera.close()
        manager.close()
