import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QWizard
from sqlalchemy import func, select

import funnel.imports.writer as writer
from funnel.imports.currency import HOME_CURRENCY_KEY
from funnel.store.models import Deal
from funnel.store.settings import set_setting
from ui.imports import ImportWizard

CSV = (
    "Deal;Money;Step;Client\n"
    "Kitchen;1500;Measure;Анна\n"
    "Wardrobe;lots;Design;Борис\n"
    "Table;300;Measure;анна\n"
)


@pytest.fixture
def wizard(qtbot, ctx):
    w = ImportWizard(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def click(qtbot, wizard, which):
    button = wizard.button(which)
    assert button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo: QComboBox, data) -> None:
    """Pick the entry a person would pick from the drop-down."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def deal_values(db) -> dict[str, tuple[int, str | None, str]]:
    with db.begin() as s:
        return {
            d.title: (d.value_cents, d.client.name if d.client else None, d.stage.name)
            for d in s.scalars(select(Deal))
        }


def go_to_check_page(qtbot, wizard, path, *, map_stage=True):
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.mapping_page
    choose(wizard.findChild(QComboBox, "field:Money"), "value")
    if map_stage:
        choose(wizard.findChild(QComboBox, "field:Step"), "stage")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(wizard.stages_page.isComplete)


def test_importing_a_csv_through_the_wizard(qtbot, wizard, db, tmp_path):
    path = tmp_path / "deals.csv"
    path.write_bytes(CSV.encode("cp1251"))

    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    assert wizard.file_page.encoding_combo.currentText() == "cp1251"
    assert wizard.file_page.delimiter() == ";"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert page.view.model().rowCount() == 3
    assert wizard.findChild(QComboBox, "field:Deal").currentData() == "title"  # recognised
    assert wizard.findChild(QComboBox, "field:Money").currentData() == ""
    choose(wizard.findChild(QComboBox, "field:Money"), "value")
    choose(wizard.findChild(QComboBox, "field:Step"), "stage")
    assert "Value" in page.view.model().headerData(1, Qt.Orientation.Horizontal)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    qtbot.waitUntil(wizard.stages_page.isComplete)
    assert wizard.findChild(QComboBox, "stage:Measure") is not None
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    check = wizard.check_page
    qtbot.waitUntil(lambda: check.plan is not None)
    assert check.errors_model.stringList() == [
        "Line 3: 'Money' has 'lots', which is not an amount of money"
    ]
    assert "2 deals will be imported" in check.summary_label.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    box = check.skip_check
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()

    heard = []  # the import goes through the operations door: every screen hears of it once
    wizard.ctx.changed.connect(heard.append)
    with qtbot.waitSignal(wizard.imported, timeout=10_000) as imported:
        click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert imported.args == [2]
    qtbot.waitUntil(wizard.import_page.isComplete)
    assert "Imported 2 deals" in wizard.import_page.status_label.text()
    assert [c.everything for c in heard] == [True]
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.isVisible()

    assert deal_values(db) == {
        "Kitchen": (150000, "Анна", "Measure"),
        "Table": (30000, "Анна", "Measure"),
    }


def test_the_mapping_needs_a_title_and_one_column_per_field(qtbot, wizard, tmp_path):
    path = tmp_path / "deals.csv"
    path.write_text(CSV, encoding="utf-8")
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    choose(wizard.findChild(QComboBox, "field:Deal"), "")
    assert not next_button.isEnabled()
    assert "deal title" in wizard.mapping_page.problem_label.text()
    choose(wizard.findChild(QComboBox, "field:Deal"), "title")
    choose(wizard.findChild(QComboBox, "field:Client"), "title")
    assert not next_button.isEnabled()
    assert "both go to" in wizard.mapping_page.problem_label.text()
    choose(wizard.findChild(QComboBox, "field:Client"), "client")
    assert next_button.isEnabled()


def test_a_new_stage_can_go_to_an_existing_stage(qtbot, wizard, db, tmp_path):
    path = tmp_path / "deals.csv"
    path.write_text(CSV.replace("lots", "10"), encoding="utf-8")
    go_to_check_page(qtbot, wizard, path)
    combo = wizard.findChild(QComboBox, "stage:Measure")
    combo.setCurrentIndex(combo.findText("Put in “Negotiation”"))
    wizard.stages_page.won_edit.setText("Design")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.check_page.plan is not None)
    assert "won: 1" in wizard.check_page.summary_label.text()
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert {stage for _v, _c, stage in deal_values(db).values()} == {"Negotiation"}


def test_an_unreadable_file_is_reported_on_the_first_page(qtbot, wizard, tmp_path):
    path = tmp_path / "deals.xlsx"
    path.write_bytes(b"PK\x03\x04 not a csv")
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    assert "Excel workbook" in wizard.file_page.error_label.text()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.file_page


def test_a_failed_import_says_nothing_was_written(qtbot, wizard, db, tmp_path, monkeypatch):
    path = tmp_path / "deals.csv"
    path.write_text(CSV.replace("lots", "10"), encoding="utf-8")

    def broken(session, table, rows):
        raise OSError("disk full")

    monkeypatch.setattr(writer, "insert_rows", broken)
    go_to_check_page(qtbot, wizard, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.check_page.plan is not None)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(wizard.import_page.isComplete)
    text = wizard.import_page.status_label.text()
    assert "disk full" in text and "Nothing was written" in text
    assert deal_values(db) == {}


def test_cancelling_the_import_writes_nothing(qtbot, wizard, db, tmp_path, monkeypatch):
    rows = "".join(f"Deal {i};{i};Measure;Client {i}\n" for i in range(40))
    path = tmp_path / "deals.csv"
    path.write_text("Deal;Money;Step;Client\n" + rows, encoding="utf-8")
    real_insert = writer.insert_rows

    def slow_insert(session, table, rows):
        time.sleep(0.05)
        real_insert(session, table, rows)

    monkeypatch.setattr(writer, "CHUNK_SIZE", 1)
    monkeypatch.setattr(writer, "insert_rows", slow_insert)
    go_to_check_page(qtbot, wizard, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.check_page.plan is not None)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.progress.value() >= 2, timeout=10_000)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    assert page.status_label.text() == "The import was cancelled. Nothing was written."
    with db.begin() as s:
        assert s.scalar(select(func.count(Deal.id))) == 0


def test_the_wizard_asks_for_the_currency_and_shows_it_on_the_check(qtbot, wizard, db, tmp_path):
    path = tmp_path / "deals.csv"
    path.write_bytes(CSV.encode("cp1251"))
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.mapping_page
    assert page.currency_edit.text() == "USD"  # from the locale while no home currency is set
    page.currency_edit.clear()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "currency" in page.problem_label.text()
    qtbot.keyClicks(page.currency_edit, "rub")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(wizard.stages_page.isComplete)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.check_page.plan is not None)
    assert "Values without a currency are in RUB." in wizard.check_page.summary_label.text()
    with db.begin() as s:
        set_setting(s, HOME_CURRENCY_KEY, "BRL")
    wizard.restart()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert page.currency_edit.text() == "BRL"  # the home currency, once chosen
