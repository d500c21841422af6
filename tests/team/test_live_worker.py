"""The window never freezes while the team server is slow to answer: the
watcher connects and polls on a worker thread; the UI only takes in results."""

from __future__ import annotations

import itertools
import time

import pytest
from PySide6.QtCore import QTimer

from funnel.store.db import open_database
from funnel.store.server_address import parse_server_url
from funnel.store.watch import Watcher
from tests.conftest import NOW
from ui.context import AppContext, Changes

pytestmark = pytest.mark.postgresql


@pytest.fixture
def ctx(pg_url, qapp):
    db = open_database(parse_server_url(pg_url), now=NOW)
    context = AppContext(db, clock=lambda: NOW)
    yield context
    db.close()


def _ticks_during(qtbot, ms: int) -> list[float]:
    """When a 50 ms QTimer fired during `ms` of event loop."""
    fired: list[float] = []
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: fired.append(time.monotonic()))
    timer.start()
    qtbot.wait(ms)
    timer.stop()
    return fired


def test_a_connect_that_hangs_does_not_freeze_the_window(ctx, qtbot):
    from ui.team.live import LiveRefresh

    probe = Watcher(ctx.db)  # its way of connecting, borrowed
    connecting = {"count": 0}

    def slow_connect():
        connecting["count"] += 1
        time.sleep(3)  # a network dropping packets: the connect timeout runs out
        return probe._default_connect()

    started = time.monotonic()
    live = LiveRefresh(ctx, lambda db: Watcher(db, connect=slow_connect, open_now=False))
    assert time.monotonic() - started < 0.5  # starting does not wait for the network
    try:
        fired = _ticks_during(qtbot, 1500)
        assert connecting["count"] == 1  # the worker is connecting meanwhile
        assert len(fired) >= 10  # the event loop kept turning
        gaps = [b - a for a, b in itertools.pairwise(fired)]
        assert max(gaps) < 1.0  # a connect on the UI thread would stop it for 3 s
        assert not live.down
    finally:
        live.stop(wait=5)
        probe.close()


def test_changes_by_others_still_arrive_through_the_worker(ctx, pg_url, qtbot):
    from tests.factories import make_deal
    from ui.team.live import LiveRefresh

    live = LiveRefresh(ctx)
    heard: list[Changes] = []
    ctx.changed.connect(heard.append)
    other = open_database(parse_server_url(pg_url), now=NOW)
    try:
        qtbot.waitUntil(lambda: live.watcher is not None and live.watcher.connected, timeout=3000)
        with other.write() as s:
            deal_id = make_deal(s, NOW, "Clinic CRM", stage="Contact made")
        qtbot.waitUntil(lambda: any(deal_id in c.deals for c in heard), timeout=3000)
    finally:
        live.stop(wait=5)
        other.close()


def test_a_server_that_stops_answering_is_reported_and_retried(ctx, qtbot):
    from ui.team.live import LiveRefresh

    probe = Watcher(ctx.db)
    reachable = {"yes": False}

    def connect():
        if not reachable["yes"]:
            import psycopg

            raise psycopg.OperationalError("connection refused")
        return probe._default_connect()

    live = LiveRefresh(ctx, lambda db: Watcher(db, connect=connect, open_now=False), backoff=(1,))
    why: list[str] = []
    back: list[bool] = []
    live.unavailable.connect(why.append)
    live.available.connect(lambda: back.append(True))
    try:
        qtbot.waitUntil(lambda: live.down, timeout=3000)
        assert "cannot be reached" in why[0]
        reachable["yes"] = True
        qtbot.waitUntil(lambda: bool(back), timeout=4000)  # the 1 s retry got through
        assert not live.down
    finally:
        live.stop(wait=5)
        probe.close()
