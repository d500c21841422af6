from datetime import timedelta

import pytest
from sqlalchemy import select

from funnel.errors import ValidationError
from funnel.followups.activities import add_activity, update_activity
from funnel.followups.activity_list import get_activity
from funnel.followups.escalation import escalate_overdue, escalation_settings, set_escalation
from funnel.followups.notifications import list_notifications, mark_notifications_read, unread_count
from funnel.store.models import Owner
from tests.factories import make_deal


@pytest.fixture
def owners(session):
    """(me, backup): the default owner "Me" and a backup, Boris."""
    session.add(Owner(name="Boris", is_default=False, active=True))
    session.flush()
    me = session.scalar(select(Owner.id).where(Owner.name == "Me"))
    boris = session.scalar(select(Owner.id).where(Owner.name == "Boris"))
    return me, boris


def overdue_by(session, now, today, days, subject="Call back Anna"):
    deal = make_deal(session, now, "Kitchen set")
    return add_activity(
        session, kind="call", subject=subject, due_date=today - timedelta(days=days),
        deal_id=deal, now=now,
    )  # fmt: skip


def test_escalation_is_off_by_default(session, now, today, owners):
    overdue_by(session, now, today, 30)
    assert not escalation_settings(session).enabled
    assert escalate_overdue(session, today=today, now=now) == []


def test_a_long_overdue_follow_up_goes_to_the_backup_and_both_are_told(session, now, today, owners):
    me, boris = owners
    set_escalation(session, after_days=3, backup_owner_id=boris)
    late = overdue_by(session, now, today, 4)
    overdue_by(session, now, today, 3, subject="Only just late")  # exactly 3 days: not yet
    [escalation] = escalate_overdue(session, today=today, now=now)
    assert (escalation.activity_id, escalation.days_overdue) == (late, 4)
    assert (escalation.from_owner_id, escalation.to_owner_id) == (me, boris)
    row = get_activity(session, late)
    assert (row.owner_id, row.escalated_from_id) == (boris, me)
    [told_backup] = list_notifications(session, owner_id=boris)
    [told_owner] = list_notifications(session, owner_id=me)
    assert "was handed to you from Me" in told_backup.text
    assert "was handed to Boris" in told_owner.text
    assert told_owner.activity_id == told_backup.activity_id == late


def test_a_follow_up_is_escalated_only_once(session, now, today, owners):
    me, boris = owners
    set_escalation(session, after_days=3, backup_owner_id=boris)
    late = overdue_by(session, now, today, 10)
    escalate_overdue(session, today=today, now=now)
    update_activity(session, late, owner_id=me)  # Boris hands it back
    assert escalate_overdue(session, today=today + timedelta(days=1), now=now) == []
    assert get_activity(session, late).owner_id == me
    assert unread_count(session) == 2


def test_the_backups_own_follow_ups_stay_with_the_backup(session, now, today, owners):
    _, boris = owners
    set_escalation(session, after_days=1, backup_owner_id=boris)
    deal = make_deal(session, now)
    add_activity(
        session, kind="task", subject="His own", due_date=today - timedelta(days=9),
        deal_id=deal, owner_id=boris, now=now,
    )  # fmt: skip
    assert escalate_overdue(session, today=today, now=now) == []


def test_escalation_needs_a_backup_owner(session):
    with pytest.raises(ValidationError, match="backup owner"):
        set_escalation(session, after_days=3, backup_owner_id=None)


def test_reading_a_notification_clears_it(session, now, today, owners):
    _, boris = owners
    set_escalation(session, after_days=2, backup_owner_id=boris)
    overdue_by(session, now, today, 5)
    escalate_overdue(session, today=today, now=now)
    [note] = list_notifications(session, owner_id=boris)
    assert mark_notifications_read(session, [note.id], now=now) == 1
    assert list_notifications(session, owner_id=boris) == []
    assert len(list_notifications(session, owner_id=boris, unread_only=False)) == 1
