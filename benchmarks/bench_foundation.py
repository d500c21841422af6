"""Foundation benchmark: Funnel beside plain `sqlite3` doing the same work on
the same generated file.

    .venv/bin/python benchmarks/bench_foundation.py [--deals 100000] [--out DIR]

Steps: (a) `funnel demo` generation vs a plain executemany of the same rows;
(b) `funnel deals --json` of the 10,000-deal board, in-process and as a
subprocess, vs a plain SELECT + json.dumps; (c) the per-stage summary vs the
same GROUP BY; (d) one deal move in its own transaction vs UPDATE + INSERT;
(e) a CSV import of as many rows as deals vs a plain executemany of them.
Timings use `time.perf_counter`; repeated steps report the median.
Files are written to DIR (default: a temporary folder, removed afterwards).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import gc
import importlib.util
import io
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlalchemy

from funnel.commands.cli import main as funnel_main
from funnel.demo import CACHE_KIB, generate_demo
from funnel.pipeline.moves import move_deal
from funnel.pipeline.summary import stage_summary
from funnel.store.db import open_database

# Noon UTC, exactly what `--today 2026-11-23` means to the CLI.
TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
SEED = 1
SUMMARY_RUNS = 21
DEALS_RUNS = 5
SUBPROCESS_RUNS = 3
MOVES = 50
BULK_TABLES = ("client", "client_contact", "deal", "stage_change", "activity", "note", "purchase")

DEALS_SQL = """
SELECT d.id, d.title, d.client_id, c.name, d.value_cents, d.currency, p.name, s.name,
       d.status, o.name, d.expected_close, d.created_at, d.stage_entered_at, s.rot_days,
       d.lost_reason, d.return_on
FROM deal d
JOIN pipeline p ON p.id = d.pipeline_id
JOIN stage s ON s.id = d.stage_id
LEFT JOIN client c ON c.id = d.client_id
LEFT JOIN owner o ON o.id = d.owner_id
WHERE d.pipeline_id = ? AND d.status = 'open'
ORDER BY p.position, s.position, d.stage_entered_at, d.id
"""

SUMMARY_SQL = """
SELECT s.id, s.name, s.position, s.rot_days, s.probability, d.currency,
       count(d.id), coalesce(sum(d.value_cents), 0)
FROM stage s
LEFT JOIN deal d ON d.stage_id = s.id AND d.status = 'open'
WHERE s.pipeline_id = ?
GROUP BY s.id, d.currency
ORDER BY s.position
"""

# The plain version of `funnel deals --json`, run as its own process to compare
# wall time with start-up included.
PLAIN_DEALS_SCRIPT = f"""
import json, sqlite3, sys
from datetime import date, datetime
SQL = {DEALS_SQL!r}
def iso(text):
    return datetime.fromisoformat(text).isoformat() if text else None
def main(path, pipeline_id, today):
    today = date.fromisoformat(today)
    con = sqlite3.connect(path)
    out = []
    for r in con.execute(SQL, (int(pipeline_id),)):
        out.append({{
            "id": r[0], "title": r[1], "client_id": r[2], "client": r[3],
            "value": r[4] / 100, "currency": r[5], "pipeline": r[6], "stage": r[7],
            "status": r[8], "owner": r[9], "expected_close": r[10], "created_at": iso(r[11]),
            "stage_entered_at": iso(r[12]),
            "days_in_stage": max(0, (today - date.fromisoformat(r[12][:10])).days),
            "rot_days": r[13], "lost_reason": r[14], "return_on": r[15],
        }})
    con.close()
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\\n")
if __name__ == "__main__":
    main(*sys.argv[1:])
