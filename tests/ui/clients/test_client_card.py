from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from funnel.customers.clients import create_client, get_client
from funnel.deals.service import create_deal
from funnel.pipeline.moves import win_deal
from ui import i18n
from ui.clients.card import ClientCard


@pytest.fixture
def open_card(ctx, qtbot):
    i18n.install_language("en")

    def open_(client_id: int | None) -> ClientCard:
        card = ClientCard(ctx, client_id)
        qtbot.addWidget(card)
        card.show()
        qtbot.waitExposed(card)
        card.activateWindow()
        qtbot.waitUntil(card.isActiveWindow)  # where the keyboard focus goes
        return card

    return open_


@pytest.fixture
def anna(db, now) -> int:
    with db.begin() as s:
        return create_client(
            s,
            name="Anna Ivanova",
            company="Romashka",
            phones=["+7 (912) 345-00-00"],
            emails=["anna@example.com"],
            now=now,
        )


def type_text(widget, text: str) -> None:
    """Type as a person would, in any alphabet (QTest.keyClicks knows Latin-1 only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def replace_text(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, text)


def save(qtbot, card: ClientCard) -> None:
    button = card.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def stored(db, client_id: int):
    with db.begin() as s:
        return get_client(s, client_id)


def test_the_phone_is_a_tel_link_the_desktop_opens(anna, open_card, qtbot, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    card = open_card(anna)
    (link,) = card.phones.links()
    width = link.fontMetrics().horizontalAdvance(link.text().split(">")[1].split("<")[0])
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=QPoint(width // 2, link.height() // 2))
    assert [u.toString() for u in opened] == ["tel:+79123450000"]


def test_the_email_is_a_mailto_link(anna, open_card):
    card = open_card(anna)
    (link,) = card.emails.links()
    assert 'href="mailto:anna@example.com"' in link.text()


def test_editing_the_email_saves_it(db, anna, open_card, qtbot):
    card = open_card(anna)
    (email,) = card.emails.editors()
    replace_text(qtbot, email, "anna.ivanova@romashka.ru")
    assert 'href="mailto:anna.ivanova@romashka.ru"' in card.emails.links()[0].text()
    save(qtbot, card)
    assert not card.isVisible()
    assert stored(db, anna).emails == ("anna.ivanova@romashka.ru",)
    assert stored(db, anna).phones == ("+7 (912) 345-00-00",)


def test_a_bad_email_shows_an_error_and_writes_nothing(db, anna, open_card, qtbot):
    card = open_card(anna)
    replace_text(qtbot, card.name_edit, "Anna Petrova")
    (email,) = card.emails.editors()
    replace_text(qtbot, email, "anna at example")
    save(qtbot, card)
    assert card.isVisible()
    assert card.error_label.isVisible()
    assert "anna at example" in card.error_label.text()
    assert "e-mail" in card.error_label.text()
    assert QApplication.focusWidget() is email
    row = stored(db, anna)
    assert (row.name, row.emails) == ("Anna Ivanova", ("anna@example.com",))


def test_a_bad_phone_is_refused(db, anna, open_card, qtbot):
    card = open_card(anna)
    (phone,) = card.phones.editors()
    replace_text(qtbot, phone, "call me")
    save(qtbot, card)
    assert "does not look like a phone number" in card.error_label.text()
    assert stored(db, anna).phones == ("+7 (912) 345-00-00",)


def test_a_client_needs_a_name(db, anna, open_card, qtbot):
    card = open_card(anna)
    replace_text(qtbot, card.name_edit, "")
    save(qtbot, card)
    assert card.error_label.text() == "A client needs a name."
    assert stored(db, anna).name == "Anna Ivanova"


def test_a_second_phone_can_be_added(db, anna, open_card, qtbot):
    card = open_card(anna)
    qtbot.mouseClick(card.phones.add_button, Qt.MouseButton.LeftButton)
    new_phone = card.phones.editors()[-1]
    assert QApplication.focusWidget() is new_phone
    type_text(new_phone, "+7 495 111-22-33")
    save(qtbot, card)
    assert stored(db, anna).phones == ("+7 (912) 345-00-00", "+7 495 111-22-33")


def test_a_new_client_is_created_with_everything_typed(db, open_card, qtbot, ctx):
    card = open_card(None)
    assert card.windowTitle() == "New client"
    type_text(card.name_edit, "Пётр Смирнов")
    type_text(card.phones.editors()[0], "8 800 555-35-35")
    qtbot.keyClicks(card.source_box.lineEdit(), "Instagram")
    qtbot.mouseClick(card.temperature.buttons["hot"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.birthday_known, Qt.MouseButton.LeftButton)
    card.birthday_edit.setDate(date(1990, 5, 17))
    type_text(card.tags_edit, "vip, опт")
    with qtbot.waitSignal(ctx.changed, check_params_cb=lambda c: bool(c.clients)) as changed:
        save(qtbot, card)
    row = stored(db, card.client_id)
    assert (row.name, row.phones, row.source, row.temperature, row.birthday, row.tags) == (
        "Пётр Смирнов",
        ("8 800 555-35-35",),
        "instagram",
        "hot",
        date(1990, 5, 17),
        ("vip", "опт"),
    )
    assert changed.args[0].clients == frozenset({card.client_id})


def test_clicking_the_chosen_temperature_again_clears_it(db, now, open_card, qtbot):
    with db.begin() as s:
        client = create_client(s, name="Anna", temperature="warm", now=now)
    card = open_card(client)
    assert card.temperature.buttons["warm"].isChecked()
    qtbot.mouseClick(card.temperature.buttons["warm"], Qt.MouseButton.LeftButton)
    save(qtbot, card)
    assert stored(db, client).temperature is None


def test_a_source_not_in_the_list_is_kept_as_typed(db, anna, open_card, qtbot):
    card = open_card(anna)
    qtbot.keyClicks(card.source_box.lineEdit(), "Fair 2026")
    save(qtbot, card)
    assert stored(db, anna).source == "Fair 2026"


def test_tags_complete_from_the_tags_in_use(db, now, anna, open_card, qtbot):
    with db.begin() as s:
        create_client(s, name="Boris", tags=["wholesale"], now=now)
    card = open_card(anna)
    type_text(card.tags_edit, "vip, who")
    popup = card.tags_edit.tag_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert card.tags_edit.text() == "vip, wholesale, "
    save(qtbot, card)
    assert stored(db, anna).tags == ("vip", "wholesale")


def test_the_referrer_is_picked_by_typing_part_of_a_phone(db, now, anna, open_card, qtbot):
    with db.begin() as s:
        boris = create_client(s, name="Boris", phones=["+7 495 111-22-33"], now=now)
    card = open_card(anna)
    type_text(card.referrer, "495 111-22")  # digits from the start of the national number
    popup = card.referrer.picker.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert card.referrer.text() == "Boris"
    save(qtbot, card)
    assert stored(db, anna).referred_by_id == boris


def test_a_referrer_typed_but_not_picked_is_refused(db, anna, open_card, qtbot):
    card = open_card(anna)
    type_text(card.referrer, "Nobody")
    save(qtbot, card)
    assert "referred" in card.error_label.text()
    assert stored(db, anna).referred_by_id is None


def test_the_card_lists_deals_and_purchases_with_their_total(db, now, today, anna, open_card):
    with db.begin() as s:
        kitchen = create_deal(s, title="Kitchen", client_id=anna, value=1500, now=now)
        create_deal(s, title="Wardrobe", client_id=anna, value=700, now=now)
        win_deal(s, kitchen, now=now, today=today)
    card = open_card(anna)
    deals = card.deals_model
    assert [deals.index(r, 0).data() for r in range(deals.rowCount())] == ["Wardrobe", "Kitchen"]
    assert deals.index(1, 2).data() == "Won"
    assert card.tabs.tabText(1).startswith("Deals (2")
    assert card.purchases_model.index(0, 2).data() == "$1,500"
    assert " · revenue $1,500 · average order $1,500 · " in card.purchases_total.text()


def test_double_clicking_a_deal_asks_to_open_it(db, now, anna, open_card, qtbot):
    with db.begin() as s:
        deal = create_deal(s, title="Kitchen", client_id=anna, now=now)
    card = open_card(anna)
    card.tabs.setCurrentIndex(1)
    view = card.deals_view
    center = view.visualRect(card.deals_model.index(0, 0)).center()
    with qtbot.waitSignal(card.open_deal_requested) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert opened.args == [deal]


def test_an_edit_saved_from_the_card_is_undone_and_redone_in_the_window(db, anna, window, qtbot):
    """Do (Save), undo (Ctrl+Z in the window), redo (Ctrl+Shift+Z), the
    database checked each time: the name, company and phones come back together."""

    def stored() -> tuple:
        with db.begin() as s:
            client = get_client(s, anna)
        return client.name, client.company, client.phones

    window.show_page("clients")
    card = window.pages["clients"].open_client(anna)
    qtbot.waitExposed(card)
    replace_text(qtbot, card.name_edit, "Anna Petrova")
    replace_text(qtbot, card.company_edit, "Vasilek")
    save(qtbot, card)
    assert stored() == ("Anna Petrova", "Vasilek", ("+7 (912) 345-00-00",))

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the window's Ctrl+Z, the card is closed
    qtbot.keyClick(window.pages["clients"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored() == ("Anna Ivanova", "Romashka", ("+7 (912) 345-00-00",))
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.pages["clients"], Qt.Key.Key_Z, redo)
    assert stored() == ("Anna Petrova", "Vasilek", ("+7 (912) 345-00-00",))
    assert window.undo_stack.undoText() == "Edit client"
