"""Preferences › Exchange rates, driven as a person would, and the board's
"≈" line that the rates make possible."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt

from funnel.rates import list_rates
from funnel.store.profile import Profile, save_profile
from tests.factories import make_deal
from ui.settings.dialog import SettingsDialog


@pytest.fixture
def mixed(db, now):
    with db.begin() as s:
        save_profile(s, Profile("", "BRL", "BR"))
        make_deal(s, now, "Site", value=2000, currency="BRL")
        make_deal(s, now, "Shop", value=1000, currency="EUR", client="Bruno Lima")


def open_rates(window, qtbot) -> SettingsDialog:
    window.preferences_action.trigger()
    dialog = window.findChild(SettingsDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.tabs.setCurrentWidget(dialog.rates)
    return dialog


def type_rate(qtbot, page, currency: str, rate: str) -> None:
    page.currency_edit.clear()
    page.rate_edit.clear()
    qtbot.keyClicks(page.currency_edit, currency)
    qtbot.keyClicks(page.rate_edit, rate)
    qtbot.mouseClick(page.set_button, Qt.MouseButton.LeftButton)


def test_setting_a_rate_lists_it_and_the_board_shows_one_total(mixed, window, ctx, qtbot):
    board = window.pages["board"]
    assert board.converted_label.isVisible()
    assert "No exchange rate for EUR" in board.converted_label.text()

    page = open_rates(window, qtbot).rates
    type_rate(qtbot, page, "eur", "5,45")

    assert not page.error_label.isVisible()
    assert [(r.currency, r.rate, r.as_of) for r in ctx.read(list_rates)] == [
        ("EUR", Decimal("5.45"), date(2026, 11, 23))
    ]
    assert page.table.item(0, 0).text() == "EUR"
    assert page.table.item(0, 1).text() == "5.45"
    qtbot.waitUntil(lambda: "≈" in board.converted_label.text())
    assert board.converted_label.text() == "≈ R$7,450 at rates of 23 Nov 2026"


def test_a_bad_rate_is_explained_and_nothing_is_written(mixed, window, ctx, qtbot):
    page = open_rates(window, qtbot).rates
    type_rate(qtbot, page, "EUX", "5")
    assert page.error_label.isVisible()
    assert "'EUX' is not a known currency" in page.error_label.text()
    type_rate(qtbot, page, "EUR", "0")
    assert "more than zero" in page.error_label.text()
    assert page.currency_edit.text() == "EUR"  # the form is kept to correct
    assert ctx.read(list_rates) == []


def test_removing_a_rate_can_be_undone(mixed, window, ctx, qtbot):
    page = open_rates(window, qtbot).rates
    page.day_edit.setDate(QDate(2026, 11, 1))
    type_rate(qtbot, page, "EUR", "5.40")
    type_rate(qtbot, page, "USD", "5.10")
    assert page.table.rowCount() == 2
    page.table.selectRow(0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert [r.currency for r in ctx.read(list_rates)] == ["USD"]
    window.undo_stack.undo()
    assert [r.currency for r in ctx.read(list_rates)] == ["EUR", "USD"]


def test_the_forecast_report_says_at_which_rates_it_counts(mixed, window, ctx, qtbot):
    from ui.reports.text import report_title

    window.show_page("reports")
    page = window.pages["reports"]
    page.list.setCurrentRow(
        next(
            i
            for i in range(page.list.count())
            if page.list.item(i).text() == report_title("forecast")
        )
    )
    qtbot.waitUntil(lambda: page.money_note.isVisible(), timeout=5000)
    assert (
        "Not counted in the money columns: EUR (no exchange rate to BRL)" in page.money_note.text()
    )

    page = open_rates(window, qtbot).rates
    page.day_edit.setDate(QDate(2026, 11, 1))
    type_rate(qtbot, page, "EUR", "5.45")
    reports = window.pages["reports"]
    qtbot.waitUntil(lambda: "at rates of 1 Nov 2026" in reports.money_note.text(), timeout=5000)
