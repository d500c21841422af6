"""How much row-level security costs the board on a team server: the board of
10,000 open deals loaded by the database's owner (policies bypassed), by a
manager login and by a salesperson login (policies applied), on a throwaway
PostgreSQL cluster, beside the same board on the SQLite file the data came
from. Prints the median of several loads and EXPLAIN ANALYZE's execution time
of the cards query (`-v`: the whole plan, with buffers).

    PYTHONPATH=. .venv/bin/python benchmarks/bench_team_rls.py [DEALS]
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import UTC, datetime

from sqlalchemy import select, text, update

from funnel.commands.cli import main as cli
from funnel.demo import generate_demo
from funnel.pipeline.board import _cards_query, load_board
from funnel.pipeline.pipelines import first_pipeline
from funnel.store.db import open_database
from funnel.store.models import Deal, Owner
from funnel.store.server_address import parse_server_url
from funnel.team.users import add_user
from tests.pg_cluster import remove_cluster, start_cluster

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _sqlite_board(path, rounds: int = 7) -> tuple[float, int]:
    db = open_database(path, now=NOW)
    try:
        with db.read() as s:
            pid = first_pipeline(s).id
        times = []
        for _ in range(rounds):
            started = time.perf_counter()
            with db.read() as s:
                board = load_board(s, pid, today=NOW.date())
            times.append(time.perf_counter() - started)
        return statistics.median(times) * 1000, len(board.cards)
    finally:
        db.close()


def _timed(url: str, rounds: int = 7) -> tuple[float, float, int]:
    db = open_database(parse_server_url(url), now=NOW)
    try:
        with db.read() as s:
            pid = first_pipeline(s).id
        times = []
        for _ in range(rounds):
            started = time.perf_counter()
            with db.read() as s:
                board = load_board(s, pid, today=NOW.date())
            times.append(time.perf_counter() - started)
        with db.read() as s:
            query, _ = _cards_query(pid, lateral=True)
            compiled = query.compile(s.get_bind(), compile_kwargs={"literal_binds": True})
            plan = s.execute(text(f"EXPLAIN (ANALYZE, BUFFERS) {compiled}")).scalars().all()
        if "-v" in sys.argv:
            print("\n".join(plan))
        execution = float(next(p for p in plan if p.startswith("Execution Time")).split()[2])
        return statistics.median(times) * 1000, execution, len(board.cards)
    finally:
        db.close()


def main(deals: int) -> None:
    cluster = start_cluster()
    try:
        cluster.admin_execute("CREATE DATABASE bench")
        url = cluster.url("bench")
        local = open_database(cluster.folder / "bench.funnel", now=NOW)
        generate_demo(local, deals=deals, seed=3, now=NOW)
        local.close()
        lite_ms, lite_cards = _sqlite_board(cluster.folder / "bench.funnel")
        assert cli(["--db", str(cluster.folder / "bench.funnel"), "copy-to", url]) == 0
        db = open_database(parse_server_url(url), now=NOW)
        with db.write() as s:
            add_user(s, "bench_boss", name="Boss", password="bench-pass", role="manager")
            seller = add_user(s, "bench_seller", name="Seller", password="bench-pass")
            ids = s.scalars(select(Deal.id).order_by(Deal.id)).all()
            # a salesperson owning a tenth of the deals, another tenth shared
            s.execute(update(Deal).where(Deal.id.in_(ids[::10])).values(owner_id=seller.owner_id))
            s.execute(update(Deal).where(Deal.id.in_(ids[1::10])).values(shared=True))
            assert s.scalar(select(Owner.id).where(Owner.login == "bench_seller"))
        db.close()
        cluster.admin_execute("VACUUM ANALYZE", database="bench")
        print(f"{deals:,} deals; board load (median ms) / cards query execution (ms) / cards")
        print(f"  {'SQLite file':20} {lite_ms:8.1f} {'':>8} {lite_cards:7,}")
        for who, user, pw in (
            ("owner (no RLS)", None, None),
            ("manager (RLS)", "bench_boss", "bench-pass"),
            ("salesperson (RLS)", "bench_seller", "bench-pass"),
        ):
            target = url if user is None else cluster.url("bench", user=user, password=pw)
            load_ms, exec_ms, cards = _timed(target)
            print(f"  {who:20} {load_ms:8.1f} {exec_ms:8.1f} {cards:7,}")
    finally:
        remove_cluster(cluster)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 10_000)
