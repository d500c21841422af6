"""The weekly clean-up as a salesperson runs it, from the keyboard: the whole
review, leaving half-way and resuming, the silent lead archived a week later,
the summary's counts, the weekly reminder and a skipped week."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from funnel.cleanup.reminder import cleanup_due, get_schedule, open_occurrence
from funnel.cleanup.silent import silent_days
from funnel.cleanup.templates import get_template
from funnel.deals.service import get_deal
from funnel.followups.activity_list import get_activity
from funnel.followups.reminders import reminders_due
from funnel.store.models import Activity, Deal, DealStatus, Pipeline, PipelineKind
from tests.cleanup_data import build_funnel
from ui.cleanup.page import CleanupPage
from ui.context import AppContext
from ui.operations.deals import DealActions

MONDAY_NINE = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class Clock:
    """An injected clock the test moves on."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def clock():
    return Clock(MONDAY_NINE)


@pytest.fixture
def funnel(db, now, today):
    with db.begin() as s:
        return build_funnel(s, now, today)


@pytest.fixture
def mail(monkeypatch):
    """The mail program: every URL handed to it, and it opens."""
    opened = []

    def open_url(url) -> bool:
        opened.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return opened


@pytest.fixture
def open_page(db, settings_dir, qtbot, clock):
    from ui import i18n

    def open_() -> CleanupPage:
        i18n.install_language("en")
        ctx = AppContext(db, clock=clock)
        page = CleanupPage(ctx, DealActions(ctx, QUndoStack()))
        page.undo_stack = page.deal_actions.undo_stack
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        page.check_reminder()
        page.refresh_home()
        return page

    return open_


