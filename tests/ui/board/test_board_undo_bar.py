# ruff: noqa: F811  (the fixtures are imported from the neighbouring test module)
"""Issue 10 item 23 on the board: a move, a park or a close says what it did
in the undo bar, whose Undo takes it back; after Ctrl+Z the restored card is
selected and in view."""

from __future__ import annotations

from PySide6.QtCore import Qt

from funnel.deals.service import get_deal
from tests.ui.board.test_board_page import (  # noqa: F401  (the fixture)
    board_of,
    click_card,
    column,
    deals,
    dragged,
    drop,
    open_window,
    titles,
)


def test_ctrl_z_after_a_move_selects_the_card_where_it_came_back(
    db,
    now,
    open_window,
    qtbot,
):
    _garden, _kitchen, moved = deals(
        db, now, ("Garden", "New lead", 3), ("Kitchen", "New lead", 2), ("Website", "New lead", 1)
    )
    board = board_of(open_window())
    click_card(qtbot, column(board, "New lead"), "Garden")  # the cursor elsewhere
    drop(
        column(board, "Contact made").view.viewport(), dragged(column(board, "New lead"), "Website")
    )
    click_card(qtbot, column(board, "Contact made"), "Website")
    click_card(qtbot, column(board, "New lead"), "Kitchen")
    qtbot.keyClick(
        column(board, "New lead").view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )
    assert "Website" in titles(column(board, "New lead"))
    qtbot.waitUntil(lambda: board.selected_deal_id() == moved)
    view = column(board, "New lead").view
    assert view.currentIndex().row() == titles(column(board, "New lead")).index("Website")
    assert view.viewport().rect().intersects(view.visualRect(view.currentIndex()))


def test_a_move_shows_the_undo_bar_and_its_undo_takes_it_back(
    db,
    now,
    open_window,
    qtbot,
):
    (deal,) = deals(db, now, ("Website", "New lead", 1))
    board = board_of(open_window())
    click_card(qtbot, column(board, "New lead"), "Website")
    qtbot.keyClick(
        column(board, "New lead").view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier
    )
    bar = board.undo_bar
    assert bar.isVisible()
    assert bar.label.text() == "Move deal: “Website”"
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    with db.begin() as s:
        assert get_deal(s, deal, today=now.date()).stage == "New lead"
    qtbot.waitUntil(lambda: board.selected_deal_id() == deal)


def test_winning_from_a_drop_zone_shows_the_bar_and_undo_brings_the_card_back(
    db,
    now,
    open_window,
    qtbot,
):
    (deal,) = deals(db, now, ("Website", "Negotiation", 1))
    board = board_of(open_window())
    drop(board.drop_zones.zones["won"], dragged(column(board, "Negotiation"), "Website"))
    qtbot.mouseClick(board.won_dialog.ok_button, Qt.MouseButton.LeftButton)  # no reason needed
    assert board.undo_bar.label.text() == "Mark deal won: “Website”"
    board.undo_bar.undo_button.setFocus()
    qtbot.keyClick(board.undo_bar.undo_button, Qt.Key.Key_Space)  # reachable by keyboard
    with db.begin() as s:
        assert get_deal(s, deal, today=now.date()).status == "open"
    assert titles(column(board, "Negotiation")) == ["Website"]
    qtbot.waitUntil(lambda: board.selected_deal_id() == deal)
