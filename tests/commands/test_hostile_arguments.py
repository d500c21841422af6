"""Every subcommand fed hostile values: a non-zero exit, exactly one line on
stderr, no traceback, and the database exactly as it was."""

import hashlib
import sqlite3

import pytest

from funnel.commands.cli import main
from tests.factories import make_deal

BIG = "99999999999999999999"
HUGE_DAY = "9999-12-31"
TINY_DAY = "0001-01-01"


def _cases():
    ids = [
        ("move", BIG, "--stage", "Negotiation"),
        ("move", "-1", "--stage", "Negotiation"),
        ("won", BIG),
        ("won", "0"),
        ("won", "abc"),
        ("lost", BIG, "--reason", "price"),
        ("archive", BIG),
        ("reopen", BIG),
        ("history", BIG),
        ("done", BIG),
        ("snooze", BIG, "--to", "tomorrow"),
        ("park", BIG, "--months", "1"),
        ("unpark", BIG),
        ("activity", "add", "--deal", BIG, "--kind", "call", "--due", "2026-12-01",
         "--subject", "x"),
        ("activity", "list", "--deal", BIG),
        ("activity", "list", "--client", BIG),
        ("stalled", "--limit", BIG),
        ("agenda", "--limit", BIG),
        ("agenda", "--days", BIG),
        ("cleanup", "history", "--weeks", "99999999"),
        ("park", "1", "--months", BIG),
        ("demo", "--deals", BIG, "--append"),
        ("demo", "--seed", "-1", "--append"),
    ]  # fmt: skip
    days = [
        (command, *extra, "--today", day)
        for command, *extra in (("agenda",), ("future",), ("stalled",), ("cleanup",),
                                ("demo", "--append"), ("won", "1"), ("deals",))
        for day in (TINY_DAY, HUGE_DAY)
    ]  # fmt: skip
    dates = [
        ("activity", "add", "--deal", "1", "--kind", "call", "--due", HUGE_DAY, "--subject", "x"),
        ("activity", "add", "--deal", "1", "--kind", "call", "--due", TINY_DAY, "--subject", "x"),
        ("park", "1", "--until", HUGE_DAY),
        ("snooze", "1", "--to", HUGE_DAY),
        ("snooze", "1", "--to", "2026-11-01"),  # earlier than it is due
    ]
    rules = [
        ("activity", "add", "--deal", "1", "--kind", "call", "--due", "2026-12-01",
         "--subject", "x", "--rrule", rule)
        for rule in ("FREQ=DAILY;INTERVAL=0", "FREQ=DAILY;INTERVAL=-1",
                     f"FREQ=DAILY;INTERVAL={BIG}", "FREQ=DAILY;COUNT=0",
                     "FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=2", "FREQ=DAILY;BYMONTHDAY=x",
                     "FREQ=WEEKLY;BYDAY=XX")
    ]  # fmt: skip
    files = [
        ("import", "deals", "/nonexistent/deals.csv"),
        ("export-ics", "/nonexistent/folder/out.ics"),
        ("backup", "/proc/funnel-backup.sqlite3"),
    ]
    return ids + days + dates + rules + files


def _fingerprint(path) -> str:
    con = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
    finally:
        con.close()


@pytest.fixture
def filled(db, db_path, now):
    from funnel.followups.activities import add_activity

    with db.write() as s:
        deal = make_deal(s, now, "Kitchen set")
        add_activity(s, kind="call", subject="Call", due_date=now.date(), deal_id=deal, now=now)
    db.close()
    return db_path


@pytest.mark.parametrize("args", _cases(), ids=lambda a: " ".join(a)[:60])
def test_a_hostile_argument_gets_one_line_and_changes_nothing(filled, capsys, args):
    before = _fingerprint(filled)
    code = main(["--db", str(filled), *args])
    out, err = capsys.readouterr()
    assert code in (1, 2), (out, err)
    assert err.count("\n") == 1 and err.startswith("funnel"), err
    assert "Traceback" not in err and "unexpected error" not in err, err
    assert _fingerprint(filled) == before
