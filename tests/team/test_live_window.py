"""Two salespeople on one team database: a move in one window shows in the
other within a second, keeping what the other had selected; the server going
away shows a banner that goes when it is back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from funnel.pipeline.moves import move_deal
from funnel.store.db import open_database
from funnel.store.server_address import parse_server_url
from tests.conftest import NOW
from tests.factories import make_deal, stage_id
from ui.context import AppContext

pytestmark = pytest.mark.postgresql


def _window(db, qtbot):
    from ui import i18n
    from ui.main_window import MainWindow

    i18n.install_language("en")
    ctx = AppContext(db, clock=lambda: NOW)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


def _titles(board, stage: str) -> list[str]:
    col = next(c for c in board.columns if c.summary and c.summary.name == stage)
    return [c.title for c in col.model.cards()]


@pytest.fixture
def two_dbs(pg_url):
    first = open_database(parse_server_url(pg_url), now=NOW)
    second = open_database(parse_server_url(pg_url), now=NOW)
    with first.write() as s:
        ids = [
            make_deal(s, NOW, "Clinic CRM", stage="Contact made", client="Clinic"),
            make_deal(s, NOW, "Bakery site", stage="Contact made", client="Bakery"),
        ]
    yield first, second, ids
    for w in (first, second):
        w.close()


def test_a_move_in_one_window_appears_in_the_other_keeping_its_selection(
    two_dbs, qtbot, settings_dir
):
    from ui.team.live import stop_live_refresh

    first, second, (clinic, bakery) = two_dbs
    QSettings().setValue("window/page", "board")
    anna = _window(first, qtbot)
    boris = _window(second, qtbot)
    board = boris.pages["board"]
    assert "Clinic CRM" in _titles(board, "Contact made")
    assert board.select_deal(bakery)

    with first.write() as s:  # Anna moves the clinic on (through the service)
        move_deal(s, clinic, stage_id(s, "Proposal sent"), now=NOW)

    qtbot.waitUntil(lambda: "Clinic CRM" in _titles(board, "Proposal sent"), timeout=2000)
    assert "Clinic CRM" not in _titles(board, "Contact made")
    assert board.selected_deal_id() == bakery  # what Boris had selected stays selected
    assert not boris.server_banner.isVisible()
    anna.close()
    for win in (anna, boris):
        stop_live_refresh(win.ctx, wait=5)


def test_a_file_has_no_live_refresh(db_path, qtbot, settings_dir):
    from ui.team.live import LiveRefresh

    db = open_database(db_path, now=NOW)
    try:
        win = _window(db, qtbot)
        assert win.ctx.findChild(LiveRefresh) is None
        assert getattr(win, "server_banner", None) is None
    finally:
        db.close()


def test_the_banner_shows_while_the_server_is_down_and_goes_when_it_is_back(
    pg_url, pg_cluster, qtbot, settings_dir
):
    from ui.context import Changes
    from ui.team.live import LiveRefresh, stop_live_refresh

    db = open_database(parse_server_url(pg_url), now=NOW)
    win = _window(db, qtbot)
    live = win.ctx.findChild(LiveRefresh)
    banner = win.server_banner
    assert not banner.isVisible()
    reloads: list[Changes] = []
    win.ctx.changed.connect(reloads.append)
    try:
        pg_cluster.stop()
        qtbot.waitUntil(banner.isVisible, timeout=3000)
        assert "cannot be reached" in banner.label.text()
        assert "retrying in" in banner.label.text()
    finally:
        pg_cluster.start()
    qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=6000)
    assert not live.down
    assert any(c.everything for c in reloads)  # what was missed is read again
    stop_live_refresh(win.ctx, wait=5)  # its thread ends before the database goes
    db.close()
