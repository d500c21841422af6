"""`funnel cleanup` and `funnel cleanup history`."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time

import pytest

from funnel.cleanup.reminder import ensure_cleanup_reminder
from funnel.cleanup.review import finish_review, start_review
from funnel.commands.cli import main
from tests.cleanup_data import build_funnel


@pytest.fixture
def run(db, db_path, capsys):
    """The file exists: commands that only read refuse a missing one."""

    def _run(*args):
        code = main(["--db", str(db_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture
def funnel(db, now, today):
    with db.begin() as s:
        return build_funnel(s, now, today)


def test_cleanup_lists_the_review_order_with_what_each_deal_misses_as_json(run, funnel):
    code, out, _ = run("cleanup", "--today", "2026-11-23", "--json")
    data = json.loads(out)
    assert code == 0
    assert [(d["deal_id"], d["reason"], d["missing"]) for d in data["deals"]] == [
        (funnel.stalled_most, "stalled", []),
        (funnel.stalled_less, "stalled", ["next_step"]),
        (funnel.no_next_step, "no_next_step", ["next_step"]),
        (funnel.returning, "returning", []),
        (funnel.silent, "rest", []),
        (funnel.fine, "rest", []),
    ]
    assert data["deals"][0]["days_over"] == 20
    assert data["due"] is None  # no reminder set up yet


def test_cleanup_prints_a_table_for_people(run, funnel):
    code, out, _ = run("cleanup", "--today", "2026-11-23")
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split()[:5] == ["#", "id", "title", "client", "stage"]
    assert "Office chairs" in lines[2] and "stalled" in lines[2]


def test_cleanup_history_shows_reviews_skipped_weeks_and_the_streak(run, db):
    monday = date(2026, 11, 16)
    with db.begin() as s:
        ensure_cleanup_reminder(s, today=monday, now=datetime.combine(monday, time(8), UTC))
        review = start_review(s, now=datetime(2026, 11, 16, 9, tzinfo=UTC), today=monday)
        finish_review(s, review.id, now=datetime(2026, 11, 16, 9, 7, tzinfo=UTC), today=monday)
    code, out, _ = run("cleanup", "history", "--today", "2026-12-01", "--json")
    data = json.loads(out)
    assert code == 0
    assert [(w["week_of"], w["skipped"], w["due"]) for w in data["weeks"]] == [
        ("2026-11-30", False, True),
        ("2026-11-23", True, False),
        ("2026-11-16", False, False),
    ]
    assert data["weeks"][2]["minutes"] == 7
    assert (data["streak"], data["skipped"]) == (0, 1)
    code, out, _ = run("cleanup", "history", "--today", "2026-12-01")
    assert code == 0 and "skipped" in out and "Streak: 0" in out


def test_cleanup_history_refuses_a_bad_number_of_weeks(run, db):
    code, _, err = run("cleanup", "history", "--weeks", "0")
    assert code == 2 and "from 1 to 520 (got 0)" in err
