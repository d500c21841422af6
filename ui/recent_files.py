"""File › Open…, New… and Recent: the files a person switches between (their
real file, a backup, the demo file), remembered in Qt settings, newest first.
Team servers they connected to are listed too, by their address without the
password (File › Connect to a team database…: `ui.team.connect_dialog`).

The window only asks (`file_requested(path, new)`); the app opens the file
and builds a new window over it (see `ui.app.FunnelApp.open_file`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from funnel.errors import FunnelError
from funnel.store.paths import location_of
from funnel.store.server_address import ServerAddress
from ui.team.entries import add_team_entries

RECENT_KEY = "files/recent"
MAX_RECENT = 8
FILE_FILTER = "*.sqlite3 *.db"


Location = Path | ServerAddress


def _location(text: str) -> Location | None:
    try:
        return location_of(text)
    except FunnelError:
        return None


def recent_files(settings: QSettings | None = None) -> list[Location]:
    value: Any = (settings or QSettings()).value(RECENT_KEY, [])
    if isinstance(value, str):  # QSettings gives one string for a one-item list
        value = [value]
    found = (_location(str(v)) for v in (value or []) if v)
    return [where for where in found if where is not None]


def _same(location: Location) -> Location:
    if isinstance(location, ServerAddress):
        return location.with_user(location.user)  # the password is never kept
    return Path(location).resolve()


def remember_file(path: Location | None, settings: QSettings | None = None) -> None:
    """Put `path` (a file, or a server) first in the list (once), keeping at
    most MAX_RECENT."""
    if path is None:
        return
    path = _same(path)
    paths = [path] + [p for p in recent_files(settings) if p != path]
    (settings or QSettings()).setValue(RECENT_KEY, [str(p) for p in paths[:MAX_RECENT]])


def forget_file(path: Location, settings: QSettings | None = None) -> None:
    paths = [p for p in recent_files(settings) if p != _same(path)]
    (settings or QSettings()).setValue(RECENT_KEY, [str(p) for p in paths])


def entry_text(number: int, path: Location) -> str:
    """'&1  funnel.sqlite3 — ~/.local/share/Funnel': the name to tell files
    apart at a glance, the folder to tell two of the same name apart; a team
    server as 'sales @ db.example.com — postgresql://anna@…' (no password)."""
    if isinstance(path, ServerAddress):
        return f"&{number}  {path.database} @ {path.host} — {path.display}"
    folder = str(path.parent)
    home = str(Path.home())
    if folder.startswith(home):
        folder = "~" + folder[len(home) :]
    return f"&{number}  {path.name} — {folder}"


def _filter_text() -> str:
    text = QCoreApplication.translate("RecentFiles", "Funnel databases (%1);;All files (*)")
    return text.replace("%1", FILE_FILTER)


def _folder(window: Any) -> Path:
    path = window.ctx.db.path
    return Path(path).parent if path is not None else Path.home()


def ask_open(window: Any) -> None:
    start = str(_folder(window))
    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("RecentFiles", "Open a Funnel file"),
        start,
        QCoreApplication.translate("RecentFiles", "Funnel databases (%1);;All files (*)").replace(
            "%1", FILE_FILTER
        ),
    )
    if name:
        window.file_requested.emit(name, False)


def ask_new(window: Any) -> None:
    start = str(_folder(window) / QCoreApplication.translate("RecentFiles", "new-funnel.sqlite3"))
    name, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("RecentFiles", "New Funnel file"),
        start,
        QCoreApplication.translate("RecentFiles", "Funnel databases (%1);;All files (*)").replace(
            "%1", FILE_FILTER
        ),
    )
    if name:
        if not Path(name).suffix:
            name += ".sqlite3"
        window.file_requested.emit(name, True)


def fill_recent_menu(window: Any, menu: QMenu) -> None:
    menu.clear()
    current = _same(window.ctx.db.location)
    paths = recent_files()
    shown = 0
    for path in paths:
        shown += 1
        action = QAction(entry_text(shown, path), menu)
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        # A server's address without password; opening asks for one if none is saved.
        action.setCheckable(True)
        action.setChecked(path == current)
        action.setEnabled(path != current)
        action.triggered.connect(lambda _=False, p=path: window.file_requested.emit(str(p), False))
        menu.addAction(action)
    if not shown:
        empty = menu.addAction(QCoreApplication.translate("RecentFiles", "No recent files"))
        empty.setEnabled(False)
        return
    menu.addSeparator()
    clear = menu.addAction(QCoreApplication.translate("RecentFiles", "Clear the list"))
    clear.triggered.connect(lambda: QSettings().setValue(RECENT_KEY, [str(current)]))


def add_file_entries(window: Any, file_menu: QMenu) -> QMenu:
    """Open…, New… and Recent at the top of the File menu; returns Recent."""
    first = file_menu.actions()[0] if file_menu.actions() else None
    open_action = QAction(QCoreApplication.translate("RecentFiles", "&Open…"), window)
    open_action.setObjectName("openFile")
    open_action.setShortcut(QKeySequence.StandardKey.Open)
    open_action.triggered.connect(lambda: ask_open(window))
    new_action = QAction(QCoreApplication.translate("RecentFiles", "Ne&w file…"), window)
    new_action.setObjectName("newFile")
    new_action.triggered.connect(lambda: ask_new(window))
    recent = QMenu(QCoreApplication.translate("RecentFiles", "Open &recent"), window)
    recent.setObjectName("recentFiles")
    recent.aboutToShow.connect(lambda: fill_recent_menu(window, recent))
    if first is None:
        file_menu.addActions([open_action, new_action])
        file_menu.addMenu(recent)
    else:
        file_menu.insertAction(first, open_action)
        file_menu.insertAction(first, new_action)
        file_menu.insertMenu(first, recent)
        file_menu.insertSeparator(first)
    window.open_file_action = open_action
    window.new_file_action = new_action
    add_team_entries(window, file_menu, first)  # Connect to a team database…, live refresh
    return recent
