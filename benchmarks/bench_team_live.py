"""Another user's move visible on a board within 1 s (issue 14).

    .venv/bin/python benchmarks/bench_team_live.py [--moves 200] [--deals 1000]
                                                   [--url postgresql://…] [--poll-ms 300]

Two `Database`s on one team database stand for two salespeople's windows.
A moves deals across the stages of "Current sales" with the real service
(`move_deal`, one transaction each); B holds a `funnel.store.watch.Watcher`
and polls it as the window's live refresh does (`ui.team.live`, every
`--poll-ms`). For each move, the time from A's commit returning to B's poll
that first sees the deal's change is measured, as p50 / p95 / max over
`--moves` moves. With `--poll-ms 0` B polls as fast as it can: the
notification's own latency, without the timer's wait. The moves are spread
at random within the poll interval, as a person's would be.

Without `--url`, a throwaway PostgreSQL cluster is started (tests/pg_cluster.py,
needs the Debian `postgresql` package) and removed afterwards.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from funnel.deals.service import create_deal
from funnel.pipeline.moves import move_deal
from funnel.pipeline.pipelines import first_pipeline
from funnel.store.db import open_database
from funnel.store.server_address import parse_server_url
from funnel.store.watch import Watcher

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run(url: str, moves: int, deals: int, poll_ms: int) -> dict[str, float]:
    address = parse_server_url(url)
    a = open_database(address, now=NOW)
    b = open_database(address, now=NOW)
    try:
        with a.write() as s:
            pipeline = first_pipeline(s)
            stages = [stage.id for stage in pipeline.stages]
            ids = [
                create_deal(s, title=f"Deal {n}", now=NOW, stage_id=stages[n % len(stages)])
                for n in range(deals)
            ]
        watcher = Watcher(b)
        time.sleep(0.2)
        watcher.poll()  # the set-up's own notifications
        rng = random.Random(14)
        where = {deal_id: stages[n % len(stages)] for n, deal_id in enumerate(ids)}
        latencies: list[float] = []
        interval = poll_ms / 1000
        next_poll = time.perf_counter()
        for _ in range(moves):
            deal_id = rng.choice(ids)
            target = rng.choice([stage for stage in stages if stage != where[deal_id]])
            where[deal_id] = target
            time.sleep(rng.uniform(0, interval) if interval else 0.001)
            with a.write() as s:
                move_deal(s, deal_id, target, now=NOW)
            committed = time.perf_counter()
            seen = False
            deadline = committed + 5
            while not seen and time.perf_counter() < deadline:
                if interval:
                    # B's timer: polls on its own rhythm, not when A commits.
                    wait = next_poll - time.perf_counter()
                    if wait > 0:
                        time.sleep(wait)
                    next_poll = max(next_poll + interval, time.perf_counter())
                seen = any(c.deal_id == deal_id for c in watcher.poll())
            if seen:
                latencies.append((time.perf_counter() - committed) * 1000)
        watcher.close()
    finally:
        a.close()
        b.close()
    return {
        "moves": moves,
        "seen": len(latencies),
        "p50_ms": statistics.median(latencies),
        "p95_ms": _percentile(latencies, 0.95),
        "max_ms": max(latencies),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--moves", type=int, default=200)
    parser.add_argument("--deals", type=int, default=1000)
    parser.add_argument("--url", help="a team database set up by Funnel (default: a throwaway)")
    parser.add_argument("--poll-ms", type=int, default=300)
    args = parser.parse_args()
    cluster = None
    url = args.url
    if url is None:
        from tests.pg_cluster import fresh_name, remove_cluster, start_cluster

        cluster = start_cluster()
        name = fresh_name("bench")
        cluster.admin_execute(f"CREATE DATABASE {name}")
        url = cluster.url(name)
    try:
        for poll_ms in sorted({args.poll_ms, 0}, reverse=True):
            figures = run(url, args.moves, args.deals, poll_ms)
            what = f"polled every {poll_ms} ms" if poll_ms else "polled continuously"
            print(
                f"another user's move seen by the board's watcher ({what}): "
                f"{figures['seen']}/{figures['moves']} moves, p50 {figures['p50_ms']:.1f} ms, "
                f"p95 {figures['p95_ms']:.1f} ms, max {figures['max_ms']:.1f} ms "
                f"(aim: under 1000 ms)"
            )
    finally:
        if cluster is not None:
            remove_cluster(cluster)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
