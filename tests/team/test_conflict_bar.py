"""Two people saving the same deal: the second is told who changed it, keeps
what they typed, and chooses Reload or Keep mine (a file and a server alike)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog

from funnel.deals.service import get_deal, update_deal
from tests.conftest import NOW
from tests.factories import make_deal
from ui.deal_card import DealCard
from ui.operations.deals import DealActions


@pytest.fixture
def card_on(ctx, qtbot):
    cards: list[DealCard] = []

    def open_(deal_id: int) -> DealCard:
        card = DealCard(ctx, DealActions(ctx, QUndoStack()), deal_id)
        cards.append(card)
        card.show()
        qtbot.waitExposed(card)
        card.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
        return card

    yield open_
    for card in cards:
        QDialog.done(card, QDialog.DialogCode.Rejected)
        card.deleteLater()


def _retype(qtbot, card: DealCard, text: str) -> None:
    card.title_edit.selectAll()
    qtbot.keyClicks(card.title_edit, text)


def _someone_else_renames(db, deal_id: int, title: str) -> None:
    with db.write() as s:  # another window or user, straight through the service
        update_deal(s, deal_id, title=title)


def test_a_save_over_someone_elses_change_is_stopped_and_reload_shows_theirs(
    ctx, db, qtbot, card_on
):
    with db.write() as s:
        deal_id = make_deal(s, NOW, "Clinic CRM")
    card = card_on(deal_id)
    _retype(qtbot, card, "Clinic CRM, 20 seats")
    _someone_else_renames(db, deal_id, "Clinic CRM (urgent)")

    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)

    assert card.isVisible()  # nothing closed, nothing lost
    assert card.conflict_bar.isVisible()
    assert "'Clinic CRM (urgent)' was changed" in card.conflict_bar.label.text()
    assert card.title_edit.text() == "Clinic CRM, 20 seats"
    assert ctx.read(get_deal, deal_id, today=ctx.today()).title == "Clinic CRM (urgent)"

    qtbot.mouseClick(card.conflict_bar.reload_button, Qt.MouseButton.LeftButton)
    assert card.title_edit.text() == "Clinic CRM (urgent)"
    assert not card.conflict_bar.isVisible()


def test_keep_mine_saves_the_typed_values_over_the_other_change(ctx, db, qtbot, card_on):
    with db.write() as s:
        deal_id = make_deal(s, NOW, "Clinic CRM")
    card = card_on(deal_id)
    _retype(qtbot, card, "Clinic CRM, 20 seats")
    _someone_else_renames(db, deal_id, "Clinic CRM (urgent)")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert card.conflict_bar.isVisible()

    qtbot.mouseClick(card.conflict_bar.keep_button, Qt.MouseButton.LeftButton)
    assert ctx.read(get_deal, deal_id, today=ctx.today()).title == "Clinic CRM, 20 seats"
    assert not card.conflict_bar.isVisible()


def test_an_outside_change_read_while_typing_does_not_hide_the_conflict(ctx, db, qtbot, card_on):
    """The card re-reads a deal others changed (live refresh); with typed
    values on screen the form keeps them — and still knows what it showed."""
    from ui.context import Changes

    with db.write() as s:
        deal_id = make_deal(s, NOW, "Clinic CRM")
    card = card_on(deal_id)
    _retype(qtbot, card, "Mine")
    _someone_else_renames(db, deal_id, "Theirs")
    ctx.changed.emit(Changes(deals=frozenset({deal_id})))
    assert card.title_edit.text() == "Mine"
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert card.conflict_bar.isVisible()
    assert ctx.read(get_deal, deal_id, today=ctx.today()).title == "Theirs"


def test_client_and_activity_updates_refuse_a_version_someone_else_replaced(db):
    from funnel.customers.clients import create_client, update_client
    from funnel.errors import ChangedByOtherError
    from funnel.followups.activities import add_activity, update_activity
    from funnel.store.models import Activity, Client

    with db.write() as s:
        client_id = create_client(s, name="Clinic", now=NOW)
        deal_id = make_deal(s, NOW, "Clinic CRM")
        activity_id = add_activity(
            s, kind="call", deal_id=deal_id, subject="Call", due_date=NOW.date(), now=NOW
        )
    with db.read() as s:
        shown = (s.get(Client, client_id).version, s.get(Activity, activity_id).version)
    with db.write() as s:
        update_client(s, client_id, name="Clinic Ltd")
        update_activity(s, activity_id, subject="Call back")
    with pytest.raises(ChangedByOtherError), db.write() as s:
        update_client(s, client_id, expected_version=shown[0], name="Mine")
    with pytest.raises(ChangedByOtherError), db.write() as s:
        update_activity(s, activity_id, expected_version=shown[1], subject="Mine")
    with db.read() as s:
        assert s.get(Client, client_id).name == "Clinic Ltd"
        assert s.get(Activity, activity_id).subject == "Call back"
