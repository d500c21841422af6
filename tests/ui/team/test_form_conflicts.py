"""Two windows on one file saving the same client or follow-up: the second
is told, keeps what was typed, and chooses Reload or Keep mine — as in the
deal card (tests/team/test_conflict_bar.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from funnel.customers.clients import create_client, get_client, update_client
from funnel.followups.activities import add_activity, update_activity
from funnel.followups.activity_list import get_activity
from funnel.store.database import Database
from funnel.store.db import open_database
from tests.conftest import NOW
from tests.factories import make_deal
from ui.clients.card import ClientCard
from ui.followups.dialogs import ActivityDialog
from ui.operations.activities import ActivityActions


@pytest.fixture
def other_window(db_path) -> Iterator[Database]:
    """The same file opened a second time, as another window or program would."""
    other = open_database(db_path, now=NOW)
    yield other
    other.close()


@pytest.fixture
def client_id(db) -> int:
    with db.write() as s:
        return create_client(s, name="Clinic", phones=["+7 912 345 00 00"], now=NOW)


@pytest.fixture
def activity(db, ctx):
    with db.write() as s:
        deal_id = make_deal(s, NOW, "Clinic CRM")
        activity_id = add_activity(
            s, kind="call", deal_id=deal_id, subject="Call", due_date=NOW.date(), now=NOW
        )
    return ctx.read(get_activity, activity_id)


def _client_card(ctx, qtbot, client_id: int) -> ClientCard:
    card = ClientCard(ctx, client_id, undo_stack=QUndoStack())
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    return card


def _retype(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _save(qtbot, buttons) -> None:
    qtbot.mouseClick(buttons.buttons()[0], Qt.MouseButton.LeftButton)


def test_a_client_saved_over_another_windows_change_keeps_the_card_open_and_reload_shows_theirs(
    ctx, qtbot, client_id, other_window
):
    card = _client_card(ctx, qtbot, client_id)
    _retype(qtbot, card.name_edit, "Clinic, mine")
    with other_window.write() as s:
        update_client(s, client_id, name="Clinic Ltd")

    card.save()

    assert card.isVisible() and card.result() == 0
    assert card.conflict_bar.isVisible()
    assert "'Clinic Ltd' was changed" in card.conflict_bar.label.text()
    assert card.name_edit.text() == "Clinic, mine"
    assert ctx.read(get_client, client_id).name == "Clinic Ltd"

    qtbot.mouseClick(card.conflict_bar.reload_button, Qt.MouseButton.LeftButton)
    assert card.name_edit.text() == "Clinic Ltd"
    assert not card.conflict_bar.isVisible()
    # What the card shows now is the current client: a save goes through.
    _retype(qtbot, card.name_edit, "Clinic Ltd.")
    card.save()
    assert ctx.read(get_client, client_id).name == "Clinic Ltd."


def test_keep_mine_on_the_client_card_saves_the_typed_values(ctx, qtbot, client_id, other_window):
    card = _client_card(ctx, qtbot, client_id)
    _retype(qtbot, card.name_edit, "Clinic, mine")
    with other_window.write() as s:
        update_client(s, client_id, name="Clinic Ltd", notes="theirs")
    card.save()
    assert card.conflict_bar.isVisible()

    qtbot.mouseClick(card.conflict_bar.keep_button, Qt.MouseButton.LeftButton)
    saved = ctx.read(get_client, client_id)
    assert saved.name == "Clinic, mine"
    assert card.result() == ClientCard.DialogCode.Accepted


def _activity_dialog(ctx, qtbot, activity) -> ActivityDialog:
    dialog = ActivityDialog(ctx, ActivityActions(ctx, QUndoStack()), activity=activity)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_an_activity_edited_in_another_window_is_not_overwritten_and_reload_shows_it(
    ctx, qtbot, activity, other_window
):
    dialog = _activity_dialog(ctx, qtbot, activity)
    _retype(qtbot, dialog.fields.subject_edit, "Call about the contract")
    qtbot.keyClicks(dialog.notes_edit, "bring the price list")
    with other_window.write() as s:
        update_activity(s, activity.id, subject="Call back on Monday")

    _save(qtbot, dialog.buttons)

    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.conflict_bar.isVisible()
    assert "'Call back on Monday' was changed" in dialog.conflict_bar.label.text()
    assert dialog.fields.subject() == "Call about the contract"
    assert dialog.notes_edit.toPlainText() == "bring the price list"
    assert ctx.read(get_activity, activity.id).subject == "Call back on Monday"

    qtbot.mouseClick(dialog.conflict_bar.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.fields.subject() == "Call back on Monday"
    assert dialog.notes_edit.toPlainText() == ""
    assert not dialog.conflict_bar.isVisible()


def test_keep_mine_on_an_activity_saves_the_typed_values(ctx, qtbot, activity, other_window):
    dialog = _activity_dialog(ctx, qtbot, activity)
    _retype(qtbot, dialog.fields.subject_edit, "Call about the contract")
    with other_window.write() as s:
        update_activity(s, activity.id, subject="Call back on Monday")
    _save(qtbot, dialog.buttons)
    assert dialog.conflict_bar.isVisible()

    qtbot.mouseClick(dialog.conflict_bar.keep_button, Qt.MouseButton.LeftButton)
    assert ctx.read(get_activity, activity.id).subject == "Call about the contract"
    assert dialog.result() == ActivityDialog.DialogCode.Accepted
