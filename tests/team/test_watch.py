"""Hearing what other people change on the team server (funnel.store.watch)."""

from __future__ import annotations

import time

import pytest

from funnel.errors import ServerUnavailableError
from funnel.pipeline.moves import move_deal
from funnel.store.db import open_database
from funnel.store.models import Deal
from funnel.store.server_address import parse_server_url
from funnel.store.watch import Watcher, parse_payload
from tests.conftest import NOW
from tests.factories import make_deal, stage_id

pytestmark = pytest.mark.postgresql


def _open(url: str):
    return open_database(parse_server_url(url), now=NOW)


def _poll_until(watcher: Watcher, predicate, seconds: float = 2.0):
    seen = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        seen.extend(watcher.poll())
        if predicate(seen):
            return seen
        time.sleep(0.02)
    return seen


def test_a_move_by_another_user_is_heard_and_ones_own_is_not(pg_url):
    mine, theirs = _open(pg_url), _open(pg_url)
    watcher = Watcher(mine)
    try:
        with theirs.write() as s:
            deal_id = make_deal(s, NOW, "Clinic CRM", stage="Contact made")
            pipeline = s.get(Deal, deal_id).pipeline_id
            target = stage_id(s, "Proposal sent")
        with theirs.write() as s:
            move_deal(s, deal_id, target, now=NOW)
        seen = _poll_until(watcher, lambda got: any(c.table == "stage_change" for c in got))
        deal_changes = [c for c in seen if c.deal_id == deal_id]
        assert any(c.table == "deal" for c in deal_changes)
        assert any(pipeline in c.pipeline_ids for c in deal_changes)

        with mine.write() as s:
            move_deal(s, deal_id, stage_id(s, "Contact made"), now=NOW)
        time.sleep(0.3)
        assert watcher.poll() == []  # this window's own move: it knows already
    finally:
        watcher.close()
        mine.close()
        theirs.close()


def test_a_dropped_connection_is_opened_again_and_everything_reloaded(pg_url, pg_cluster):
    db = _open(pg_url)
    watcher = Watcher(db)
    try:
        pid = watcher._conn.info.backend_pid
        pg_cluster.admin_execute(f"SELECT pg_terminate_backend({pid})", database="postgres")
        time.sleep(0.1)
        assert [c.everything for c in watcher.poll()] == [True]  # what was missed: all
        assert watcher.connected and watcher.poll() == []
    finally:
        watcher.close()
        db.close()


def test_a_server_out_of_reach_is_reported_until_it_answers(pg_url):
    import psycopg

    db = _open(pg_url)
    reachable = {"yes": True}
    probe = Watcher(db)  # its way of connecting, borrowed

    def connect():
        if not reachable["yes"]:
            raise psycopg.OperationalError("connection refused")
        return probe._default_connect()

    watcher = Watcher(db, connect=connect)
    probe.close()
    try:
        watcher._drop()
        reachable["yes"] = False
        with pytest.raises(ServerUnavailableError, match="cannot be reached"):
            watcher.poll()
        reachable["yes"] = True
        assert [c.everything for c in watcher.poll()] == [True]
    finally:
        watcher.close()
        db.close()


def test_a_payload_from_another_version_is_ignored():
    assert parse_payload("not json") is None
    assert parse_payload('{"what": 1}') is None
    change, pid = parse_payload('{"table": "note", "id": 4, "deal_id": 7, "pid": 99}')
    assert (change.deal_id, change.client_id, pid) == (7, None, 99)
