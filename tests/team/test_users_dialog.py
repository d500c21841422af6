"""Users ▸ Team members… on a team server: a manager lists, adds and disables
people; the menu is not there on a file."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from funnel.store.db import open_database
from funnel.store.server_address import parse_server_url
from tests.conftest import NOW
from tests.pg_cluster import fresh_name
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.team.dialog import AddMemberDialog, TeamDialog

pytestmark = pytest.mark.postgresql


@pytest.fixture
def server_ctx(pg_url, settings_dir):
    db = open_database(parse_server_url(pg_url), now=NOW)
    yield AppContext(db, clock=lambda: NOW)
    db.close()


def _window(ctx, qtbot) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_users_menu_is_for_a_team_servers_manager_only(server_ctx, tmp_path, qtbot):
    on_server = _window(server_ctx, qtbot)
    titles = [a.text() for a in on_server.menuBar().actions()]
    assert "&Users" in titles and titles.index("&Users") == titles.index("&Help") - 1
    on_server.grab().save("/tmp/teamsec-window.png")
    file_db = open_database(tmp_path / "f.funnel", now=NOW)
    try:
        on_file = _window(AppContext(file_db, clock=lambda: NOW), qtbot)
        assert "&Users" not in [a.text() for a in on_file.menuBar().actions()]
    finally:
        file_db.close()


def test_a_manager_adds_then_disables_a_salesperson(pg_cluster, pg_url, server_ctx, qtbot):
    dialog = TeamDialog(server_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    before = dialog.model.rowCount()
    login = fresh_name("boris")

    def fill_and_add() -> None:
        add = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AddMemberDialog)
                   and w.isVisible())  # fmt: skip
        qtbot.keyClicks(add.name_edit, "Boris Sales")
        qtbot.keyClicks(add.login_edit, login)
        qtbot.keyClicks(add.password_edit, "a-good-password")
        qtbot.keyClicks(add.again_edit, "a-different-one")
        qtbot.mouseClick(add.ok_button, Qt.MouseButton.LeftButton)
        assert "differ" in add.problem.text()  # nothing sent, the form kept
        add.again_edit.clear()
        qtbot.keyClicks(add.again_edit, "a-good-password")
        qtbot.mouseClick(add.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_and_add)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == before + 1
    row = next(i for i, m in enumerate(dialog.model.members) if m.login == login)
    assert dialog.model.index(row, 2).data() == "Salesperson"
    own_url = pg_cluster.url(pg_url.rsplit("/", 1)[1], user=login, password="a-good-password")
    psycopg.connect(own_url).close()  # the login works

    dialog.view.selectRow(row)
    assert dialog.disable_button.isEnabled()

    seen: list[str] = []

    def confirm() -> None:
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()), None)  # fmt: skip
        if box is None:
            QTimer.singleShot(20, confirm)
            return
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, confirm)
    qtbot.mouseClick(dialog.disable_button, Qt.MouseButton.LeftButton)
    assert "0 open deal" in seen[0] and "Boris Sales" in seen[0]
    row = next(i for i, m in enumerate(dialog.model.members) if m.login == login)
    assert dialog.model.index(row, 3).data() == "No"
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(own_url).close()
    dialog.grab().save("/tmp/teamsec-dialog.png")
