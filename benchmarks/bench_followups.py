"""Stalled leads, Today's agenda and the Future board on 1,000,000 deals (issue 4).

    .venv/bin/python benchmarks/bench_followups.py [--deals 1000000] [--activities 200000]
                                                   [--runs 5] [--out DIR] [--keep]

The data is fake but plausible, written straight into a fresh file opened with
`funnel.store.db.open_database` (so the schema, indexes and seed are the real ones)
with Core `insert()` executemany in chunks — `funnel demo` would take minutes:

- open deals (40 %) over the stages of "Current sales" and of a second sales
  pipeline "Wholesale", their time in stage drawn so that short stays are
  common and long ones rare (about a third of them end up stalled);
- parked deals (5 %) in "Future sales", returning from 8 weeks ago to 6 months
  ahead, with the stage they came from;
- closed deals (won, lost, archived) for the rest;
- activities: 80 % on a deal (mostly open ones), half of them done; the open
  ones overdue, due today or upcoming;
- a client for every four deals with a phone and, for half, an e-mail;
  `search_text` filled as the services fill it. No stage history is written:
  nothing measured here reads it. The file is not ANALYZEd (the app never does).

Measured as of Monday 23 November 2026, median of `--runs` runs, Funnel and
plain `sqlite3` alternating on the same file:

1. the full stalled scan `stalled_deals(limit=None)` next to the same SELECT
   written by hand (aim: within 1.5x); `stalled_deals(limit=200)` (what
   screens read); `stalled_counts` for every stage;
2. `agenda()` (aim: under 100 ms) next to the plain queries of its five
   sections, their counts and the lines' phones and e-mails;
3. `future_board()` next to a plain SELECT of the parked deals with their
   return bucket, and a plain GROUP BY of the buckets alone.
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
from dataclasses import asdict
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlalchemy  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from funnel.followups.agenda import agenda  # noqa: E402
from funnel.pipeline.parked import future_board  # noqa: E402
from funnel.pipeline.stalls import stalled_counts, stalled_deals  # noqa: E402
from funnel.store.db import Database, open_database  # noqa: E402
from funnel.store.models import (  # noqa: E402
    Activity,
    Client,
    ClientContact,
    Deal,
    Pipeline,
    PipelineKind,
    Stage,
    fold,
)

TODAY = date(2026, 11, 23)
NOW = datetime.combine(TODAY, clock_time(9, 0), UTC)
BASE = datetime(2026, 11, 23, 9, 0)  # naive UTC, as stored
CHUNK = 50_000
AIM_RATIO = 1.5
AIM_AGENDA_MS = 100.0
LIMIT = 200  # lines per Today section, rows of a screen's stalled list
WHOLESALE = [("Inquiry", 5, 10), ("Quote", 10, 40), ("Order confirmed", 21, 80)]

# --- the data ------------------------------------------------------------------


def _stage_ids(session, kind: PipelineKind) -> list[int]:
    return list(
        session.scalars(
            select(Stage.id)
            .join(Pipeline, Pipeline.id == Stage.pipeline_id)
            .where(Pipeline.kind == kind.value)
            .order_by(Pipeline.id, Stage.position)
        )
    )


def generate(path: Path, deals: int, activities: int, seed: int = 7) -> dict[str, int]:
    rng = random.Random(seed)
    db = open_database(path, now=NOW)
    counts = {"deals": deals, "activities": activities}
    try:
        with db.begin() as session:
            conn = session.connection()
            conn.exec_driver_sql("PRAGMA cache_size=-262144")  # 256 MB while indexes grow
            wholesale = conn.execute(
                insert(Pipeline).values(name="Wholesale", kind="sales", position=1)
            ).inserted_primary_key[0]
            conn.execute(
                insert(Stage),
                [
                    dict(pipeline_id=wholesale, name=n, position=i, rot_days=r, probability=p)
                    for i, (n, r, p) in enumerate(WHOLESALE)
                ],
            )
            sales = session.scalar(select(Pipeline.id).where(Pipeline.name == "Current sales"))
            future = session.scalar(
                select(Pipeline.id).where(Pipeline.kind == PipelineKind.FUTURE.value)
            )
            parked_stage = _stage_ids(session, PipelineKind.FUTURE)[0]
            by_pipeline = {
                p: list(
                    session.scalars(
                        select(Stage.id).where(Stage.pipeline_id == p).order_by(Stage.position)
                    )
                )
                for p in (sales, wholesale)
            }
            owners = [1]

            n_clients = max(1, deals // 4)
            rows: list[dict] = []
            contacts: list[dict] = []
            for i in range(1, n_clients + 1):
                name = f"Client {i}"
                company = f"Company {i % 5000}" if i % 3 == 0 else None
                rows.append(
                    dict(
                        id=i, name=name, company=company, tags="", notes="", custom_fields={},
                        created_at=BASE - timedelta(days=rng.randint(0, 900)), archived=False,
                        search_text=fold(name, company),
                    )
                )  # fmt: skip
                phone = f"7912{i:07d}"
                contacts.append(dict(client_id=i, kind="phone", value=f"+{phone}", search=phone))
                if i % 2:
                    mail = f"client{i}@example.com"
                    contacts.append(dict(client_id=i, kind="email", value=mail, search=mail))
                if len(rows) >= CHUNK:
                    conn.execute(insert(Client), rows)
                    conn.execute(insert(ClientContact), contacts)
                    rows, contacts = [], []
            if rows:
                conn.execute(insert(Client), rows)
                conn.execute(insert(ClientContact), contacts)
            counts["clients"] = n_clients

            open_ids: list[int] = []
            parked = 0
            rows = []
            for i in range(1, deals + 1):
                r = rng.random()
                title = f"Deal {i}"
                created = BASE - timedelta(days=rng.randint(0, 730), minutes=rng.randint(0, 1439))
                d = dict(
                    id=i, title=title, search_text=fold(title), client_id=rng.randint(1, n_clients),
                    value_cents=rng.randint(100, 5_000_000) * 100, currency="USD",
                    owner_id=rng.choice(owners), created_at=created, closed_at=None,
                    return_on=None, return_pipeline_id=None, return_stage_id=None,
                )  # fmt: skip
                if r < 0.40:
                    # Short stays common, long ones rare: about a third over the limit.
                    age = min(int(rng.expovariate(1 / 9)), 400)
                    entered = BASE - timedelta(days=age, minutes=rng.randint(0, 1439))
                    pipeline = sales if r < 0.28 else wholesale
                    d.update(
                        pipeline_id=pipeline, stage_id=rng.choice(by_pipeline[pipeline]),
                        status="open", stage_entered_at=max(entered, created),
                    )  # fmt: skip
                    open_ids.append(i)
                elif r < 0.45:
                    came_from = sales if r < 0.44 else wholesale
                    d.update(
                        pipeline_id=future, stage_id=parked_stage, status="open",
                        stage_entered_at=BASE - timedelta(days=rng.randint(1, 180)),
                        return_on=TODAY + timedelta(days=rng.randint(-56, 183)),
                        return_pipeline_id=came_from,
                        return_stage_id=rng.choice(by_pipeline[came_from]),
                    )  # fmt: skip
                    parked += 1
                else:
                    pipeline = sales if r < 0.85 else wholesale
                    d.update(
                        pipeline_id=pipeline, stage_id=rng.choice(by_pipeline[pipeline]),
                        status=rng.choice(("won", "lost", "lost", "archived")),
                        stage_entered_at=created, closed_at=created + timedelta(days=30),
                    )  # fmt: skip
                rows.append(d)
                if len(rows) >= CHUNK:
                    conn.execute(insert(Deal), rows)
                    rows = []
            if rows:
                conn.execute(insert(Deal), rows)
            counts["open_sales_deals"] = len(open_ids)
            counts["parked_deals"] = parked

            rows = []
            kinds = ("call", "email", "meeting", "task")
            for i in range(1, activities + 1):
                done = rng.random() < 0.5
                on_deal = rng.random() < 0.8
                deal_id = None
                if on_deal:
                    # Follow-ups mostly belong to live deals.
                    deal_id = rng.choice(open_ids) if rng.random() < 0.85 else rng.randint(1, deals)
                if done:
                    due = TODAY - timedelta(days=rng.randint(0, 365))
                else:
                    # Open: a third overdue, a few today, the rest over the next 2 months.
                    s = rng.random()
                    offset = (
                        -rng.randint(1, 90) if s < 0.33 else 0 if s < 0.36 else rng.randint(1, 60)
                    )
                    due = TODAY + timedelta(days=offset)
                at = clock_time(rng.randint(8, 18), rng.choice((0, 15, 30, 45)))
                rows.append(
                    dict(
                        kind=rng.choice(kinds), subject=f"Follow up {i}", deal_id=deal_id,
                        client_id=None if on_deal else rng.randint(1, n_clients),
                        owner_id=1, due_date=due, due_time=at if rng.random() < 0.4 else None,
                        notes="", rrule="FREQ=WEEKLY;BYDAY=MO" if i % 500 == 0 else None,
                        rrule_start=due if i % 500 == 0 else None,
                        done_at=BASE - timedelta(days=rng.randint(0, 30)) if done else None,
                        outcome="Talked" if done else None, created_at=BASE,
                    )
                )  # fmt: skip
                if len(rows) >= CHUNK:
                    conn.execute(insert(Activity), rows)
                    rows = []
            if rows:
                conn.execute(insert(Activity), rows)
    finally:
        db.close()
    return counts


# --- the same work in plain SQL -------------------------------------------------

# The stall rule by hand: a deal is stalled when it entered its stage before
# midnight `rot_days` days before today (more than rot_days whole days in it).
# Driving from the few stall stages (CROSS JOIN keeps them the outer loop: the
# file is not ANALYZEd, and left alone SQLite reads every open deal instead)
# walks one index range of (status, stage_id, stage_entered_at) per stage.
STALLED_FROM = """
FROM stage s
JOIN pipeline p ON p.id = s.pipeline_id AND p.kind = 'sales'
CROSS JOIN deal d ON d.status = 'open' AND d.stage_id = s.id
            AND d.stage_entered_at < datetime(:today, '-' || s.rot_days || ' days')
