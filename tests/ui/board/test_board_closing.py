# ruff: noqa: F811  (the fixtures are imported from the neighbouring test module)
"""Issue 10 items 3 and 8 on the board: closing or parking a deal asks what
to do with its open follow-ups (cancel by default, keeping the parking
call-back), Ctrl+Z brings them back, and a win can carry a reason."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from funnel.deals.service import get_deal
from funnel.followups.activities import add_activity
from funnel.followups.agenda import agenda
from funnel.reports.period import Period
from funnel.reports.wins import wins
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


def _with_recap(db, now, title: str = "Website", stage: str = "Negotiation") -> int:
    (deal,) = deals(db, now, (title, stage, 2))
    with db.begin() as s:
        add_activity(
            s, kind="meeting", subject="Meeting recap", due_date=now.date(), deal_id=deal, now=now
        )
    return deal


def _today_subjects(db, today) -> list[str]:
    with db.begin() as s:
        day = agenda(s, today=today)
    return [line.subject for line in (*day.overdue, *day.due_today, *day.upcoming)]


def test_losing_on_the_board_cancels_the_followup_and_ctrl_z_brings_it_back(
    db, now, open_window, qtbot
):
    deal = _with_recap(db, now)
    window = open_window()
    board = board_of(window)
    assert "Meeting recap" in _today_subjects(db, now.date())

    drop(board.drop_zones.zones["lost"], dragged(column(board, "Negotiation"), "Website"))
    dialog = board.lost_dialog
    assert dialog is not None and dialog.isVisible()
    box = dialog.followups_box
    assert box.isVisible() and box.isChecked()
    assert box.text() == "Cancel its 1 open follow-up"
    qtbot.keyClicks(dialog.reason_box.lineEdit(), "Chose a competitor")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    with db.begin() as s:
        assert get_deal(s, deal, today=now.date()).status == "lost"
    assert "Meeting recap" not in _today_subjects(db, now.date())
    assert board.undo_bar.label.text() == "Mark deal lost: “Website”"

    qtbot.keyClick(
        column(board, "Negotiation").view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )
    with db.begin() as s:
        assert get_deal(s, deal, today=now.date()).status == "open"
    assert "Meeting recap" in _today_subjects(db, now.date())
    assert titles(column(board, "Negotiation")) == ["Website"]


def test_unticking_the_box_keeps_the_followup_of_a_lost_deal(db, now, open_window, qtbot):
    _with_recap(db, now)
    board = board_of(open_window())
    drop(board.drop_zones.zones["lost"], dragged(column(board, "Negotiation"), "Website"))
    dialog = board.lost_dialog
    qtbot.mouseClick(dialog.followups_box, Qt.MouseButton.LeftButton)
    assert not dialog.followups_box.isChecked()
    dialog.reason_box.setCurrentIndex(0)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Meeting recap" in _today_subjects(db, now.date())


def test_a_win_with_a_reason_is_counted_in_the_report(db, now, open_window, qtbot):
    deal = _with_recap(db, now)
    board = board_of(open_window())
    drop(board.drop_zones.zones["won"], dragged(column(board, "Negotiation"), "Website"))
    dialog = board.won_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.reason_box.count() > 0  # the usual win reasons are offered
    qtbot.keyClicks(dialog.reason_box.lineEdit(), "Fast delivery")
    qtbot.keyClick(dialog.reason_box.lineEdit(), Qt.Key.Key_Return)  # Enter marks it won
    qtbot.waitUntil(lambda: board.won_dialog is None or not board.won_dialog.isVisible())

    today = now.date()
    with db.begin() as s:
        won = get_deal(s, deal, today=today)
        report = wins(s, Period(today - timedelta(days=7), today))
    assert won.status == "won"
    assert [(r.reason, r.deals) for r in report.win_reasons] == [("Fast delivery", 1)]
    assert "Meeting recap" not in _today_subjects(db, today)


def test_archiving_a_deal_without_followups_asks_nothing(db, now, open_window, qtbot):
    (deal,) = deals(db, now, ("Garden", "New lead", 1))
    board = board_of(open_window())
    drop(board.drop_zones.zones["archive"], dragged(column(board, "New lead"), "Garden"))
    assert board.archive_dialog is None
    with db.begin() as s:
        assert get_deal(s, deal, today=now.date()).status == "archived"


def test_archiving_asks_about_the_followups_and_keeping_them_keeps_them(
    db, now, open_window, qtbot
):
    deal = _with_recap(db, now)
    board = board_of(open_window())
    drop(board.drop_zones.zones["archive"], dragged(column(board, "Negotiation"), "Website"))
    dialog = board.archive_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.followups_box.setChecked(False)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with db.begin() as s:
        assert get_deal(s, deal, today=now.date()).status == "archived"
    assert "Meeting recap" in _today_subjects(db, now.date())
