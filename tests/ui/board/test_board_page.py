"""The board as a salesperson uses it: dragging cards, closing deals on the
drop zones, undoing, filtering, and walking the board with the keyboard.

About dragging: on the offscreen platform `QDrag.exec()` returns at once
without delivering a single drag event (Qt's offscreen plugin has no drag
manager), so a mouse press-move-release cannot carry a card anywhere. The
tests therefore start where the platform would take over: they take the
dragged card's own mime data (`mimeData` of its index in the source column)
and deliver the drag-enter, drag-move and drop events to the target, which
runs the same handlers, `dropMimeData` and action as a real drop.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from funnel.deals.service import get_deal
from funnel.pipeline.history import deal_history
from tests.factories import make_deal
from ui.board.column import ColumnWidget
from ui.board.page import BoardPage


@pytest.fixture
def open_window(ctx, qtbot):
    """The main window over whatever the test put in the database first."""
    from ui import i18n
    from ui.main_window import MainWindow

    def open_() -> MainWindow:
        i18n.install_language("en")
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        win.resize(1440, 900)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)  # shortcuts go to the active window
        return win

    return open_


def deals(db, now, *specs) -> list[int]:
    """Deals as (title, stage, days in stage)."""
    with db.begin() as s:
        return [
            make_deal(s, now - timedelta(days=days), title, stage=stage, client=f"{title} Ltd")
            for title, stage, days in specs
        ]


def board_of(window) -> BoardPage:
    return window.pages["board"]


def column(board: BoardPage, name: str) -> ColumnWidget:
    return next(c for c in board.columns if c.summary and c.summary.name == name)


def titles(col: ColumnWidget) -> list[str]:
    return [c.title for c in col.model.cards()]


def card_rect_centre(col: ColumnWidget, title: str) -> QPoint:
    row = titles(col).index(title)
    return col.view.visualRect(col.model.index(row)).center()


def dragged(col: ColumnWidget, title: str) -> QMimeData:
    return col.model.mimeData([col.model.index(titles(col).index(title))])


def drop(target: QWidget, mime: QMimeData) -> None:
    """Deliver a drag over `target` and a drop on it, as the platform does."""
    pos = target.rect().center()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    move = Qt.DropAction.MoveAction
    QApplication.sendEvent(target, QDragEnterEvent(pos, move, mime, buttons, mods))
    QApplication.sendEvent(target, QDragMoveEvent(pos, move, mime, buttons, mods))
    QApplication.sendEvent(target, QDropEvent(QPointF(pos), move, mime, buttons, mods))


def click_card(qtbot, col: ColumnWidget, title: str) -> None:
    qtbot.mouseClick(
        col.view.viewport(), Qt.MouseButton.LeftButton, pos=card_rect_centre(col, title)
    )


def test_the_board_has_a_column_per_stage_with_count_and_value(db, now, open_window):
    deals(db, now, ("Website", "Proposal sent", 1), ("Shop", "Proposal sent", 2))
    board = board_of(open_window())
    names = [c.summary.name for c in board.columns]
    assert names == ["New lead", "Contact made", "Needs identified", "Proposal sent", "Negotiation"]
    proposal = column(board, "Proposal sent")
    assert proposal.count_label.text() == "2"
    assert proposal.value_label.text() == "$2,000"
    assert proposal.weighted_label.text() == "Weighted $1,200 (60%)"
    assert titles(proposal) == ["Shop", "Website"]


def test_dragging_a_card_to_another_stage_moves_the_deal_and_records_it(db, now, open_window):
    (deal,) = deals(db, now, ("Website", "New lead", 1))
    board = board_of(open_window())
    drop(
        column(board, "Contact made").view.viewport(), dragged(column(board, "New lead"), "Website")
    )

    assert titles(column(board, "New lead")) == []
    assert titles(column(board, "Contact made")) == ["Website"]
    with db.begin() as s:
        assert get_deal(s, deal, today=now.date()).stage == "Contact made"
        last = deal_history(s, deal, today=now.date())[-1]
    assert (last.kind, last.from_stage, last.to_stage) == ("moved", "New lead", "Contact made")


def test_dropping_a_card_back_on_its_own_column_changes_nothing(db, now, open_window):
    (deal,) = deals(db, now, ("Website", "New lead", 1))
    board = board_of(open_window())
    lead = column(board, "New lead")
    drop(lead.view.viewport(), dragged(lead, "Website"))
    with db.begin() as s:
        assert len(deal_history(s, deal, today=now.date())) == 1  # only "created"
    assert titles(lead) == ["Website"]


def test_ctrl_z_undoes_a_drag_and_ctrl_shift_z_redoes_it(db, now, open_window, qtbot):
    (deal,) = deals(db, now, ("Website", "New lead", 1))
    window = open_window()
    board = board_of(window)
    drop(
        column(board, "Contact made").view.viewport(), dragged(column(board, "New lead"), "Website")
    )

    qtbot.keyClick(board.columns[0].view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(column(board, "New lead")) == ["Website"]
    with db.begin() as s:
        assert get_deal(s, deal, today=now.date()).stage == "New lead"
        assert [h.kind for h in deal_history(s, deal, today=now.date())] == ["created"]

    qtbot.keyClick(
        board.columns[0].view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert titles(column(board, "Contact made")) == ["Website"]


def test_dropping_a_card_on_lost_asks_why_and_closes_the_deal(db, now, open_window, qtbot):
    (deal,) = deals(db, now, ("Website", "Negotiation", 1))
    board = board_of(open_window())
    drop(board.drop_zones.zones["lost"], dragged(column(board, "Negotiation"), "Website"))

    dialog = board.lost_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.reason_box.itemText(0) == "Price too high"  # the usual reasons are offered
    assert not dialog.ok_button.isEnabled()  # no reason, no close
    qtbot.keyClicks(dialog.reason_box.lineEdit(), "Went with a cheaper offer")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    with db.begin() as s:
        closed = get_deal(s, deal, today=now.date())
    assert (closed.status, closed.lost_reason) == ("lost", "Went with a cheaper offer")
    assert titles(column(board, "Negotiation")) == []


def accept_won(board: BoardPage, qtbot) -> None:
    """The won dialog (the default win reasons are offered): OK, no reason chosen."""
    dialog = board.won_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_dropping_a_card_on_won_and_archive_closes_it(db, now, open_window, qtbot):
    won, archived = deals(db, now, ("Website", "Negotiation", 1), ("Shop", "New lead", 1))
    board = board_of(open_window())
    drop(board.drop_zones.zones["won"], dragged(column(board, "Negotiation"), "Website"))
    accept_won(board, qtbot)
    drop(board.drop_zones.zones["archive"], dragged(column(board, "New lead"), "Shop"))
    with db.begin() as s:
        assert get_deal(s, won, today=now.date()).status == "won"
        assert get_deal(s, archived, today=now.date()).status == "archived"
    assert all(c.model.rowCount() == 0 for c in board.columns)


def test_dragging_a_card_raises_the_drop_zones_until_the_drag_ends(db, now, open_window, qtbot):
    deals(db, now, ("Website", "New lead", 1))
    board = board_of(open_window())
    lead = column(board, "New lead")
    shown_during_drag = []
    lead.view.drag_started.connect(lambda: shown_during_drag.append(board.drop_zones.isVisible()))
    click_card(qtbot, lead, "Website")
    start = card_rect_centre(lead, "Website")
    qtbot.mousePress(lead.view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(lead.view.viewport(), start + QPoint(60, 40))
    qtbot.mouseMove(lead.view.viewport(), start + QPoint(120, 80))
    qtbot.mouseRelease(lead.view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(120, 80))
    qtbot.waitUntil(lambda: bool(shown_during_drag))
    assert shown_during_drag == [True]
    assert not board.drop_zones.isVisible()


def test_stalled_only_shows_just_the_stalled_deals(db, now, open_window, qtbot):
    deals(db, now, ("Old lead", "New lead", 6), ("Fresh lead", "New lead", 1))
    board = board_of(open_window())
    qtbot.mouseClick(board.filter_bar.stalled_box, Qt.MouseButton.LeftButton)
    assert titles(column(board, "New lead")) == ["Old lead"]
    assert column(board, "New lead").count_label.text() == "1 of 2"
    qtbot.mouseClick(board.filter_bar.stalled_box, Qt.MouseButton.LeftButton)
    assert titles(column(board, "New lead")) == ["Old lead", "Fresh lead"]


def test_alt_right_moves_the_selected_deal_to_the_next_stage(db, now, open_window, qtbot):
    (deal,) = deals(db, now, ("Website", "New lead", 1))
    board = board_of(open_window())
    click_card(qtbot, column(board, "New lead"), "Website")
    qtbot.keyClick(
        column(board, "New lead").view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier
    )
    with db.begin() as s:
        assert get_deal(s, deal, today=now.date()).stage == "Contact made"
    assert board.selected_deal_id() == deal  # it stays selected, ready to go on
    qtbot.keyClick(
        column(board, "Contact made").view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier
    )
    with db.begin() as s:
        assert get_deal(s, deal, today=now.date()).stage == "New lead"


def test_the_card_menu_offers_moves_with_their_shortcuts(db, now, open_window):
    deals(db, now, ("Website", "New lead", 1))
    board = board_of(open_window())
    menu = board.card_menu(column(board, "New lead").stage_id)
    entries = {a.text(): a for a in menu.actions() if a.text()}
    assert list(entries) == [
        "Open", "Move to", "Move to next stage", "Move to previous stage",
        "Not ready this month…", "Won", "Lost…", "Archive",
    ]  # fmt: skip
    assert entries["Move to next stage"].shortcut().toString() == "Alt+Right"
    assert entries["Not ready this month…"].shortcut().toString() == "Ctrl+P"
    assert not entries["Move to previous stage"].isEnabled()  # the first stage has none


def test_arrow_keys_walk_across_columns_and_down_a_column(db, now, open_window, qtbot):
    deals(
        db, now, ("A1", "New lead", 2), ("B1", "Contact made", 3), ("B2", "Contact made", 1),
        ("D1", "Proposal sent", 1),
    )  # fmt: skip
    board = board_of(open_window())
    click_card(qtbot, column(board, "New lead"), "A1")
    focused = column(board, "New lead").view
    qtbot.keyClick(focused, Qt.Key.Key_Right)
    assert board.selected_deal_id() is not None
    assert (
        titles(column(board, "Contact made"))[
            column(board, "Contact made").view.currentIndex().row()
        ]
        == "B1"
    )
    qtbot.keyClick(column(board, "Contact made").view, Qt.Key.Key_Down)
    assert column(board, "Contact made").view.currentIndex().row() == 1
    qtbot.keyClick(column(board, "Contact made").view, Qt.Key.Key_Right)  # skips the empty stage
    assert column(board, "Proposal sent").view.hasFocus()
    assert column(board, "Contact made").view.selectionModel().hasSelection() is False


def test_enter_opens_the_selected_deal(db, now, open_window, qtbot):
    first, second = deals(db, now, ("Website", "New lead", 2), ("Shop", "New lead", 1))
    board = board_of(open_window())
    board.open_deal_requested.disconnect()  # the deal card itself is tested on its own
    click_card(qtbot, column(board, "New lead"), "Website")
    with qtbot.waitSignal(board.open_deal_requested) as opened:
        qtbot.keyClick(column(board, "New lead").view, Qt.Key.Key_Return)
    assert opened.args == [first, [first, second]]


def test_a_move_redraws_only_the_two_columns_concerned(db, now, open_window):
    deal, _other = deals(db, now, ("Website", "New lead", 1), ("Shop", "Negotiation", 1))
    window = open_window()
    board = board_of(window)
    untouched = column(board, "Negotiation").model
    events = []
    for signal in (untouched.modelReset, untouched.rowsInserted, untouched.rowsRemoved):
        signal.connect(lambda *_: events.append("changed"))
    window.deal_actions.move([deal], column(board, "Contact made").stage_id)
    assert titles(column(board, "Contact made")) == ["Website"]
    assert events == []


def test_a_deal_moved_elsewhere_updates_the_headers(db, now, open_window, qtbot):
    (deal,) = deals(db, now, ("Website", "New lead", 1))
    window = open_window()
    board = board_of(window)
    window.deal_actions.move([deal], column(board, "Negotiation").stage_id)
    qtbot.waitUntil(lambda: column(board, "Negotiation").count_label.text() == "1")
    assert column(board, "New lead").count_label.text() == "0"


def test_a_deal_left_overnight_turns_stalled_without_a_restart(db, now, qtbot, settings_dir):
    from ui.context import AppContext
    from ui.main_window import MainWindow

    deals(db, now, ("Website", "New lead", 3))  # "New lead" allows 3 days
    clock = [now]
    window = MainWindow(AppContext(db, clock=lambda: clock[0]))
    qtbot.addWidget(window)
    window.show()
    board = board_of(window)
    assert column(board, "New lead").model.card(0).days_over == 0
    clock[0] = now + timedelta(days=1)
    board._day_timer.timeout.emit()  # the periodic check, as if five minutes passed
    assert column(board, "New lead").model.card(0).days_over == 1
    assert column(board, "New lead").stalled_label.text() == "1 stalled"


def test_winning_on_the_board_is_undone_and_redone_with_the_keyboard(db, now, open_window, qtbot):
    """Do, undo, redo through the window, the database checked each time."""
    (deal,) = deals(db, now, ("Website", "New lead", 1))
    window = open_window()
    board = board_of(window)
    drop(board.drop_zones.zones["won"], dragged(column(board, "New lead"), "Website"))
    accept_won(board, qtbot)

    def status() -> str:
        with db.begin() as s:
            return get_deal(s, deal, today=now.date()).status

    assert status() == "won" and titles(column(board, "New lead")) == []
    qtbot.keyClick(board.columns[0].view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status() == "open" and titles(column(board, "New lead")) == ["Website"]
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(board.columns[0].view, Qt.Key.Key_Z, redo)
    assert status() == "won" and titles(column(board, "New lead")) == []
    assert window.undo_stack.count() == 1