"""


# -- the machine -------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError), open("/proc/cpuinfo", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram = "unknown"
    with contextlib.suppress(OSError), open("/proc/meminfo", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    return {
        "CPU": cpu,
        "cores": str(os.cpu_count()),
        "RAM": ram,
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "SQLAlchemy": sqlalchemy.__version__,
    }


# -- helpers -----------------------------------------------------------------


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def paired(
    fa: Callable[[], object],
    fb: Callable[[], object],
    runs: int,
    *,
    warmup: int = 1,
    after: Callable[[], object] | None = None,
) -> tuple[float, float]:
    """Median times of `fa` and `fb`, run in turns (A B B A …) so that both meet
    the same load on a busy machine; `after` runs untimed after each call."""
    times: tuple[list[float], list[float]] = ([], [])
    for i in range(warmup + runs):
        order = ((0, fa), (1, fb)) if i % 2 == 0 else ((1, fb), (0, fa))
        for which, fn in order:
            elapsed = timed(fn)
            if i >= warmup:
                times[which].append(elapsed)
            if after is not None:
                after()
    return statistics.median(times[0]), statistics.median(times[1])


def fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def plain_connect(path: Path) -> sqlite3.Connection:
    """A plain connection set up as Funnel's engine sets up its own."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    return con


def funnel_command() -> list[str]:
    script = Path(sys.executable).with_name("funnel")
    return [str(script)] if script.exists() else [sys.executable, "-m", "funnel.commands.cli"]


class Report:
    def __init__(self) -> None:
        self.rows: list[dict] = []

    def add(self, step: str, funnel: float | None, plain: float | None, note: str = "") -> None:
        ratio = funnel / plain if funnel is not None and plain else None
        self.rows.append(
            {"step": step, "funnel_s": funnel, "plain_s": plain, "ratio": ratio, "note": note}
        )
        print(f"  {step}: {_fmt(funnel)} vs plain {_fmt(plain)}  {_ratio(ratio)}  {note}")

    def markdown(self) -> str:
        lines = [
            "| step | Funnel | plain sqlite3 | ratio | notes |",
            "|---|---:|---:|---:|---|",
        ]
        for r in self.rows:
            lines.append(
                f"| {r['step']} | {_fmt(r['funnel_s'])} | {_fmt(r['plain_s'])} "
                f"| {_ratio(r['ratio'])} | {r['note']} |"
            )
        return "\n".join(lines)


def _fmt(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds:.2f} s"


def _ratio(ratio: float | None) -> str:
    return f"{ratio:.2f}×" if ratio is not None else ""


# -- (a) generation ----------------------------------------------------------


def copy_schema(source: Path, target: Path) -> None:
    """An empty file with the source's tables and indexes and its small tables' rows."""
    src = sqlite3.connect(source)
    ddl = src.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        "ORDER BY type = 'index', rowid"
    ).fetchall()
    tables = [
        name
        for (name,) in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if name not in BULK_TABLES and not name.startswith("sqlite_")
    ]
    dst = plain_connect(target)
    for (sql,) in ddl:
        dst.execute(sql)
    for table in tables:
        rows = src.execute(f"SELECT * FROM {table}").fetchall()
        if rows:
            marks = ",".join("?" * len(rows[0]))
            dst.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    dst.commit()
    dst.close()
    src.close()


def plain_insert_all(source: Path, target: Path) -> tuple[float, float, int]:
    """Insert every row the demo wrote into an empty copy of the schema, one
    executemany per table in one transaction. Returns (all tables, deal table, rows)."""
    copy_schema(source, target)
    src = sqlite3.connect(source)
    data = {t: src.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in BULK_TABLES}
    src.close()
    dst = plain_connect(target)
    dst.execute(f"PRAGMA cache_size=-{CACHE_KIB}")  # as the demo does while it writes
    per_table = {}
    start = time.perf_counter()
    with dst:
        for table, rows in data.items():
            if rows:
                marks = ",".join("?" * len(rows[0]))
                t0 = time.perf_counter()
                dst.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
                per_table[table] = time.perf_counter() - t0
    total = time.perf_counter() - start
    dst.close()
    return total, per_table.get("deal", 0.0), sum(len(r) for r in data.values())


# -- (e) import --------------------------------------------------------------

CSV_HEADER = [
    "Title",
    "Client",
    "Company",
    "Value",
    "Currency",
    "Stage",
    "Status",
    "Created",
    "Closed",
]
IMPORT_MAP = [
    "title=Title",
    "client=Client",
    "company=Company",
    "value=Value",
    "currency=Currency",
    "stage=Stage",
    "status=Status",
    "created=Created",
    "closed=Closed",
]


