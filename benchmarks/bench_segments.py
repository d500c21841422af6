"""Repeat sales at scale (issue 12): 100,000 clients with 1,000,000 purchases.

    .venv/bin/python benchmarks/bench_segments.py [--clients 100000] [--purchases 1000000]
                                                  [--runs 5] [--out DIR]

The data is fake but plausible, written straight into a fresh file opened with
`funnel.store.db.open_database` (the real schema and indexes) with Core
`insert()` executemany in chunks: every client bought at least once; how
often follows a long-tailed draw (most once or twice, a few dozens of times),
their purchases spread over three years with the recent ones a little more
frequent, amounts long-tailed too; 1 % in EUR (left out of USD revenue); 2 %
of clients archived. The home currency is set to USD.

Measured as of Monday 23 November 2026, median of `--runs` runs, Funnel and
plain `sqlite3` taking turns on the same file:

1. the lifecycle matrix (`lifecycle_matrix`, without and with its 12-month
   active-share history) next to the same GROUP BY written by hand, over the
   purchases and over the stored per-client summary Funnel reads (aim < 1 s,
   within 1.5x);
2. Pareto over the last 12 months (`pareto`: ranks, ABC, the top 20 %, the
   curve) next to the window-function SELECT of the ranks alone (aim < 1 s);
3. a cell's client list, first screen: the ordered ids (`set_client_ids`, by
   revenue) and the first 100 rows (`buyer_rows`) (aim < 200 ms);
4. a 10,000-client call campaign created: members chosen, calls spread over
   owners and days, every activity and member row written (`create_campaign`,
   rolled back after each run) (aim < 3 s).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlalchemy  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from funnel.customers.campaigns import CampaignSpec, create_campaign  # noqa: E402
from funnel.customers.client_sets import buyer_rows, set_client_ids  # noqa: E402
from funnel.customers.pareto import default_period, pareto  # noqa: E402
from funnel.customers.segments import lifecycle_matrix  # noqa: E402
from funnel.store.client_summary import rebuild_summary  # noqa: E402
from funnel.store.db import Database, open_database  # noqa: E402
from funnel.store.models import Client, ClientContact, Owner, Purchase, fold  # noqa: E402
from funnel.store.settings import set_setting  # noqa: E402

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
CHUNK = 50_000
DAYS = 3 * 365


def generate(path: Path, clients: int, purchases: int, seed: int = 12) -> dict[str, int]:
    rng = random.Random(seed)
    db = open_database(path, now=NOW)
    try:
        with db.begin() as session:
            conn = session.connection()
            conn.exec_driver_sql("PRAGMA cache_size=-262144")
            set_setting(session, "profile.home_currency", "USD")
            conn.execute(insert(Owner), [dict(name=f"Seller {i}", is_default=False, active=True)
                                         for i in range(2, 6)])  # fmt: skip
            rows, contacts = [], []
            for i in range(1, clients + 1):
                name = f"Client {i}"
                rows.append(dict(
                    id=i, name=name, tags="", notes="", custom_fields={},
                    archived=rng.random() < 0.02,
                    created_at=datetime(2023, 1, 1), search_text=fold(name),
                    source=rng.choice(["site", "instagram", "referral", "vk", None]),
                    owner_id=rng.randint(1, 5),
                ))  # fmt: skip
                phone = f"7912{i:07d}"
                contacts.append(dict(client_id=i, kind="phone", value=f"+{phone}", search=phone))
                if len(rows) >= CHUNK:
                    conn.execute(insert(Client), rows)
                    conn.execute(insert(ClientContact), contacts)
                    rows, contacts = [], []
            if rows:
                conn.execute(insert(Client), rows)
                conn.execute(insert(ClientContact), contacts)
            # Purchases per client: one each, the rest long-tailed (Pareto weights).
            weights = [rng.paretovariate(1.2) for _ in range(clients)]
            extra = rng.choices(range(1, clients + 1), weights=weights, k=purchases - clients)
            owners = list(range(1, clients + 1)) + extra
            rows = []
            for n, client_id in enumerate(owners, 1):
                ago = int(DAYS * rng.random() ** 1.3)
                rows.append(dict(
                    client_id=client_id, deal_id=None, purchased_on=TODAY - timedelta(days=ago),
                    amount_cents=int(rng.lognormvariate(9, 1.1)) * 100,
                    currency="EUR" if rng.random() < 0.01 else "USD",
                    order_ref=f"O{n}", source="import",
                ))  # fmt: skip
                if len(rows) >= CHUNK:
                    conn.execute(insert(Purchase), rows)
                    rows = []
            if rows:
                conn.execute(insert(Purchase), rows)
            # Written with Core straight to the table, as an import's last step does.
            rebuild_summary(session)
    finally:
        db.close()
    return {"clients": clients, "purchases": purchases}


def median_ms(runs: int, *fns: Callable[[], object]) -> list[float]:
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(runs):
        for i, fn in enumerate(fns):
            start = time.perf_counter()
            fn()
            times[i].append((time.perf_counter() - start) * 1000)
    return [statistics.median(t) for t in times]


PLAIN_MATRIX = """
SELECT f, r, COUNT(*), SUM(rev), SUM(other) FROM (
  SELECT CASE WHEN n <= 1 THEN 0 WHEN n <= 3 THEN 1 ELSE 2 END AS f,
         CASE WHEN last >= :r1 THEN 0 WHEN last >= :r2 THEN 1 ELSE 2 END AS r, rev, other
  FROM (SELECT client_id, COUNT(*) AS n, MAX(purchased_on) AS last,
               SUM(CASE WHEN currency = 'USD' THEN amount_cents ELSE 0 END) AS rev,
               SUM(CASE WHEN currency <> 'USD' THEN 1 ELSE 0 END) AS other
        FROM purchase WHERE purchased_on <= :d AND amount_cents >= 0
        GROUP BY client_id) AS s
  JOIN client c ON c.id = s.client_id WHERE c.archived = 0 AND c.merged_into_id IS NULL)
