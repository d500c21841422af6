# ruff: noqa: F811  (the fixtures are imported from the neighbouring test module)
"""Assign to… on a board card's context menu: the deal goes to another owner
with its follow-ups, and the undo bar's Undo gives it back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from funnel.followups.activities import add_activity
from funnel.owners import create_owner, default_owner_id
from funnel.store.models import Activity, Deal
from tests.ui.board.test_board_page import (  # noqa: F401  (the fixture)
    board_of,
    click_card,
    column,
    deals,
    open_window,
)


def _owners(db, deal_id):
    with db.read() as s:
        steps = set(s.scalars(select(Activity.owner_id).where(Activity.deal_id == deal_id)))
        return s.get(Deal, deal_id).owner_id, steps


def test_assign_from_a_cards_menu_hands_the_deal_over_and_undo_gives_it_back(
    db, now, today, open_window, qtbot
):
    (deal,) = deals(db, now, ("Website", "New lead", 1))
    with db.begin() as s:
        me = default_owner_id(s)
        anna = create_owner(s, "Anna").id
        add_activity(s, kind="call", subject="Call", due_date=today, deal_id=deal, now=now)
    board = board_of(open_window())
    click_card(qtbot, column(board, "New lead"), "Website")
    menu = board.card_menu(column(board, "New lead").stage_id)
    (assign,) = [a for a in menu.actions() if a.text() == "Assign to…"]
    assign.trigger()
    menu.deleteLater()
    dialog = board.assign_dialog
    assert dialog is not None and dialog.owner_box.currentData() == anna
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert _owners(db, deal) == (anna, {anna})
    assert board.undo_bar.isVisible()
    assert "Website" in board.undo_bar.label.text()
    qtbot.mouseClick(board.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert _owners(db, deal) == (me, {me})
