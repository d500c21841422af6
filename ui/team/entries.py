"""Team mode's part of the window, added with the File menu's entries
(`ui.recent_files.add_file_entries`): File › Connect to a team database…,
and on a team server the live refresh and the "server unreachable" banner."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


def ask_connect(window: Any) -> None:
    ask_connect_to(window, window.ctx.db.location)


def add_team_entries(window: Any, file_menu: QMenu, before: QAction | None) -> None:
    action = QAction(
        QCoreApplication.translate("TeamEntries", "&Connect to a team database…"), window
    )
    action.setObjectName("connectTeam")
    action.triggered.connect(lambda: ask_connect(window))
    if before is None:
        file_menu.addAction(action)
    else:
        file_menu.insertAction(before, action)
    window.connect_team_action = action
    ctx = window.ctx
    if ctx.db.is_server:
        from ui.team.banner import add_banner
        from ui.team.live import live_refresh

        live = live_refresh(ctx)
        if live is not None:
            window.server_banner = add_banner(window, live)


def ask_connect_to(window: Any, address: Any) -> None:
    """The connect dialog filled in with `address` (a recent server whose
    password is not saved, or was refused)."""
    from ui.team.connect_dialog import ConnectDialog

    dialog = ConnectDialog(window, current=address)
    if dialog.exec():
        chosen = dialog.address()
        if chosen is not None:
            window.file_requested.emit(chosen.display, False)