GROUP BY f, r
"""

# The same two questions over the stored per-client summary (client_summary),
# which is what Funnel reads when no purchase is dated after the day asked.
SUMMED = """
  FROM (SELECT client_id, SUM(purchases) AS n, MAX(last_purchase) AS last,
               SUM(CASE WHEN currency = 'USD' THEN revenue_cents ELSE 0 END) AS rev,
               SUM(CASE WHEN currency <> 'USD' THEN purchases ELSE 0 END) AS other
        FROM client_summary GROUP BY client_id) AS s
  JOIN client c ON c.id = s.client_id WHERE c.archived = 0 AND c.merged_into_id IS NULL"""

PLAIN_MATRIX_SUMMARY = (
    """
SELECT f, r, COUNT(*), SUM(rev), SUM(other) FROM (
  SELECT CASE WHEN n <= 1 THEN 0 WHEN n <= 3 THEN 1 ELSE 2 END AS f,
         CASE WHEN last >= :r1 THEN 0 WHEN last >= :r2 THEN 1 ELSE 2 END AS r, rev, other
"""
    + SUMMED
    + """)
GROUP BY f, r
"""
)

PLAIN_CELL_SUMMARY = (
    "SELECT s.client_id"
    + SUMMED
    + """
  AND s.n >= 4 AND s.last < :r1 AND s.last >= :r2 ORDER BY s.rev DESC, s.client_id DESC
"""
)

PLAIN_PARETO = """
SELECT client_id, rev, ROW_NUMBER() OVER (ORDER BY rev DESC, client_id),
       SUM(rev) OVER (ORDER BY rev DESC), SUM(rev) OVER ()
FROM (SELECT s.client_id, s.rev FROM (
        SELECT client_id, SUM(amount_cents) AS rev FROM purchase
        WHERE purchased_on BETWEEN :a AND :d AND currency = 'USD' AND amount_cents >= 0
        GROUP BY client_id) AS s
      JOIN client c ON c.id = s.client_id WHERE c.archived = 0 AND c.merged_into_id IS NULL)
"""

PLAIN_CELL = """
SELECT s.client_id FROM (
  SELECT client_id, COUNT(*) AS n, MAX(purchased_on) AS last,
         SUM(CASE WHEN currency = 'USD' THEN amount_cents ELSE 0 END) AS rev
  FROM purchase WHERE purchased_on <= :d AND amount_cents >= 0
  GROUP BY client_id) AS s
JOIN client c ON c.id = s.client_id
WHERE c.archived = 0 AND c.merged_into_id IS NULL
  AND s.n >= 4 AND s.last < :r1 AND s.last >= :r2 ORDER BY s.rev DESC, s.client_id DESC
