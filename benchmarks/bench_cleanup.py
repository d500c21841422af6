"""How fast the weekly clean-up is with 10,000 open deals.

    .venv/bin/python benchmarks/bench_cleanup.py [--deals 100000] [--steps 60] [--runs 5]

The data is `funnel.demo.generate_demo` (as `funnel demo --deals N`): a tenth
of the deals open on the main board, more in the wholesale pipeline, some
parked. It is made once in `bench-data/cleanup-<deals>-<day>.sqlite3` and
copied to a temporary file for each measured part, so every run starts alike.

Measured (median and worst; aims from issue 5):
- queue: the review's order (`review_queue`) — stalled, no next step,
  returning, the rest;
- start: starting a review — the queue plus its fixed items written;
- next deal (service): after a decision is committed, reading the next deal's
  facts and checklist (`current_step`);
- next deal (screen): from a key press in the offscreen review screen to the
  next deal painted — the decision's transaction, the read, the widgets;
- `funnel cleanup` listing: the queue with every deal's checklist gaps.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from datetime import time as clock_time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from funnel.cleanup import decisions  # noqa: E402
from funnel.cleanup.queue import queue_lines, review_queue  # noqa: E402
from funnel.cleanup.review import current_step, start_review  # noqa: E402
from funnel.store.db import Database, open_database  # noqa: E402

TODAY = date(2026, 11, 23)
NOW = datetime.combine(TODAY, clock_time(10, 0), UTC)
AIMS = {"queue": 1000.0, "start": 1000.0, "next_service": 100.0, "next_screen": 100.0}
# Decisions taken in turn while walking: each leaves the review at once.
WALK = ("park_1", "archive", "won", "park_3", "call_tomorrow", "park_6")


def make_database(deals: int) -> Path:
    from funnel.demo import generate_demo

    path = ROOT / "bench-data" / f"cleanup-{deals}-{TODAY.isoformat()}.sqlite3"
    if path.exists():
        return path
    path.parent.mkdir(exist_ok=True)
    print(f"Making {path.relative_to(ROOT)} with {deals:,} demo deals…", flush=True)
    db = open_database(path, now=NOW, language="en")
    try:
        generate_demo(db, deals=deals, seed=1, now=NOW)
    finally:
        db.close()
    return path


def fresh_copy(source: Path, folder: Path) -> Database:
    target = folder / f"run-{time.perf_counter_ns()}.sqlite3"
    shutil.copyfile(source, target)
    return open_database(target, now=NOW)


class Stopwatch:
    """Wall time and this process's CPU time of one step, in milliseconds."""

    def __init__(self) -> None:
        self.wall = time.perf_counter()
        self.cpu = time.process_time()

    def read(self) -> tuple[float, float]:
        return (
            (time.perf_counter() - self.wall) * 1000,
            (time.process_time() - self.cpu) * 1000,
        )


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    watch = Stopwatch()
    fn()
    return watch.read()


def measure_queue(db: Database, runs: int) -> tuple[list[tuple[float, float]], int]:
    samples, size = [], 0
    for _ in range(runs):
        with db.begin() as s:
            watch = Stopwatch()
            size = len(review_queue(s, today=TODAY))
            samples.append(watch.read())
    return samples, size


def measure_start(db: Database, runs: int) -> list[tuple[float, float]]:
    samples = []
    for _ in range(runs):
        session = db.Session()
        try:
            with session.begin():
                samples.append(timed(lambda s=session: start_review(s, now=NOW, today=TODAY)))
                session.rollback()  # every run starts from no review
        finally:
            session.close()
    return samples


def measure_walk(db: Database, steps: int) -> list[tuple[float, float]]:
    """Decide `steps` deals, each in its own transaction; time the read of the next."""
    with db.begin() as s:
        review_id = start_review(s, now=NOW, today=TODAY).id
    samples = []
    for i in range(steps):
        with db.begin() as s:
            step = current_step(s, review_id, today=TODAY)
            assert step is not None
            _decide(s, step.item.id, WALK[i % len(WALK)])
        with db.begin() as s:
            watch = Stopwatch()
            current_step(s, review_id, today=TODAY)
            samples.append(watch.read())
    return samples