WHERE s.rot_days IS NOT NULL
"""
STALLED_COLUMNS = """
SELECT d.id, d.title, d.client_id, c.name, p.id, p.name, s.id, s.name, d.owner_id,
       d.value_cents, d.currency, d.stage_entered_at,
       CAST(julianday(:today) - julianday(date(d.stage_entered_at)) AS INTEGER) AS age,
       s.rot_days,
       CAST(julianday(:today) - julianday(date(d.stage_entered_at)) AS INTEGER)
         - s.rot_days AS over,
       NOT EXISTS (SELECT 1 FROM activity a WHERE a.deal_id = d.id AND a.done_at IS NULL)
"""
PLAIN_STALLED = (
    STALLED_COLUMNS
    + STALLED_FROM.replace("WHERE", "LEFT JOIN client c ON c.id = d.client_id\nWHERE")
    + "ORDER BY over DESC, d.stage_entered_at, d.id"
)
PLAIN_STALLED_COUNTS = "SELECT s.id, count(*)" + STALLED_FROM + "GROUP BY s.id"


def plain_stalled_top(
    con: sqlite3.Connection, today: str, limit: int, *, indexed: bool = False
) -> list:
    """The first `limit` of the list: each stage's `limit` oldest (its worst),
    then ordered — the statement `stalled_deals(limit=…)` sends. With `indexed`,
    each branch is pinned to ix_deal_status_stage_entered: unhelped, SQLite
    picks ix_deal_stage_entered because it yields `ORDER BY stage_entered_at,
    id` unsorted, then skips every closed deal of the stage row by row."""
    hint = " INDEXED BY ix_deal_status_stage_entered" if indexed else ""
    stages = con.execute(
        "SELECT s.id, s.rot_days FROM stage s JOIN pipeline p ON p.id = s.pipeline_id"
        " WHERE p.kind = 'sales' AND s.rot_days IS NOT NULL"
    ).fetchall()
    branches = []
    for stage_id, _ in stages:
        branches.append(
            "SELECT * FROM (" + STALLED_COLUMNS + "FROM deal d" + hint + ""
            " JOIN stage s ON s.id = d.stage_id JOIN pipeline p ON p.id = s.pipeline_id"
            " LEFT JOIN client c ON c.id = d.client_id"
            f" WHERE d.status = 'open' AND d.stage_id = {stage_id}"
            " AND d.stage_entered_at < datetime(:today, '-' || s.rot_days || ' days')"
            f" ORDER BY d.stage_entered_at, d.id LIMIT {limit})"
        )
    sql = " UNION ALL ".join(branches) + f" ORDER BY 15 DESC, 12, 1 LIMIT {limit}"
    return con.execute(sql, {"today": today}).fetchall()


ACTIVITY_LINES = """
SELECT a.id, a.kind, a.subject, a.due_date, a.due_time, a.deal_id, d.title,
       coalesce(a.client_id, d.client_id) AS cid, c.name, a.owner_id, a.rrule