def import_available() -> bool:
    spec = importlib.util.find_spec("funnel.commands.imports")
    if spec is None:
        return False
    module = importlib.import_module("funnel.commands.imports")
    return hasattr(module, "register")


def export_csv(source: Path, main_pipeline: int, target: Path, rows: int) -> None:
    """A CRM export made of the demo's own deals; stages of other pipelines are
    mapped to the main pipeline's stage at the same position."""
    con = sqlite3.connect(source)
    stages = [
        name
        for (name,) in con.execute(
            "SELECT name FROM stage WHERE pipeline_id = ? ORDER BY position", (main_pipeline,)
        )
    ]
    query = """
        SELECT d.title, c.name, c.company, d.value_cents, d.currency, s.position, d.status,
               d.created_at, d.closed_at
        FROM deal d JOIN stage s ON s.id = d.stage_id LEFT JOIN client c ON c.id = d.client_id
        ORDER BY d.id LIMIT ?
    """
    with target.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(CSV_HEADER)
        for title, client, company, cents, cur, pos, status, created, closed in con.execute(
            query, (rows,)
        ):
            writer.writerow(
                [
                    title,
                    client or "",
                    company or "",
                    f"{cents / 100:.2f}",
                    cur,
                    stages[min(pos, len(stages) - 1)],
                    status,
                    created[:16],
                    closed[:16] if closed else "",
                ]
            )
    con.close()


def plain_import(csv_path: Path, target: Path) -> float:
    """Read the CSV with the csv module and executemany the deals into a fresh
    Funnel file (no clients, history or validation: the floor an import can reach)."""
    db = open_database(fresh(target), now=NOW, language="en")
    db.close()
    con = plain_connect(target)
    (pipeline_id,) = con.execute("SELECT id FROM pipeline WHERE kind = 'sales'").fetchone()
    stage_ids = dict(
        con.execute("SELECT name, id FROM stage WHERE pipeline_id = ?", (pipeline_id,)).fetchall()
    )
    start = time.perf_counter()
    with csv_path.open(newline="", encoding="utf-8") as fh:
        rows = [
            (
                r["Title"],
                round(float(r["Value"]) * 100),
                r["Currency"],
                pipeline_id,
                stage_ids[r["Stage"]],
                r["Status"],
                f"{r['Created']}:00.000000",
                f"{r['Created']}:00.000000",
                f"{r['Closed']}:00.000000" if r["Closed"] else None,
            )
            for r in csv.DictReader(fh)
        ]
    with con:
        con.executemany(
            "INSERT INTO deal (title, value_cents, currency, pipeline_id, stage_id, status, "
            "created_at, stage_entered_at, closed_at) VALUES (?,?,?,?,?,?,?,?,?)",
            rows,
        )
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


# -- the run -----------------------------------------------------------------


def step_generate(report: Report, path: Path, out: Path, deals: int):
    print(f"(a) generating {deals:,} demo deals into {path} …")
    db = open_database(path, now=NOW, language="en")
    wall, cpu = time.perf_counter(), time.process_time()
    result = generate_demo(db, deals=deals, seed=SEED, now=NOW)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    db.close()
    rows = (
        result.deals
        + result.clients
        + result.contacts
        + result.stage_changes
        + result.activities
        + result.notes
        + result.purchases
    )
    t_all, t_deal_rows, copied = plain_insert_all(path, fresh(out / "plain-copy.sqlite3"))
    assert copied == rows, (copied, rows)
    report.add(
        f"(a) demo: {deals:,} deals with clients, history, follow-ups ({rows:,} rows)",
        wall,
        t_all,
        f"CPU {cpu:.1f} s; plain: executemany of the same rows into the same schema",
    )
    report.add(f"(a) plain executemany of the {deals:,} deal rows alone", None, t_deal_rows)
    return result


