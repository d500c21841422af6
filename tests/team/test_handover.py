"""Handing a deal to another owner takes its open follow-ups along and tells
the new owner; undo gives everything back. On a file and on a team server."""

from __future__ import annotations

from sqlalchemy import select

from funnel.deals.card import SavedDeal, undo_card_hand_over
from funnel.deals.service import update_deal
from funnel.followups.activities import add_activity
from funnel.followups.completion import complete_activity
from funnel.owners import create_owner, default_owner_id
from funnel.store.models import Activity, Deal, Notification, NotificationKind
from tests.factories import make_deal


def test_a_hand_over_moves_open_follow_ups_notifies_and_undoes(db, now, today):
    with db.write() as s:
        me = default_owner_id(s)
        anna = create_owner(s, "Anna").id
        deal_id = make_deal(s, now, "Clinic CRM")
        steps = [
            add_activity(
                s, kind="call", subject=f"Call {i}", due_date=today, deal_id=deal_id, now=now
            )
            for i in range(3)
        ]
        complete_activity(s, steps[2], now=now, outcome="done", today=today)
    with db.write() as s:
        handed = update_deal(s, deal_id, owner_id=anna, now=now)
    assert handed is not None and handed.from_owner_id == me
    with db.read() as s:
        owners = dict(s.execute(select(Activity.id, Activity.owner_id)).all())
        assert [owners[i] for i in steps] == [anna, anna, me]  # the done call stays mine
        notice = s.scalars(select(Notification)).one()
        assert notice.owner_id == anna and notice.kind == NotificationKind.HANDED_OVER
        assert notice.deal_id == deal_id
        assert notice.text.endswith("handed you 'Clinic CRM' with 2 follow-ups.")
    with db.write() as s:
        undo_card_hand_over(s, SavedDeal(deal_id, 1, None, handed))
    with db.read() as s:
        assert s.get(Deal, deal_id).owner_id == me
        owners = dict(s.execute(select(Activity.id, Activity.owner_id)).all())
        assert [owners[i] for i in steps] == [me, me, me]
        assert s.scalars(select(Notification)).all() == []


def test_the_same_owner_is_no_hand_over(db, now):
    with db.write() as s:
        deal_id = make_deal(s, now, "Clinic CRM")
        assert update_deal(s, deal_id, owner_id=default_owner_id(s), now=now) is None
        assert s.scalars(select(Notification)).all() == []
