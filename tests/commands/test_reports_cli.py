"""`funnel report …`: the same numbers as the services, and one-line errors."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from funnel.commands.cli import main
from funnel.pipeline.moves import lose_deal, win_deal
from tests.factories import make_deal


@pytest.fixture
def run(db_path, capsys):
    def _run(*args):
        code = main(["--db", str(db_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture
def closed(db):
    with db.begin() as s:
        won = make_deal(s, datetime(2026, 11, 2, tzinfo=UTC), value=700)
        win_deal(s, won, now=datetime(2026, 11, 9, tzinfo=UTC))
        lost = make_deal(s, datetime(2026, 11, 2, tzinfo=UTC), client=None)
        lose_deal(s, lost, reason="No budget", now=datetime(2026, 11, 5, tzinfo=UTC))


def test_report_wins_as_json_for_a_period_and_owner(run, closed):
    code, out, _ = run("report", "wins", "--from", "2026-11-01", "--to", "2026-11-30",
                       "--owner", "me", "--json")  # fmt: skip
    data = json.loads(out)
    assert code == 0
    assert (data["won"], data["lost"], data["win_rate"]) == (1, 1, 0.5)
    assert data["period"] == {"from": "2026-11-01", "to": "2026-11-30"}
    assert data["lost_reasons"] == [{"reason": "No budget", "deals": 1, "value": 1000.0}]


@pytest.mark.parametrize("name", ["conversion", "stages", "forecast", "trend", "activity",
                                  "velocity"])  # fmt: skip
def test_every_report_prints_a_table(run, closed, name):
    code, out, _ = run("report", name, "--from", "2026-11-01", "--today", "2026-11-23")
    assert code == 0
    span = "as of 2026-11-23" if name == "forecast" else "2026-11-01 to 2026-11-23"
    assert out.startswith(f"{name}: {span}")


@pytest.mark.parametrize(
    "args, message",
    [
        (("--owner", "Nobody"), "There is no owner named 'Nobody'."),
        (("--pipeline", "Nope"), "There is no pipeline named 'Nope'."),
        (("--from", "2026-11-10", "--to", "2026-11-01"), "before it starts on 2026-11-10"),
        (("--from", "2020-01-01", "--to", "2026-11-01"), "at most three years"),
    ],
)
def test_bad_input_exits_with_one_line(run, closed, args, message):
    code, out, err = run("report", "wins", *args)
    assert code == 1 and out == ""
    assert message in err and err.count("\n") == 1
