"""Languages: switching rebuilds the window translated; money and dates are
written the way the chosen language writes them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings

from funnel.pipeline.board import BoardFilters, board_cards
from tests.conftest import NOW
from tests.factories import make_deal, sales
from ui import i18n
from ui.board.delegate import next_step_text


@pytest.fixture
def back_to_english():
    yield
    i18n.install_language("en")


def plain(text: str) -> str:
    """Locales group digits with a no-break space; compare with a plain one."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_switching_to_russian_shows_the_board_in_russian(db, settings_dir, qtbot, back_to_english):
    from ui.app import FunnelApp

    with db.begin() as s:
        make_deal(s, NOW - timedelta(days=6), "Website", stage="New lead", value=1500)
    app = FunnelApp(db, clock=lambda: NOW)
    qtbot.addWidget(app.window)
    app.window.show()
    english = app.window

    english.language_actions["ru"].trigger()

    window = app.window
    qtbot.addWidget(window)
    assert window is not english
    board = window.pages["board"]
    assert board.nav_title() == "Доска"
    assert board.filter_bar.stalled_box.text() == "Только зависшие"
    assert board.filter_bar.no_next_box.text() == "Без следующего шага"
    lead = board.columns[0]
    assert lead.stalled_label.text() == "1 зависла"
    assert plain(lead.weighted_label.text()) == "Прогноз 150 $ (10%)"
    assert window.menuBar().actions()[0].text() == "&Файл"
    with db.begin() as s:
        (card,) = board_cards(s, sales(s).id, today=NOW.date(), filters=BoardFilters())
    assert next_step_text(card, NOW.date()) == "Нет следующего шага"
    assert QSettings().value(i18n.LANGUAGE_KEY) == "ru"


@pytest.mark.parametrize(
    "language, amount, currency, text",
    [
        ("en", 1500, "USD", "$1,500"),
        ("ru", 1500, "RUB", "1 500 ₽"),
        ("pt_BR", "4500.50", "BRL", "R$ 4.500,50"),
    ],
)
def test_money_follows_the_language(qapp, back_to_english, language, amount, currency, text):
    i18n.install_language(language)
    assert plain(i18n.money_text(amount, currency)) == text


@pytest.mark.parametrize(
    "language, day, text",
    [
        ("en", date(2026, 11, 30), "11/30"),
        ("ru", date(2026, 11, 30), "30.11"),
        ("pt_BR", date(2026, 11, 30), "30/11"),
        ("ru", date(2026, 11, 24), "Завтра"),
        ("en", date(2027, 1, 5), "1/5/2027"),
    ],
)
def test_due_days_follow_the_language(qapp, back_to_english, language, day, text):
    i18n.install_language(language)
    assert i18n.day_text(day, date(2026, 11, 23)) == text
