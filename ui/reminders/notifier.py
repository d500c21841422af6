"""Desktop reminders: a notification when a follow-up comes due, while the app
runs (also hidden in the tray); on start, the ones that came due while it was
closed.

The scheduler never counts timer ticks to know the time: it asks the clock
(`ctx`, so tests inject one) and asks `funnel.followups.reminders` what came due between
the last check and now. One single-shot timer is armed for the next reminder;
a heartbeat also compares the clock with the last beat, so when the laptop
slept through a due time (timers do not run while it sleeps) the missed window
is checked on wake, as Vorta's scheduler does (`WAKE_CHECK_INTERVAL_MS`,
`WAKE_GAP_THRESHOLD`). A reminder is shown once: `mark_notified` records it.

Deals handed to me by someone else ("Boris handed you “Clinic CRM”") are told
the same way, once: on start, on each heartbeat and when deals change (live
refresh in team mode); taking a notice marks it read.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from funnel.deals.handed_notices import (
    HandedNotice,
    handed_notices_waiting,
    take_handed_notices,
)
from funnel.errors import FunnelError, ServerUnavailableError
from funnel.followups.escalation import Escalation, escalate_overdue
from funnel.followups.reminder_rounds import take_due, take_missed
from funnel.followups.reminders import Reminder, next_reminder_at
from ui.context import AppContext, Changes
from ui.followups.format import kind_name
from ui.i18n import time_text
from ui.operations.core import run_write
from ui.reminders.handed import handed_line, handed_title

HEARTBEAT_MS = 15_000
# A beat this much later than expected means the computer slept (or the clock
# jumped): check the window that passed meanwhile at once.
WAKE_GAP = timedelta(seconds=60)
MAX_ALARM_MS = 60 * 60 * 1000  # the heartbeat covers what lies further ahead
RETRY_START_MS = 30_000  # a team server away at start: try again
MESSAGE_MS = 15_000
SHOWN_IN_ONE_MESSAGE = 3


def _handed_changes(handed: Sequence[Escalation]) -> Changes | None:
    """Announced only when something moved: a start must not reload every screen."""
    if not handed:
        return None
    return Changes(deals=frozenset(e.deal_id for e in handed if e.deal_id), activities=True)


class Reminders(QObject):
    """The translation context "Reminders". Texts with a count are written
    `Reminders.tr("…%n…", None, n)`: lupdate reads plural forms of tr() calls only."""


def reminder_title(reminder: Reminder) -> str:
    line = reminder.line
    when = time_text(reminder.due_at.time())
    return (
        QCoreApplication.translate("Reminders", "%1 at %2: %3")
        .replace("%1", kind_name(line.kind))
        .replace("%2", when)
        .replace("%3", line.subject)
    )


def reminder_body(reminder: Reminder) -> str:
    line = reminder.line
    return " · ".join(x for x in (line.deal, line.client, line.phone) if x)


class ReminderScheduler(QObject):
    """Shows each reminder when it comes due. `start()` once the window is up."""

    reminded = Signal(list)  # [Reminder] just shown
    missed = Signal(list)  # [Reminder] that came due while the app was closed
    woke = Signal()  # the clock jumped ahead of the heartbeat: the computer slept
    escalated = Signal(list)  # [Escalation] handed to the backup owner
    handed = Signal(list)  # [HandedNotice] deals just handed to me, told once
    open_deal_requested = Signal(int, list)  # clicking a single reminder's message
    open_client_requested = Signal(int)
    show_today_requested = Signal()  # clicking a message about several

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        tray: QSystemTrayIcon | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tray: QSystemTrayIcon | None = None
        self.last_check: datetime | None = None  # local
        self.next_at: datetime | None = None  # local
        self._last_beat: datetime | None = None  # aware UTC
        self._escalated_on: date | None = None
        self._clicked: tuple[str, int | None] = ("today", None)
        self._clicked_sequence: list[int] = []  # the deals the card walks through
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self.beat)
        self.alarm = QTimer(self)
        self.alarm.setSingleShot(True)
        self.alarm.setTimerType(Qt.TimerType.PreciseTimer)  # to the minute, not ±5 %
        self.alarm.timeout.connect(self.check)
        self._rearm = QTimer(self)
        self._rearm.setSingleShot(True)
        self._rearm.timeout.connect(self._arm)
        self._look_handed = QTimer(self)
        self._look_handed.setSingleShot(True)
        self._look_handed.timeout.connect(self.check_handed)
        ctx.changed.connect(self._on_changed)
        if tray is not None:
            self.set_tray(tray)

    def set_tray(self, tray: QSystemTrayIcon | None) -> None:
        if self.tray is not None:
            self.tray.messageClicked.disconnect(self._message_clicked)
        self.tray = tray
        if tray is not None:
            tray.messageClicked.connect(self._message_clicked)

    # running ---------------------------------------------------------------------
    def start(self) -> list[Reminder]:
        """Begin: list what came due while the app was closed (marked shown, so
        it is listed once), then wait for the next one."""
        if self.ctx.db.readonly:  # it could not record them as shown: they would repeat
            return []
        now_local = self.ctx.local_now()
        # Marking reminders shown changes nothing a screen shows: no announcement.
        try:
            missed = run_write(
                self.ctx, take_missed, now_local=now_local, now=self.ctx.now(), changes=None
            )
        except ServerUnavailableError:  # the banner says so; begin when it is back
            QTimer.singleShot(RETRY_START_MS, self.start)
            return []
        self.last_check = now_local
        self._last_beat = self.ctx.now()
        self._escalate()
        self._arm()
        self.heartbeat.start()
        self.check_handed()
        if missed:
            self._show(
                missed,
                Reminders.tr("Came due while Funnel was closed: %n", None, len(missed)),
            )
            self.missed.emit(missed)
        return missed

    def stop(self) -> None:
        self.heartbeat.stop()
        self.alarm.stop()

    def check(self) -> list[Reminder]:
        """Show what came due since the last check (however long ago that was)."""
        if self.ctx.db.readonly:
            return []
        now_local = self.ctx.local_now()
        since = self.last_check or now_local
        if now_local < since:  # the clock was set back: start again from now
            since = now_local
        try:
            due = run_write(
                self.ctx,
                take_due,
                since_local=since,
                until_local=now_local,
                now=self.ctx.now(),
                changes=None,
            )
        except ServerUnavailableError:  # the banner says so; the heartbeat tries again
            return []
        self.last_check = now_local
        self._arm()
        if due:
            self._show(due)
            self.reminded.emit(due)
        return due

    def beat(self) -> None:
        """The heartbeat: catch a wake gap, a reminder the alarm missed, a new day."""
        now = self.ctx.now()
        last, self._last_beat = self._last_beat, now
        slept = last is not None and now - last > timedelta(milliseconds=HEARTBEAT_MS) + WAKE_GAP
        if slept:
            self.woke.emit()
        if self.ctx.today() != self._escalated_on:
            self._escalate()
        if slept or (self.next_at is not None and self.ctx.local_now() >= self.next_at):
            self.check()
        self.check_handed()

    def _arm(self) -> None:
        after = self.last_check or self.ctx.local_now()
        self.next_at = self.ctx.read(
            next_reminder_at, after_local=after, owner_id=self.ctx.db.actor_id
        )
        if self.next_at is None:
            self.alarm.stop()
            return
        wait = (self.next_at - self.ctx.local_now()).total_seconds() * 1000
        self.alarm.start(int(min(max(wait, 0), MAX_ALARM_MS)))

    def _on_changed(self, changes: Changes) -> None:
        # A new, moved or snoozed follow-up may come due sooner than the armed one.
        if (changes.activities or changes.everything) and self.last_check is not None:
            self._rearm.start(0)
        if (changes.deals or changes.everything) and self.last_check is not None:
            self._look_handed.start(0)  # a deal handed to me by someone else?

    # hand-overs ------------------------------------------------------------------
    def check_handed(self) -> list[HandedNotice]:
        """Tell me, once, of the deals someone else handed to me."""
        if self.ctx.db.readonly:
            return []
        try:
            # Mostly there is none: a read, not the write lock, on every beat and change.
            if not self.ctx.read(handed_notices_waiting, owner_id=self.ctx.db.actor_id):
                return []
            notices = run_write(
                self.ctx,
                take_handed_notices,
                owner_id=self.ctx.db.actor_id,
                now=self.ctx.now(),
                changes=None,
            )
        except FunnelError:  # the server away: the banner says so, the heartbeat retries
            return []
        if notices:
            lines = [handed_line(n) for n in notices[:SHOWN_IN_ONE_MESSAGE]]
            if len(notices) > SHOWN_IN_ONE_MESSAGE:
                more = len(notices) - SHOWN_IN_ONE_MESSAGE
                lines.append(Reminders.tr("… and %n more", None, more))
            deal_ids = [n.deal_id for n in notices]
            self._notify(handed_title(notices), "\n".join(lines), ("deal", deal_ids[0]))
            self._clicked_sequence = deal_ids if len(deal_ids) > 1 else []
            self.handed.emit(notices)
        return notices

    # escalation ------------------------------------------------------------------
    def _escalate(self) -> list[Escalation]:
        """Once a day: overdue follow-ups past the set days go to the backup owner."""
        self._escalated_on = self.ctx.today()
        if self.ctx.db.readonly:
            return []
        try:
            handed = run_write(
                self.ctx,
                escalate_overdue,
                today=self.ctx.today(),
                now=self.ctx.now(),
                changes=_handed_changes,
            )
        except FunnelError:
            return []  # escalation is on but misconfigured: Preferences says so
        if handed:
            self._notify(
                Reminders.tr(
                    "Overdue follow-ups handed to the backup owner: %n", None, len(handed)
                ),
                "\n".join(e.subject for e in handed[:SHOWN_IN_ONE_MESSAGE]),
                ("today", None),
            )
            self.escalated.emit(handed)
        return handed

    # showing ---------------------------------------------------------------------
    def _show(self, reminders: Sequence[Reminder], title: str | None = None) -> None:
        if len(reminders) == 1 and title is None:
            reminder = reminders[0]
            line = reminder.line
            if line.deal_id is not None:
                target: tuple[str, int | None] = ("deal", line.deal_id)
            elif line.client_id is not None:
                target = ("client", line.client_id)
            else:
                target = ("today", None)
            self._notify(reminder_title(reminder), reminder_body(reminder), target)
            return
        lines = [reminder_title(r) for r in reminders[:SHOWN_IN_ONE_MESSAGE]]
        if len(reminders) > SHOWN_IN_ONE_MESSAGE:
            more = len(reminders) - SHOWN_IN_ONE_MESSAGE
            lines.append(Reminders.tr("… and %n more", None, more))
        self._notify(
            title or Reminders.tr("%n follow-ups due", None, len(reminders)),
            "\n".join(lines),
            ("today", None),
        )

    def _notify(self, title: str, body: str, target: tuple[str, int | None]) -> None:
        self._clicked = target
        self._clicked_sequence = []
        if self.tray is not None:
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)

    def _message_clicked(self) -> None:
        kind, target_id = self._clicked
        if kind == "deal" and target_id is not None:
            self.open_deal_requested.emit(target_id, self._clicked_sequence)
        elif kind == "client" and target_id is not None:
            self.open_client_requested.emit(target_id)
        else:
            self.show_today_requested.emit()
