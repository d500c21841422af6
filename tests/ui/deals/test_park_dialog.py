""" "Not ready this month": parking a deal from the board and the deal card, the
Future-sales board grouped by return, and undoing a park."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from funnel.deals.service import get_deal
from funnel.pipeline.parking import park_deal
from funnel.pipeline.pipelines import first_pipeline
from tests.factories import make_deal, stage_id
from ui.context import AppContext
from ui.deals.park_dialog import ParkDialog
from ui.i18n import qdate
from ui.operations.deals import DealActions


@pytest.fixture
def open_window(ctx, qtbot):
    """The main window over what the test put in the database first."""
    from ui import i18n
    from ui.main_window import MainWindow

    def open_(page: str = "board") -> MainWindow:
        i18n.install_language("en")
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1440, 900)
        window.show()
        window.show_page(page)
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return open_


def titles(board) -> dict[str, list[str]]:
    return {c.summary.name: [card.title for card in c.model.cards()] for c in board.columns}


def select(board, title: str, qtbot) -> None:
    for column in board.columns:
        for row, card in enumerate(column.model.cards()):
            if card.title == title:
                index = column.model.index(row)
                qtbot.mouseClick(
                    column.view.viewport(),
                    Qt.MouseButton.LeftButton,
                    pos=column.view.visualRect(index).center(),
                )
                return
    raise AssertionError(f"{title!r} is not on the board")


def show_pipeline(window, name: str) -> None:
    window.pipeline_box.setCurrentIndex(window.pipeline_box.findText(name))


def test_parking_from_the_board_sends_the_deal_to_future_sales_and_ctrl_z_brings_it_back(
    db, now, ctx, open_window, qtbot
):
    with db.begin() as s:
        deal_id = make_deal(s, now, "Solar panels", stage="Proposal sent")
        proposal = stage_id(s, "Proposal sent")
    board_window = open_window()
    board = board_window.pages["board"]
    select(board, "Solar panels", qtbot)
    qtbot.keyClick(board.columns[3].view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = board.park_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.period_buttons[3], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.note_edit, "Budget frozen until spring")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    parked = ctx.read(get_deal, deal_id, today=ctx.today())
    assert (parked.pipeline, parked.return_on) == ("Future sales", date(2027, 2, 23))
    assert "Solar panels" not in titles(board)["Proposal sent"]

    show_pipeline(board_window, "Future sales")
    assert titles(board) == {
        "Return overdue": [], "This month": [], "Next month": [],
        "In 2–3 months": ["Solar panels"], "Later": [],
    }  # fmt: skip

    qtbot.keyClick(board_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = ctx.read(get_deal, deal_id, today=ctx.today())
    assert (back.stage_id, back.return_on) == (proposal, None)
    assert titles(board)["In 2–3 months"] == []
    show_pipeline(board_window, "Current sales")
    assert titles(board)["Proposal sent"] == ["Solar panels"]


def test_the_card_menu_offers_not_ready_this_month(db, now, open_window, qtbot):
    with db.begin() as s:
        make_deal(s, now, "Solar panels", stage="New lead")
    board_window = open_window()
    board = board_window.pages["board"]
    select(board, "Solar panels", qtbot)
    menu = board.card_menu(board.columns[0].stage_id)
    (park,) = [a for a in menu.actions() if a.text() == "Not ready this month…"]
    park.trigger()
    assert isinstance(board.park_dialog, ParkDialog)


def test_each_period_says_the_day_the_deal_comes_back(db, now, ctx, qtbot):
    with db.begin() as s:
        deal_id = make_deal(s, now, "Solar panels")
    dialog = ParkDialog(ctx, DealActions(ctx, QUndoStack()), deal_id)
    qtbot.addWidget(dialog)
    texts = [dialog.period_buttons[m].text() for m in (1, 3, 6)]
    assert texts == ["&1 month\n23 Dec 2026", "&3 months\n23 Feb 2027", "&6 months\n23 May 2027"]


def test_a_month_from_31_january_is_the_end_of_february(db, now, settings_dir, qtbot):
    with db.begin() as s:
        deal_id = make_deal(s, now, "Solar panels")
    ctx = AppContext(db, clock=lambda: datetime(2027, 1, 31, 12, 0, tzinfo=UTC))
    dialog = ParkDialog(ctx, DealActions(ctx, QUndoStack()), deal_id)
    qtbot.addWidget(dialog)
    assert dialog.period_buttons[1].text() == "&1 month\n28 Feb 2027"
    assert dialog.return_on() == date(2027, 2, 28)


def test_a_return_date_in_the_past_is_refused_with_a_clear_message(db, now, ctx, today, qtbot):
    with db.begin() as s:
        deal_id = make_deal(s, now, "Solar panels")
    dialog = ParkDialog(ctx, DealActions(ctx, QUndoStack()), deal_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.date_button, Qt.MouseButton.LeftButton)
    dialog.date_edit.setDate(qdate(date(2026, 9, 15)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text() == (
        "The return date 15 Sep 2026 is not after today (23 Nov 2026); choose a later date."
    )
    assert ctx.read(get_deal, deal_id, today=today).return_on is None


def test_parking_on_a_chosen_date(db, now, ctx, today, qtbot):
    with db.begin() as s:
        deal_id = make_deal(s, now, "Solar panels")
    dialog = ParkDialog(ctx, DealActions(ctx, QUndoStack()), deal_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.date_button, Qt.MouseButton.LeftButton)
    dialog.date_edit.setDate(qdate(date(2027, 2, 2)))
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert ctx.read(get_deal, deal_id, today=today).return_on == date(2027, 2, 2)


def test_the_future_board_marks_a_return_overdue(db, now, ctx, open_window, qtbot):
    with db.begin() as s:
        deal_id = make_deal(s, now - timedelta(days=60), "Solar panels", stage="Proposal sent")
        park_deal(s, deal_id, today=date(2026, 10, 1), now=now - timedelta(days=53), months=1)
    board_window = open_window()
    show_pipeline(board_window, "Future sales")
    board = board_window.pages["board"]
    overdue = board.columns[0]
    assert [c.title for c in overdue.model.cards()] == ["Solar panels"]
    assert overdue.stalled_label.text() == "1 return overdue"
    assert board.delegate.returns[deal_id] == (date(2026, 11, 1), 22)


def test_the_deal_card_parks_a_deal_and_brings_it_back(db, now, ctx, today, open_window, qtbot):
    with db.begin() as s:
        deal_id = make_deal(s, now, "Solar panels", stage="Contact made")
        contact = stage_id(s, "Contact made")
    window = open_window()
    window.open_deal(deal_id, [])
    from ui.deal_card import DealCard

    card = window.findChild(DealCard)
    qtbot.waitUntil(card.isVisible)
    assert card.form.park_button.isVisible() and not card.form.unpark_button.isVisible()
    qtbot.mouseClick(card.form.park_button, Qt.MouseButton.LeftButton)
    dialog = card.park_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.period_buttons[6], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert ctx.read(get_deal, deal_id, today=today).return_on == date(2027, 5, 23)
    qtbot.waitUntil(card.form.unpark_button.isVisible)
    qtbot.mouseClick(card.form.unpark_button, Qt.MouseButton.LeftButton)
    back = ctx.read(get_deal, deal_id, today=today)
    assert (back.stage_id, back.pipeline_id) == (contact, ctx.read(first_pipeline).id)


def test_a_park_from_the_dialog_is_undone_and_redone_with_its_call_back_and_note(
    db, now, ctx, today, qtbot
):
    """Do, undo, redo, the database checked each time: the deal, its return
    date, the call-back activity and the note come and go together."""
    from funnel.deals.notes import list_notes
    from funnel.followups.activity_list import list_activities

    with db.begin() as s:
        deal_id = make_deal(s, now, "Solar panels", stage="Proposal sent")
    stack = QUndoStack()
    dialog = ParkDialog(ctx, DealActions(ctx, stack), deal_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.period_buttons[3], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.note_edit, "Budget in spring")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)

    def state() -> tuple:
        deal = ctx.read(get_deal, deal_id, today=today)
        calls = [a.subject for a in ctx.read(list_activities, deal_id=deal_id)]
        notes = [n.body for n in ctx.read(list_notes, deal_id=deal_id)]
        return deal.pipeline, deal.return_on, calls, notes

    parked = ("Future sales", date(2027, 2, 23), ["Call back"], ["Budget in spring"])
    assert state() == parked
    stack.undo()
    assert state() == ("Current sales", None, [], [])
    stack.redo()
    assert state() == parked
    assert ctx.read(get_deal, deal_id, today=today).stage == "Parked"


def test_parking_cancels_the_deals_followups_but_keeps_its_call_back_and_undo_restores_them(
    db, now, ctx, today, open_window, qtbot
):
    from funnel.followups.activities import add_activity
    from funnel.followups.agenda import agenda

    def subjects(day: date) -> list[str]:
        lines = ctx.read(agenda, today=day, days=366)
        return [line.subject for line in (*lines.overdue, *lines.due_today, *lines.upcoming)]

    with db.begin() as s:
        deal_id = make_deal(s, now, "Solar panels", stage="Proposal sent")
        add_activity(
            s, kind="call", subject="Сверка остатков", due_date=today, deal_id=deal_id, now=now
        )
    board = open_window().pages["board"]
    select(board, "Solar panels", qtbot)
    qtbot.keyClick(board.columns[3].view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = board.park_dialog
    qtbot.waitUntil(dialog.isVisible)
    box = dialog.followups_box
    assert box.isVisible() and box.isChecked()
    assert box.text() == "Cancel its 1 open follow-up (the call-back is kept)"
    qtbot.mouseClick(dialog.period_buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert "Сверка остатков" not in subjects(today)  # not in Today, not on the Future board
    assert "Call back" in subjects(today)  # the parking call-back on its return date

    qtbot.keyClick(board.window(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Сверка остатков" in subjects(today)
    assert "Call back" not in subjects(today)
