# ruff: noqa: F811  (the fixtures are imported from the neighbouring test module)
"""Issue 10 item 12: on the Done dialog's "Next step" page, Enter schedules
the next step, as its hint says — pressed where the keyboard focus is."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from funnel.followups.activity_list import list_activities
from tests.factories import make_deal
from tests.ui.deals.test_deal_card import actions, open_card  # noqa: F401  (fixtures)


def press(qtbot, key: Qt.Key) -> None:
    """A key as a person presses it: to whatever has the keyboard focus."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key)


def test_enter_on_the_next_step_page_schedules_it(db, now, ctx, open_card, qtbot):
    with db.begin() as session:
        deal_id = make_deal(session, now, client=None)
    card = open_card(deal_id)
    card.tabs.setCurrentWidget(card.activities)
    panel = card.activities
    qtbot.keyClicks(panel.subject, "Call about the budget")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    first = panel.view.model().index(0, 0)
    qtbot.mouseClick(
        panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(first).center()
    )
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    done = card.done_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is done)
    qtbot.keyClicks(done.outcome_edit, "Budget approved")
    press(qtbot, Qt.Key.Key_Return)  # on to the next step
    assert done.on_next_step()
    done.next_fields.subject_edit.setText("Send the contract")
    press(qtbot, Qt.Key.Key_Return)  # "Enter: schedule it"
    qtbot.waitUntil(lambda: not done.isVisible())
    rows = ctx.read(list_activities, deal_id=deal_id)
    assert sorted((a.subject, a.done_at is None) for a in rows) == [
        ("Call about the budget", False),
        ("Send the contract", True),
    ]
    (following,) = [a for a in rows if a.done_at is None]
    assert following.due_date >= date(2026, 11, 23)