def step_deals_json(report: Report, path: Path, out: Path, result, main_id: int) -> None:
    print(f"(b) funnel deals --json --pipeline '{result.pipeline}' ({result.open_deals:,} open)")
    today = TODAY.isoformat()
    args = ["--db", str(path), "deals", "--json", "--pipeline", result.pipeline, "--today", today]
    counts = {}

    def funnel_deals() -> None:
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            assert funnel_main(args) == 0
        counts["funnel"] = len(json.loads(buf.getvalue()))

    plain_script = out / "plain_deals.py"
    plain_script.write_text(PLAIN_DEALS_SCRIPT, encoding="utf-8")
    namespace: dict = {}
    exec(compile(PLAIN_DEALS_SCRIPT, str(plain_script), "exec"), namespace)

    def plain_deals() -> None:
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            namespace["main"](str(path), str(main_id), today)
        counts["plain"] = len(json.loads(buf.getvalue()))

    # The CLI leaves its engine for the process's end; collecting it between runs
    # matters (see `run`), and is kept out of the timing.
    t_f, t_p = paired(funnel_deals, plain_deals, DEALS_RUNS, after=gc.collect)
    assert counts["funnel"] == counts["plain"] == result.open_deals, counts
    report.add(
        f"(b) deals --json, {result.open_deals:,} deals, in-process",
        t_f,
        t_p,
        "plain: SELECT of the same columns + json.dump",
    )

    def shell(command: list[str]) -> Callable[[], object]:
        return lambda: subprocess.run(command, stdout=subprocess.DEVNULL, check=True)

    funnel_cmd = [*funnel_command(), *args]
    plain_cmd = [sys.executable, str(plain_script), str(path), str(main_id), today]
    t_f, t_p = paired(shell(funnel_cmd), shell(plain_cmd), SUBPROCESS_RUNS)
    report.add(
        "(b) deals --json as a subprocess (wall, with start-up)",
        t_f,
        t_p,
        "plain: the same script run by python",
    )
    bare = [sys.executable, "-c", "import sqlite3, json"]
    t_f, t_p = paired(shell([*funnel_command(), "--version"]), shell(bare), SUBPROCESS_RUNS)
    report.add(
        "(b) of which start-up (funnel --version)",
        t_f,
        t_p,
        "plain: python -c 'import sqlite3, json'",
    )


def step_summary(report: Report, path: Path, deals: int, main_id: int) -> None:
    print(f"(c) per-stage summary over {deals:,} deals (median of {SUMMARY_RUNS})")
    db = open_database(path, now=NOW)
    con = sqlite3.connect(path)

    def funnel_summary() -> None:
        with db.begin() as s:
            stage_summary(s, main_id)

    def plain_summary() -> None:
        for _sid, _name, _pos, _rot, prob, _cur, _n, cents in con.execute(SUMMARY_SQL, (main_id,)):
            round(cents * prob / 100)

    t_f, t_p = paired(funnel_summary, plain_summary, SUMMARY_RUNS)
    report.add(
        "(c) per-stage summary (stage_summary)",
        t_f,
        t_p,
        "plain: the same LEFT JOIN … GROUP BY; aim ≤ 1.5×",
    )
    con.close()
    db.close()


PLAIN_MOVE = (
    "UPDATE deal SET pipeline_id = ?, stage_id = ?, status = 'open', stage_entered_at = ?, "
    "closed_at = NULL, lost_reason = NULL WHERE id = ?",
    "INSERT INTO stage_change (deal_id, kind, from_pipeline_id, from_stage_id, to_pipeline_id, "
    "to_stage_id, from_stage_name, to_stage_name, from_status, to_status, changed_at) "
    "VALUES (?, 'moved', ?, ?, ?, ?, ?, ?, 'open', 'open', ?)",
)