FROM activity a
LEFT JOIN deal d ON d.id = a.deal_id
LEFT JOIN client c ON c.id = coalesce(a.client_id, d.client_id)
WHERE a.done_at IS NULL AND {where}
ORDER BY a.due_date, a.due_time, a.id
LIMIT :limit
"""
PARKED = """
SELECT d.id, d.title, d.client_id, c.name, d.value_cents, d.currency, d.owner_id,
       d.pipeline_id, d.stage_id, d.return_on, d.return_pipeline_id, d.return_stage_id,
       rs.name, d.stage_entered_at
FROM deal d
LEFT JOIN client c ON c.id = d.client_id
LEFT JOIN stage rs ON rs.id = d.return_stage_id
WHERE d.status = 'open'
  AND d.pipeline_id IN (SELECT id FROM pipeline WHERE kind = 'future')
"""
AGENDA_COUNTS = """
SELECT 'overdue', count(*) FROM activity WHERE done_at IS NULL AND due_date < :today
UNION ALL
SELECT 'today', count(*) FROM activity WHERE done_at IS NULL AND due_date = :today
UNION ALL
SELECT 'upcoming', count(*) FROM activity
 WHERE done_at IS NULL AND due_date > :today AND due_date <= :horizon
UNION ALL
SELECT 'returning', count(*) FROM deal
 WHERE status = 'open' AND return_on <= :today
   AND pipeline_id IN (SELECT id FROM pipeline WHERE kind = 'future')
