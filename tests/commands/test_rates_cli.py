"""`funnel rates …` and the converted line of `funnel summary`."""

from __future__ import annotations

import json

import pytest

from funnel.commands.cli import main
from funnel.store.profile import Profile, save_profile
from tests.factories import make_deal


@pytest.fixture
def run(db_path, capsys):
    def _run(*args):
        code = main(["--db", str(db_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture
def mixed(db, now):
    """Home currency BRL; 2,000 BRL and 1,000 EUR open in the first stage."""
    with db.begin() as s:
        save_profile(s, Profile("", "BRL", "BR"))
        make_deal(s, now, "Site", value=2000, currency="BRL")
        make_deal(s, now, "Shop", value=1000, currency="EUR", client="Bruno Lima")


def test_set_then_list_as_json(run, mixed):
    assert run("rates", "set", "eur", "5,45", "--on", "2026-12-01")[0] == 0
    assert run("rates", "set", "EUR", "5.60", "--on", "2026-12-10")[0] == 0
    code, out, _ = run("rates", "list", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["home_currency"] == "BRL"
    assert [(r["currency"], r["rate"], r["on"]) for r in data["rates"]] == [
        ("EUR", "5.6", "2026-12-10"),
        ("EUR", "5.45", "2026-12-01"),
    ]


def test_summary_adds_currencies_only_with_rates_and_says_so(run, mixed):
    code, out, _ = run("summary", "--today", "2026-12-05")
    assert code == 0
    assert "No exchange rate for EUR" in out
    assert "≈" not in out

    run("rates", "set", "EUR", "5.45", "--on", "2026-12-01")
    code, out, _ = run("summary", "--today", "2026-12-05")
    assert "≈ 7,450.00 BRL in all, at rates of 2026-12-01" in out
    code, out, _ = run("summary", "--today", "2026-11-30", "--json")  # before the rate's day
    assert json.loads(out)["converted"]["missing_rates"] == ["EUR"]
    code, out, _ = run("summary", "--today", "2026-12-05", "--json")
    data = json.loads(out)
    assert data["converted"]["total"] == "7450.00"
    assert data["stages"][0]["converted"]["total"] == "7450.00"
    assert {t["currency"] for t in data["stages"][0]["totals"]} == {
        "BRL",
        "EUR",
    }  # still per currency


def test_remove_a_day_then_the_currency(run, mixed):
    run("rates", "set", "EUR", "5.45", "--on", "2026-12-01")
    run("rates", "set", "EUR", "5.60", "--on", "2026-12-10")
    assert run("rates", "remove", "EUR", "--on", "2026-12-10")[0] == 0
    code, out, _ = run("rates", "remove", "EUR")
    assert (code, out.strip()) == (0, "Removed the EUR rate of 2026-12-01.")
    assert json.loads(run("rates", "list", "--json")[1])["rates"] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("set", "EUX", "5"), "'EUX' is not a known currency"),
        (("set", "EUR", "0"), "A rate must be more than zero (got '0')"),
        (("set", "EUR", "five"), "'five' is not a rate"),
        (("set", "EUR", "5", "--on", "2026-02-30"), "'2026-02-30' is not a date"),
        (("remove", "USD"), "There is no rate for USD."),
    ],
)
def test_bad_input_gets_one_line_and_a_failing_exit(run, mixed, args, message):
    code, _, err = run("rates", *args)
    assert code != 0
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert json.loads(run("rates", "list", "--json")[1])["rates"] == []
