"""`funnel duplicates` and `funnel merge` work headless."""

from __future__ import annotations

import json

import pytest

from funnel.commands.cli import main
from funnel.customers.clients import create_client, get_client


@pytest.fixture
def run(db_path, capsys):
    def _run(*args):
        code = main(["--db", str(db_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture
def pair(db, now):
    with db.begin() as s:
        a = create_client(s, name="Anna Ivanova", emails=["anna.ivanova@gmail.com"], now=now)
        b = create_client(
            s, name="Анна Иванова", company="Romashka", emails=["AnnaIvanova@gmail.com"], now=now
        )
    return a, b


def test_duplicates_json_lists_the_group_with_its_reason(run, pair):
    code, out, _ = run("duplicates", "--json")

    [group] = json.loads(out)
    assert code == 0
    assert group["reasons"] == ["same_email"]
    assert group["score"] == 100
    assert [c["id"] for c in group["clients"]] == list(pair)


def test_duplicates_table_and_min_score(run, pair):
    code, out, _ = run("duplicates")
    assert code == 0 and "same e-mail" in out and "Анна Иванова" in out

    code, out, _ = run("duplicates", "--min-score", "101")
    assert code == 0 and "(none)" in out


def test_merge_takes_a_field_from_the_other_and_unmerge_undoes_it(run, db, pair):
    a, b = pair
    code, out, _ = run("merge", str(a), str(b), "--take", f"name={b}", "--json")
    result = json.loads(out)
    assert code == 0 and result["survivor_id"] == a
    with db.begin() as s:
        assert get_client(s, a).name == "Анна Иванова"
        assert get_client(s, a).company == "Romashka"

    code, out, _ = run("unmerge", str(result["merge_id"]))
    assert code == 0 and "undone" in out
    with db.begin() as s:
        assert get_client(s, a).name == "Anna Ivanova"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--take", "name"], "FIELD=ID"),
        (["--take", "colour=1"], "not one of the fields"),
    ],
)
def test_merge_with_a_bad_take_says_why(run, pair, args, message):
    a, b = pair
    code, _, err = run("merge", str(a), str(b), *args)
    assert code == 1 and message in err


def test_merging_a_missing_client_fails_with_a_reason(run, pair):
    code, _, err = run("merge", str(pair[0]), "999")
    assert code == 1 and "no client with id 999" in err
