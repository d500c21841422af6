"""Clients › Start campaign…: a campaign on the list as filtered, the
selection, a tag or a source, through the same campaign dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from funnel.customers.clients import create_client
from funnel.store.models import Activity
from funnel.store.models_campaigns import Campaign, CampaignMember
from ui import i18n
from ui.clients.page import ClientsPage
from ui.operations.deals import DealActions


@pytest.fixture
def page(ctx, qtbot, db, now):
    with db.begin() as s:
        for name in ("Olga Petrova", "Ivan Petrov", "Anna Smirnova"):
            create_client(s, name=name, tags=["vip"], source="Instagram", now=now)
        for name in ("Boris Kuznetsov", "Vera Petrova"):
            create_client(s, name=name, tags=["wholesale"], source="site", now=now)
    i18n.install_language("en")
    page = ClientsPage(ctx, DealActions(ctx, QUndoStack(ctx)))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def open_dialog(page, qtbot):
    qtbot.mouseClick(page.campaign_button, Qt.MouseButton.LeftButton)
    dialog = page.campaign_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def choose(dialog, text: str) -> None:
    index = next(i for i in range(dialog.who_box.count()) if dialog.who_box.itemText(i)
                 .startswith(text))  # fmt: skip
    dialog.who_box.setCurrentIndex(index)


def set_control(dialog, qtbot, percent: int) -> None:
    edit = dialog.control_box.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, str(percent))


def create(dialog, qtbot) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def called(db) -> set[str]:
    from funnel.store.models import Client

    with db.read() as s:
        return set(s.scalars(select(Client.name).join(Activity, Activity.client_id == Client.id)))


def test_a_call_campaign_on_the_list_as_filtered_keeps_the_filter(page, db, qtbot):
    qtbot.keyClicks(page.text_box, "petrov")
    qtbot.keyClick(page.text_box, Qt.Key.Key_Return)
    assert page.model.rowCount() == 3
    dialog = open_dialog(page, qtbot)
    assert dialog.who_box.currentText() == "Clients matching “petrov” · 3 clients"
    assert dialog.name_edit.text() == "Clients matching “petrov”"
    create(dialog, qtbot)
    assert called(db) == {"Olga Petrova", "Ivan Petrov", "Vera Petrova"}
    with db.read() as s:
        campaign = s.scalars(select(Campaign)).one()
        # Kept as the filter: a recurring round rebuilds the list from it.
        assert campaign.segment == {"kind": "filter", "text": "petrov", "temperature": None}
    # (“clients” once the English plural forms are compiled, “client(s)” before)
    assert page.last_message.startswith("Campaign “Clients matching “petrov”” created for 3 client")


def test_a_campaign_on_a_tag_with_a_held_out_share(page, db, qtbot):
    dialog = open_dialog(page, qtbot)
    assert [dialog.who_box.itemText(i) for i in range(dialog.who_box.count())] == [
        "Every client in the list · 5 clients",
        "Tag: vip · 3 clients",
        "Tag: wholesale · 2 clients",
        "Source: Instagram · 3 clients",
        "Source: site · 2 clients",
        "Clients with a birthday · 0 clients",
    ]
    choose(dialog, "Tag: vip")
    assert dialog.name_edit.text() == "Tag: vip"
    set_control(dialog, qtbot, 34)  # a third of 3: one held out
    create(dialog, qtbot)
    assert len(called(db)) == 2
    with db.read() as s:
        held = s.scalars(select(CampaignMember).where(CampaignMember.control.is_(True))).all()
        assert len(held) == 1 and held[0].activity_id is None
        assert s.scalars(select(Campaign.segment)).one() == {"kind": "tag", "tag": "vip"}
    assert page.last_message.endswith(" 1 held out for comparison.")


def test_a_campaign_on_a_source_or_the_selection(page, db, qtbot):
    dialog = open_dialog(page, qtbot)
    choose(dialog, "Source: site")
    create(dialog, qtbot)
    assert called(db) == {"Boris Kuznetsov", "Vera Petrova"}

    page.view.select_ids([page.model.id_at(0)], page.model.id_at(0))  # Anna Smirnova
    dialog = open_dialog(page, qtbot)
    choose(dialog, "The selected clients")
    create(dialog, qtbot)
    assert "Anna Smirnova" in called(db)
