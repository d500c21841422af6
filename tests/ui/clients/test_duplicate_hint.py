"""Typing a phone or e-mail another client has shows "Already a client" with a
link, before a duplicate is saved; the card shows purchases with totals."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from funnel.customers.clients import create_client
from funnel.store.models import Purchase
from funnel.store.settings import set_setting
from tests.ui.clients.test_client_card import open_card, type_text  # noqa: F401
from ui.clients.card import ClientCard
from ui.i18n import date_text


@pytest.fixture
def ivan(db, now) -> int:
    with db.begin() as s:
        set_setting(s, "profile.phone_region", "RU")
        return create_client(
            s, name="Иван Петров", phones=["+7 912 345-67-89"], emails=["ivan@mail.ru"], now=now
        )


@pytest.mark.parametrize("typed", ["8 (912) 345-67-89", "+7 912 3456789", "9123456789"])
def test_a_known_phone_in_any_spelling_shows_who_has_it(ivan, open_card, qtbot, typed):  # noqa: F811
    card = open_card(None)
    type_text(card.name_edit, "Ivan P")
    edit = card.phones.editors()[0]
    edit.setFocus()
    type_text(edit, typed)

    hint = card.phone_hint
    qtbot.waitUntil(hint.isVisible, timeout=2000)
    assert "Already a client:" in hint.text() and "Иван Петров" in hint.text()
    assert [k.id for k in hint.known] == [ivan]


def test_the_hint_link_opens_that_client(ivan, open_card, qtbot):  # noqa: F811
    card = open_card(None)
    edit = card.emails.editors()[0]
    edit.setFocus()
    type_text(edit, "IVAN@mail.ru")
    qtbot.waitUntil(card.email_hint.isVisible, timeout=2000)

    card.email_hint.linkActivated.emit(f"client:{ivan}")

    other = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ClientCard) and w.client_id == ivan
    ]
    assert other and other[0].name_edit.text() == "Иван Петров"
    other[0].close()


def test_a_new_number_shows_no_hint_and_the_own_number_neither(ivan, open_card, qtbot):  # noqa: F811
    card = open_card(ivan)  # the client's own phone is no duplicate of itself
    edit = card.phones.editors()[0]
    edit.setFocus()
    edit.selectAll()
    type_text(edit, "8 912 345 67 89")
    card.phone_hint.check_now()
    assert not card.phone_hint.isVisible()

    edit.selectAll()
    type_text(edit, "+7 912 000 00 00")
    card.phone_hint.check_now()
    assert not card.phone_hint.isVisible()


def test_the_card_shows_purchase_totals(db, now, ivan, open_card):  # noqa: F811
    with db.begin() as s:
        for day, amount, order in [
            (date(2026, 1, 5), 100000, "A-1"),
            (date(2026, 3, 7), 200000, "A-2"),
            (date(2025, 12, 1), 60000, "A-0"),
        ]:
            s.add(Purchase(client_id=ivan, purchased_on=day, amount_cents=amount,
                           currency="USD", order_ref=order))  # fmt: skip
    card = open_card(ivan)

    assert card.tabs.tabText(2).startswith("Purchases (3")
    assert [card.purchases_model.index(r, 1).data() for r in range(3)] == ["A-2", "A-1", "A-0"]
    # (the count's plural form comes with the compiled translations)
    assert card.purchases_total.text().startswith("3 purchase")
    assert card.purchases_total.text().endswith(
        " · revenue $3,600 · average order $1,200 · "
        f"first {date_text(date(2025, 12, 1))}, last {date_text(date(2026, 3, 7))}"
    )
    assert card.purchases_view.model().index(0, 2).data(Qt.ItemDataRole.DisplayRole) == "$2,000"


def test_the_timeline_shows_a_merge_with_its_reason(ctx, ivan, open_card):  # noqa: F811
    from funnel.customers.merge import merge_clients

    with ctx.db.begin() as s:
        twin = create_client(s, name="Ivan P.", phones=["89123456789"], now=ctx.now())
        merge_clients(s, ivan, [twin], now=ctx.now(), reason="same_phone")
    card = open_card(ivan)
    timeline = card.timeline_model
    assert [timeline.index(0, c).data() for c in (1, 2, 3)] == ["Merged", "Ivan P.", "same phone"]
    assert card.tabs.tabText(3) == "Timeline (1)"
