"""Clients › Find duplicates…: the groups with their reason, a merge chosen
field by field, and Ctrl+Z undoing it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QRadioButton

from funnel.customers.clients import create_client, get_client
from funnel.customers.history import client_timeline
from funnel.deals.service import create_deal, get_deal
from funnel.store.settings import set_setting


@pytest.fixture
def twins(db, now):
    with db.begin() as s:
        set_setting(s, "profile.phone_region", "RU")
        older = create_client(s, name="Иван Петров", phones=["8 912 345-67-89"], now=now)
        newer = create_client(
            s,
            name="Ivan Petrov",
            company="Romashka",
            phones=["+7 912 3456789"],
            emails=["ivan@example.com"],
            birthday=date(1985, 4, 2),
            now=now,
        )
        deal = create_deal(s, title="Kitchen", client_id=older, now=now)
        create_client(s, name="Maria Smirnova", phones=["+7 495 000-00-00"], now=now)
    return older, newer, deal


def click_radio(qtbot, radio: QRadioButton) -> None:
    """On its circle, where a person clicks (the button may be wider than its text)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def open_duplicates(window, qtbot):
    window.show_page("clients")
    page = window.pages["clients"]
    qtbot.mouseClick(page.duplicates_button, Qt.MouseButton.LeftButton)
    dialog = page.duplicates_dialog
    qtbot.waitUntil(lambda: not dialog.is_searching(), timeout=5000)
    return dialog


def test_the_screen_lists_the_group_with_its_reason_and_score(window, twins, qtbot):
    dialog = open_duplicates(window, qtbot)

    model = dialog.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "100"
    assert model.index(0, 1).data() == "same phone"
    assert model.index(0, 2).data() == "Иван Петров · Ivan Petrov (Romashka)"
    assert dialog.status.text().startswith("1 group")


def test_a_merge_from_the_screen_and_its_undo(window, ctx, twins, qtbot):
    older, newer, deal = twins
    dialog = open_duplicates(window, qtbot)
    center = dialog.view.visualRect(dialog.model.index(0, 2)).center()
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    merge = dialog.merge_dialog
    qtbot.waitExposed(merge)

    # The most complete client stays; take the older one's Cyrillic name.
    assert merge.keep_id() == newer
    click_radio(qtbot, merge.findChild(QRadioButton, f"name_{older}"))
    qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)

    kept = ctx.read(get_client, newer)
    assert (kept.name, kept.company) == ("Иван Петров", "Romashka")
    assert ctx.read(get_deal, deal, today=ctx.today()).client_id == newer
    assert dialog.model.rowCount() == 0
    assert dialog.status.text() == "No duplicates found."
    [entry] = [e for e in ctx.read(client_timeline, newer) if e.kind == "merge"]
    assert (entry.subject, entry.outcome) == ("Иван Петров", "same_phone")

    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert ctx.read(get_client, newer).name == "Ivan Petrov"
    assert ctx.read(get_client, older).name == "Иван Петров"
    assert ctx.read(get_deal, deal, today=ctx.today()).client_id == older
    qtbot.waitUntil(
        lambda: not dialog.is_searching() and dialog.model.rowCount() == 1, timeout=5000
    )


def test_the_search_can_be_cancelled(window, twins, qtbot):
    window.show_page("clients")
    page = window.pages["clients"]
    dialog = page.find_duplicates()
    dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.is_searching(), timeout=5000)
    # Cancelled before the first check, or finished first: either way it stops.
    assert dialog.search_button.isVisible()
