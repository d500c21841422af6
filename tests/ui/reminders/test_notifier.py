"""Desktop reminders with an injected clock: shown when the clock passes the
due time (once), caught after the computer slept, and listed on start when
they came due while the app was closed."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from funnel.customers.clients import create_client
from funnel.deals.service import create_deal
from funnel.followups.activities import add_activity
from funnel.followups.activity_list import get_activity
from funnel.followups.escalation import set_escalation
from funnel.followups.reminders import set_last_seen
from funnel.followups.snooze import snooze_activity
from funnel.owners import create_owner
from ui.context import AppContext, Changes
from ui.i18n import time_text
from ui.reminders.notifier import ReminderScheduler


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta) -> None:
        self.moment += timedelta(**delta)


@pytest.fixture
def clock(now):
    return Clock(now)


@pytest.fixture
def app_ctx(db, clock, settings_dir):
    return AppContext(db, clock=clock)


@pytest.fixture
def shown(monkeypatch):
    """Every desktop notification, as (title, body)."""
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda self, title, body, *a: messages.append((title, body))
    )
    return messages


@pytest.fixture
def scheduler(app_ctx, qtbot, shown):
    tray = QSystemTrayIcon()
    scheduler = ReminderScheduler(app_ctx, tray=tray)
    yield scheduler
    scheduler.stop()


def follow_up(db, now, ctx, subject: str, in_hours: float, *, deal: str = "Website redesign"):
    """A call due `in_hours` from the clock's present, in local wall time."""
    due = (ctx.local_now() + timedelta(hours=in_hours)).replace(second=0, microsecond=0)
    with db.begin() as s:
        client_id = create_client(s, name="Anna Ivanova", now=now, phones=["+7 916 123-45-67"])
        deal_id = create_deal(s, title=deal, now=now, client_id=client_id)
        activity_id = add_activity(
            s, kind="call", subject=subject, due_date=due.date(), due_time=due.time(),
            deal_id=deal_id, now=now,
        )  # fmt: skip
    return deal_id, activity_id, due


def test_a_reminder_is_shown_when_the_clock_passes_its_time_and_only_once(
    db, now, app_ctx, clock, scheduler, shown
):
    scheduler.start()
    _deal, _activity, due = follow_up(db, now, app_ctx, "Call about the budget", 5)
    clock.advance(hours=4, minutes=59)
    scheduler.beat()
    assert shown == []
    clock.advance(minutes=2)
    scheduler.beat()
    at = time_text(due.time())  # 2:00 PM in English (US), as the locale says it
    assert shown == [
        (
            f"Call at {at}: Call about the budget",
            "Website redesign · Anna Ivanova · +7 916 123-45-67",
        )
    ]
    clock.advance(minutes=5)
    scheduler.beat()
    scheduler.check()
    assert len(shown) == 1


def test_the_alarm_is_set_for_the_next_reminder(db, now, app_ctx, clock, scheduler):
    _deal, _activity, due = follow_up(db, now, app_ctx, "Call", 0.5)
    scheduler.start()
    assert scheduler.next_at == due
    assert scheduler.alarm.isActive()
    assert 29 * 60_000 <= scheduler.alarm.remainingTime() <= 30 * 60_000


def test_a_follow_up_added_while_running_is_reminded_of(db, now, app_ctx, clock, scheduler, qtbot):
    scheduler.start()
    assert scheduler.next_at is None
    _deal, _activity, due = follow_up(db, now, app_ctx, "Call", 2)
    app_ctx.changed.emit(Changes(activities=True))  # as every action announces itself
    qtbot.waitUntil(lambda: scheduler.next_at == due)


def test_a_wake_gap_is_caught(db, now, app_ctx, clock, scheduler, shown, qtbot):
    scheduler.start()
    follow_up(db, now, app_ctx, "Call about the budget", 2)
    # The laptop slept six hours: no timer ran, the next heartbeat finds the gap.
    clock.advance(hours=6)
    with qtbot.waitSignal(scheduler.woke):
        scheduler.beat()
    assert [title.endswith("Call about the budget") for title, _ in shown] == [True]


