"""An imported real-shaped pipeline: win rates and cycle lengths equal the same
numbers computed here, independently, from the file's own rows."""

from __future__ import annotations

import csv
import io
import random
from datetime import date, datetime, timedelta
from statistics import mean

import pytest

from funnel.imports.csvfile import parse_bytes
from funnel.imports.deals import ImportOptions, apply_import, plan_import
from funnel.owners import list_owners
from funnel.reports.period import Filters, Period
from funnel.reports.stages import stage_times
from funnel.reports.wins import wins

OWNERS = ("Ivan Petrov", "Maria Souza", "John Smith")
SOURCES = ("site", "referral", "Instagram")
YEAR = Period(date(2025, 1, 1), date(2025, 12, 31))


def make_rows(seed: int = 7, n: int = 300) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        created = datetime(2024, 11, 1) + timedelta(days=rng.randrange(420), hours=rng.randrange(9))
        status = rng.choice(("won", "lost", "lost", "open"))
        closed = created + timedelta(days=rng.randrange(1, 90)) if status != "open" else None
        rows.append({
            "Title": f"Deal {i}", "Client": f"Client {i % 120}",
            "Value": str(rng.randrange(1, 50) * 100),
            "Owner": rng.choice(OWNERS), "Source": rng.choice(SOURCES),
            "Created": created.strftime("%Y-%m-%d %H:%M"),
            "Closed": closed.strftime("%Y-%m-%d %H:%M") if closed else "",
            "Status": status, "Stage": "Proposal sent",
        })  # fmt: skip
    return rows


def import_rows(session, now, rows):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    plan = plan_import(session, parse_bytes(out.getvalue().encode(), name="deals.csv"), None,
                       ImportOptions(currency="USD"))  # fmt: skip
    assert not plan.errors, plan.errors[:3]
    apply_import(session, plan, now=now)


def in_year(row) -> bool:
    return row["Closed"] != "" and row["Closed"][:4] == "2025" and row["Status"] != "open"


def test_win_rates_and_cycles_match_the_files_own_numbers(session, now):
    rows = make_rows()
    import_rows(session, now, rows)
    closed = [r for r in rows if in_year(r)]
    owners = {o.name: o.id for o in list_owners(session)}
    report = wins(session, YEAR)
    expected_rate = sum(r["Status"] == "won" for r in closed) / len(closed)
    assert report.win_rate == pytest.approx(expected_rate)
    by_owner = {r.name: r.win_rate for r in report.by_owner}
    for owner in OWNERS:
        mine = [r for r in closed if r["Owner"] == owner]
        assert by_owner[owner] == pytest.approx(sum(r["Status"] == "won" for r in mine) / len(mine))
        # The owner filter gives the same rate on its own.
        alone = wins(session, YEAR, Filters(owner_id=owners[owner]))
        assert alone.win_rate == pytest.approx(by_owner[owner])

    def days(r) -> float:
        fmt = "%Y-%m-%d %H:%M"
        return (
            datetime.strptime(r["Closed"], fmt) - datetime.strptime(r["Created"], fmt)
        ) / timedelta(days=1)

    won_days = sorted(days(r) for r in closed if r["Status"] == "won")
    cycle = stage_times(session, YEAR)
    assert cycle.won == len(won_days)
    assert cycle.cycle_mean_days == pytest.approx(mean(won_days))
    # The median is read to the hour.
    middle = won_days[(len(won_days) - 1) // 2]
    assert cycle.cycle_median_days == pytest.approx(int(middle * 24) / 24)
    assert sum(b.deals for b in cycle.cycle) == len(won_days)
