"""Starting the desktop app: Qt application, language, database, main window."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMainWindow, QMessageBox

from funnel.errors import DatabaseError, LoginFailedError, ServerUnavailableError
from funnel.store.db import ENV_VAR, Database, open_database, resolve_db_path
from funnel.store.firststart import needs_assistant
from funnel.store.paths import default_db_path, location_of
from funnel.store.server_address import ServerAddress
from ui import i18n
from ui.application import APPLICATION, ORGANIZATION, make_application
from ui.context import AppContext, system_clock
from ui.firststart.tour import attach_tour
from ui.main_window import MainWindow
from ui.messages import error_text, show_error
from ui.recent_files import forget_file, remember_file
from ui.reminders.tray import tray_available
from ui.storage.guard import install_storage_guard
from ui.storage.missing import ask_about_missing

if TYPE_CHECKING:
    from ui.firststart.assistant import FirstStartAssistant
    from ui.firststart.demo import DemoMaker

__all__ = ["APPLICATION", "ORGANIZATION", "FunnelApp", "make_application", "run_app", "start_app"]


class FunnelApp:
    """Owns the context and the window; rebuilds the window when the language
    changes, so every string is re-read through the new translator."""

    def __init__(
        self,
        db: Database,
        clock: Callable[[], datetime] = system_clock,
        *,
        deferred_board: bool = False,
    ) -> None:
        self.clock = clock
        self.ctx = AppContext(db, clock)
        # The board reads its cards after the window has painted (ui/startup.py).
        self.ctx.defer_first_board = deferred_board
        self.language = i18n.install_language(i18n.chosen_language())
        self.assistant: FirstStartAssistant | None = None  # while it is open
        self.demo_maker: DemoMaker | None = None
        self.window = self._new_window()
        remember_file(db.location)

    def _new_window(self) -> MainWindow:
        window = MainWindow(self.ctx)
        window.language_change_requested.connect(self.set_language)
        window.file_requested.connect(self.open_file)
        window.getting_started_requested.connect(self.show_assistant)
        attach_tour(window)
        return window

    def open_file(self, path: str, new: bool = False) -> bool:
        """Switch to another database file (File › Open…, New file…, Open
        recent, the demo) or team server (its address: File › Connect…, Open
        recent): a new window over it; the old one is closed."""
        try:
            target = location_of(path)
        except DatabaseError as exc:
            show_error(self.window, exc)
            return False
        return self.open_location(target, new=new)

    def open_location(self, target: Path | ServerAddress, new: bool = False) -> bool:
        parent = self.window
        if isinstance(target, ServerAddress):
            try:
                db = open_database(target, now=self.clock(), language=self.language)
            except LoginFailedError as exc:
                show_error(parent, exc)
                from ui.team.entries import ask_connect_to

                ask_connect_to(parent, target)  # the password, again or for the first time
                return False
            except DatabaseError as exc:
                show_error(parent, exc)
                return False
            return self._switch(db)
        if new and target.exists():
            text = QCoreApplication.translate(
                "App", "%1 already exists. A new file needs a name not in use."
            ).replace("%1", str(target))
            show_error(parent, text)
            return False
        try:
            db = open_database(target, now=self.clock(), language=self.language)
        except DatabaseError as exc:
            forget_file(target)
            show_error(parent, exc)
            return False
        return self._switch(db)

    def _switch(self, db: Database) -> bool:
        from ui.team.live import stop_live_refresh

        old_window, old_ctx = self.window, self.ctx
        stop_live_refresh(old_ctx)
        self.ctx = AppContext(db, self.clock)
        self._close(old_window)
        self.window = self._new_window()
        self.window.show()
        old_window.deleteLater()
        old_ctx.db.close()
        old_ctx.deleteLater()
        remember_file(db.location)
        self.maybe_show_assistant()
        return True

    # The first-start assistant and the demo maker are loaded only when a new
    # file needs them: an everyday start does not import them (ui/startup.py).
    def show_assistant(self) -> FirstStartAssistant:
        from ui.firststart import session

        return session.show_assistant(self)

    def maybe_show_assistant(self) -> FirstStartAssistant | None:
        """A new, empty file (a fresh data folder, File › New file…, a new `--db`)."""
        if self.ctx.read(needs_assistant):
            return self.show_assistant()
        return None

    @staticmethod
    def _close(window: MainWindow) -> None:
        desktop = getattr(window, "desktop", None)
        if desktop is not None:
            desktop.close_for_good()  # closed, not hidden in the tray; its icon goes too
        else:
            window.close()

    def set_language(self, language: str) -> None:
        QSettings().setValue(i18n.LANGUAGE_KEY, language)
        self.language = i18n.install_language(
            i18n.system_language() if language == "system" else language
        )
        old = self.window
        page = old.current_page_key()
        self._close(old)
        self.window = self._new_window()
        if page:
            self.window.show_page(page)
        self.window.show()
        old.deleteLater()


def start_app(
    db_arg: str | None = None,
    *,
    minimized: bool = False,
    clock: Callable[[], datetime] = system_clock,
    shell: QMainWindow | None = None,
    deferred_board: bool = False,
) -> FunnelApp | None:
    """Open the database and show the window; a new, empty file also gets the
    first-start assistant (not at login, minimised). None: the file could not
    be opened (the person was told why). `shell`: the frame shown while this
    loaded (ui/startup.py); the window takes its place and it closes.
    `deferred_board`: the board reads its cards once the window has painted."""
    try:
        return _start_app(
            db_arg, minimized=minimized, clock=clock, shell=shell, deferred_board=deferred_board
        )
    finally:
        if shell is not None:
            shell.close()


def _start_app(
    db_arg: str | None,
    *,
    minimized: bool,
    clock: Callable[[], datetime],
    shell: QMainWindow | None,
    deferred_board: bool,
) -> FunnelApp | None:
    i18n.install_language(i18n.chosen_language())
    try:
        path = resolve_db_path(db_arg)
        named = bool(db_arg or os.environ.get(ENV_VAR))  # the default file is simply made
        if isinstance(path, ServerAddress):
            db = _open_server_at_start(path, clock)
            if db is None:
                return None
        else:
            if named and not path.exists() and (path := ask_about_missing(path)) is None:
                return None
            db = open_database(path, now=clock(), language=i18n.chosen_language())
    except DatabaseError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Funnel"), error_text(exc))
        return None
    install_storage_guard()  # a full disk or a busy file: a dialog, and the app runs on
    funnel_app = FunnelApp(db, clock, deferred_board=deferred_board)
    if shell is not None and not (shell.isMinimized() or shell.isMaximized()):
        funnel_app.window.setGeometry(shell.geometry())  # where the person may have moved it
    desktop = getattr(funnel_app.window, "desktop", None)
    if minimized and desktop is not None and tray_available():
        desktop.tray.hide_window()
    elif minimized:
        funnel_app.window.showMinimized()
    else:
        funnel_app.window.show()
        funnel_app.maybe_show_assistant()
    return funnel_app


def _open_server_at_start(address: ServerAddress, clock: Callable[[], datetime]) -> Database | None:
    """A team server at start-up; unreachable: Retry, Open a local file
    instead (the usual one in the data folder), or Quit (None)."""
    while True:
        try:
            return open_database(address, now=clock(), language=i18n.chosen_language())
        except ServerUnavailableError as exc:
            choice = ask_unreachable(exc)
            if choice == "retry":
                continue
            if choice == "local":
                return open_database(
                    default_db_path(), now=clock(), language=i18n.chosen_language()
                )
            return None


def ask_unreachable(error: Exception) -> str:
    """'retry', 'local' or 'quit'."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("App", "Funnel"), "")
    box.setObjectName("serverUnreachable")
    box.setText(error_text(error))
    box.setInformativeText(
        QCoreApplication.translate(
            "App", "Check the network, or ask whoever runs the team server whether it is up."
        )
    )
    retry = box.addButton(
        QCoreApplication.translate("App", "Retry"), QMessageBox.ButtonRole.AcceptRole
    )
    local = box.addButton(
        QCoreApplication.translate("App", "Open a local file instead"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QCoreApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    return "retry" if clicked is retry else "local" if clicked is local else "quit"


def run_app(
    db_arg: str | None = None, argv: list[str] | None = None, *, minimized: bool = False
) -> int:
    """`minimized` (at login): only the tray icon, or a minimised window
    where the desktop has no tray."""
    app = make_application(argv)
    funnel_app = start_app(db_arg, minimized=minimized)
    if funnel_app is None:
        return 1
    code = app.exec()
    funnel_app.ctx.db.close()
    return code
