"""What makes Funnel a desktop citizen, attached to the main window in one
call: the tray icon, the reminder scheduler (and the list of reminders missed
while closed), and the iCalendar export. Like Vorta's `tray_menu.py`,
`notifications.py` and `scheduler.py`, each piece is its own small class;
this module only wires them to the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow

from ui.messages import show_error
from ui.reminders.handed import handed_line
from ui.reminders.missed import MissedRemindersDialog
from ui.reminders.notifier import ReminderScheduler, reminder_title
from ui.reminders.tray import Tray, tray_available

STATUS_MS = 30_000


class Desktop(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.tray = Tray(window)
        self.scheduler = ReminderScheduler(self.ctx, self, tray=self.tray.icon)
        self.missed_dialog: MissedRemindersDialog | None = None
        self.scheduler.open_deal_requested.connect(self._open_deal)
        self.scheduler.open_client_requested.connect(self._open_client)
        self.scheduler.show_today_requested.connect(self.show_today)
        self.scheduler.missed.connect(self.show_missed)
        self.scheduler.reminded.connect(self._reminded)
        self.scheduler.handed.connect(self._handed)
        self.tray.today_requested.connect(self.show_today)
        # After sleep the day may have changed: Today catches up at once.
        self.scheduler.woke.connect(self._refresh_today)
        # Once the window is up: the missed list should appear over it.
        QTimer.singleShot(0, self.scheduler, self.scheduler.start)

    def show_today(self) -> None:
        self.tray.show_window()
        self.window.show_page("today")

    def _refresh_today(self) -> None:
        page = self.window.pages.get("today")
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()

    def _open_deal(self, deal_id: int, sequence: list) -> None:
        self.tray.show_window()
        self.window.open_deal(deal_id, sequence)

    def _open_client(self, client_id: int) -> None:
        self.tray.show_window()
        self.window.open_client(client_id)

    def _reminded(self, reminders: list) -> None:
        """Without a system tray there is no pop-up: the status bar says it and
        the taskbar entry asks for attention."""
        if tray_available() or not reminders:
            return
        self.window.statusBar().showMessage(reminder_title(reminders[0]), STATUS_MS)
        QApplication.alert(self.window)

    def _handed(self, notices: list) -> None:
        """A deal handed to me, without a system tray: the status bar says it."""
        if tray_available() or not notices:
            return
        self.window.statusBar().showMessage(handed_line(notices[0]), STATUS_MS)
        QApplication.alert(self.window)

    def show_missed(self, reminders: list) -> None:
        dialog = MissedRemindersDialog(reminders, self.ctx.today(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_deal_requested.connect(self._open_deal)
        dialog.show_today_requested.connect(self.show_today)
        dialog.show_today_requested.connect(dialog.accept)
        self.missed_dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "missed_dialog", None))
        dialog.show()

    def quit(self) -> None:
        self.scheduler.stop()
        self.tray.quit()

    def close_for_good(self) -> None:
        self.scheduler.stop()
        self.tray.close_for_good()


def attach_desktop(window: QMainWindow) -> Desktop:
    return Desktop(window)


def export_calendar(window: QMainWindow) -> Path | None:
    """File › Export reminders to calendar: the open follow-ups as an .ics file
    a phone or desktop calendar imports (with alarms and recurrence)."""
    ctx = window.ctx
    suggested = str(Path.home() / "funnel-follow-ups.ics")
    name, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("Desktop", "Export reminders to calendar"),
        suggested,
        QCoreApplication.translate("Desktop", "iCalendar files (*.ics);;All files (*)"),
    )
    if not name:
        return None
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(".ics")
    from funnel.followups.ics import export_ics  # icalendar: loaded when asked for

    data = ctx.read(export_ics, now=ctx.now(), today=ctx.today())
    try:
        path.write_bytes(data)
    except OSError as exc:
        show_error(
            window,
            QCoreApplication.translate("Desktop", "The calendar could not be written to %1: %2")
            .replace("%1", str(path))
            .replace("%2", exc.strerror or str(exc)),
        )
        return None
    window.statusBar().showMessage(
        QCoreApplication.translate("Desktop", "Follow-ups exported to %1").replace("%1", str(path)),
        8000,
    )
    return path
