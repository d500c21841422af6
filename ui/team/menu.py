"""The Users menu: only on a team server, and only for a manager."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from funnel.errors import FunnelError
from funnel.team.users import is_manager


def add_users_menu(window: QMainWindow) -> None:
    """Users ▸ Team members…, before Help, when the signed-in login manages the team."""
    ctx = window.ctx  # type: ignore[attr-defined]
    if not ctx.db.is_server:
        return
    try:
        manager = ctx.read(is_manager)
    except FunnelError:
        return  # the server went away: the menu comes with the next start
    if not manager:
        return
    bar = window.menuBar()
    menu = bar.addMenu(QCoreApplication.translate("UsersMenu", "&Users"))
    menu.setObjectName("usersMenu")
    help_menu = getattr(window, "help_menu", None)
    if help_menu is not None:
        bar.insertMenu(help_menu.menuAction(), menu)
    action = QAction(QCoreApplication.translate("UsersMenu", "&Team members…"), window)
    action.setObjectName("teamMembersAction")
    action.triggered.connect(lambda: open_team_dialog(window))
    menu.addAction(action)
    window.users_menu = menu  # type: ignore[attr-defined]


def open_team_dialog(window: QMainWindow) -> None:
    from ui.team.dialog import TeamDialog

    TeamDialog(window.ctx, window).exec()  # type: ignore[attr-defined]
