# ruff: noqa: F811  (the fixtures are imported from the neighbouring test module)
"""A deal handed to me by someone else is told once as a desktop message
("Boris handed you “Clinic CRM” (3 open follow-ups)"); clicking it opens the
deal; it does not come back on the next beat or the next start. Two owners
on one file: Boris's window hands over, mine tells me."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from funnel.deals.handover import hand_over_deals
from funnel.followups.activities import add_activity
from funnel.owners import create_owner, default_owner_id
from funnel.store.database import Database
from funnel.store.db import open_database
from funnel.store.models import Deal
from tests.conftest import NOW
from tests.factories import make_deal
from tests.ui.reminders.test_notifier import app_ctx, clock, scheduler, shown  # noqa: F401
from ui.context import Changes
from ui.reminders.notifier import ReminderScheduler


@pytest.fixture
def two_owners(db, today) -> dict[str, int]:
    with db.begin() as s:
        me = default_owner_id(s)
        boris = create_owner(s, "Boris").id
        deal_id = make_deal(s, NOW, "Clinic CRM")
        for i in range(3):
            add_activity(
                s, kind="call", subject=f"Call {i}", due_date=today, deal_id=deal_id, now=NOW
            )
        s.get(Deal, deal_id).owner_id = boris
    return {"me": me, "boris": boris, "deal": deal_id}


@pytest.fixture
def borises_window(db_path, two_owners) -> Iterator[Database]:
    """The same file, signed in as Boris."""
    other = open_database(db_path, now=NOW)
    other.actor_id = two_owners["boris"]
    yield other
    other.close()


def test_a_deal_boris_hands_me_is_told_once_and_clicking_opens_it(
    app_ctx, scheduler, shown, two_owners, borises_window, qtbot
):
    scheduler.start()
    assert shown == []
    with borises_window.write() as s:
        hand_over_deals(s, [two_owners["deal"]], two_owners["me"], now=NOW)
    # The live refresh (or the heartbeat) brings the change to my window.
    app_ctx.changed.emit(Changes(deals=frozenset({two_owners["deal"]})))
    qtbot.waitUntil(lambda: len(shown) == 1)
    title, body = shown[0]
    assert title.startswith("1 deal") and title.endswith("handed to you")
    assert body.startswith("Boris handed you “Clinic CRM” (3 open follow-up")

    with qtbot.waitSignal(scheduler.open_deal_requested) as opened:
        scheduler.tray.messageClicked.emit()
    assert opened.args == [two_owners["deal"], []]

    scheduler.beat()
    assert len(shown) == 1  # told once
    again = ReminderScheduler(app_ctx, tray=QSystemTrayIcon())  # the next start
    again.start()
    again.stop()
    assert len(shown) == 1


def test_a_deal_i_hand_to_boris_is_not_told_to_me(db, app_ctx, scheduler, shown, two_owners, qtbot):
    with db.begin() as s:
        s.get(Deal, two_owners["deal"]).owner_id = two_owners["me"]
    scheduler.start()
    with db.write() as s:
        hand_over_deals(s, [two_owners["deal"]], two_owners["boris"], now=NOW)
    app_ctx.changed.emit(Changes(deals=frozenset({two_owners["deal"]})))
    scheduler.beat()
    assert shown == []


def test_several_deals_handed_at_once_are_one_message_that_walks_through_them(
    db, app_ctx, scheduler, shown, two_owners, borises_window, qtbot
):
    with db.begin() as s:
        second = make_deal(s, NOW, "Bakery site")
        s.get(Deal, second).owner_id = two_owners["boris"]
    scheduler.start()
    with borises_window.write() as s:
        hand_over_deals(s, [two_owners["deal"], second], two_owners["me"], now=NOW)
    scheduler.beat()
    (message,) = shown
    assert message[0].startswith("2 deal")
    assert message[1].splitlines()[1] == "Boris handed you “Bakery site”"
    with qtbot.waitSignal(scheduler.open_deal_requested) as opened:
        scheduler.tray.messageClicked.emit()
    assert opened.args == [two_owners["deal"], [two_owners["deal"], second]]
