"""How soon the window appears, and its cards, against a bare Qt window (issue 10, item 25).

    .venv/bin/python benchmarks/bench_startup.py [--deals 100000] [--db FILE] [--runs 7]

Without `--db` it makes (once, then reuses) `bench-data/startup-<deals>.sqlite3`
with `funnel.demo.generate_demo`, the same data as `funnel demo --deals N`
(10,000 open deals on the main board for 100,000).

Each round starts three processes one after the other, each measured from the
moment the parent starts it (`time.perf_counter`, CLOCK_MONOTONIC, which the
children read too):

- bare: `python -c` that makes a QApplication and shows an empty QMainWindow;
- funnel: `python main.py --db FILE`, as a person starts it;
- classic: the start-up as it was before issue 10 (every subcommand module
  parsed, `ui.app.run_app`: the whole app imported, then the window built and
  its board read before anything is shown), for comparison.

The app prints its moments when FUNNEL_STARTUP_TRACE is set (ui/startup.py):
`exposed` (the first window on screen: the frame), `window` (the real window,
working) and `cards` (the board's cards painted); FUNNEL_STARTUP_QUIT ends it
there. The report gives the medians, and the differences to the bare window
of the same round (the figures the issue sets aims for: frame within 0.5 s
of a bare window, cards within 1.2 s).

Runs on the display in $DISPLAY (a real X server or Xvfb); without one, on
Qt's offscreen platform (no window manager: the figures are a lower bound).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AIM_FRAME_S = 0.5  # the window's frame, after a bare window
AIM_CARDS_S = 1.2  # the board's cards, after a bare window

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMainWindow

class Exposed(QObject):
    def eventFilter(self, watched, event):
        exposed = event.type() == QEvent.Type.Expose and isinstance(watched, QWindow)
        if exposed and watched.isExposed():
            print(f"STARTUP exposed {time.perf_counter():.6f}", file=sys.stderr, flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv)
watcher = Exposed()
app.installEventFilter(watcher)
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.exec()
"""

CLASSIC = """
import sys
from funnel.commands.cli import build_parser
build_parser()
from ui.app import make_application, run_app
from ui.startup import install_trace
install_trace(make_application(["funnel"]))
sys.exit(run_app(sys.argv[1], ["funnel"]))
"""


def make_database(deals: int) -> Path:
    from funnel.demo import generate_demo
    from funnel.store.db import open_database

    path = ROOT / "bench-data" / f"startup-{deals}.sqlite3"
    if path.exists():
        return path
    path.parent.mkdir(exist_ok=True)
    print(f"Making {path.relative_to(ROOT)} with {deals:,} demo deals…", flush=True)
    now = datetime.now(UTC)
    db = open_database(path, now=now, language="en")
    try:
        generate_demo(db, deals=deals, seed=1, now=now)
    finally:
        db.close()
    return path


def run(args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Start a process; its moments in seconds from the start."""
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    moments = {}
    for line in out.stderr.splitlines():
        if line.startswith("STARTUP "):
            _, what, at = line.split()
            moments[what] = float(at) - started
    if out.returncode != 0 or "exposed" not in moments:
        raise SystemExit(f"the measured process failed ({out.returncode}):\n{out.stderr[-2000:]}")
    return moments


def environment() -> dict[str, str]:
    home = tempfile.mkdtemp(prefix="funnel-startup-")  # fresh settings: no saved geometry
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        FUNNEL_STARTUP_TRACE="1",
        FUNNEL_STARTUP_QUIT="1",
        XDG_CONFIG_HOME=home,
        XDG_DATA_HOME=home,
        LANG="en_US.UTF-8",
    )
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def median(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--deals", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="an existing demo database to open")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-classic", action="store_true", help="skip the old start-up")
    args = parser.parse_args()
    db_path = args.db or make_database(args.deals)
    env = environment()
    rounds = []
    for i in range(args.runs):
        bare = run(["-c", BARE], env)
        funnel = run([str(ROOT / "main.py"), "--db", str(db_path)], env)
        classic = {} if args.no_classic else run(["-c", CLASSIC, str(db_path)], env)
        rounds.append((bare, funnel, classic))
        print(
            f"round {i + 1}: bare {bare['exposed']:.2f} s, funnel frame "
            f"{funnel['exposed']:.2f} s, window {funnel.get('window', float('nan')):.2f} s, "
            f"cards {funnel.get('cards', float('nan')):.2f} s"
            + (f"; classic window {classic['exposed']:.2f} s" if classic else ""),
            flush=True,
        )

    def diff(which: int, key: str) -> list[float]:
        return [r[which][key] - r[0]["exposed"] for r in rounds if key in r[which]]

    def ratio(which: int, key: str) -> list[float]:
        return [r[which][key] / r[0]["exposed"] for r in rounds if key in r[which]]

    platform = env.get("QT_QPA_PLATFORM") or f"X display {env.get('DISPLAY')}"
    print(f"\nFunnel start-up — {db_path.name}, {args.runs} rounds, {platform}, "
          f"load average {os.getloadavg()[0]:.1f}\n")  # fmt: skip
    print(f"{'moment':40} {'median':>9} {'after bare':>11} {'× bare':>7} {'aim':>10}")
    print(f"{'bare QMainWindow exposed':40} {median([r[0]['exposed'] for r in rounds]):>9}")
    lines = [
        ("funnel: window frame exposed", 1, "exposed", AIM_FRAME_S),
        ("funnel: real window exposed", 1, "window", None),
        ("funnel: board cards painted", 1, "cards", AIM_CARDS_S),
        ("classic: window exposed (cards in it)", 2, "exposed", None),
    ]
    for label, which, key, aim in lines:
        values = [r[which][key] for r in rounds if key in r[which]]
        if not values:
            continue
        after = statistics.median(diff(which, key))
        aim_text = f"≤ +{aim:.1f} s {'ok' if after <= aim else 'OVER'}" if aim else ""
        print(
            f"{label:40} {median(values):>9} {'+' + format(after, '.2f') + ' s':>11} "
            f"{statistics.median(ratio(which, key)):>6.1f}× {aim_text:>10}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