def test_a_snoozed_reminder_comes_again_at_its_new_time(db, now, app_ctx, clock, scheduler, shown):
    scheduler.start()
    _deal, activity_id, _due = follow_up(db, now, app_ctx, "Call", 1)
    clock.advance(hours=1, minutes=1)
    scheduler.beat()
    with db.begin() as s:
        snooze_activity(s, activity_id, until="later", now_local=app_ctx.local_now())
    clock.advance(hours=3, minutes=15)
    scheduler.beat()
    assert len(shown) == 2


def test_several_reminders_at_once_are_one_message_that_opens_today(
    db, now, app_ctx, clock, scheduler, shown, qtbot
):
    scheduler.start()
    for n in range(4):
        follow_up(db, now, app_ctx, f"Call {n}", 1, deal=f"Deal {n}")
    clock.advance(hours=2)
    scheduler.beat()
    ((title, body),) = shown
    assert title == "4 follow-ups due"
    assert body.splitlines()[-1] == "… and 1 more"
    with qtbot.waitSignal(scheduler.show_today_requested):
        scheduler.tray.messageClicked.emit()


def test_clicking_a_reminder_opens_its_deal(db, now, app_ctx, clock, scheduler, qtbot):
    scheduler.start()
    deal_id, _activity, _due = follow_up(db, now, app_ctx, "Call", 1)
    clock.advance(hours=1, minutes=1)
    scheduler.beat()
    with qtbot.waitSignal(scheduler.open_deal_requested) as opened:
        scheduler.tray.messageClicked.emit()
    assert opened.args == [deal_id, []]


def test_reminders_that_came_due_while_the_app_was_closed_are_listed_on_start(
    db, now, app_ctx, clock, scheduler, shown
):
    with db.begin() as s:
        set_last_seen(s, app_ctx.local_now())  # the app was closed now…
    _deal, activity_id, _due = follow_up(db, now, app_ctx, "Call about the budget", 3)
    clock.advance(hours=20)  # … and started the next morning
    missed = scheduler.start()
    assert [r.line.subject for r in missed] == ["Call about the budget"]
    assert shown[0][0] == "Came due while Funnel was closed: 1"
    assert app_ctx.read(get_activity, activity_id).notified_at is not None
    assert scheduler.check() == []  # listed once, not again


def test_the_window_lists_missed_reminders_in_a_dialog_on_start(
    db, now, app_ctx, clock, qtbot, shown
):
    from ui import i18n
    from ui.main_window import MainWindow

    with db.begin() as s:
        set_last_seen(s, app_ctx.local_now())
    follow_up(db, now, app_ctx, "Call about the budget", 3)
    clock.advance(days=1)
    i18n.install_language("en")
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.desktop.missed_dialog is not None)
    dialog = window.desktop.missed_dialog
    assert dialog.model.rowCount() == 1
    assert "Call about the budget" in dialog.model.index(0).data()
    dialog.today_button.click()
    assert window.current_page_key() == "today"
    window.desktop.scheduler.stop()


def test_overdue_follow_ups_are_handed_to_the_backup_owner_and_both_are_told(
    db, now, app_ctx, clock, scheduler, shown
):
    with db.begin() as s:
        backup = create_owner(s, "Boris").id
        set_escalation(s, after_days=2, backup_owner_id=backup)
    _deal, activity_id, _due = follow_up(db, now, app_ctx, "Call about the budget", -24 * 4)
    handed = []
    scheduler.escalated.connect(handed.extend)
    scheduler.start()
    assert [e.activity_id for e in handed] == [activity_id]
    assert app_ctx.read(get_activity, activity_id).owner_id == backup
    assert shown[0][0] == "Overdue follow-ups handed to the backup owner: 1"
