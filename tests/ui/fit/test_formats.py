"""Item 17: one date format per kind on every screen, and money that keeps its
grouping after editing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QUndoStack

from tests.factories import make_deal
from ui import i18n
from ui.deals.page import DealsPage
from ui.formats import long_date, short_date
from ui.money_edit import MoneyEdit
from ui.operations.deals import DealActions

DAY = date(2026, 12, 11)


@pytest.mark.parametrize(
    ("language", "short", "long"),
    [
        ("en", "12/11/2026", "December 11, 2026"),
        ("ru", "11.12.2026", "11 декабря 2026"),
        ("pt_BR", "11/12/2026", "11 de dezembro de 2026"),
    ],
)
def test_dates_have_four_digit_years_in_every_language(qapp, language, short, long):
    i18n.install_language(language)
    assert short_date(DAY) == short
    assert long_date(DAY).startswith(long)
    assert long_date(DAY, weekday=True) != long_date(DAY)  # the weekday comes in front


def test_the_deals_list_never_writes_a_two_digit_year(db, now, ctx, qtbot):
    with db.begin() as session:
        make_deal(session, now, "Roof", expected_close=DAY)
    page = DealsPage(ctx, DealActions(ctx, QUndoStack()))
    qtbot.addWidget(page)
    column = page.model.column_of("expected_close")
    assert page.model.index(0, column).data() == "12/11/2026"  # not "12/11/26"


@pytest.mark.parametrize(
    ("language", "typed", "shown"),
    [("en", "25000", "25,000"), ("ru", "25000", "25\u00a0000"), ("pt_BR", "25000,5", "25.000,50")],
)
def test_money_keeps_its_grouping_after_editing(qapp, qtbot, language, typed, shown):
    i18n.install_language(language)
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == shown
    assert QLocale().toDouble(edit.text())[0] == float(typed.replace(",", "."))


def test_money_that_is_not_an_amount_stays_as_typed_for_the_form_to_point_at(qapp, qtbot):
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "a lot")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "a lot"


def test_the_deal_card_value_box_regroups_what_was_typed(db, now, ctx, qtbot):
    from ui.deal_card import DealCard

    with db.begin() as session:
        deal_id = make_deal(session, now, "Website", value=1000)
    card = DealCard(ctx, DealActions(ctx, QUndoStack()), deal_id, None)
    qtbot.addWidget(card)
    edit = card.form.value_edit
    edit.selectAll()
    qtbot.keyClicks(edit, "25000")
    edit.editingFinished.emit()
    assert edit.text() == "25,000"
    card.form.title_edit.setFocus()
