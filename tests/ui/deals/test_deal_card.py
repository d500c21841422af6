"""The deal card, driven as a person would: typing, clicking, keys."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from funnel.customers.clients import create_client, get_client
from funnel.deals.notes import list_notes
from funnel.deals.service import get_deal, list_deals
from funnel.followups.activities import add_activity
from funnel.followups.activity_list import list_activities
from funnel.pipeline.history import deal_history
from funnel.pipeline.moves import move_deal
from funnel.pipeline.parking import park_deal
from tests.factories import make_deal, stage_id
from ui.deal_card import DealCard
from ui.deal_card.timeline import TimelineRole
from ui.deals.lost_reason_dialog import LostReasonDialog
from ui.operations.deals import DealActions


@pytest.fixture
def actions(ctx):
    return DealActions(ctx, QUndoStack())


@pytest.fixture
def open_card(ctx, actions, qtbot):
    cards: list[DealCard] = []

    def open_(deal_id: int | None, sequence: list[int] | None = None) -> DealCard:
        card = DealCard(ctx, actions, deal_id, sequence)
        cards.append(card)
        card.show()
        qtbot.waitExposed(card)
        card.activateWindow()  # its shortcuts (Ctrl+S, Page Down) work in the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
        return card

    yield open_
    # Not qtbot.addWidget: closing a card a test left edited would ask
    # "save the changes?" and wait for an answer forever.
    for card in cards:
        QDialog.done(card, QDialog.DialogCode.Rejected)
        card.deleteLater()


def deal(ctx, deal_id):
    return ctx.read(get_deal, deal_id, today=ctx.today())


def when_a_dialog_opens(handle) -> None:
    """Answer the next modal dialog (it runs its own event loop)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, look)
        else:
            handle(dialog)

    QTimer.singleShot(0, look)


def retype(qtbot, box, text: str) -> None:
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    qtbot.keyClicks(box, text)


def choose_in_combo(qtbot, combo, text: str) -> None:
    """Open the combo's list and click the item."""
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    index = view.model().index(combo.findText(text), 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: not view.isVisible())


def pick_suggestion(qtbot, card: DealCard, row: int) -> None:
    popup = card.form.client_picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    index = popup.model().index(row, 0)
    qtbot.mouseClick(
        popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(index).center()
    )


def test_editing_title_and_value_then_saving_writes_them(db, now, ctx, open_card, qtbot):
    with db.begin() as session:
        deal_id = make_deal(session, now, "Website", value=1000)
    card = open_card(deal_id)
    retype(qtbot, card.form.title_edit, "Website and shop")
    retype(qtbot, card.form.value_edit, "2 450.50")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    row = deal(ctx, deal_id)
    assert (row.title, row.value) == ("Website and shop", Decimal("2450.50"))
    assert card.result() == QDialog.DialogCode.Accepted


def test_a_client_typed_in_the_card_is_created_with_the_new_deal(ctx, open_card, qtbot):
    card = open_card(None)
    qtbot.keyClicks(card.form.title_edit, "Roof repair")
    qtbot.keyClicks(card.form.client_picker.edit, "Pavel Orlov")
    pick_suggestion(qtbot, card, 0)  # the only suggestion: Create client «Pavel Orlov»
    assert card.form.client_picker.form.isVisible()
    qtbot.keyClicks(card.form.client_picker.phone, "+7 912 000-11-22")
    qtbot.keyClicks(card.form.client_picker.email, "pavel@example.com")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    (row,) = ctx.read(list_deals, today=ctx.today())
    client = ctx.read(get_client, row.client_id)
    assert (row.title, client.name, client.phones, client.emails) == (
        "Roof repair",
        "Pavel Orlov",
        ("+7 912 000-11-22",),
        ("pavel@example.com",),
    )


