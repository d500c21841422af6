# ruff: noqa: F811  (the fixtures are imported from the neighbouring test module)
"""Issue 10 items 9–11 as a salesperson meets them in the clean-up: archiving
a hot deal with a meeting booked asks first, every decision says what it did
with an Undo that takes it back, "Call tomorrow" in Russian reuses the call
the deal has, K skips a deal, and a review finished early is partial."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from funnel.customers.clients import update_client
from funnel.deals.service import get_deal
from funnel.followups.activities import add_activity
from funnel.followups.activity_list import list_activities
from funnel.store.models import Deal, DealStatus
from tests.ui.cleanup.test_cleanup_page import (  # noqa: F401  (fixtures)
    clock,
    funnel,
    open_page,
    press,
    progress,
    shown_title,
)
from ui.cleanup.confirm_dialog import ConfirmArchiveDialog


def start(qtbot, page) -> None:
    press(qtbot, page, Qt.Key.Key_Return)  # Start review
    assert shown_title(page) == "Office chairs"


@pytest.fixture
def hot_with_meeting(db, funnel, now, today):
    """Office chairs: the client is hot and a meeting is booked for Friday."""
    with db.begin() as s:
        deal = s.get(Deal, funnel.stalled_most)
        update_client(s, deal.client_id, temperature="hot")
        add_activity(
            s, kind="meeting", subject="Demo at their office", deal_id=deal.id,
            due_date=today + timedelta(days=4), now=now,
        )  # fmt: skip
    return funnel.stalled_most


def test_archiving_a_hot_deal_with_a_meeting_asks_first(
    db,
    open_page,
    hot_with_meeting,
    qtbot,
    today,
):
    page = open_page()
    start(qtbot, page)
    press(qtbot, page, Qt.Key.Key_3)  # archive
    dialog = page.review.dialog
    assert isinstance(dialog, ConfirmArchiveDialog)
    assert "hot deal with a meeting booked on Fri 27 Nov" in dialog.label.text()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default keeps the deal
    qtbot.waitUntil(lambda: page.review.dialog is None)
    page.activateWindow()  # the window manager gives the window back its keys
    qtbot.waitUntil(page.isActiveWindow)
    with db.begin() as s:
        assert get_deal(s, hot_with_meeting, today=today).status == DealStatus.OPEN
    assert shown_title(page) == "Office chairs"
    assert not page.review.undo_bar.isVisible()

    press(qtbot, page, Qt.Key.Key_3)
    dialog = page.review.dialog
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    with db.begin() as s:
        assert get_deal(s, hot_with_meeting, today=today).status == DealStatus.ARCHIVED
    assert shown_title(page) == "Kitchen set"


def test_a_decision_shows_the_undo_bar_and_its_undo_brings_the_deal_back(
    db,
    funnel,
    open_page,
    qtbot,
    today,
):
    page = open_page()
    start(qtbot, page)
    press(qtbot, page, Qt.Key.Key_4)  # park for a month
    bar = page.review.undo_bar
    assert bar.isVisible()
    assert bar.label.text() == "Parked “Office chairs” for a month."
    assert (shown_title(page), progress(page)) == ("Kitchen set", "2 / 6")
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    with db.begin() as s:
        assert get_deal(s, funnel.stalled_most, today=today).return_on is None
    assert (shown_title(page), progress(page)) == ("Office chairs", "1 / 6")

    press(qtbot, page, Qt.Key.Key_1)  # call today: added, then taken back from the keyboard
    assert bar.label.text() == "Call today set for “Office chairs”."
    bar.undo_button.setFocus()
    qtbot.keyClick(bar.undo_button, Qt.Key.Key_Space)
    calls = [a for a in _open(db, funnel.stalled_most) if a.kind == "call"]
    assert calls == []


def _open(db, deal_id):
    with db.begin() as s:
        return list_activities(s, deal_id=deal_id, open_only=True)


def test_call_tomorrow_in_russian_reuses_the_deals_call_and_names_a_new_one_in_russian(
    db,
    funnel,
    open_page,
    qtbot,
    now,
    today,
):
    from ui import i18n

    with db.begin() as s:
        add_activity(
            s, kind="call", subject="Перезвонить по КП", deal_id=funnel.stalled_most,
            due_date=today + timedelta(days=1), now=now,
        )  # fmt: skip
    page = open_page()
    i18n.install_language("ru")
    start(qtbot, page)
    press(qtbot, page, Qt.Key.Key_2)  # call tomorrow: the one it has
    calls = [(a.subject, a.due_date) for a in _open(db, funnel.stalled_most) if a.kind == "call"]
    assert calls == [("Перезвонить по КП", today + timedelta(days=1))]
    assert shown_title(page) == "Kitchen set"
    press(qtbot, page, Qt.Key.Key_2)  # none yet: a new call, named in Russian
    calls = [(a.subject, a.due_date) for a in _open(db, funnel.stalled_less) if a.kind == "call"]
    assert calls == [("Звонок", today + timedelta(days=1))]


def test_a_review_finished_early_is_partial_and_skipping_is_a_decision(
    db,
    funnel,
    open_page,
    qtbot,
    monkeypatch,
):
    page = open_page()
    start(qtbot, page)
    assert page.review.decisions.buttons["skip"].key_text() == "K"
    press(qtbot, page, Qt.Key.Key_K)  # skipped on purpose
    assert page.review.undo_bar.label.text() == "Skipped “Office chairs” this week."
    assert progress(page) == "2 / 6"
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    press(qtbot, page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # finish now
    assert page.stack.currentWidget() is page.summary
    press(qtbot, page, Qt.Key.Key_Return)
    home = page.home
    assert "Done for this week" not in home.status_label.text()
    model = home.history_model
    done = model.data(model.index(0, model.COLUMNS.index("done")))
    assert done.endswith("partial (1 of 6)")
    assert "Streak" not in home.streak_label.text()
