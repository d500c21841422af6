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
