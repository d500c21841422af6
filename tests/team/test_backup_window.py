"""File › Back up database… on a team server: a new local Funnel file with
what the signed-in login can see, progress shown, and a result that says so."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import func, select

from funnel.store.db import open_database
from funnel.store.models import Deal
from funnel.store.server_address import parse_server_url
from tests.conftest import NOW
from tests.factories import make_deal
from tests.team.test_backup_server import _give_boris_deal_client_to_vera
from tests.team.test_security import team  # noqa: F401  (the fixture)
from ui.context import AppContext

pytestmark = pytest.mark.postgresql


def test_backing_up_a_team_server_writes_a_file_that_opens_with_the_same_deals(
    pg_url, tmp_path, qtbot, settings_dir, monkeypatch
):
    from ui.main_window import MainWindow
    from ui.team.live import stop_live_refresh

    db = open_database(parse_server_url(pg_url), now=NOW)
    with db.write() as s:
        for n in range(3):
            make_deal(s, NOW, f"Deal {n}", value=1000 + n)
    with db.read() as s:
        deals = s.scalar(select(func.count(Deal.id)))
        value = s.scalar(select(func.sum(Deal.value_cents)))
    ctx = AppContext(db, clock=lambda: NOW)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    target = tmp_path / "team-backup.funnel"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    try:
        win.backup_action.trigger()
        box = win.findChild(QMessageBox, "backupDone")
        assert box is not None
        assert f"Backed up {deals} deal" in box.text()
        assert f"you can see to {target}" in box.text()  # row-level security: said
        assert str(target) in win.statusBar().currentMessage()
    finally:
        stop_live_refresh(ctx, wait=5)
        db.close()
    backup = open_database(target, now=NOW, create=False)
    try:
        with backup.read() as s:
            assert s.scalar(select(func.count(Deal.id))) == deals
            assert s.scalar(select(func.sum(Deal.value_cents))) == value
    finally:
        backup.close()


def test_the_backup_result_says_which_records_refer_to_records_the_login_cannot_see(
    team,  # noqa: F811
    tmp_path,
    qtbot,
    settings_dir,
    monkeypatch,
):
    from ui.main_window import MainWindow
    from ui.team.live import stop_live_refresh

    _give_boris_deal_client_to_vera(team)
    db = open_database(parse_server_url(team["boris_url"]), now=NOW)
    ctx = AppContext(db, clock=lambda: NOW)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    target = tmp_path / "boris.funnel"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    try:
        win.backup_action.trigger()
        box = win.findChild(QMessageBox, "backupDone")
        assert box is not None
        assert "Backed up 2 deal" in box.text()
        said = box.informativeText()  # (English plural forms arrive with the .qm)
        assert said.startswith("1 other record") and "cannot see" in said
        assert "kept without those details" in said
    finally:
        stop_live_refresh(ctx, wait=5)
        db.close()