"""


def measure(db: Database, path: Path, runs: int) -> list[dict]:
    con = sqlite3.connect(path)
    params = {"d": TODAY.isoformat(), "r1": (TODAY - timedelta(days=30)).isoformat(),
              "r2": (TODAY - timedelta(days=90)).isoformat()}  # fmt: skip
    start, end = default_period(TODAY)
    results: list[dict] = []

    def add(step: str, funnel_ms: float, plain_ms: float | None, aim: str) -> None:
        ratio = funnel_ms / plain_ms if plain_ms else None
        results.append(dict(step=step, funnel_ms=round(funnel_ms, 1),
                            plain_ms=round(plain_ms, 1) if plain_ms else None,
                            ratio=round(ratio, 2) if ratio else None, aim=aim))  # fmt: skip
        shown = f"{plain_ms:8.1f} ms {ratio:5.2f}x" if plain_ms else " " * 18
        print(f"  {step:46s} {funnel_ms:8.1f} ms {shown}  {aim}", flush=True)

    def read(fn, *args, **kwargs):
        return lambda: db_read(db, fn, *args, **kwargs)

    f, p = median_ms(
        runs, read(lifecycle_matrix, as_of=TODAY, history=False),
        lambda: con.execute(PLAIN_MATRIX, params).fetchall(),
    )  # fmt: skip
    add("matrix (nine cells) vs plain SQL on purchases", f, p, "< 1 s")
    (p,) = median_ms(runs, lambda: con.execute(PLAIN_MATRIX_SUMMARY, params).fetchall())
    add("matrix (nine cells) vs plain SQL on the summary", f, p, "≤ 1.5x")
    (f,) = median_ms(runs, read(lifecycle_matrix, as_of=TODAY))
    add("matrix + 12-month active share (the page)", f, None, "")
    f, p = median_ms(
        runs, read(pareto, date_from=start, date_to=end),
        lambda: con.execute(PLAIN_PARETO, {"a": start.isoformat(), "d": end.isoformat()})
        .fetchall(),
    )  # fmt: skip
    add("Pareto, last 12 months (ranks, ABC, curve)", f, p, "< 1 s")
    cell = {"kind": "cell", "cell": "f2r1"}

    def first_screen() -> None:
        with db.begin() as s:
            ids = set_client_ids(s, cell, today=TODAY, sort_key="revenue")
            buyer_rows(s, ids[:100], today=TODAY)

    f, p = median_ms(runs, first_screen, lambda: con.execute(PLAIN_CELL, params).fetchall())
    with db.begin() as s:
        size = len(set_client_ids(s, cell, today=TODAY))
    add(f"cell list first screen ({size:,} clients)", f, p, "< 200 ms")
    (p,) = median_ms(runs, lambda: con.execute(PLAIN_CELL_SUMMARY, params).fetchall())
    add("  the same vs plain SQL on the summary", f, p, "")

    with db.begin() as s:
        ids = set_client_ids(s, {"kind": "buyers"}, today=TODAY)[:10_000]
    spec = CampaignSpec("Bench", "calls", {"kind": "clients", "ids": ids}, daily_cap=50, days=10,
                        control_percent=0,
                        templates={"en": "Hello {first_name}, last {last_purchase}"})  # fmt: skip

    def campaign() -> None:
        session = db.session()
        try:
            built = create_campaign(session, spec, today=TODAY, now=NOW)
            assert built.activities == len(ids), built
        finally:
            session.rollback()
            session.close()

    (f,) = median_ms(runs, campaign)
    add("10,000-client call campaign created", f, None, "< 3 s")
    con.close()
    return results


def db_read(db: Database, fn, *args, **kwargs):
    with db.begin() as s:
        return fn(s, *args, **kwargs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--purchases", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, help="keep the file and write results.json here")
    args = parser.parse_args()
    folder = args.out or Path(tempfile.mkdtemp(prefix="funnel-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "segments.sqlite3"
    if path.exists():
        path.unlink()
    print(f"Writing {args.clients:,} clients and {args.purchases:,} purchases to {path} …")
    t = time.perf_counter()
    counts = generate(path, args.clients, args.purchases)
    print(f"  written in {time.perf_counter() - t:.1f} s, {path.stat().st_size / 2**20:.0f} MB")
    db = open_database(path, now=NOW)
    try:
        results = measure(db, path, args.runs)
    finally:
        db.close()
    info = dict(counts=counts, python=platform.python_version(), sqlite=sqlite3.sqlite_version,
                sqlalchemy=sqlalchemy.__version__, cpus=os.cpu_count(),
                load=os.getloadavg()[0], results=results)  # fmt: skip
    if args.out:
        (folder / "results.json").write_text(json.dumps(info, indent=2))
    else:
        path.unlink()
    print(json.dumps({k: v for k, v in info.items() if k != "results"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
