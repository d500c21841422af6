import json

import pytest
from sqlalchemy import func, select

from funnel.commands.cli import main
from funnel.imports.currency import HOME_CURRENCY_KEY
from funnel.store.db import open_database
from funnel.store.models import Deal
from funnel.store.settings import set_setting

AMO = (
    "ID;Название сделки;Бюджет ;Этап сделки;Дата создания сделки;Дата закрытия;"
    "Полное имя контакта;Источник;Источник\r\n"
    "1;Кухня;150 000;Замер;01.03.2017;не закрыта;Анна;сайт;vk\r\n"
    "2;Шкаф;45000;Успешно реализовано;22.03.2022 13:32:57;25.03.2022 10:00:00;Анна;;\r\n"
)


@pytest.fixture(autouse=True)
def home_currency(db_path, now):
    """The person chose roubles at first start."""
    db = open_database(db_path, now=now)
    try:
        with db.begin() as s:
            set_setting(s, HOME_CURRENCY_KEY, "RUB")
    finally:
        db.close()


@pytest.fixture
def run(db, db_path, capsys):
    """The file exists: commands that only read refuse a missing one."""

    def _run(*args):
        code = main(["--db", str(db_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture
def deal_count(db_path, now):
    def _count():
        db = open_database(db_path, now=now)
        try:
            with db.begin() as s:
                return s.scalar(select(func.count(Deal.id)))
        finally:
            db.close()

    return _count


def write(tmp_path, text, encoding="utf-8", name="deals.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def test_import_prints_the_mapping_and_counts(run, tmp_path, deal_count):
    code, out, _ = run("import", "deals", write(tmp_path, AMO, "cp1251"))
    assert code == 0
    assert "cp1251, semicolon-separated" in out
    assert "title    ← Название сделки" in out
    assert "value    ← Бюджет" in out
    assert "Imported 2 deals into 'Current sales' (1 open, 1 won)" in out
    assert "new clients: 1" in out
    assert "new stage: Current sales › Замер" in out
    assert deal_count() == 2


def test_dry_run_reports_but_writes_nothing(run, tmp_path, deal_count):
    code, out, _ = run("import", "deals", write(tmp_path, AMO), "--dry-run")
    assert code == 0
    assert "Would import 2 deals" in out and "Dry run: nothing was written." in out
    assert deal_count() == 0


def test_map_chooses_columns_for_unrecognised_headers(run, tmp_path, deal_count):
    text = "Project;Money;Step\nKitchen;1 500,50;Measure\n"
    code, out, _ = run(
        "import", "deals", write(tmp_path, text),
        "--map", "title=Project", "value=Money", "--map", "stage=Step", "--json",
    )  # fmt: skip
    data = json.loads(out)
    assert code == 0
    assert data["mapping"] == {"title": "Project", "value": "Money", "stage": "Step"}
    assert data["imported"] is True and data["result"]["deals"] == 1
    assert data["new_stages"] == [{"pipeline": "Current sales", "name": "Measure"}]
    code, out, _ = run("deals", "--json")
    assert json.loads(out)[0]["value"] == 1500.5


def test_map_with_an_empty_column_leaves_a_recognised_field_out(run, tmp_path):
    text = "Title,Stage\nA,Measure\n"
    code, out, _ = run("import", "deals", write(tmp_path, text), "--map", "stage=", "--json")
    assert code == 0
    assert json.loads(out)["new_stages"] == []


def test_bad_rows_exit_1_and_write_nothing(run, tmp_path, deal_count):
    text = "Title,Value,Created\nA,1,01.03.2017\nB,x,01.03.2017\nC,2,31.02.2017\n"
    code, out, err = run("import", "deals", write(tmp_path, text))
    assert code == 1
    assert "line 3: 'Value' has 'x', which is not an amount of money" in out
    assert "line 4: 'Created' has '31.02.2017', which is not a real date" in out
    assert "Nothing was written" in out
    assert "2 row(s) of deals.csv cannot be imported" in err
    assert deal_count() == 0


def test_skip_bad_rows_imports_the_rest_and_lists_the_bad_ones(run, tmp_path, deal_count):
    text = "Title,Value\nA,1\nB,x\n"
    code, out, _ = run("import", "deals", write(tmp_path, text), "--skip-bad-rows")
    assert code == 0
    assert "line 3:" in out and "These rows were skipped." in out
    assert deal_count() == 1


def test_won_and_lost_words_and_target_pipeline(run, tmp_path):
    text = "Title,Result\nA,Paid\nB,Refused\nC,open\n"
    code, out, _ = run(
        "import", "deals", write(tmp_path, text), "--map", "status=Result",
        "--won-word", "paid", "--lost-word", "Refused", "--pipeline", "current sales", "--json",
    )  # fmt: skip
    assert code == 0, out
    assert json.loads(out)["by_status"] == {"won": 1, "lost": 1, "open": 1}


def test_explicit_encoding_and_delimiter(run, tmp_path):
    text = "Title;Value\nКухня;1\n"
    path = write(tmp_path, text, "cp1251")
    code, out, _ = run(
        "import", "deals", path, "--encoding", "cp1251", "--delimiter", "semicolon", "--json"
    )
    assert code == 0
    assert json.loads(out)["encoding"] == "cp1251"


@pytest.mark.parametrize(
    "args, message",
    [
        (("--map", "title=Nope"), "--map title=Nope: deals.csv has no column 'Nope'"),
        (("--map", "colour=Title"), "'colour' is not a field"),
        (("--map", "title"), "--map takes FIELD=COLUMN"),
        (("--delimiter", "|"), "'|' is not a delimiter"),
        (("--pipeline", "Nope"), "no pipeline named 'Nope'"),
    ],
)
def test_bad_arguments_exit_1_with_one_line_naming_the_problem(run, tmp_path, args, message):
    code, _out, err = run("import", "deals", write(tmp_path, "Title,Value\nA,1\n"), *args)
    assert code == 1
    assert message in err
    assert err.count("\n") == 1


def test_a_column_missing_from_the_map_names_the_columns_there_are(run, tmp_path):
    code, _out, err = run("import", "deals", write(tmp_path, "Name,Value\nA,1\n"), "--map",
                          "title=Title")  # fmt: skip
    assert code == 1
    assert "has no column 'Title'. Its columns are: 'Name', 'Value'." in err


def test_a_malformed_file_is_named_with_its_line(run, tmp_path):
    code, _out, err = run("import", "deals", write(tmp_path, 'Title,Notes\nA,"open\n'))
    assert code == 1
    assert "deals.csv line 2: this is not valid CSV" in err


def test_a_file_without_a_title_column_asks_for_one(run, tmp_path):
    code, _out, err = run("import", "deals", write(tmp_path, "Foo,Bar\n1,2\n"))
    assert code == 1
    assert "holds the deal's title" in err


def test_without_a_home_currency_the_currency_must_be_given(run, db_path, now, tmp_path):
    db = open_database(db_path, now=now)
    with db.begin() as s:
        set_setting(s, HOME_CURRENCY_KEY, None)
    db.close()
    path = tmp_path / "deals.csv"
    path.write_text("Title,Value\nKitchen,75 000\n", encoding="utf-8")
    code, _out, err = run("import", "deals", str(path))
    assert code == 1 and "no currency column and no home currency" in err
    code, out, _err = run("import", "deals", str(path), "--currency", "RUB", "--json")
    assert code == 0 and json.loads(out)["currency"] == "RUB"
