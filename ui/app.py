"""Starting the desktop app: Qt application, language, database, main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QStyle

from funnel.errors import DatabaseError
from funnel.store.db import ENV_VAR, Database, open_database, resolve_db_path
from ui import i18n
from ui.context import AppContext, system_clock
from ui.main_window import MainWindow
from ui.messages import error_text
from ui.reminders.tray import tray_available
from ui.storage.guard import install_storage_guard
from ui.storage.missing import ask_about_missing

ORGANIZATION = "Funnel"
APPLICATION = "Funnel"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setWindowIcon(
        QIcon.fromTheme(
            "office-chart-line", app.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
        )
    )
    return app  # type: ignore[return-value]


class FunnelApp:
    """Owns the context and the window; rebuilds the window when the language
    changes, so every string is re-read through the new translator."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = system_clock) -> None:
        self.ctx = AppContext(db, clock)
        self.language = i18n.install_language(i18n.chosen_language())
        self.window = self._new_window()

    def _new_window(self) -> MainWindow:
        window = MainWindow(self.ctx)
        window.language_change_requested.connect(self.set_language)
        return window

    def set_language(self, language: str) -> None:
        QSettings().setValue(i18n.LANGUAGE_KEY, language)
        self.language = i18n.install_language(
            i18n.system_language() if language == "system" else language
        )
        old = self.window
        page = old.current_page_key()
        desktop = getattr(old, "desktop", None)
        if desktop is not None:
            desktop.close_for_good()  # closed, not hidden in the tray; its icon goes too
        else:
            old.close()
        self.window = self._new_window()
        if page:
            self.window.show_page(page)
        self.window.show()
        old.deleteLater()


def run_app(
    db_arg: str | None = None, argv: list[str] | None = None, *, minimized: bool = False
) -> int:
    """`minimized` (at login): only the tray icon, or a minimised window
    where the desktop has no tray."""
    app = make_application(argv)
    i18n.install_language(i18n.chosen_language())
    try:
        path = resolve_db_path(db_arg)
        named = bool(db_arg or os.environ.get(ENV_VAR))  # the default file is simply made
        if named and not path.exists() and (path := ask_about_missing(path)) is None:
            return 1
        db = open_database(path, now=system_clock(), language=i18n.chosen_language())
    except DatabaseError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Funnel"), error_text(exc))
        return 1
    install_storage_guard()  # a full disk or a busy file: a dialog, and the app runs on
    funnel_app = FunnelApp(db)
    desktop = getattr(funnel_app.window, "desktop", None)
    if minimized and desktop is not None and tray_available():
        desktop.tray.hide_window()
    elif minimized:
        funnel_app.window.showMinimized()
    else:
        funnel_app.window.show()
    code = app.exec()
    db.close()
    return code