"""
FIRST_CONTACTS = """
SELECT client_id, kind, value FROM client_contact
WHERE client_id IN ({ids}) ORDER BY client_id, id
"""


def plain_agenda(con: sqlite3.Connection, today: date, days: int = 7) -> dict:
    args = {"today": today.isoformat(), "horizon": (today + timedelta(days=days)).isoformat()}
    args["limit"] = LIMIT
    sections = {
        name: con.execute(ACTIVITY_LINES.format(where=where), args).fetchall()
        for name, where in (
            ("overdue", "a.due_date < :today"),
            ("today", "a.due_date = :today"),
            ("upcoming", "a.due_date > :today AND a.due_date <= :horizon"),
        )
    }
    sections["returning"] = con.execute(
        PARKED + " AND d.return_on <= :today ORDER BY d.return_on, d.id LIMIT :limit", args
    ).fetchall()
    sections["stalled"] = plain_stalled_top(con, args["today"], LIMIT)
    client_ids = {r[7] for k in ("overdue", "today", "upcoming") for r in sections[k]}
    client_ids |= {r[2] for k in ("returning", "stalled") for r in sections[k]}
    client_ids.discard(None)
    contacts: dict[int, dict[str, str]] = {}
    if client_ids:
        ids = ",".join(str(i) for i in client_ids)
        for cid, kind, value in con.execute(FIRST_CONTACTS.format(ids=ids)):
            contacts.setdefault(cid, {}).setdefault(kind, value)
    counts = dict(con.execute(AGENDA_COUNTS, args).fetchall())
    counts["stalled"] = sum(n for _, n in con.execute(PLAIN_STALLED_COUNTS, args))
    return {"sections": sections, "contacts": contacts, "counts": counts}


def bucket_case(today: date) -> tuple[str, dict[str, str]]:
    """The Future board's buckets as a CASE over return_on: overdue, this
    month, next month, in 2-3 months, later."""
    first = today.replace(day=1)

    def month_start(n: int) -> date:
        y, m = divmod(first.month - 1 + n, 12)
        return date(first.year + y, m + 1, 1)

    args = {
        "today": today.isoformat(),
        "m1": month_start(1).isoformat(),
        "m2": month_start(2).isoformat(),
        "m4": month_start(4).isoformat(),
    }
    case = (
        "CASE WHEN d.return_on IS NULL OR d.return_on < :today THEN 'overdue'"
        " WHEN d.return_on < :m1 THEN 'this_month'"
        " WHEN d.return_on < :m2 THEN 'next_month'"
        " WHEN d.return_on < :m4 THEN 'in_2_3_months' ELSE 'later' END"
    )
    return case, args


def plain_future_rows(con: sqlite3.Connection, today: date) -> list:
    case, args = bucket_case(today)
    sql = PARKED.replace("SELECT ", f"SELECT {case} AS bucket, ", 1)
    return con.execute(sql + " ORDER BY d.return_on, d.id", args).fetchall()


def plain_future_groups(con: sqlite3.Connection, today: date) -> list:
    case, args = bucket_case(today)
    return con.execute(
        f"SELECT {case} AS bucket, d.currency, count(*), sum(d.value_cents) FROM deal d"
        " WHERE d.status = 'open'"
        " AND d.pipeline_id IN (SELECT id FROM pipeline WHERE kind = 'future')"
        " GROUP BY bucket, d.currency",
        args,
    ).fetchall()


# --- measuring -------------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024**2:.1f} GiB"
    except OSError:
        pass
    load = "?"
    if hasattr(os, "getloadavg"):
        load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    return {
        "CPU": f"{cpu}, {os.cpu_count()} cores",
        "RAM": ram,
        "OS": f"{platform.system()} {platform.release()}, {platform.machine()}",
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "SQLAlchemy": sqlalchemy.__version__,
        "load average (1/5/15 min)": load,
    }


def median_ms(runs: int, *fns: Callable[[], object]) -> list[float]:
    """Median wall time of each function, the functions taking turns."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(runs):
        for i, fn in enumerate(fns):
            start = time.perf_counter()
            fn()
            times[i].append((time.perf_counter() - start) * 1000)
    return [statistics.median(t) for t in times]


