import json
import sqlite3

import pytest

from funnel.commands.cli import main
from funnel.store.db import open_database
from tests.factories import make_deal


@pytest.fixture
def run(db, db_path, capsys):
    """Run `funnel --db <tmp> ...` on an existing file (commands that only
    read refuse a missing one); return (exit code, stdout, stderr)."""

    def _run(*args):
        code = main(["--db", str(db_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def test_pipelines_json_lists_stages_in_order(run):
    code, out, _ = run("pipelines", "--json")
    data = json.loads(out)
    assert code == 0
    assert data[0]["kind"] == "sales"
    assert data[0]["stages"][0] == {
        "id": 1, "name": "New lead", "position": 0, "rot_days": 3, "probability": 10,
    }  # fmt: skip


def test_move_then_history_with_days_spent(run, db, now):
    from tests.factories import make_deal

    with db.begin() as s:
        deal = make_deal(s, now, "Kitchen set")
    code, out, _ = run("move", str(deal), "--stage", "proposal sent", "--today", "2026-11-30")
    assert code == 0 and "Proposal sent" in out
    code, out, _ = run("history", str(deal), "--json", "--today", "2026-12-02")
    history = json.loads(out)
    assert [h["to_stage"] for h in history] == ["New lead", "Proposal sent"]
    assert [h["days_spent"] for h in history] == [7, 2]


def test_deals_json_has_days_in_stage_as_of_today(run, db, now):
    from tests.factories import make_deal

    with db.begin() as s:
        make_deal(s, now, "Kitchen set", value="1500")
    code, out, _ = run("deals", "--json", "--today", "2026-12-03")
    [deal] = json.loads(out)
    assert code == 0
    assert deal["title"] == "Kitchen set"
    assert deal["value"] == 1500.0
    assert deal["days_in_stage"] == 10
    assert {"id", "client", "pipeline", "stage", "status"} <= deal.keys()


@pytest.mark.parametrize(
    "args, message",
    [
        (("move", "999", "--stage", "New lead"), "no deal with id 999"),
        (("deals", "--pipeline", "Nope"), "no pipeline named 'Nope'"),
        (("lost", "1", "--reason", ""), "Say why the deal was lost"),
    ],
)
def test_bad_input_exits_non_zero_with_one_line(run, args, message):
    code, _out, err = run(*args)
    assert code == 1
    assert message in err
    assert err.count("\n") == 1


def test_bad_date_is_refused_by_the_parser_in_one_line(run):
    code, _, err = run("deals", "--today", "01/02/2026")
    assert code == 2
    assert err.count("\n") == 1 and "not a date of the form YYYY-MM-DD" in err


def test_won_lost_archive(run, db, now):
    from tests.factories import make_deal

    with db.begin() as s:
        a, b, c = (make_deal(s, now, t) for t in "ABC")
    assert run("won", str(a))[0] == 0
    assert run("lost", str(b), "--reason", "No budget")[0] == 0
    assert run("archive", str(c))[0] == 0
    code, out, _ = run("deals", "--status", "all", "--json")
    assert {d["title"]: d["status"] for d in json.loads(out)} == {
        "A": "won", "B": "lost", "C": "archived",
    }  # fmt: skip
    code, _, err = run("won", str(a))
    assert code == 1 and "already won" in err


def test_check_reports_a_healthy_file(run):
    code, out, _ = run("check", "--json")
    assert code == 0 and json.loads(out) == {"ok": True, "problems": []}


def test_check_names_a_status_another_program_wrote(run, db_path, db, now):
    """The status column reads back as DealStatus; a word outside it, written
    by hand or by another tool, is reported by `check`, not a crash."""
    with db.begin() as s:
        deal = make_deal(s, now, "Odd one")
    with sqlite3.connect(db_path) as con:
        con.execute("UPDATE deal SET status = 'pending' WHERE id = ?", (deal,))
    code, out, _ = run("check", "--json")
    assert json.loads(out)["problems"] == [f"deal {deal} has an unknown status 'pending'"]
    assert code != 0


def test_backup_makes_a_copy_and_will_not_overwrite(run, tmp_path, db, now):
    target = tmp_path / "copy.sqlite3"
    code, _out, _ = run("backup", str(target))
    assert code == 0 and target.exists()
    code, _, err = run("backup", str(target))
    assert code == 1 and "--force" in err
    copy = open_database(target, now=now)
    copy.close()
