"""Team-mode benchmark: the same data on the local SQLite file and on a real
PostgreSQL server, and ten salespeople working on the server at once.

    .venv/bin/python benchmarks/bench_team.py [--deals 100000] [--seconds 60] [--people 10]

Steps: (a) a demo file of DEALS deals is generated and copied to a throwaway
PostgreSQL cluster with `copy_database` (the work of `funnel copy-to`), timed;
(b) the board of the first sales pipeline (every open deal, headers and cards
in one read) is loaded on both, median of 7; (c) PEOPLE threads, one per
salesperson, each do a move, an activity and a note per second for SECONDS on
a shared set of 300 deals (so they do collide), every action in its own
transaction; p50/p95/max per action, how many were refused as "changed by
someone else a moment ago", other errors; then the books are checked: every
successful move left exactly one history row and each deal stands where its
last history row says, every successful activity and note exists — nothing
lost, nothing half-written.

The cluster runs with PostgreSQL's default durability (fsync on), unlike the
test cluster. Needs root (the server runs as `postgres`) and the Debian
`postgresql` package.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from funnel.deals.notes import add_note
from funnel.demo import generate_demo
from funnel.errors import ChangedByOtherError
from funnel.followups.activities import add_activity
from funnel.pipeline.board import load_board
from funnel.pipeline.moves import move_deal
from funnel.pipeline.pipelines import first_pipeline
from funnel.store.copy_to import copy_database
from funnel.store.db import open_database
from funnel.store.models import Activity, Deal, DealStatus, Note, StageChange
from funnel.store.server_address import parse_server_url
from tests.pg_cluster import remove_cluster, start_cluster

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
BOARD_RUNS = 7
HOT_DEALS = 300


def board_ms(db, pipeline_id: int) -> tuple[float, int]:
    times, cards = [], 0
    for _ in range(BOARD_RUNS):
        start = time.perf_counter()
        with db.read() as s:
            board = load_board(s, pipeline_id, today=TODAY)
        times.append((time.perf_counter() - start) * 1000)
        cards = len(board.cards)
    return statistics.median(times), cards


class Worker(threading.Thread):
    def __init__(self, db, number: int, deals: list[int], stages: list[int], until: float):
        super().__init__(name=f"salesperson-{number}")
        self.db, self.rng, self.deals, self.stages, self.until = (
            db,
            random.Random(number),
            deals,
            stages,
            until,
        )
        self.times: dict[str, list[float]] = {"move": [], "activity": [], "note": []}
        self.refused = 0
        self.errors: list[str] = []
        self.moves = 0
        self.activities = 0
        self.notes = 0

    def _act(self, kind: str, fn) -> bool:
        start = time.perf_counter()
        done = None
        try:
            with self.db.write() as s:
                done = fn(s)
        except ChangedByOtherError:
            self.refused += 1
            return False
        except Exception as exc:  # counted and shown: a benchmark must not hide them
            self.errors.append(f"{kind}: {type(exc).__name__}: {exc}"[:200])
            return False
        finally:
            self.times[kind].append((time.perf_counter() - start) * 1000)
        return bool(done)

    def run(self) -> None:
        tick = time.monotonic()
        while tick < self.until:
            deal_id = self.rng.choice(self.deals)
            stage = self.rng.choice(self.stages)
            now = datetime.now(UTC)

            def move(s, deal_id=deal_id, stage=stage, now=now):
                if s.get(Deal, deal_id).stage_id != stage:
                    move_deal(s, deal_id, stage, now=now)
                    return True
                return False

            if self._act("move", move):
                self.moves += 1
            if self._act(
                "activity",
                lambda s, d=deal_id, now=now: add_activity(
                    s, kind="call", subject="Follow up", due_date=TODAY, now=now, deal_id=d
                ),
            ):
                self.activities += 1
            if self._act(
                "note",
                lambda s, d=deal_id, now=now: add_note(s, body="Spoke to them", now=now, deal_id=d),
            ):
                self.notes += 1
            tick += 1.0
            time.sleep(max(0.0, tick - time.monotonic()))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--deals", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--people", type=int, default=10)
    args = parser.parse_args()
    machine = platform.processor() or platform.machine()
    print(f"machine: {machine}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}")  # fmt: skip

    folder = Path(tempfile.mkdtemp(prefix="funnel-bench-team-"))
    cluster = start_cluster(durable=True)
    try:
        path = folder / "demo.funnel"
        local = open_database(path, now=NOW)
        start = time.perf_counter()
        generate_demo(local, deals=args.deals, seed=1, now=NOW)
        print(f"demo file, {args.deals:,} deals: {time.perf_counter() - start:.1f} s")

        cluster.admin_execute("CREATE DATABASE bench")
        server = open_database(parse_server_url(cluster.url("bench")), now=NOW, seed=False)
        start = time.perf_counter()
        report = copy_database(local, server)
        print(f"copy-to: {report.total:,} rows in {time.perf_counter() - start:.1f} s")

        with local.read() as s:
            pipeline_id = first_pipeline(s).id
        cluster.admin_execute("VACUUM ANALYZE", database="bench")
        lite_ms, cards = board_ms(local, pipeline_id)
        pg_ms, pg_cards = board_ms(server, pipeline_id)
        assert cards == pg_cards, (cards, pg_cards)
        print(f"board of {cards:,} open deals: SQLite {lite_ms:.0f} ms, "
              f"PostgreSQL {pg_ms:.0f} ms ({pg_ms / lite_ms:.2f}×)")  # fmt: skip
        local.close()

        with server.read() as s:
            pipeline = first_pipeline(s)
            stages = [st.id for st in pipeline.stages]
            hot = s.scalars(
                select(Deal.id)
                .where(Deal.pipeline_id == pipeline.id, Deal.status == DealStatus.OPEN)
                .order_by(Deal.id)
                .limit(HOT_DEALS)
            ).all()
            before = {
                "history": s.scalar(select(func.count(StageChange.id))),
                "activities": s.scalar(select(func.count(Activity.id))),
                "notes": s.scalar(select(func.count(Note.id))),
            }
        until = time.monotonic() + args.seconds
        workers = [Worker(server, i, list(hot), stages, until) for i in range(args.people)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()

        print(f"{args.people} salespeople × {args.seconds} s on {len(hot)} shared deals:")
        for kind in ("move", "activity", "note"):
            times = [t for w in workers for t in w.times[kind]]
            print(f"  {kind:8} {len(times):5} actions  p50 {statistics.median(times):6.1f} ms  "
                  f"p95 {percentile(times, 0.95):6.1f} ms  max {max(times):6.1f} ms")  # fmt: skip
        refused = sum(w.refused for w in workers)
        errors = [e for w in workers for e in w.errors]
        print(f"  refused as changed by someone else: {refused}; other errors: {len(errors)}")
        for e in errors[:5]:
            print(f"    {e}")

        moves = sum(w.moves for w in workers)
        with server.read() as s:
            after = {
                "history": s.scalar(select(func.count(StageChange.id))),
                "activities": s.scalar(select(func.count(Activity.id))),
                "notes": s.scalar(select(func.count(Note.id))),
            }
            misplaced = 0
            for deal_id in hot:
                last = s.scalar(
                    select(StageChange.to_stage_id)
                    .where(StageChange.deal_id == deal_id)
                    .order_by(StageChange.id.desc())
                    .limit(1)
                )
                if last is not None and last != s.get(Deal, deal_id).stage_id:
                    misplaced += 1
        ok = (
            after["history"] - before["history"] == moves
            and after["activities"] - before["activities"] == sum(w.activities for w in workers)
            and after["notes"] - before["notes"] == sum(w.notes for w in workers)
            and misplaced == 0
        )
        print(f"  books: {moves} moves → {after['history'] - before['history']} history rows, "
              f"{misplaced} deals off their last move; "
              f"{'nothing lost' if ok else 'MISMATCH'}")  # fmt: skip
        server.close()
        return 0 if ok and not errors else 1
    finally:
        remove_cluster(cluster)
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