def in_session(db: Database, fn: Callable) -> Callable[[], object]:
    def run() -> object:
        with db.begin() as session:
            return fn(session)

    return run


def check_same(db: Database, con: sqlite3.Connection) -> dict[str, int]:
    """The plain queries answer what the services answer (else the ratio lies)."""
    today = TODAY.isoformat()
    with db.begin() as session:
        ours = stalled_deals(session, today=TODAY)
        top = stalled_deals(session, today=TODAY, limit=LIMIT)
        counts = stalled_counts(session, None, today=TODAY)
        board = future_board(session, today=TODAY)
        today_view = agenda(session, today=TODAY)
    plain = con.execute(PLAIN_STALLED, {"today": today}).fetchall()
    assert [d.id for d in ours] == [r[0] for r in plain], "stalled lists differ"
    assert [(d.days_in_stage, d.days_over, d.no_next_step) for d in ours] == [
        (r[12], r[14], bool(r[15])) for r in plain
    ], "stalled ages differ"
    assert [d.id for d in top] == [r[0] for r in plain_stalled_top(con, today, LIMIT)]
    plain_counts = dict(con.execute(PLAIN_STALLED_COUNTS, {"today": today}).fetchall())
    assert {k: v for k, v in counts.items() if v} == plain_counts, "stalled counts differ"
    groups = {g.group.value: g.count for g in board}
    plain_groups: dict[str, int] = {}
    for bucket, _, n, _ in plain_future_groups(con, TODAY):
        plain_groups[bucket] = plain_groups.get(bucket, 0) + n
    assert {k: v for k, v in groups.items() if v} == plain_groups, "future groups differ"
    view = plain_agenda(con, TODAY)
    assert [line.activity_id for line in today_view.overdue] == [
        r[0] for r in view["sections"]["overdue"]
    ], "overdue lines differ"
    assert today_view.counts.overdue == view["counts"]["overdue"]
    assert today_view.counts.stalled == view["counts"]["stalled"]
    return {
        "stalled": len(ours),
        "stalled_no_next_step": sum(d.no_next_step for d in ours),
        **{f"agenda_{k}": v for k, v in asdict(today_view.counts).items()},
        **{f"future_{k}": v for k, v in groups.items()},
    }


