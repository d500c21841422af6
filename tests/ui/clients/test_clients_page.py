import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from funnel.customers.clients import create_client
from funnel.deals.service import create_deal
from funnel.pipeline.moves import win_deal
from ui import i18n
from ui.clients.page import ClientsPage
from ui.operations.deals import DealActions


@pytest.fixture
def make_page(ctx, qtbot):
    i18n.install_language("en")

    def make() -> ClientsPage:
        page = ClientsPage(ctx, DealActions(ctx, QUndoStack(ctx)))
        qtbot.addWidget(page)
        page.resize(1100, 600)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


def names(page: ClientsPage) -> list[str]:
    model = page.model
    return [model.index(r, model.column_of("name")).data() for r in range(model.rowCount())]


def cell(page: ClientsPage, row: int, key: str):
    return page.model.index(row, page.model.column_of(key)).data()


def type_text(widget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def click_row(qtbot, page: ClientsPage, row: int) -> None:
    rect = page.view.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clients_are_listed_by_name_with_their_numbers(db, now, today, make_page):
    with db.begin() as s:
        boris = create_client(s, name="Boris", phones=["+7 495 111-22-33"], now=now)
        create_client(s, name="Anna", emails=["anna@example.com"], temperature="hot", now=now)
        for title in ("Kitchen", "Wardrobe"):
            deal = create_deal(s, title=title, client_id=boris, value=1000, now=now)
        win_deal(s, deal, now=now, today=today)
    page = make_page()
    assert names(page) == ["Anna", "Boris"]
    assert (cell(page, 0, "email"), cell(page, 0, "temperature")) == ("anna@example.com", "Hot")
    assert (cell(page, 1, "phone"), cell(page, 1, "deals"), cell(page, 1, "total")) == (
        "+7 495 111-22-33",
        "2",
        "$1,000",
    )
    assert cell(page, 1, "last_purchase") == "11/23/2026"


def test_typing_part_of_a_phone_finds_the_client(db, now, make_page, qtbot):
    with db.begin() as s:
        create_client(s, name="Anna", phones=["+7 (912) 345-00-00"], now=now)
        create_client(s, name="Boris", phones=["+7 495 111-22-33"], now=now)
    page = make_page()
    qtbot.keyClicks(page.text_box, "912 345")
    qtbot.waitUntil(lambda: names(page) == ["Anna"])


def test_typing_a_cyrillic_name_in_any_case_finds_the_client(db, now, make_page, qtbot):
    with db.begin() as s:
        create_client(s, name="Анна", now=now)
        create_client(s, name="Борис", now=now)
    page = make_page()
    type_text(page.text_box, "АННА")
    qtbot.waitUntil(lambda: names(page) == ["Анна"])


def test_filtering_by_temperature(db, now, make_page, qtbot):
    with db.begin() as s:
        create_client(s, name="Anna", temperature="hot", now=now)
        create_client(s, name="Boris", temperature="cold", now=now)
    page = make_page()
    qtbot.keyClicks(page.temperature_box, "Cold")
    assert names(page) == ["Boris"]


def test_enter_opens_the_clients_card(db, now, make_page, qtbot):
    with db.begin() as s:
        create_client(s, name="Anna", now=now)
    page = make_page()
    click_row(qtbot, page, 0)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.card.isVisible()
    assert page.card.name_edit.text() == "Anna"


def test_a_new_client_appears_in_the_list_after_saving(db, now, make_page, qtbot):
    with db.begin() as s:
        create_client(s, name="Boris", now=now)
    page = make_page()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    card = page.card
    type_text(card.name_edit, "Anna")
    qtbot.mouseClick(
        card.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert names(page) == ["Anna", "Boris"]
    assert page.view.selected_ids() == [card.client_id]


def test_a_deal_opened_from_the_card_goes_to_the_window(db, now, make_page, qtbot):
    with db.begin() as s:
        anna = create_client(s, name="Anna", now=now)
        kitchen = create_deal(s, title="Kitchen", client_id=anna, now=now)
        wardrobe = create_deal(s, title="Wardrobe", client_id=anna, now=now)
    page = make_page()
    click_row(qtbot, page, 0)
    qtbot.keyClick(page.view, Qt.Key.Key_Enter)
    card = page.card
    card.tabs.setCurrentIndex(1)
    view = card.deals_view
    center = view.visualRect(card.deals_model.index(1, 0)).center()
    with qtbot.waitSignal(page.open_deal_requested) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(center))
    assert opened.args == [kitchen, [wardrobe, kitchen]]