def _decide(s, item_id: int, action: str) -> None:
    if action.startswith("park_"):
        decisions.park(s, item_id, now=NOW, today=TODAY, months=int(action[-1]))
    elif action == "archive":
        decisions.archive(s, item_id, now=NOW, today=TODAY)
    elif action == "won":
        decisions.win(s, item_id, now=NOW, today=TODAY)
    else:
        decisions.schedule_call(s, item_id, on=TODAY, now=NOW, today=TODAY)


def measure_screen(
    db: Database, steps: int
) -> tuple[tuple[float, float], list[tuple[float, float]]]:
    """The review screen offscreen: first deal shown, then key press to next deal painted."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QUndoStack
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.cleanup.decision_panel import KEYS
    from ui.cleanup.page import CleanupPage
    from ui.context import AppContext
    from ui.operations.deals import DealActions

    app = QApplication.instance() or QApplication([])
    i18n.install_language("en")
    ctx = AppContext(db, clock=lambda: NOW)
    page = CleanupPage(ctx, DealActions(ctx, QUndoStack()))
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    watch = Stopwatch()
    page.start_review()
    page.repaint()
    app.processEvents()
    first = watch.read()
    page.activateWindow()
    page.review.setFocus()
    app.processEvents()
    samples = []
    for i in range(steps):
        action = WALK[i % len(WALK)]
        key = KEYS[action]
        watch = Stopwatch()
        QTest.keyClick(
            page.review, key[0] if len(key) == 1 else key, Qt.KeyboardModifier.NoModifier
        )
        page.repaint()
        app.processEvents()
        samples.append(watch.read())
    page.close()
    return first, samples


def measure_listing(db: Database, runs: int) -> list[tuple[float, float]]:
    samples = []
    for _ in range(runs):
        with db.begin() as s:
            samples.append(timed(lambda s=s: queue_lines(s, today=TODAY)))
    return samples


def line(label: str, samples: list[tuple[float, float]], aim: float | None = None) -> str:
    wall = sorted(w for w, _ in samples)
    cpu = statistics.median(c for _, c in samples)
    median, worst = statistics.median(wall), wall[-1]
    p90 = wall[min(len(wall) - 1, int(len(wall) * 0.9))]
    verdict = "" if aim is None else ("ok" if p90 < aim else "OVER")
    aim_text = f"< {aim:.0f} ms" if aim is not None else ""
    return f"{label:44} {median:8.1f} {p90:8.1f} {worst:8.1f} {cpu:8.1f} {aim_text:>10}  {verdict}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--deals", type=int, default=100_000)
    parser.add_argument("--steps", type=int, default=60, help="deals walked through")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    source = make_database(args.deals)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        db = fresh_copy(source, tmp)
        queue, size = measure_queue(db, args.runs)
        start = measure_start(db, args.runs)
        listing = measure_listing(db, max(1, args.runs // 2))
        db.close()
        db = fresh_copy(source, tmp)
        walk = measure_walk(db, args.steps)
        db.close()
        db = fresh_copy(source, tmp)
        first, screen = measure_screen(db, args.steps)
        db.close()
    print(
        f"\nFunnel clean-up benchmark — {args.deals:,} demo deals, {size:,} in the review's queue"
    )
    print(f"as of {TODAY.isoformat()}; {args.runs} runs, {args.steps} deals walked;", end=" ")
    print(f"load average {os.getloadavg()[0]:.1f}\n")
    print(f"{'measure (ms)':44} {'median':>8} {'p90':>8} {'worst':>8} {'CPU':>8} {'aim':>10}")
    print(line("queue ready (review_queue)", queue, AIMS["queue"]))
    print(line("review started (queue + items written)", start, AIMS["start"]))
    print(line("next deal: facts and checklist read", walk, AIMS["next_service"]))
    print(line("next deal: key press to deal painted", screen, AIMS["next_screen"]))
    print(line("review screen: first deal shown (start)", [first], AIMS["start"]))
    print(line("`funnel cleanup` listing with checklist gaps", listing))
    print(
        "\nCPU is this process's own processor time (median); on a busy machine the wall\n"
        "time also holds the time spent waiting for a processor. The verdict uses p90."
    )


if __name__ == "__main__":
    main()
