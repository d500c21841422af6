"""Today as a salesperson uses it: the morning list, finishing a follow-up with
the next step, snoozing, bringing a parked deal back, the keyboard, links."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QUndoStack

from funnel.customers.clients import create_client
from funnel.deals.service import create_deal, get_deal
from funnel.followups.activities import add_activity
from funnel.followups.activity_list import get_activity, list_activities
from funnel.pipeline.history import deal_history
from funnel.pipeline.parking import park_deal
from tests.factories import make_deal, stage_id
from ui.context import AppContext
from ui.followups.dialogs import ActivityDialog
from ui.followups.done_dialog import DoneDialog
from ui.operations.deals import DealActions
from ui.today.delegate import BACK, DONE, EMAIL, NEXT_STEP, PHONE, SNOOZE
from ui.today.model import RowKind, Section
from ui.today.page import TodayPage


@pytest.fixture
def today_page(window, qtbot):
    """The window on Today, given focus, as a person finds it."""

    def open_() -> TodayPage:
        window.show_page("today")
        page = window.pages["today"]
        page.reload()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        page.view.setFocus()
        return page

    return open_


def follow_up(db, now, subject, due, *, at=None, deal="Website redesign", client="Anna Ivanova",
              phones=(), emails=(), rrule=None):  # fmt: skip
    with db.begin() as s:
        client_id = create_client(s, name=client, now=now, phones=phones, emails=emails)
        deal_id = create_deal(s, title=deal, now=now, client_id=client_id)
        activity_id = add_activity(
            s, kind="call", subject=subject, due_date=due, due_time=at, deal_id=deal_id,
            now=now, rrule=rrule,
        )  # fmt: skip
    return deal_id, activity_id


def lines(page: TodayPage, section: Section) -> list[str]:
    out = []
    for row in page.model.rows():
        if row.section == section and row.line is not None:
            line = row.line
            out.append(getattr(line, "subject", None) or line.title)
    return out


def row_of(page: TodayPage, text: str) -> int:
    for i, row in enumerate(page.model.rows()):
        line = row.line
        if line is not None and text in (
            getattr(line, "subject", None),
            getattr(line, "title", ""),
        ):
            return i
    raise AssertionError(f"{text!r} is not in Today")


def click(page: TodayPage, qtbot, text: str, target: str) -> None:
    """Point at a line and click one of its buttons or links."""
    index = page.model.index(row_of(page, text))
    page.view.scrollTo(index)
    option = page.view.option_for(index)
    rect = page.delegate.targets(option, page.model.row(index.row()))[target]
    viewport = page.view.viewport()
    qtbot.mouseMove(viewport, rect.center())
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())


def test_today_shows_overdue_oldest_first_then_today_then_the_next_days(db, now, today, today_page):
    follow_up(db, now, "Send the contract", today - timedelta(days=1), deal="A")
    follow_up(db, now, "Call about the budget", today - timedelta(days=3), deal="B")
    follow_up(db, now, "Demo at 15:00", today, at=time(15, 0), deal="C")
    follow_up(db, now, "Ask for a referral", today + timedelta(days=2), deal="D")
    follow_up(db, now, "Far away", today + timedelta(days=30), deal="E")
    page = today_page()
    headers = [r.section for r in page.model.rows() if r.kind == RowKind.HEADER]
    assert headers == [Section.OVERDUE, Section.TODAY, Section.UPCOMING]
    assert lines(page, Section.OVERDUE) == ["Call about the budget", "Send the contract"]
    assert lines(page, Section.TODAY) == ["Demo at 15:00"]
    assert lines(page, Section.UPCOMING) == ["Ask for a referral"]
    assert "2 overdue" in page.summary_label.text()


def test_the_navigation_counts_what_needs_doing_today(db, now, today, window, qtbot):
    follow_up(db, now, "Overdue call", today - timedelta(days=2), deal="A")
    follow_up(db, now, "Today's call", today, deal="B")
    follow_up(db, now, "Next week", today + timedelta(days=5), deal="C")
    window.show_page("today")
    item = window.nav.item(list(window.pages).index("today"))
    qtbot.waitUntil(lambda: item.text() == "Today  (2)")


def test_finishing_a_follow_up_from_today_schedules_the_next_step(
    db, now, today, ctx, today_page, qtbot
):
    deal_id, activity_id = follow_up(db, now, "Call about the budget", today)
    page = today_page()
    click(page, qtbot, "Call about the budget", DONE)
    dialog = page.dialog
    assert isinstance(dialog, DoneDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.outcome_edit, "They need a week")
    qtbot.keyClick(dialog.outcome_edit, Qt.Key.Key_Return)  # on to the next step, pre-filled
    assert dialog.next_fields.subject() == "Call about the budget"
    qtbot.keyClick(dialog.next_fields.subject_edit, Qt.Key.Key_Return)  # accept it
    qtbot.waitUntil(lambda: not dialog.isVisible())

    done = ctx.read(get_activity, activity_id)
    assert (done.done_at is not None, done.outcome) == (True, "They need a week")
    (following,) = ctx.read(list_activities, deal_id=deal_id, open_only=True)
    # Two business days after Monday: Wednesday.
    assert (following.subject, following.due_date) == ("Call about the budget", date(2026, 11, 25))
    qtbot.waitUntil(lambda: lines(page, Section.UPCOMING) == ["Call about the budget"])
    assert lines(page, Section.TODAY) == []


def test_finishing_and_the_next_step_are_one_undo_step(
    db, now, today, ctx, window, today_page, qtbot
):
    deal_id, activity_id = follow_up(db, now, "Call about the budget", today)
    page = today_page()
    page.view.setCurrentIndex(page.model.index(row_of(page, "Call about the budget")))
    qtbot.keyClick(page.view, Qt.Key.Key_D)
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog.outcome_edit, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.next_fields.subject_edit, Qt.Key.Key_Return)
    assert len(ctx.read(list_activities, deal_id=deal_id)) == 2
    window.undo_stack.undo()
    (back,) = ctx.read(list_activities, deal_id=deal_id)
    assert (back.id, back.done_at) == (activity_id, None)
    qtbot.waitUntil(lambda: lines(page, Section.TODAY) == ["Call about the budget"])


def test_esc_on_the_next_step_finishes_without_one(db, now, today, ctx, today_page, qtbot):
    deal_id, activity_id = follow_up(db, now, "Call about the budget", today)
    page = today_page()
    click(page, qtbot, "Call about the budget", DONE)
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog.outcome_edit, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.next_fields.subject_edit, Qt.Key.Key_Escape)
    assert ctx.read(get_activity, activity_id).done_at is not None
    assert ctx.read(list_activities, deal_id=deal_id, open_only=True) == []


def test_snoozing_to_tomorrow_morning_moves_the_line_to_the_next_days(
    db, now, today, ctx, today_page, qtbot
):
    _deal_id, activity_id = follow_up(db, now, "Call about the budget", today, at=time(8, 0))
    page = today_page()
    click(page, qtbot, "Call about the budget", SNOOZE)
    menu = page.menu
    qtbot.waitUntil(menu.isVisible)
    tomorrow = menu.action_for("tomorrow")
    assert tomorrow.text().startswith("&Tomorrow morning\tTomorrow")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(tomorrow).center())
    snoozed = ctx.read(get_activity, activity_id)
    local_tomorrow = ctx.local_now().date() + timedelta(days=1)
    assert (snoozed.due_date, snoozed.due_time) == (local_tomorrow, time(9, 0))
    qtbot.waitUntil(lambda: lines(page, Section.TODAY) == [])


def test_s_opens_the_snooze_menu_and_its_letters_choose(
    db, now, today, ctx, window, today_page, qtbot
):
    _deal_id, activity_id = follow_up(db, now, "Call about the budget", today)
    page = today_page()
    qtbot.keyClick(page.view, Qt.Key.Key_S)
    menu = page.menu
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_W)  # A &week later
    assert ctx.read(get_activity, activity_id).due_date == ctx.local_now().date() + timedelta(7)
    window.undo_stack.undo()
    assert ctx.read(get_activity, activity_id).due_date == today


def test_a_returning_deal_goes_back_to_the_stage_it_was_parked_from(
    db, now, today, ctx, window, today_page, qtbot
):
    with db.begin() as s:
        deal_id = make_deal(s, now - timedelta(days=60), "Solar panels", stage="Proposal sent")
        # Parked in October for a month: it is due back since 1 November.
        park_deal(s, deal_id, today=date(2026, 10, 1), now=now - timedelta(days=53), months=1)
        proposal = stage_id(s, "Proposal sent")
    page = today_page()
    assert lines(page, Section.RETURNING) == ["Solar panels"]
    click(page, qtbot, "Solar panels", BACK)
    deal = ctx.read(get_deal, deal_id, today=ctx.today())
    assert (deal.stage_id, deal.days_in_stage) == (proposal, 0)
    kinds = [c.kind for c in ctx.read(deal_history, deal_id, today=today)]
    assert kinds[-2:] == ["parked", "unparked"]
    qtbot.waitUntil(lambda: lines(page, Section.RETURNING) == [])
    window.undo_stack.undo()  # parked again
    qtbot.waitUntil(lambda: lines(page, Section.RETURNING) == ["Solar panels"])


def test_a_stalled_deal_gets_its_next_step_from_today(db, now, today, ctx, today_page, qtbot):
    with db.begin() as s:
        deal_id = make_deal(s, now - timedelta(days=10), "Office chairs", stage="New lead")
    page = today_page()
    assert lines(page, Section.STALLED) == ["Office chairs"]
    stalled = page.model.row(row_of(page, "Office chairs")).line
    assert (stalled.days_over, stalled.no_next_step) == (7, True)
    click(page, qtbot, "Office chairs", NEXT_STEP)
    dialog = page.dialog
    assert isinstance(dialog, ActivityDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.fields.subject_edit, "Call to restart")
    qtbot.keyClick(dialog.fields.subject_edit, Qt.Key.Key_Return)
    (added,) = ctx.read(list_activities, deal_id=deal_id)
    assert (added.subject, added.due_date) == ("Call to restart", today)
    qtbot.waitUntil(lambda: not page.model.row(row_of(page, "Office chairs")).line.no_next_step)


def test_enter_opens_the_deal_with_its_neighbours_for_next_and_previous(
    db, now, today, today_page, qtbot
):
    first, _ = follow_up(db, now, "First", today, deal="A")
    second, _ = follow_up(db, now, "Second", today, at=time(11, 0), deal="B")
    page = today_page()
    page.view.setCurrentIndex(page.model.index(row_of(page, "Second")))
    with qtbot.waitSignal(page.open_deal_requested) as opened:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened.args == [second, [first, second]]


def test_the_arrow_keys_walk_the_lines_and_skip_the_headers(db, now, today, today_page, qtbot):
    follow_up(db, now, "Late", today - timedelta(days=1), deal="A")
    follow_up(db, now, "Now", today, deal="B")
    page = today_page()
    page.view.setCurrentIndex(page.model.index(row_of(page, "Late")))
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.model.row(page.view.currentIndex().row()).line.subject == "Now"
    qtbot.keyClick(page.view, Qt.Key.Key_Up)
    assert page.model.row(page.view.currentIndex().row()).line.subject == "Late"


@pytest.mark.parametrize(
    ("target", "url"),
    [(PHONE, "tel:+79161234567"), (EMAIL, "mailto:anna@example.com")],
)
def test_phone_and_e_mail_are_links(db, now, today, today_page, qtbot, monkeypatch, target, url):
    follow_up(db, now, "Call", today, phones=["+7 916 123-45-67"], emails=["anna@example.com"])
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda u: opened.append(u) or True)
    page = today_page()
    click(page, qtbot, "Call", target)
    assert [u.toString() for u in opened] == [url]


def test_a_click_on_a_section_header_folds_it(db, now, today, today_page, qtbot):
    follow_up(db, now, "Late", today - timedelta(days=1), deal="A")
    page = today_page()
    header = page.model.header_row(Section.OVERDUE)
    rect = page.view.visualRect(page.model.index(header))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert lines(page, Section.OVERDUE) == []
    assert page.model.row(page.model.header_row(Section.OVERDUE)).count == 1
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert lines(page, Section.OVERDUE) == ["Late"]


def test_a_new_day_moves_todays_follow_ups_to_overdue(db, now, today, settings_dir, qtbot):
    moment = [now]
    ctx = AppContext(db, clock=lambda: moment[0])
    follow_up(db, now, "Call", ctx.today())
    page = TodayPage(ctx, DealActions(ctx, QUndoStack()))
    qtbot.addWidget(page)
    page.show()
    assert lines(page, Section.TODAY) == ["Call"]
    moment[0] = now + timedelta(days=1)
    page.day_timer.setInterval(5)  # the page looks at the clock every minute
    qtbot.waitUntil(lambda: lines(page, Section.OVERDUE) == ["Call"])


def test_with_nothing_to_do_today_says_so(today_page):
    page = today_page()
    assert page.empty_label.isVisible() and not page.view.isVisible()


def test_the_cursor_starts_on_the_first_line_ready_for_the_keys(db, now, today, today_page):
    follow_up(db, now, "Late", today - timedelta(days=1))
    page = today_page()
    assert page.model.row(page.view.currentIndex().row()).line.subject == "Late"


def test_a_returning_deal_can_go_back_to_another_stage_from_its_menu(
    db, now, today, ctx, today_page, qtbot
):
    with db.begin() as s:
        deal_id = make_deal(s, now - timedelta(days=60), "Solar panels", stage="Proposal sent")
        park_deal(s, deal_id, today=date(2026, 10, 1), now=now - timedelta(days=53), months=1)
        negotiation = stage_id(s, "Negotiation")
    page = today_page()
    index = page.model.index(row_of(page, "Solar panels"))
    centre = page.view.visualRect(index).center()
    page.view.customContextMenuRequested.emit(centre)  # what a right-click asks for
    menu = page.menu
    qtbot.waitUntil(menu.isVisible)
    entries = [a.text() for a in menu.actions() if a.text()]
    assert entries == [
        "Back to pipeline\tB", "Back to another stage…", "Add next step…\tN", "Open\tEnter",
    ]  # fmt: skip
    next(a for a in menu.actions() if a.text() == "Back to another stage…").trigger()
    stages = page.menu
    qtbot.waitUntil(stages.isVisible)
    stages.action_for(negotiation).trigger()
    assert ctx.read(get_deal, deal_id, today=today).stage_id == negotiation


def test_snoozing_from_today_is_undone_and_redone(db, now, today, ctx, window, today_page, qtbot):
    """Do, undo, redo through the window, the database checked each time."""
    _deal_id, activity_id = follow_up(db, now, "Call about the budget", today)
    page = today_page()
    qtbot.keyClick(page.view, Qt.Key.Key_S)
    menu = page.menu
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_W)  # A &week later
    week_later = ctx.local_now().date() + timedelta(7)
    assert ctx.read(get_activity, activity_id).due_date == week_later
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ctx.read(get_activity, activity_id).due_date == today
    qtbot.waitUntil(lambda: lines(page, Section.TODAY) == ["Call about the budget"])
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(page.view, Qt.Key.Key_Z, redo)
    assert ctx.read(get_activity, activity_id).due_date == week_later
    qtbot.waitUntil(lambda: lines(page, Section.TODAY) == [])