def test_an_existing_client_is_found_by_phone_and_picked(db, now, ctx, open_card, qtbot):
    with db.begin() as session:
        deal_id = make_deal(session, now, client=None)
        olga = create_client(session, name="Olga Petrova", phones=["+7 (903) 555-12-34"], now=now)
    card = open_card(deal_id)
    qtbot.keyClicks(card.form.client_picker.edit, "903555")
    popup = card.form.client_picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data().startswith("Olga Petrova")
    pick_suggestion(qtbot, card, 0)
    assert card.form.client_picker.edit.text() == "Olga Petrova"
    qtbot.keyClick(card, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert deal(ctx, deal_id).client_id == olga


def test_a_bad_phone_for_a_new_client_is_shown_beside_it_and_nothing_is_saved(
    ctx, open_card, qtbot
):
    card = open_card(None)
    qtbot.keyClicks(card.form.title_edit, "Fence")
    qtbot.keyClicks(card.form.client_picker.edit, "Ivan")
    pick_suggestion(qtbot, card, 0)
    qtbot.keyClicks(card.form.client_picker.phone, "12")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert "does not look like a phone number" in card.form.client_picker.phone_error.text()
    assert card.form.client_picker.phone_error.isVisible()
    assert ctx.read(list_deals, today=ctx.today()) == []


def test_a_note_added_with_ctrl_enter_appears_first(db, now, ctx, open_card, qtbot):
    with db.begin() as session:
        deal_id = make_deal(session, now)
    card = open_card(deal_id)
    card.notes.input.setFocus()
    qtbot.keyClicks(card.notes.input, "Prefers a call after lunch")
    qtbot.keyClick(card.notes.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [n.body for n in ctx.read(list_notes, deal_id=deal_id)] == ["Prefers a call after lunch"]
    assert card.notes.model.index(0, 0).data() == "Prefers a call after lunch"
    assert card.notes.input.toPlainText() == ""


@pytest.fixture
def three_deals(db, now):
    with db.begin() as session:
        return [make_deal(session, now, title, client=None) for title in ("Alpha", "Beta", "Gamma")]


def test_next_and_previous_walk_through_the_deals_of_the_view(open_card, three_deals, qtbot):
    card = open_card(three_deals[0], three_deals)
    assert (card.header.title_label.text(), card.header.position_label.text()) == (
        "Alpha",
        "1 of 3",
    )
    assert not card.header.previous_button.isEnabled()
    qtbot.mouseClick(card.header.next_button, Qt.MouseButton.LeftButton)
    assert card.form.title_edit.text() == "Beta"
    qtbot.keyClick(card, Qt.Key.Key_PageDown)
    assert (card.form.title_edit.text(), card.header.position_label.text()) == ("Gamma", "3 of 3")
    assert not card.header.next_button.isEnabled()
    qtbot.keyClick(card, Qt.Key.Key_PageUp)
    assert card.form.title_edit.text() == "Beta"


def test_walking_to_the_next_deal_saves_the_edits_first(ctx, open_card, three_deals, qtbot):
    card = open_card(three_deals[0], three_deals)
    retype(qtbot, card.form.title_edit, "Alpha (renewal)")
    qtbot.mouseClick(card.header.next_button, Qt.MouseButton.LeftButton)
    assert deal(ctx, three_deals[0]).title == "Alpha (renewal)"
    assert card.form.title_edit.text() == "Beta"


def test_a_note_written_but_not_added_goes_with_its_deal_when_walking_on(
    ctx, open_card, three_deals, qtbot
):
    card = open_card(three_deals[0], three_deals)
    qtbot.keyClicks(card.notes.input, "Asked for a discount")
    qtbot.keyClick(card, Qt.Key.Key_PageDown)
    assert [n.body for n in ctx.read(list_notes, deal_id=three_deals[0])] == [
        "Asked for a discount"
    ]
    assert card.notes.input.toPlainText() == ""
    assert ctx.read(list_notes, deal_id=three_deals[1]) == []


def test_walking_on_stays_put_when_the_edits_are_not_valid(open_card, three_deals, qtbot):
    card = open_card(three_deals[0], three_deals)
    retype(qtbot, card.form.title_edit, "")
    qtbot.keyClick(card, Qt.Key.Key_PageDown)
    assert card.header.position_label.text() == "1 of 3"
    assert card.form.title_error.text() == "A deal needs a title."


@pytest.mark.parametrize(
    "field, text, message",
    [
        ("title_edit", "   ", "A deal needs a title."),
        ("value_edit", "a lot", "'a lot' is not an amount of money."),
        ("value_edit", "-50", "An amount cannot be negative (got -50)."),
    ],
)
def test_a_problem_is_shown_next_to_its_field_and_nothing_is_written(
    db, now, ctx, open_card, qtbot, field, text, message
):
    with db.begin() as session:
        deal_id = make_deal(session, now, "Website", value=1000)
    card = open_card(deal_id)
    retype(qtbot, getattr(card.form, field), text)
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    error = card.form.title_error if field == "title_edit" else card.form.value_error
    assert (error.isVisible(), error.text()) == (True, message)
    assert card.isVisible()
    row = deal(ctx, deal_id)
    assert (row.title, row.value) == ("Website", Decimal(1000))


def test_the_timeline_shows_the_days_spent_in_each_stage(db, now, open_card):
    with db.begin() as session:
        deal_id = make_deal(session, now - timedelta(days=9), client=None)
        move_deal(session, deal_id, stage_id(session, "Proposal sent"), now=now - timedelta(days=4))
    card = open_card(deal_id)
    model = card.timeline.model()
    rows = [model.index(i, 0) for i in range(model.rowCount())]
    assert [i.data() for i in rows] == [
        "Created in New lead · 14 Nov 2026 · 5 days",
        "Moved to Proposal sent · 19 Nov 2026 · 4 days so far",
    ]
    # The bar of the longest stay is full; the rest are in proportion.
    assert [i.data(TimelineRole.FRACTION) for i in rows] == [1.0, 0.8]


def test_choosing_a_stage_in_the_card_is_an_undoable_move(db, now, ctx, actions, open_card, qtbot):
    with db.begin() as session:
        deal_id = make_deal(session, now, client=None)
    card = open_card(deal_id)
    card.form.stage_box.setFocus()
    qtbot.keyClick(card.form.stage_box, Qt.Key.Key_Down)  # a closed combo steps to the next item
    assert deal(ctx, deal_id).stage == "Contact made"
    assert ctx.read(deal_history, deal_id, today=ctx.today())[-1].kind == "moved"
    assert card.timeline.model().rowCount() == 2
    qtbot.keyClick(card.form.stage_box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert deal(ctx, deal_id).stage == "New lead"
    assert card.form.stage_box.currentText() == "New lead"  # the card follows the undo
    assert card.timeline.model().rowCount() == 1


def test_marking_a_deal_lost_asks_why(db, now, ctx, open_card, qtbot):
    with db.begin() as session:
        deal_id = make_deal(session, now, client=None)
    card = open_card(deal_id)

    def give_reason(dialog: LostReasonDialog) -> None:
        qtbot.keyClicks(dialog.reason_box.lineEdit(), "Went quiet")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    when_a_dialog_opens(give_reason)
    qtbot.mouseClick(card.form.lost_button, Qt.MouseButton.LeftButton)
    row = deal(ctx, deal_id)
    assert (row.status, row.lost_reason) == ("lost", "Went quiet")
    assert card.form.reopen_button.isVisible() and not card.form.lost_button.isVisible()


def test_an_activity_is_added_and_marked_done_from_the_card(db, now, ctx, open_card, qtbot):
    with db.begin() as session:
        deal_id = make_deal(session, now, client=None)
    card = open_card(deal_id)
    card.tabs.setCurrentWidget(card.activities)
    panel = card.activities
    qtbot.keyClicks(panel.subject, "Call about the budget")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    (activity,) = ctx.read(list_activities, deal_id=deal_id)
    assert (activity.subject, activity.due_date) == ("Call about the budget", date(2026, 11, 24))
    first = panel.view.model().index(0, 0)
    qtbot.mouseClick(
        panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(first).center()
    )
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    done = card.done_dialog  # the outcome, then the next step (Esc: none)
    qtbot.waitUntil(done.isVisible)
    qtbot.keyClicks(done.outcome_edit, "Budget approved")
    qtbot.keyClick(done.outcome_edit, Qt.Key.Key_Return)
    qtbot.keyClick(done.next_fields.subject_edit, Qt.Key.Key_Escape)
    finished = ctx.read(list_activities, deal_id=deal_id)
    assert [(a.done_at is not None, a.outcome) for a in finished] == [(True, "Budget approved")]


def test_open_activities_are_counted_on_their_tab(db, now, today, open_card):
    with db.begin() as session:
        deal_id = make_deal(session, now, client=None)
        add_activity(session, kind="call", subject="Call", due_date=today, deal_id=deal_id, now=now)
    card = open_card(deal_id)
    assert card.tabs.tabText(1) == "Activities (1)"


def test_escape_with_unsaved_changes_asks_and_discard_keeps_the_old_title(
    db, now, ctx, open_card, qtbot
):
    with db.begin() as session:
        deal_id = make_deal(session, now, "Website", client=None)
    card = open_card(deal_id)
    retype(qtbot, card.form.title_edit, "Something else")
    asked = []

    def discard(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Discard).click()

    when_a_dialog_opens(discard)
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    assert asked == ["Save the changes to «Something else»?"]
    assert not card.isVisible()
    assert deal(ctx, deal_id).title == "Website"


def test_escape_without_changes_just_closes(db, now, open_card, qtbot):
    with db.begin() as session:
        deal_id = make_deal(session, now, client=None)
    card = open_card(deal_id)
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    assert not card.isVisible()


def test_a_new_deal_goes_into_the_chosen_stage(ctx, open_card, qtbot):
    card = open_card(None)
    qtbot.keyClicks(card.form.title_edit, "Kitchen")
    choose_in_combo(qtbot, card.form.stage_box, "Proposal sent")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    (row,) = ctx.read(list_deals, today=ctx.today())
    assert (row.title, row.stage, row.owner) == ("Kitchen", "Proposal sent", "Me")


@pytest.fixture
def brazilian_locale():
    previous = QLocale()
    QLocale.setDefault(QLocale("pt_BR"))
    yield
    QLocale.setDefault(previous)


def test_a_value_shown_the_brazilian_way_reads_back_unchanged(
    db, now, ctx, open_card, qtbot, brazilian_locale
):
    with db.begin() as session:
        deal_id = make_deal(session, now, "Site", value=12500, client=None)
    card = open_card(deal_id)
    assert card.form.value_edit.text() == "12.500"  # a thousands separator, not a decimal point
    retype(qtbot, card.form.title_edit, "Site novo")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert deal(ctx, deal_id).value == Decimal(12500)


def test_a_parked_deal_brought_back_from_the_card_forgets_its_return_date(
    db, now, today, ctx, actions, open_card, qtbot
):
    with db.begin() as session:
        deal_id = make_deal(session, now, "Sauna", stage="Contact made", client=None)
        park_deal(session, deal_id, today=today, now=now, months=3)
    card = open_card(deal_id)
    assert card.form.stage_box.currentText() == "Parked"
    choose_in_combo(qtbot, card.form.stage_box, "Current sales › Proposal sent")
    row = deal(ctx, deal_id)
    assert (row.pipeline, row.stage, row.return_on) == ("Current sales", "Proposal sent", None)
    assert card.timeline.model().index(2, 0).data().startswith("Back in Proposal sent")
    actions.undo_stack.undo()
    assert deal(ctx, deal_id).stage == "Parked"


def test_with_business_days_the_card_agrees_with_the_board_on_stalled(db, now, ctx, open_card):
    """Entered on Wednesday, seen on Monday: five calendar days but three
    working days in a stage that allows three. The board says not stalled;
    the card must not say "Stalled" either."""
    from funnel.pipeline.board import BoardFilters, board_cards
    from funnel.pipeline.stalls import BUSINESS_DAYS_SETTING
    from funnel.store.models import Stage
    from funnel.store.settings import set_setting

    with db.begin() as session:
        set_setting(session, BUSINESS_DAYS_SETTING, True)
        deal_id = make_deal(session, now - timedelta(days=5), client=None)
        row = get_deal(session, deal_id, today=ctx.today())
        session.get(Stage, row.stage_id).rot_days = 3
    (card_on_board,) = ctx.read(
        board_cards, row.pipeline_id, today=ctx.today(), filters=BoardFilters()
    )
    assert not card_on_board.stalled
    card = open_card(deal_id)
    assert not card.header.status_badge.isVisible()
    assert "Stalled" not in card.header.status_badge.text()


def test_the_card_says_stalled_when_the_board_does(db, now, ctx, open_card):
    from funnel.pipeline.board import BoardFilters, board_cards
    from funnel.store.models import Stage

    with db.begin() as session:
        deal_id = make_deal(session, now - timedelta(days=5), client=None)
        row = get_deal(session, deal_id, today=ctx.today())
        session.get(Stage, row.stage_id).rot_days = 3
    (card_on_board,) = ctx.read(
        board_cards, row.pipeline_id, today=ctx.today(), filters=BoardFilters()
    )
    assert card_on_board.stalled
    card = open_card(deal_id)
    assert card.header.status_badge.text() == "Stalled: 2 days over"


def test_adding_an_activity_from_the_card_is_one_undo_step(db, now, ctx, actions, open_card, qtbot):
    """Like adding it from Today: Ctrl+Z takes it away, Ctrl+Shift+Z brings it back."""
    with db.begin() as session:
        deal_id = make_deal(session, now, client=None)
    card = open_card(deal_id)
    card.tabs.setCurrentWidget(card.activities)
    qtbot.keyClicks(card.activities.subject, "Send the offer")
    qtbot.mouseClick(card.activities.add_button, Qt.MouseButton.LeftButton)
    assert [a.subject for a in ctx.read(list_activities, deal_id=deal_id)] == ["Send the offer"]
    assert actions.undo_stack.count() == 1
    qtbot.keyClick(card, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ctx.read(list_activities, deal_id=deal_id) == []
    assert card.activities.view.model().rowCount() == 0
    actions.undo_stack.redo()
    assert [a.subject for a in ctx.read(list_activities, deal_id=deal_id)] == ["Send the offer"]
    assert card.activities.view.model().rowCount() == 1


def test_marking_won_in_the_card_is_undone_and_redone_with_its_keys(
    db, now, ctx, actions, open_card, qtbot
):
    """Do, undo (Ctrl+Z in the card), redo (Ctrl+Shift+Z), the database checked each time."""
    with db.begin() as session:
        deal_id = make_deal(session, now, client=None)
    card = open_card(deal_id)
    # The usual win reasons are offered; none is needed to mark it won.
    when_a_dialog_opens(lambda dialog: dialog.ok_button.click())
    qtbot.mouseClick(card.form.won_button, Qt.MouseButton.LeftButton)
    assert deal(ctx, deal_id).status == "won"
    card.activateWindow()  # back from the dialog, as the window manager would
    qtbot.waitUntil(card.isActiveWindow)
    qtbot.keyClick(card, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert deal(ctx, deal_id).status == "open"
    assert card.form.won_button.isVisible()  # the card follows the undo
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(card, Qt.Key.Key_Z, redo)
    assert deal(ctx, deal_id).status == "won"
    assert card.form.reopen_button.isVisible()
