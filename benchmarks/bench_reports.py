"""Reports benchmark: each report of the Reports page on the 100,000-deal demo,
beside the very statements it sends, replayed with plain `sqlite3` on the same
file (the cost of Funnel's Python around them), and beside a hand-written
aggregate of the same figures (the naive SQL: a window over every change, no
median); and the time the Reports page takes to show its first report.

    .venv/bin/python benchmarks/bench_reports.py [--db FILE] [--runs 5]

Without --db the demo is made in bench-data/reports-demo.sqlite3 (about 20 s)
and reused. The period is the 12 months ending with the demo's month, the
widest preset. Runs alternate Funnel and plain; medians are reported.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import event, text  # noqa: E402

from funnel.reports.catalog import NAMES, run_report  # noqa: E402
from funnel.reports.period import Filters, preset_period  # noqa: E402
from funnel.store.db import open_database  # noqa: E402

STINTS = """
WITH s AS (SELECT deal_id, to_pipeline_id p, to_stage_id st, to_status, changed_at,
                  LEAD(changed_at) OVER (PARTITION BY deal_id ORDER BY id) AS left_at
           FROM stage_change)
"""
# The same aggregates, by hand (medians left out: plain SQL has no median).
PLAIN = {
    "conversion": """
        SELECT SUM(e0 >= :s AND e0 < :u), SUM(e1 >= :s AND e1 < :u), SUM(e2 >= :s AND e2 < :u)
        FROM (SELECT deal_id,
                MIN(CASE WHEN to_status='open' AND to_stage_id IN (1,2,3,4,5)
                    THEN changed_at END) e0,
                MIN(CASE WHEN to_status='open' AND to_stage_id IN (2,3,4,5) THEN changed_at END) e1,
                MIN(CASE WHEN to_status='open' AND to_stage_id IN (3,4,5) THEN changed_at END) e2
              FROM stage_change WHERE to_pipeline_id = 1 GROUP BY deal_id)""",
    "stages": STINTS
    + """
        SELECT st, COUNT(*), AVG(julianday(left_at) - julianday(changed_at)) FROM s
        WHERE to_status='open' AND p IN (1,3) AND left_at >= :s AND left_at < :u GROUP BY st""",
    "wins": """
        SELECT strftime('%Y-%m', closed_at), status, owner_id, COUNT(*), SUM(value_cents)
        FROM deal WHERE status IN ('won','lost') AND closed_at >= :s AND closed_at < :u
        GROUP BY 1, 2, 3""",
    "forecast": """
        SELECT strftime('%Y-%m', d.expected_close), COUNT(*), SUM(d.value_cents),
               SUM(d.value_cents * st.probability)
        FROM deal d JOIN stage st ON st.id = d.stage_id
        WHERE d.status='open' AND d.pipeline_id IN (1,3) GROUP BY 1""",
    "trend": STINTS
    + """
        SELECT CAST((julianday(changed_at) - julianday(:s)) / 7 AS INTEGER), COUNT(*)
        FROM s WHERE to_status='open' AND p IN (1,3) AND changed_at < :u GROUP BY 1""",
    "activity": """
        SELECT owner_id, CAST((julianday(done_at) - julianday(:s)) / 7 AS INTEGER), kind, COUNT(*)
        FROM activity WHERE done_at >= :s AND done_at < :u
          AND kind IN ('call','email','meeting') GROUP BY 1, 2, 3""",
    "velocity": """
        SELECT d.owner_id,
          SUM(sc.to_status='open' AND sc.to_pipeline_id IN (1,3) AND sc.changed_at < :u)
          - SUM(sc.from_status='open' AND sc.from_pipeline_id IN (1,3) AND sc.changed_at < :u)
        FROM stage_change sc JOIN deal d ON d.id = sc.deal_id GROUP BY 1""",
}


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 1)


def page_open(db: Path, today: date) -> float:
    """Seconds from building the Reports page to its first report painted, in a
    fresh process (offscreen)."""
    code = f"""
import time, sys
from datetime import datetime, UTC
sys.path.insert(0, {str(ROOT)!r})
from PySide6.QtWidgets import QApplication
app = QApplication([])
from funnel.store.db import open_database
from ui.context import AppContext
from ui.reports.page import ReportsPage
ctx = AppContext(open_database({str(db)!r}, now=datetime.now(UTC)),
                 clock=lambda: datetime({today.year}, {today.month}, {today.day}, 10, tzinfo=UTC))
t = time.perf_counter()
page = ReportsPage(ctx, None)
page.resize(1100, 650); page.show()
while page.report is None:
    app.processEvents(); time.sleep(0.002)
page.repaint(); app.processEvents()
print(time.perf_counter() - t)
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         timeout=120, check=True)  # fmt: skip
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--deals", type=int, default=100_000)
    args = parser.parse_args()
    db_path = args.db
    if db_path is None:
        db_path = ROOT / "bench-data" / "reports-demo.sqlite3"
        if not db_path.exists():
            db_path.parent.mkdir(exist_ok=True)
            subprocess.run([sys.executable, "-m", "funnel", "--db", str(db_path), "demo",
                            "--deals", str(args.deals)], check=True, timeout=600)  # fmt: skip
    db = open_database(db_path, now=datetime.now(UTC))
    plain = sqlite3.connect(db_path)
    with db.begin() as s:
        last = s.execute(text("SELECT MAX(changed_at) FROM stage_change")).scalar()
    today = datetime.fromisoformat(str(last)).date()
    period = preset_period("12_months", today)
    params = {"s": period.since.isoformat(" "), "u": period.until.isoformat(" ")}
    print(f"{db_path}: today {today}, period {period.start} to {period.end}")
    captured: list[tuple[str, tuple]] = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def capture(conn, cursor, statement, parameters, context, executemany):
        captured.append((statement, tuple(parameters or ())))

    print("| report | Funnel | its statements, plain sqlite3 | ratio | Funnel CPU | hand-written |")
    print("|---|---:|---:|---:|---:|---:|")
    for name in NAMES:
        ours, same, hand, cpu = [], [], [], []
        for _ in range(args.runs):
            captured.clear()
            t, c = time.perf_counter(), time.process_time()
            with db.begin() as s:
                run_report(s, name, period, Filters(), today=today)
            ours.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
            statements = list(captured)
            t = time.perf_counter()
            for statement, parameters in statements:
                plain.execute(statement, parameters).fetchall()
            same.append(time.perf_counter() - t)
            t = time.perf_counter()
            plain.execute(PLAIN[name], params).fetchall()
            hand.append(time.perf_counter() - t)
        a, b, h = _median_ms(ours), _median_ms(same), _median_ms(hand)
        print(
            f"| {name} | {a:,.0f} ms | {b:,.0f} ms | {a / b:.2f}× | {_median_ms(cpu):,.0f} ms"
            f" | {h:,.0f} ms |"
        )
    opens = [page_open(db_path, today) for _ in range(max(1, args.runs // 2))]
    print(f"| Reports page open, first report painted | {_median_ms(opens):,.0f} ms | | | |")
    versions = f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    print(f"load average {os.getloadavg()}, {versions}")


if __name__ == "__main__":
    main()