def measure(db: Database, path: Path, runs: int) -> list[dict]:
    con = sqlite3.connect(path)
    today = {"today": TODAY.isoformat()}
    results: list[dict] = []

    def add(step: str, funnel_ms: float, plain_ms: float | None, aim: str, plain: str) -> None:
        ratio = funnel_ms / plain_ms if plain_ms else None
        results.append(
            dict(step=step, funnel_ms=funnel_ms, plain_ms=plain_ms, ratio=ratio, aim=aim,
                 plain=plain)
        )  # fmt: skip
        shown = f"{plain_ms:9.1f} ms  {ratio:5.2f}x" if plain_ms else " " * 20
        print(f"  {step:42s} {funnel_ms:9.1f} ms {shown}  {aim}", flush=True)

    print(f"\n  {'step':42s} {'Funnel':>12s} {'plain':>12s} {'ratio':>6s}  aim")
    f, p = median_ms(
        runs,
        in_session(db, lambda s: stalled_deals(s, today=TODAY)),
        lambda: con.execute(PLAIN_STALLED, today).fetchall(),
    )
    add("stalled_deals() full list", f, p, f"ratio <= {AIM_RATIO}", "one SELECT, stage-driven")
    f, p = median_ms(
        runs,
        in_session(db, lambda s: stalled_deals(s, today=TODAY, limit=LIMIT)),
        lambda: plain_stalled_top(con, TODAY.isoformat(), LIMIT),
    )
    add(f"stalled_deals(limit={LIMIT})", f, p, "", "UNION ALL of per-stage LIMITs")
    (p,) = median_ms(runs, lambda: plain_stalled_top(con, TODAY.isoformat(), LIMIT, indexed=True))
    add("  plain, each stage INDEXED BY the status index", p, None, "", "")
    results[-1].update(funnel_ms=None, plain_ms=p)
    f, p = median_ms(
        runs,
        in_session(db, lambda s: stalled_counts(s, None, today=TODAY)),
        lambda: con.execute(PLAIN_STALLED_COUNTS, today).fetchall(),
    )
    add("stalled_counts() every stage", f, p, "", "GROUP BY stage")
    f, p = median_ms(
        max(runs, 10),
        in_session(db, lambda s: agenda(s, today=TODAY)),
        lambda: plain_agenda(con, TODAY),
    )
    add("agenda() (Today, 7 days)", f, p, f"< {AIM_AGENDA_MS:.0f} ms", "five sections + counts")
    f, p = median_ms(
        runs,
        in_session(db, lambda s: future_board(s, today=TODAY)),
        lambda: plain_future_rows(con, TODAY),
    )
    add("future_board() every parked deal", f, p, "", "SELECT with CASE bucket")
    (p,) = median_ms(runs, lambda: plain_future_groups(con, TODAY))
    add("  plain GROUP BY bucket (counts, totals)", p, None, "", "")
    results[-1].update(funnel_ms=None, plain_ms=p)
    con.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deals", type=int, default=1_000_000)
    parser.add_argument("--activities", type=int, default=None, help="default: deals / 5")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, help="folder for the file and results.json")
    parser.add_argument("--keep", action="store_true", help="keep the generated file")
    args = parser.parse_args(argv)
    activities = args.activities if args.activities is not None else args.deals // 5

    folder = args.out or Path(tempfile.mkdtemp(prefix="funnel-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"followups-{args.deals}.sqlite3"
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)

    info = machine()
    for key, value in info.items():
        print(f"{key:26s} {value}")
    print(f"\nGenerating {args.deals:,} deals and {activities:,} activities in {path}…", flush=True)
    start = time.perf_counter()
    counts = generate(path, args.deals, activities)
    generation_s = time.perf_counter() - start
    size_mb = path.stat().st_size / 1024**2
    print(f"  {generation_s:.1f} s, {size_mb:.0f} MB; {counts}", flush=True)

    db = open_database(path, now=NOW)
    try:
        con = sqlite3.connect(path)
        found = check_same(db, con)
        con.close()
        print(f"  same answers from Funnel and plain SQL: {found}", flush=True)
        results = measure(db, path, args.runs)
    finally:
        db.close()

    report = {
        "machine": info,
        "deals": args.deals,
        "activities": activities,
        "generated": counts,
        "generation_s": generation_s,
        "file_mb": size_mb,
        "found": found,
        "runs": args.runs,
        "results": results,
    }
    if args.out:
        (folder / "results.json").write_text(json.dumps(report, indent=2, default=str))
        print(f"\nResults in {folder / 'results.json'}")
    if not args.keep:
        for name in (path.name, path.name + "-wal", path.name + "-shm"):
            (folder / name).unlink(missing_ok=True)
        if not args.out:
            folder.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