def press(qtbot, page: CleanupPage, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    view = page.stack.currentWidget()
    target = QApplication.focusWidget() or view
    if not view.isAncestorOf(target) and target is not view:
        view.setFocus()
        target = view
    qtbot.keyClick(target, key, modifier)


def shown_title(page: CleanupPage) -> str:
    return page.review.facts.title_label.text()


def progress(page: CleanupPage) -> str:
    return page.review.progress_label.text()


def test_a_whole_review_from_the_keyboard(db, funnel, open_page, qtbot, mail, today):
    page = open_page()
    assert page.stack.currentWidget() is page.home
    press(qtbot, page, Qt.Key.Key_Return)  # Start review
    assert page.stack.currentWidget() is page.review
    assert (shown_title(page), progress(page)) == ("Office chairs", "1 / 6")

    press(qtbot, page, Qt.Key.Key_4)  # not ready this month: park for one month
    assert (shown_title(page), progress(page)) == ("Kitchen set", "2 / 6")
    press(qtbot, page, Qt.Key.Key_2)  # does not know: a call tomorrow
    assert (shown_title(page), progress(page)) == ("Garden design", "3 / 6")
    press(qtbot, page, Qt.Key.Key_2)  # no next step: a call tomorrow
    assert shown_title(page) == "Solar panels"
    press(qtbot, page, Qt.Key.Key_W)  # back from Future sales, and won
    won = page.review.dialog  # asks for a win reason (optional) and the follow-ups
    qtbot.mouseClick(won.ok_button, Qt.MouseButton.LeftButton)
    assert shown_title(page) == "Website redesign"

    press(qtbot, page, Qt.Key.Key_S)  # silent lead
    dialog = page.review.dialog
    assert dialog is not None and dialog.to_label.text() == "anna@example.com"
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert len(mail) == 1 and mail[0].startswith("mailto:anna@example.com?subject=")
    assert "Website redesign" in mail[0]
    assert shown_title(page) == "Fleet tracking"

    press(qtbot, page, Qt.Key.Key_Return)  # everything in order: next deal
    assert page.stack.currentWidget() is page.summary
    tiles = page.summary.tiles
    assert {k: t.number.text() for k, t in tiles.items()} == {
        "reviewed": "6",
        "calls": "2",
        "parked": "1",
        "archived": "0",
        "won": "1",
        "lost": "0",
        "without": "0",
    }

    with db.begin() as s:
        parked = get_deal(s, funnel.stalled_most, today=today)
        assert parked.return_on == date(2026, 12, 23)
        assert get_deal(s, funnel.returning, today=today).status == DealStatus.WON
        calls = s.scalars(select(Activity).where(Activity.deal_id == funnel.no_next_step)).all()
        assert [(a.kind, a.due_date) for a in calls] == [("call", today + timedelta(days=1))]
        assert cleanup_due(s, today=today) is None  # this week's is done
    press(qtbot, page, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.home
    assert "Done for this week" in page.home.status_label.text()


def test_leaving_half_way_and_resuming_where_it_stopped(funnel, open_page, qtbot):
    page = open_page()
    press(qtbot, page, Qt.Key.Key_Return)
    press(qtbot, page, Qt.Key.Key_4)
    press(qtbot, page, Qt.Key.Key_Escape)  # leave
    assert page.stack.currentWidget() is page.home
    assert page.home.status_label.text() == "Under way: 1 of 6 deals decided"
    assert page.home.start_button.text() == "Resume review"
    press(qtbot, page, Qt.Key.Key_Return)
    assert (shown_title(page), progress(page)) == ("Kitchen set", "2 / 6")


def test_the_silent_lead_is_archived_when_its_task_comes_due_without_a_reply(
    db, funnel, open_page, qtbot, mail, clock, today
):
    page = open_page()
    press(qtbot, page, Qt.Key.Key_Return)
    for _ in range(4):
        press(qtbot, page, Qt.Key.Key_4)  # park the first four
    assert shown_title(page) == "Website redesign"
    press(qtbot, page, Qt.Key.Key_S)
    qtbot.mouseClick(page.review.dialog.send_button, Qt.MouseButton.LeftButton)
    press(qtbot, page, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.summary

    clock.moment = MONDAY_NINE + timedelta(days=7, hours=1)  # a week on, no reply
    later = open_page()
    press(qtbot, later, Qt.Key.Key_Return)
    assert shown_title(later) == "Website redesign"
    assert later.review.facts.silent_chip.text() == "No reply to the notice: archive?"
    press(qtbot, later, Qt.Key.Key_3)  # archive
    confirm = later.review.dialog  # its other follow-up: cancel it (the notice's task is not)
    assert confirm.followups_box.text() == "Cancel its 1 open follow-up"
    assert confirm.archive_button.isDefault()  # no warning: Enter archives
    qtbot.mouseClick(confirm.archive_button, Qt.MouseButton.LeftButton)
    with db.begin() as s:
        deal = get_deal(s, funnel.silent, today=today)
        assert deal.status == DealStatus.ARCHIVED
        task = s.scalars(
            select(Activity).where(
                Activity.deal_id == funnel.silent, Activity.subject == "Archive unless they reply"
            )
        ).one()
        assert task.done_at is not None and task.cancelled_at is None  # settled, not cancelled
        chase = s.scalars(
            select(Activity).where(
                Activity.deal_id == funnel.silent, Activity.subject == "Chase the proposal"
            )
        ).one()
        assert chase.cancelled_at is not None


def test_a_missing_field_is_fixed_in_place_or_waived_before_moving_on(
    db, funnel, open_page, qtbot, today
):
    with db.begin() as s:
        s.get(Deal, funnel.stalled_most).expected_close = None
    page = open_page()
    press(qtbot, page, Qt.Key.Key_Return)
    keep = page.review.decisions.buttons["keep"]
    assert not keep.isEnabled()
    assert page.review.facts.check_rows["fields"].detail.text() == "no expected close"
    press(qtbot, page, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # waive the fields
    assert keep.isEnabled()
    press(qtbot, page, Qt.Key.Key_Return)
    assert shown_title(page) == "Kitchen set"


def test_undo_brings_a_won_deal_back_into_the_review(db, funnel, open_page, qtbot, today):
    page = open_page()
    press(qtbot, page, Qt.Key.Key_Return)
    press(qtbot, page, Qt.Key.Key_W)
    qtbot.mouseClick(page.review.dialog.ok_button, Qt.MouseButton.LeftButton)
    assert shown_title(page) == "Kitchen set"
    page.undo_stack.undo()
    assert shown_title(page) == "Office chairs"
    with db.begin() as s:
        assert get_deal(s, funnel.stalled_most, today=today).status == DealStatus.OPEN


def test_parking_until_a_date_asks_for_the_date(db, funnel, open_page, qtbot, today):
    page = open_page()
    press(qtbot, page, Qt.Key.Key_Return)
    press(qtbot, page, Qt.Key.Key_7)
    dialog = page.review.dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(16))  # 30 days on
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    with db.begin() as s:
        deal = get_deal(s, funnel.stalled_most, today=today)
        assert deal.return_on == today + timedelta(days=30)
        assert s.get(Pipeline, deal.pipeline_id).kind == PipelineKind.FUTURE


def test_the_weekly_reminder_fires_on_monday_at_nine_and_shows_the_badge(
    db, open_page, qtbot, clock
):
    clock.moment = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)  # a Wednesday
    page = open_page()
    badges = []
    page.badge_changed.connect(badges.append)
    with db.begin() as s:
        reminder = open_occurrence(s)
        assert (reminder.due_date, reminder.due_time) == (date(2026, 11, 23), time(9, 0))
        assert (
            reminders_due(
                s,
                since_local=datetime(2026, 11, 23, 8, 55),
                until_local=datetime(2026, 11, 23, 9, 0),
            )[0].activity_id
            == reminder.id
        )
    assert page._badge == 0
    clock.moment = MONDAY_NINE
    page.check_reminder()
    assert badges == [1]


def test_a_skipped_week_is_shown_on_the_page(db, open_page, qtbot, clock):
    clock.moment = MONDAY_NINE
    open_page()
    clock.moment = MONDAY_NINE + timedelta(days=8)  # the next Tuesday, nothing done
    page = open_page()
    model = page.home.history_model
    done_column = model.COLUMNS.index("done")
    texts = [model.index(r, done_column).data() for r in range(model.rowCount())]
    assert texts == ["Due this week", "Skipped"]
    assert page.home.skipped_label.text() == "1 week skipped before this one."
    with db.begin() as s:
        reminder = open_occurrence(s)
        assert reminder.due_date == date(2026, 11, 30)  # moved on to this week


def test_the_clean_up_settings_move_the_reminder_and_keep_the_template(db, open_page, qtbot, clock):
    page = open_page()
    qtbot.mouseClick(page.home.settings_button, Qt.MouseButton.LeftButton)
    dialog = page.settings_dialog
    dialog.day_box.setCurrentIndex(4)  # Friday
    dialog.time_edit.setTime(dialog.time_edit.time().addSecs(-3600))  # 08:00
    dialog.silent_spin.setValue(10)
    dialog.subject_edit.setText("About {deal}")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    with db.begin() as s:
        schedule = get_schedule(s)
        assert (schedule.weekday, schedule.at) == (4, time(8, 0))
        assert silent_days(s) == 10
        assert get_template(s, "en").subject == "About {deal}"
        assert get_activity(s, open_occurrence(s).id).rrule == "FREQ=WEEKLY;BYDAY=FR"
    assert page.home.schedule_label.text().startswith("Reminder every Friday at 8:00")


def test_a_quiet_hot_client_is_proposed_warm_and_d_accepts(db, open_page, qtbot, now):
    from funnel.customers.clients import get_client
    from tests.cleanup_data import days_ago, deal

    with db.begin() as s:
        deal_id = deal(
            s, days_ago(now, 90), "Sauna", "Negotiation", client="Quiet", temperature="hot"
        )
        client_id = s.get(Deal, deal_id).client_id
    page = open_page()
    press(qtbot, page, Qt.Key.Key_Return)
    facts = page.review.facts
    assert facts.demotion_box.isVisible()
    assert facts.demotion_label.text().startswith("Hot → Warm?")
    press(qtbot, page, Qt.Key.Key_D)
    assert not facts.demotion_box.isVisible()
    assert facts.temperature_chip.text() == "Warm"
    with db.begin() as s:
        assert get_client(s, client_id).temperature == "warm"


def test_the_page_sits_in_the_window_with_a_badge_and_ctrl_z_undoes_a_decision(
    db, funnel, window, qtbot, today
):
    page = window.pages["cleanup"]
    page.check_reminder()
    item = next(
        window.nav.item(i)
        for i in range(window.nav.count())
        if window.nav.item(i).data(Qt.ItemDataRole.UserRole) == "cleanup"
    )
    assert item.text() == "Clean-up  (1)"
    window.show_page("cleanup")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, page, Qt.Key.Key_Return)
    press(qtbot, page, Qt.Key.Key_5)  # park for three months
    assert shown_title(page) == "Kitchen set"
    qtbot.keyClick(page.review, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown_title(page) == "Office chairs"
    with db.begin() as s:
        assert get_deal(s, funnel.stalled_most, today=today).return_on is None


def test_the_reminder_scheduler_fires_the_clean_up_on_monday_at_nine(db, open_page, qtbot, clock):
    from ui.reminders.notifier import ReminderScheduler, reminder_title

    def local(moment: datetime) -> datetime:
        return moment.astimezone(UTC)  # a naive local wall time, as the user's clock shows it

    clock.moment = local(datetime(2026, 11, 18, 15, 0))  # Wednesday afternoon
    page = open_page()
    scheduler = ReminderScheduler(page.ctx)
    assert scheduler.start() == []
    clock.moment = local(datetime(2026, 11, 23, 8, 59))
    assert scheduler.check() == []
    clock.moment = local(datetime(2026, 11, 23, 9, 0))
    with qtbot.waitSignal(scheduler.reminded) as fired:
        scheduler.check()
    (reminder,) = fired.args[0]
    assert reminder_title(reminder).endswith("Weekly pipeline clean-up")
    scheduler.stop()


def test_the_missing_expected_close_is_filled_in_from_the_review(
    db, funnel, open_page, qtbot, today
):
    with db.begin() as s:
        s.get(Deal, funnel.stalled_most).expected_close = None
    page = open_page()
    press(qtbot, page, Qt.Key.Key_Return)
    press(qtbot, page, Qt.Key.Key_F)  # fill in
    dialog = page.review.dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.close_edit, Qt.Key.Key_Return)
    assert page.review.decisions.buttons["keep"].isEnabled()
    with db.begin() as s:
        assert get_deal(s, funnel.stalled_most, today=today).expected_close == date(2026, 12, 23)


def test_a_forgotten_contact_is_logged_from_the_review(db, open_page, qtbot, now, today):
    from tests.cleanup_data import days_ago, deal, plan

    with db.begin() as s:
        talk = deal(s, days_ago(now, 2), "Roof repair", "Negotiation", client="Olga")
        plan(s, talk, today, now)
    page = open_page()
    press(qtbot, page, Qt.Key.Key_Return)
    assert not page.review.facts.check_rows["logged"].property("held")
    press(qtbot, page, Qt.Key.Key_C)  # log the contact
    dialog = page.review.dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.outcome_edit, "Agreed on the price")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.review.facts.check_rows["logged"].property("held")
    assert page.review.facts.values["last"].text().endswith("“Agreed on the price”")