def step_move(report: Report, path: Path, main_id: int) -> None:
    print(f"(d) moving a deal, each in its own transaction (median of {MOVES})")
    db = open_database(path, now=NOW)
    con = plain_connect(path)
    deals = con.execute(
        "SELECT d.id, s.position FROM deal d JOIN stage s ON s.id = d.stage_id "
        "WHERE d.pipeline_id = ? AND d.status = 'open' ORDER BY d.id LIMIT ?",
        (main_id, 2 * MOVES),
    ).fetchall()
    stages = con.execute(
        "SELECT id, name FROM stage WHERE pipeline_id = ? ORDER BY position", (main_id,)
    ).fetchall()
    funnel_times, plain_times = [], []
    # Alternate the two so that both meet the same load on a busy machine.
    for i in range(MOVES):
        moment = NOW + timedelta(seconds=i)
        deal_id, pos = deals[i]
        target = stages[(pos + 1) % len(stages)][0]
        start = time.perf_counter()
        with db.begin() as s:
            move_deal(s, deal_id, target, now=moment)
        funnel_times.append(time.perf_counter() - start)

        deal_id, pos = deals[MOVES + i]
        (from_id, from_name), (to_id, to_name) = stages[pos], stages[(pos + 1) % len(stages)]
        at = moment.replace(tzinfo=None).isoformat(" ", "microseconds")
        start = time.perf_counter()
        with con:
            con.execute(PLAIN_MOVE[0], (main_id, to_id, at, deal_id))
            con.execute(
                PLAIN_MOVE[1], (deal_id, main_id, from_id, main_id, to_id, from_name, to_name, at)
            )
        plain_times.append(time.perf_counter() - start)
    con.close()
    db.close()
    report.add(
        "(d) move a deal (move_deal + commit)",
        statistics.median(funnel_times),
        statistics.median(plain_times),
        "plain: UPDATE + INSERT of the history row, one transaction",
    )


def step_import(report: Report, path: Path, out: Path, deals: int, main_id: int) -> None:
    if not import_available():
        print("(e) import not available: funnel/commands/imports.py is missing; step skipped")
        report.add("(e) import of a CSV", None, None, "import not available; skipped")
        return
    csv_path = out / "deals.csv"
    export_csv(path, main_id, csv_path, deals)
    print(f"(e) funnel import deals of a {deals:,}-row CSV into a fresh file …")
    import_db = fresh(out / "import.sqlite3")
    open_database(import_db, now=NOW, language="en").close()
    args = ["--db", str(import_db), "import", "deals", str(csv_path), "--map", *IMPORT_MAP]
    buf = io.StringIO()
    wall, cpu = time.perf_counter(), time.process_time()
    with contextlib.redirect_stdout(buf):
        code = funnel_main(args)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    gc.collect()
    if code != 0:
        raise RuntimeError(f"funnel import failed ({code}): {buf.getvalue()[-500:]}")
    t_plain = plain_import(csv_path, out / "import-plain.sqlite3")
    report.add(
        f"(e) import deals from a {deals:,}-row CSV",
        wall,
        t_plain,
        f"CPU {cpu:.1f} s; plain: csv.DictReader + executemany of the deal rows only",
    )


def run(deals: int, out: Path) -> Report:
    """Every step opens and closes its own connections. In-process CLI runs open
    the file afresh, and `funnel.store.db.inspect_file` reads its header with a plain
    open()/close(), which drops the POSIX locks of every other SQLite connection
    of this process to that file; one of those closing later then believes it is
    the last and resets the WAL under the others (SQLITE_IOERR_SHORT_READ)."""
    report = Report()
    path = fresh(out / "foundation.sqlite3")
    result = step_generate(report, path, out, deals)
    con = sqlite3.connect(path)
    (main_id,) = con.execute(
        "SELECT id FROM pipeline WHERE name = ?", (result.pipeline,)
    ).fetchone()
    con.close()
    step_deals_json(report, path, out, result, main_id)
    step_summary(report, path, deals, main_id)
    step_move(report, path, main_id)
    step_import(report, path, out, deals, main_id)
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--deals", type=int, default=100_000, metavar="N")
    parser.add_argument("--out", metavar="DIR", help="keep the files here (default: temporary)")
    args = parser.parse_args()
    info = machine()
    print("Machine: " + "; ".join(f"{k} {v}" for k, v in info.items()))
    keep = args.out is not None
    out = Path(args.out) if keep else Path(tempfile.mkdtemp(prefix="funnel-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        report = run(args.deals, out)
    finally:
        if not keep:
            shutil.rmtree(out, ignore_errors=True)
    total = time.perf_counter() - started
    print()
    print("| machine | |\n|---|---|\n" + "\n".join(f"| {k} | {v} |" for k, v in info.items()))
    print()
    print(report.markdown())
    print(f"\nWhole benchmark: {total:.0f} s")
    if keep:
        (out / "results.json").write_text(
            json.dumps({"machine": info, "deals": args.deals, "steps": report.rows}, indent=2),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
