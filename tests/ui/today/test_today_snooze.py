"""Snoozing from Today keeps the list where it was, and offers "to a date…"."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import Qt

from funnel.followups.activity_list import get_activity
from tests.ui.today.test_today_page import follow_up, lines, today_page
from ui.today.model import Section

__all__ = ["today_page"]  # the fixture


def test_snoozing_a_line_far_down_keeps_the_scroll_and_the_cursor_in_place(
    db, now, today, ctx, window, today_page, qtbot
):
    ids = [
        follow_up(db, now, f"Call {i:02}", today, at=time(8, 0), deal=f"D{i}", client=f"C{i}")[1]
        for i in range(40)
    ]
    window.resize(1280, 720)
    page = today_page()
    bar = page.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    target = page.model.row_of_key(("a", ids[25]))
    page.view.setCurrentIndex(page.model.index(target))
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    assert scrolled > 0
    qtbot.keyClick(page.view, Qt.Key.Key_S)
    menu = page.menu
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_T)  # &Tomorrow morning
    qtbot.waitUntil(lambda: "Call 25" not in lines(page, Section.TODAY))
    assert bar.value() == scrolled
    # The cursor is on the line that took the snoozed one's place.
    assert page.view.currentIndex().row() == target
    assert page.model.row(target).line.subject == "Call 26"
    assert ctx.read(get_activity, ids[25]).due_date == today + timedelta(days=1)


def test_snoozing_to_a_date_picked_on_the_calendar(db, now, today, ctx, window, today_page, qtbot):
    _deal, activity_id = follow_up(db, now, "Call about the budget", today, at=time(15, 30))
    page = today_page()
    qtbot.keyClick(page.view, Qt.Key.Key_S)
    menu = page.menu
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_D)  # To a &date…
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    calendar = dialog.calendar
    assert calendar.minimumDate().toPython() == today  # never earlier than it was
    calendar.setSelectedDate(calendar.selectedDate().addDays(9))
    qtbot.keyClick(calendar, Qt.Key.Key_Return)
    snoozed = ctx.read(get_activity, activity_id)
    assert (snoozed.due_date, snoozed.due_time) == (date(2026, 12, 3), time(15, 30))
    qtbot.waitUntil(lambda: lines(page, Section.TODAY) == [])
    window.undo_stack.undo()
    assert ctx.read(get_activity, activity_id).due_date == today
