"""`funnel segments|pareto|ltv|lost-clients|campaign`: the same figures as the page, as JSON."""

from __future__ import annotations

import json

from funnel.commands.cli import main
from tests.customers.buyers import buyer


def run(capsys, db_path, *argv) -> dict | list:
    assert main(["--db", str(db_path), *argv]) == 0
    return json.loads(capsys.readouterr().out)


def test_segments_pareto_ltv_lost_and_a_campaign_as_json(db, db_path, capsys, today):
    with db.begin() as s:
        buyer(s, "Ann", [40], today, amount=900)
        buyer(s, "Bob", [5, 50, 100, 150], today, amount=100)
        buyer(s, "Cid", [400], today, amount=50)
    day = today.isoformat()
    matrix = run(capsys, db_path, "segments", "--as-of", day, "--json")
    cells = {c["key"]: c for c in matrix["cells"]}
    assert cells["f0r1"]["clients"] == 1 and cells["f2r0"]["revenue"] == "400.00"
    assert matrix["active"]["share"] == round(1 / 3, 4) and matrix["active"]["target"] == 0.3
    assert len(matrix["active_history"]) == 13
    assert (
        run(capsys, db_path, "pareto", "--today", day, "--all-time", "--json")["top_clients"] == 1
    )
    assert run(capsys, db_path, "ltv", "--today", day, "--json")["overall"]["clients"] == 3
    lost = run(capsys, db_path, "lost-clients", "--today", day, "--json")
    assert [c["name"] for c in lost["clients"]] == ["Cid"]
    built = run(capsys, db_path, "campaign", "create", "--name", "Wake", "--cell", "f0r1",
                "--today", day, "--json")  # fmt: skip
    assert built["activities"] == 1
    shown = run(capsys, db_path, "campaign", "show", str(built["campaign_id"]), "--members",
                "--today", day, "--json")  # fmt: skip
    activity = shown["member_rows"][0]["activity_id"]
    run(capsys, db_path, "campaign", "outcome", str(activity), "bought", "--today", day, "--json")
    shown = run(capsys, db_path, "campaign", "show", "1", "--today", day, "--json")
    assert shown["by_status"]["bought"] == 1 and shown["result"]["bought"] == 1


def test_saving_limits_from_the_command_line(db, db_path, capsys, today):
    with db.begin() as s:
        buyer(s, "Ann", [10, 20], today)
    matrix = run(capsys, db_path, "segments", "--count-limits", "2,5", "--name", "f0r0=Fresh",
                 "--as-of", today.isoformat(), "--json")  # fmt: skip
    assert matrix["settings"]["count_limits"] == [2, 5]
    assert next(c for c in matrix["cells"] if c["key"] == "f0r0")["name"] == "Fresh"
    assert matrix["cells"][0]["clients"] == 1


def test_a_campaign_with_a_held_out_share_from_the_command_line(db, db_path, capsys, today):
    with db.begin() as s:
        for i in range(10):
            buyer(s, f"Sleepy {i}", [40], today)
    day = today.isoformat()
    built = run(capsys, db_path, "campaign", "create", "--name", "Wake", "--filter", "sleepy",
                "--control-percent", "20", "--control-seed", "3", "--today", day,
                "--json")  # fmt: skip
    assert (built["activities"], built["held_out"]) == (8, 2)
    shown = run(capsys, db_path, "campaign", "show", str(built["campaign_id"]), "--today", day,
                "--json")  # fmt: skip
    assert shown["control"] == {"percent": 20, "clients": 2, "bought": 0, "rate": 0.0,
                                "revenue": "0.00", "small": True}  # fmt: skip
    assert shown["members"] == 8
    assert main(["--db", str(db_path), "campaign", "create", "--name", "X", "--cell", "f0r1",
                 "--control-percent", "70", "--today", day]) == 1  # fmt: skip
    assert "0 to 50 per cent" in capsys.readouterr().err