def test_a_won_decision_is_undone_and_redone(db, funnel, open_page, qtbot, today):
    """Do, undo, redo, the database checked each time: the deal and the
    review's place follow."""
    page = open_page()
    press(qtbot, page, Qt.Key.Key_Return)  # Start review
    press(qtbot, page, Qt.Key.Key_W)  # won
    qtbot.mouseClick(page.review.dialog.ok_button, Qt.MouseButton.LeftButton)

    def status() -> str:
        with db.begin() as s:
            return get_deal(s, funnel.stalled_most, today=today).status

    assert (status(), shown_title(page)) == (DealStatus.WON, "Kitchen set")
    page.undo_stack.undo()
    assert (status(), shown_title(page)) == (DealStatus.OPEN, "Office chairs")
    page.undo_stack.redo()
    assert (status(), shown_title(page)) == (DealStatus.WON, "Kitchen set")
    assert page.undo_stack.count() == 1


def test_won_in_the_review_asks_for_a_reason_and_cancels_the_followups(
    db, funnel, open_page, qtbot, today
):
    page = open_page()
    press(qtbot, page, Qt.Key.Key_Return)  # Start review
    assert shown_title(page) == "Office chairs"
    press(qtbot, page, Qt.Key.Key_W)
    won = page.review.dialog
    qtbot.keyClicks(won.reason_box.lineEdit(), "Referral")
    qtbot.mouseClick(won.ok_button, Qt.MouseButton.LeftButton)
    assert shown_title(page) == "Kitchen set"
    with db.begin() as s:
        deal = s.get(Deal, funnel.stalled_most)
        assert (deal.status, deal.win_reason) == (DealStatus.WON, "Referral")
        still_open = s.scalars(
            select(Activity).where(
                Activity.deal_id == funnel.stalled_most, Activity.done_at.is_(None)
            )
        ).all()
    assert still_open == []
