"""The client card reads whole at its smallest size in English, Russian and
Portuguese (Brazil): the temperature words ("Холодный" was cut to "Хо…ый"),
an international phone number from its "+" and the four tab titles."""

from __future__ import annotations

import pytest

from funnel.customers.clients import create_client
from tests.ui.textfit import cut_texts
from ui import i18n
from ui.clients.card import ClientCard


@pytest.fixture(params=("en", "ru", "pt_BR"))
def language(request, qapp):
    i18n.install_language(request.param)
    yield request.param
    i18n.install_language("en")


def test_the_client_card_reads_whole_at_its_smallest_size(db, now, ctx, qtbot, language):
    with db.begin() as s:
        client = create_client(
            s,
            name="Анна Иванова",
            company="ООО Ромашка",
            phones=["+7 (912) 345-00-00", "+55 11 98765-4321"],
            emails=["anna@romashka.ru"],
            now=now,
        )
    card = ClientCard(ctx, client)
    qtbot.addWidget(card)
    card.resize(card.minimumSize())
    card.show()
    qtbot.waitExposed(card)
    assert cut_texts(card) == []
    for button in card.findChildren(type(card.temperature.buttons["cold"])):
        if button.objectName().startswith("temperature_"):
            assert button.width() >= button.sizeHint().width(), button.text()
    for edit in card.findChildren(type(card.name_edit)):
        if edit.objectName() == "phoneEdit":
            width = edit.fontMetrics().horizontalAdvance(edit.text())
            assert width < edit.contentsRect().width(), edit.text()
    bar = card.tabs.tabBar()
    assert bar.tabRect(bar.count() - 1).right() <= bar.width()  # no tab behind scroll arrows
