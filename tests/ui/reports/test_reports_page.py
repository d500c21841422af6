"""The Reports page driven as a person would: pick a report, a period and an
owner, export a PDF and a PNG."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from funnel.owners import create_owner
from funnel.pipeline.moves import lose_deal, win_deal
from tests.factories import make_deal
from ui.operations.core import run_write


@pytest.fixture
def data(db):
    with db.begin() as s:
        sarah = create_owner(s, "Sarah Miller")
        for day, owner in ((2, None), (3, sarah.id), (4, sarah.id)):
            deal = make_deal(s, datetime(2026, 11, day, tzinfo=UTC), owner_id=owner, client=None)
            win_deal(s, deal, now=datetime(2026, 11, day + 5, tzinfo=UTC))
        lost = make_deal(s, datetime(2026, 10, 2, tzinfo=UTC), client=None)
        lose_deal(s, lost, reason="No budget", now=datetime(2026, 10, 9, tzinfo=UTC))


@pytest.fixture
def page(window, data, qtbot):
    window.show_page("reports")
    page = window.pages["reports"]
    qtbot.waitUntil(lambda: page.report is not None and not page._workers, timeout=5000)
    return page


def choose(qtbot, box, text: str) -> None:
    box.setCurrentIndex(box.findText(text))


def test_period_and_owner_change_the_numbers_shown(page, qtbot):
    page.list.setCurrentRow(2)  # Won and lost
    qtbot.waitUntil(lambda: type(page.report).__name__ == "WinsReport", timeout=5000)
    assert page.report.won == 3 and page.report.lost == 0  # this month: November
    with qtbot.waitSignal(page.report_ready, timeout=5000):
        choose(qtbot, page.period_box, "12 months")
    assert (page.report.won, page.report.lost) == (3, 1)
    with qtbot.waitSignal(page.report_ready, timeout=5000):
        choose(qtbot, page.owner_box, "Sarah Miller")
    assert (page.report.won, page.report.lost) == (2, 0)
    assert "Sarah Miller" in page.title.text()
    table = page.tables.widget(0).model()
    assert table.headerData(1, Qt.Orientation.Horizontal) == "Won"


def test_a_custom_period_is_typed_in_the_date_boxes(page, qtbot):
    choose(qtbot, page.period_box, "Custom…")
    assert page.from_edit.isVisible()
    with qtbot.waitSignal(page.report_ready, timeout=5000):
        page.from_edit.setDate(page.from_edit.date().addMonths(-2))
    assert page.period().start.month == 9


def test_export_writes_a_pdf_with_pages_and_a_png(page, qtbot, tmp_path):
    from PySide6.QtGui import QImage

    page.list.setCurrentRow(2)
    qtbot.waitUntil(lambda: type(page.report).__name__ == "WinsReport", timeout=5000)
    page.export_to(tmp_path / "wins.pdf")
    data = (tmp_path / "wins.pdf").read_bytes()
    assert data.startswith(b"%PDF-")
    assert b"/Type /Page" in data or b"/Type/Page" in data
    page.export_to(tmp_path / "wins.png")
    image = QImage(str(tmp_path / "wins.png"))
    assert not image.isNull() and image.width() == 1600
    # The chart is drawn, not just its frame: the bars' colours are there.
    coloured = sum(
        1
        for y in range(0, 700, 4)
        for x in range(0, 1600, 4)
        if image.pixelColor(x, y).hsvSaturationF() > 0.4
    )
    assert coloured > 200
    page.export_to(tmp_path / "wins.csv")
    assert "Won" in (tmp_path / "wins.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    page.export_to(tmp_path / "wins.xlsx")
    from openpyxl import load_workbook

    assert load_workbook(tmp_path / "wins.xlsx").sheetnames[0] == "Won and lost by month"


def test_every_report_draws_its_chart_and_table(page, qtbot):
    for row in range(page.list.count()):
        page.list.setCurrentRow(row)
        qtbot.waitUntil(lambda: not page._workers, timeout=5000)
        qtbot.waitUntil(lambda: page.tables.count() > 0, timeout=5000)
        assert page.chart_view.chart().series()


def test_a_deal_won_elsewhere_shows_in_the_report_on_screen(page, qtbot, ctx):
    page.list.setCurrentRow(2)
    qtbot.waitUntil(lambda: type(page.report).__name__ == "WinsReport", timeout=5000)
    before = page.report.won

    def win_new(session):
        deal = make_deal(session, datetime(2026, 11, 20, tzinfo=UTC), client=None)
        win_deal(session, deal, now=datetime(2026, 11, 21, tzinfo=UTC))

    with qtbot.waitSignal(page.report_ready, timeout=5000):
        run_write(ctx, win_new)
    assert page.report.won == before + 1


def test_print_sends_the_chart_and_table_to_the_chosen_printer(page, qtbot, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    out = tmp_path / "printed.pdf"

    def accept(dialog):  # the person picks a printer (a PDF file here) and presses Print
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes().startswith(b"%PDF-")
