"""The toolbar search: typing shows matching deals and clients at once;
Enter or a click opens the card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from funnel.customers.clients import create_client
from funnel.deals.service import create_deal


@pytest.fixture
def anna(db, now) -> int:
    with db.begin() as s:
        client = create_client(
            s, name="Anna Ivanova", company="Sunrise LLC", phones=["+7 (912) 345-67-89"], now=now
        )
        create_deal(s, title="Website redesign", client_id=client, now=now)
        create_client(s, name="Boris Petrov", phones=["+7 (495) 111-22-33"], now=now)
    return client


def shown(box) -> list[tuple[str, str, str]]:
    """What the popup lists: kind, name, detail line."""
    assert box.popup().isVisible()
    return [(h.kind, h.text, h.detail) for h in box.results.hits]


def test_typing_part_of_a_phone_number_finds_the_client(window, anna, qtbot):
    box = window.search_box
    qtbot.keyClicks(box, "912 345")
    qtbot.waitUntil(lambda: box.popup().isVisible())
    assert ("client", "Anna Ivanova", "Sunrise LLC · +7 (912) 345-67-89") in shown(box)
    assert all(name != "Boris Petrov" for _kind, name, _detail in shown(box))


def test_a_deal_is_found_with_its_client_and_stage(window, anna, qtbot):
    box = window.search_box
    qtbot.keyClicks(box, "redesign")
    qtbot.waitUntil(lambda: box.popup().isVisible())
    assert shown(box) == [
        ("deal", "Website redesign", "Anna Ivanova · New lead (Current sales)"),
    ]


def test_enter_opens_the_card_of_the_first_hit(window, anna, qtbot):
    box = window.search_box
    qtbot.keyClicks(box, "Anna")
    qtbot.waitUntil(lambda: box.popup().isVisible())
    window.search_box.client_chosen.disconnect()  # the client card is tested on its own
    first = box.results.hits[0]
    signal = box.deal_chosen if first.kind == "deal" else box.client_chosen
    with qtbot.waitSignal(signal) as chosen:
        qtbot.keyClick(box.popup(), Qt.Key.Key_Return)
    assert chosen.args == [first.id]
    assert not box.popup().isVisible()


def test_one_letter_is_not_searched_yet(window, anna, qtbot):
    box = window.search_box
    qtbot.keyClicks(box, "A")
    qtbot.wait(20)
    assert not box.popup().isVisible()
    assert box.results.hits == []


def test_a_search_with_no_hits_says_so(window, anna, qtbot):
    box = window.search_box
    qtbot.keyClicks(box, "Zhenya")
    qtbot.waitUntil(lambda: box.popup().isVisible())
    assert shown(box) == [
        (
            "nothing",
            "Nothing found for “Zhenya”",
            "Try part of a name, a company, a phone or an e-mail.",
        )
    ]
    with qtbot.assertNotEmitted(box.client_chosen), qtbot.assertNotEmitted(box.deal_chosen):
        qtbot.keyClick(box.popup(), Qt.Key.Key_Return)
