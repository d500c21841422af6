"""Assign to… in the Deals list: several deals go to another owner in one
step (with their follow-ups; the new owner is told), the undo bar and Ctrl+Z
give everything back, and a refusal is said in the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from funnel.followups.activities import add_activity
from funnel.owners import create_owner, default_owner_id
from funnel.store.models import Activity, Deal, Notification
from tests.factories import make_deal
from tests.ui.deals.test_deals_page import click_row
from ui import i18n
from ui.deals.page import DealsPage
from ui.operations.deals import DealActions


@pytest.fixture
def team_file(db, now, today):
    """Three deals of mine with a follow-up each, and a colleague, Anna."""
    with db.begin() as s:
        me = default_owner_id(s)
        anna = create_owner(s, "Anna").id
        deals = [make_deal(s, now, t) for t in ("Clinic CRM", "Bakery site", "Gym app")]
        for deal_id in deals:
            add_activity(s, kind="call", subject="Call", due_date=today, deal_id=deal_id, now=now)
    return {"me": me, "anna": anna, "deals": deals}


@pytest.fixture
def page(ctx, qtbot):
    i18n.install_language("en")
    page = DealsPage(ctx, DealActions(ctx, QUndoStack()))
    qtbot.addWidget(page)
    page.resize(1280, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def _owners(db, deal_ids):
    with db.read() as s:
        deals = [s.get(Deal, d).owner_id for d in deal_ids]
        steps = set(s.scalars(select(Activity.owner_id).where(Activity.deal_id.in_(deal_ids))))
        return deals, steps


def _assign_first_two(qtbot, page):
    click_row(qtbot, page, 0)
    click_row(qtbot, page, 1, Qt.KeyboardModifier.ShiftModifier)
    assert page.assign_button.isVisible() and page.assign_button.isEnabled()
    qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
    dialog = page.assign_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.owner_box.currentText() == "Anna"  # not who has them now
    return dialog


def test_two_selected_deals_go_to_anna_with_their_follow_ups_and_one_undo_restores_them(
    db, team_file, page, qtbot
):
    chosen = page.view.selected_ids
    dialog = _assign_first_two(qtbot, page)
    ids = chosen()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert _owners(db, ids) == ([team_file["anna"]] * 2, {team_file["anna"]})
    with db.read() as s:
        assert len(s.scalars(select(Notification)).all()) == 2  # Anna is told
    assert page.undo_bar.isVisible()
    said = page.undo_bar.label.text()  # "2 deals …" once the English plurals are compiled
    assert said.startswith("2 deal") and said.endswith(" assigned to Anna")
    assert page.deal_actions.undo_stack.count() == 1

    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert _owners(db, ids) == ([team_file["me"]] * 2, {team_file["me"]})
    with db.read() as s:
        assert s.scalars(select(Notification)).all() == []


def test_ctrl_z_in_the_window_undoes_an_assignment(db, request, qtbot, team_file):
    window = request.getfixturevalue("window")
    window.show_page("deals")
    page = window.pages["deals"]
    dialog = _assign_first_two(qtbot, page)
    ids = page.view.selected_ids()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert _owners(db, ids)[0] == [team_file["anna"]] * 2

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _owners(db, ids) == ([team_file["me"]] * 2, {team_file["me"]})


def test_a_salesperson_giving_away_a_colleagues_deal_is_refused_in_the_dialog(
    db, team_file, page, qtbot, monkeypatch
):
    with db.begin() as s:
        s.get(Deal, team_file["deals"][1]).owner_id = team_file["anna"]
        boris = create_owner(s, "Boris").id
    page._load_choices()
    page.refresh()
    # On a file everyone may; on a team server only a manager may.
    monkeypatch.setattr("funnel.deals.handover.may_hand_over_others", lambda _s: False)
    click_row(qtbot, page, 0)
    qtbot.keyClick(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
    dialog = page.assign_dialog
    dialog.owner_box.setCurrentIndex(dialog.owner_box.findData(boris))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert "'Bakery site' belongs to Anna" in dialog.error_label.text()
    assert dialog.error_label.isVisible()
    with db.read() as s:
        assert {s.get(Deal, d).owner_id for d in team_file["deals"]} == {
            team_file["me"],
            team_file["anna"],
        }
        assert s.scalars(select(Notification)).all() == []
    assert page.deal_actions.undo_stack.count() == 0


def test_assign_is_offered_in_the_context_menu(db, team_file, page, qtbot):
    click_row(qtbot, page, 0)
    rect = page.view.visualRect(page.model.index(0, 0))
    page._show_context_menu(rect.center())
    texts = [a.text() for a in page.context_menu.actions()]
    assert "Assign to…" in texts
    page.context_menu.close()


def test_with_one_owner_there_is_nobody_to_assign_to(db, now, page):
    with db.begin() as s:
        make_deal(s, now, "Clinic CRM")
    page.refresh()
    assert not page.assign_button.isVisible()
