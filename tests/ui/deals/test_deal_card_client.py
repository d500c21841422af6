"""The deal card shows the client's phones and e-mails as links and opens the
client; a new client typed inline is flagged when their phone is known."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from funnel.customers.clients import create_client
from funnel.deals.service import create_deal
from funnel.store.settings import set_setting
from tests.ui.deals.test_deal_card import actions, open_card, pick_suggestion  # noqa: F401
from ui.clients.card import ClientCard


def test_the_clients_phones_and_emails_are_links_and_the_client_opens(db, now, open_card):  # noqa: F811
    with db.begin() as s:
        anna = create_client(
            s, name="Anna", phones=["+7 912 345-00-00"], emails=["anna@example.com"], now=now
        )
        deal_id = create_deal(s, title="Kitchen", client_id=anna, now=now)
    card = open_card(deal_id)
    links = card.form.client_picker.contacts

    assert links.isVisible()
    assert 'href="tel:+79123450000"' in links.text()
    assert 'href="mailto:anna@example.com"' in links.text()

    links.linkActivated.emit(f"client:{anna}")
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, ClientCard)]
    assert [c.client_id for c in opened if c.isVisible()] == [anna]
    for c in opened:
        c.reject()


def test_a_new_client_typed_inline_with_a_known_phone_is_flagged(db, now, open_card, qtbot):  # noqa: F811
    with db.begin() as s:
        set_setting(s, "profile.phone_region", "RU")
        create_client(s, name="Pavel Orlov", phones=["+7 912 000-11-22"], now=now)
    card = open_card(None)
    picker = card.form.client_picker
    qtbot.keyClicks(picker.edit, "Pasha")
    pick_suggestion(qtbot, card, 0)  # Create client «Pasha»
    qtbot.keyClicks(picker.phone, "8 912 000 11 22")

    qtbot.waitUntil(picker.phone_hint.isVisible, timeout=2000)
    assert "Already a client:" in picker.phone_hint.text()
    assert "Pavel Orlov" in picker.phone_hint.text()
    assert not picker.contacts.isVisible()
    qtbot.mouseClick(card.form.title_edit, Qt.MouseButton.LeftButton)
