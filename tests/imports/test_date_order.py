"""03/04/2026: the file decides when it can; otherwise the locale's order is
used and the preview says so."""

from funnel.commands.cli import main
from funnel.imports.csvfile import read_csv
from funnel.imports.dates import DAY_FIRST, MONTH_FIRST, locale_date_order
from funnel.imports.deals import ImportOptions, auto_map, plan_import


def plan_for(session, tmp_path, rows, **options):
    path = tmp_path / "deals.csv"
    path.write_text("Title,Created\n" + "\n".join(rows) + "\n")
    table = read_csv(path)
    return plan_import(session, table, auto_map(table.columns), ImportOptions(**options))


def test_a_day_above_12_anywhere_in_the_column_decides_the_order(session, tmp_path):
    plan = plan_for(session, tmp_path, ["A,03/04/2026", "B,04/25/2026"])
    assert plan.date_order == MONTH_FIRST and not plan.dates_ambiguous
    assert plan.deals[0].created_at.month == 3 and plan.deals[0].created_at.day == 4


def test_an_ambiguous_file_uses_the_locales_order_and_says_so(session, tmp_path):
    plan = plan_for(
        session, tmp_path, ["A,03/04/2026", "B,05/06/2026"], locale_date_order=MONTH_FIRST
    )
    assert plan.dates_ambiguous and plan.date_order == MONTH_FIRST
    assert plan.deals[0].created_at.month == 3
    plan = plan_for(session, tmp_path, ["A,03/04/2026"])
    assert plan.dates_ambiguous and plan.date_order == DAY_FIRST
    assert plan.deals[0].created_at.month == 4


def test_iso_dates_are_never_ambiguous(session, tmp_path):
    assert not plan_for(session, tmp_path, ["A,2026-03-04"]).dates_ambiguous


def test_the_locale_order(tmp_path):
    assert locale_date_order("en_US.UTF-8") == MONTH_FIRST
    assert locale_date_order("ru_RU.UTF-8") == DAY_FIRST
    assert locale_date_order("pt_BR") == DAY_FIRST


def test_the_command_line_preview_names_the_guess(db, db_path, tmp_path, capsys):
    path = tmp_path / "deals.csv"
    path.write_text("Title,Created\nA,03/04/2026\n")
    assert main(["--db", str(db_path), "import", "deals", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "no day above 12" in out and "--date-order" in out
    code = main(
        ["--db", str(db_path), "import", "deals", str(path), "--dry-run",
         "--date-order", "month-first"]
    )  # fmt: skip
    assert code == 0 and "no day above 12" not in capsys.readouterr().out
