"""Several processes on one file at once — moves, won/lost, imports,
activities — for a few seconds; then every invariant holds and every
operation that reported success is in the file."""

import json
import os
import subprocess
import sys
import textwrap
import threading

from sqlalchemy import func, select

from funnel.errors import ValidationError
from funnel.pipeline.moves import win_deal
from funnel.store.db import open_database
from funnel.store.integrity import check_database
from funnel.store.models import Activity, Deal, DealStatus, Purchase
from tests.conftest import NOW
from tests.factories import make_deal

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SECONDS = 5
WORKERS = 4
HOT_DEALS = 8  # few deals, so the workers collide on them

WORKER = textwrap.dedent(
    """
    import contextlib, io, json, random, sys, time
    from funnel.commands.cli import main
    db, seed, seconds, hot, csv = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), \\
        int(sys.argv[4]), sys.argv[5]
    rng = random.Random(seed)
    stages = ["New lead", "Contact made", "Proposal sent", "Negotiation"]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        deal = str(rng.randint(1, hot))
        op = rng.choice(["move", "won", "lost", "reopen", "activity", "import"])
        args = {
            "move": ["move", deal, "--stage", rng.choice(stages)],
            "won": ["won", deal],
            "lost": ["lost", deal, "--reason", "price"],
            "reopen": ["reopen", deal],
            "activity": ["activity", "add", "--deal", deal, "--kind", "call",
                         "--due", "2026-12-01", "--subject", "Stress call"],
            "import": ["import", "deals", csv, "--currency", "USD"],
        }[op]
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            code = main(["--db", db, *args])
        print(json.dumps({"op": op, "code": code, "err": err.getvalue().strip()}), flush=True)
    """
)

IMPORT_ROWS = 5


def test_won_twice_at_once_records_one_purchase(db_path, db, now):
    with db.write() as s:
        deal = make_deal(s, now, "Kitchen set", value="1500")
    other = open_database(db_path, now=NOW)
    outcome: list[str] = []
    started = threading.Event()

    def second():
        started.set()
        try:
            with other.write() as s2:
                win_deal(s2, deal, now=now)
            outcome.append("won")
        except ValidationError as exc:
            outcome.append(str(exc))

    with db.write() as s:
        win_deal(s, deal, now=now)
        thread = threading.Thread(target=second)
        thread.start()
        started.wait()
        thread.join(0.2)  # the second is now waiting for the lock
    thread.join(5)
    other.close()
    assert outcome == ["Deal 'Kitchen set' is already won."]
    with db.read() as s:
        assert s.scalar(select(func.count(Purchase.id))) == 1


def test_several_processes_on_one_file_keep_every_invariant(tmp_path, db_path, db, now):
    with db.write() as s:
        for n in range(HOT_DEALS):
            make_deal(s, now, f"Deal {n}", value="1000")
    db.close()
    csv = tmp_path / "deals.csv"
    rows = "\n".join(f"Imported {n},{n + 1}00,Owner {n},Client {n}" for n in range(IMPORT_ROWS))
    csv.write_text(f"Title,Value,Owner,Client\n{rows}\n")
    script = tmp_path / "worker.py"
    script.write_text(WORKER)
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                str(script),
                str(db_path),
                str(seed),
                str(SECONDS),
                str(HOT_DEALS),
                str(csv),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in range(WORKERS)
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=SECONDS + 60)
        assert proc.returncode == 0, err
        results += [json.loads(line) for line in out.splitlines()]
    assert len(results) >= WORKERS * 2  # they did run, and at once
    assert all("Traceback" not in r["err"] and "unexpected" not in r["err"] for r in results)
    assert all(r["err"].count("\n") == 0 for r in results)

    db = open_database(db_path, now=NOW, create=False)
    with db.read() as s:
        assert check_database(s) == []
        won = s.scalar(select(func.count(Deal.id)).where(Deal.status == DealStatus.WON.value))
        won_with_client = s.scalar(
            select(func.count(Deal.id)).where(
                Deal.status == DealStatus.WON.value, Deal.client_id.is_not(None)
            )
        )
        purchases = s.scalar(select(func.count(Purchase.id)))
        on_not_won = s.scalar(
            select(func.count(Purchase.id))
            .join(Deal, Deal.id == Purchase.deal_id)
            .where(Deal.status != DealStatus.WON.value)
        )
        activities = s.scalar(select(func.count(Activity.id)))
        deals = s.scalar(select(func.count(Deal.id)))
    db.close()
    succeeded = {op: sum(r["code"] == 0 for r in results if r["op"] == op) for op in
                 ("activity", "import", "won")}  # fmt: skip
    assert purchases == won_with_client and on_not_won == 0
    assert won <= HOT_DEALS
    assert activities == succeeded["activity"]
    assert deals == HOT_DEALS + IMPORT_ROWS * succeeded["import"]
    imports = [r for r in results if r["op"] == "import"]
    assert all(r["code"] == 0 or "Another program is writing" in r["err"] for r in imports)


def test_two_imports_at_once_both_land_whole(tmp_path, db_path, db):
    """Ids planned from a max id read outside the write lock made the second
    import fail with 'UNIQUE constraint failed: owner.id' every time."""
    db.close()
    csv = tmp_path / "deals.csv"
    rows = "\n".join(f"Deal {n},{n}00,Seller {n % 3},Client {n}" for n in range(300))
    csv.write_text(f"Title,Value,Owner,Client\n{rows}\n")
    args = [
        sys.executable,
        "-m",
        "funnel",
        "--db",
        str(db_path),
        "import",
        "deals",
        str(csv),
        "--currency",
        "USD",
    ]
    procs = [
        subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    for proc in procs:
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert "Traceback" not in err and "UNIQUE" not in err
    db = open_database(db_path, now=NOW, create=False)
    with db.read() as s:
        assert s.scalar(select(func.count(Deal.id))) == 600
        assert check_database(s) == []
    db.close()
