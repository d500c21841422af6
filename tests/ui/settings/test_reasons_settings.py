"""Preferences › Reasons, driven as a person would: add, rename, reorder,
retire and restore the reasons offered when a deal is lost or won."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from funnel.pipeline.moves import lose_deal, win_deal
from funnel.pipeline.reasons import (
    ReasonPlan,
    list_lost_reasons,
    list_reasons,
    list_win_reasons,
    save_reasons,
)
from funnel.reports.period import Period
from funnel.reports.wins import wins
from funnel.store.models import Deal, ReasonKind
from tests.factories import make_deal
from ui.deals.lost_reason_dialog import LostReasonDialog
from ui.settings.dialog import SettingsDialog
from ui.settings.reasons import ReasonsList

LOST = ["Price too high", "Chose a competitor", "No budget", "No response", "Not a fit"]


def open_reasons(window, qtbot) -> SettingsDialog:
    window.preferences_action.trigger()
    dialog = window.findChild(SettingsDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.tabs.setCurrentWidget(dialog.reasons)
    return dialog


def press_ok(qtbot, dialog: SettingsDialog) -> None:
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(qtbot, part: ReasonsList, text: str) -> int:
    row = [d.text for d in part.model.drafts].index(text)
    rect = part.view.visualRect(part.model.index(row))
    qtbot.mouseClick(part.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert part.current_row() == row
    return row


def type_in_editor(qtbot, part: ReasonsList, text: str) -> None:
    editor = part.view.indexWidget(part.view.currentIndex())
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: part.view.indexWidget(part.view.currentIndex()) is None)


def shown(part: ReasonsList) -> list[str]:
    return [d.text for r, d in enumerate(part.model.drafts) if not part.view.isRowHidden(r)]


def offered_when_losing(ctx) -> list[str]:
    dialog = LostReasonDialog(ctx.read(list_lost_reasons), "Site")
    box = dialog.reason_box
    return [box.itemText(i) for i in range(box.count())]


def test_added_moved_and_retired_reasons_are_what_the_lost_dialog_offers(window, ctx, qtbot):
    dialog = open_reasons(window, qtbot)
    lost = dialog.reasons.lost
    assert shown(lost) == LOST
    click(qtbot, lost.add_button)
    type_in_editor(qtbot, lost, "Budget frozen")
    click(qtbot, lost.up_button)
    click(qtbot, lost.up_button)
    assert shown(lost) == [*LOST[:3], "Budget frozen", "No response", "Not a fit"]
    click_row(qtbot, lost, "Not a fit")
    click(qtbot, lost.retire_button)
    assert "Not a fit" not in shown(lost)  # retired ones hide until asked for
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()

    new_list = [*LOST[:3], "Budget frozen", "No response"]
    assert offered_when_losing(ctx) == new_list
    # Edit › Undo (Ctrl+Z) in the window takes the whole edit back, in one step.
    step = "&Undo Edit win and lost reasons"
    undo = next(a for a in window.findChildren(QAction) if a.text() == step)
    assert undo.shortcut() == QKeySequence("Ctrl+Z")
    undo.trigger()
    assert offered_when_losing(ctx) == LOST
    window.undo_stack.redo()
    assert offered_when_losing(ctx) == new_list


def test_a_duplicate_is_named_and_nothing_is_saved(window, ctx, qtbot):
    before = ctx.read(list_reasons, ReasonKind.LOST)
    dialog = open_reasons(window, qtbot)
    lost = dialog.reasons.lost
    click(qtbot, lost.add_button)
    type_in_editor(qtbot, lost, "no budget")
    click_row(qtbot, lost, "Price too high")
    qtbot.keyClick(lost.view, Qt.Key.Key_F2)
    type_in_editor(qtbot, lost, "Too dear")  # a good change, in the same save
    press_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.reasons
    assert lost.error_label.isVisible()
    assert "Reasons 3 and 6 are the same: 'no budget'" in lost.error_label.text()
    assert lost.model.drafts[lost.current_row()].text == "no budget"  # the line is selected
    assert ctx.read(list_reasons, ReasonKind.LOST) == before
    assert window.undo_stack.count() == 0


def test_an_empty_reason_is_named_by_its_line(window, ctx, qtbot):
    dialog = open_reasons(window, qtbot)
    won = dialog.reasons.won
    click_row(qtbot, won, "Right product")
    qtbot.keyClick(won.view, Qt.Key.Key_F2)
    type_in_editor(qtbot, won, " ")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "Reason 2 is empty" in won.error_label.text()
    assert "Right product" in ctx.read(list_win_reasons)


def test_renaming_a_used_reason_says_its_deals_follow_and_renames_them(window, ctx, db, qtbot, now):
    with db.begin() as s:
        deal = make_deal(s, now, "Site")
        lose_deal(s, deal, reason="No budget", now=now)
    dialog = open_reasons(window, qtbot)
    lost = dialog.reasons.lost
    row = click_row(qtbot, lost, "No budget")
    rect = lost.view.visualRect(lost.model.index(row))
    qtbot.mouseDClick(lost.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    type_in_editor(qtbot, lost, "Budget cut")
    renames = dialog.reasons.renames_label
    assert renames.isVisible()
    assert "“No budget” becomes “Budget cut” on 1 deal" in renames.text()
    press_ok(qtbot, dialog)
    with db.begin() as s:
        assert s.get(Deal, deal).lost_reason == "Budget cut"


def test_dragging_a_reason_reorders_the_list(window, ctx, qtbot):
    dialog = open_reasons(window, qtbot)
    lost = dialog.reasons.lost
    view, model = lost.view, lost.model
    view.setCurrentIndex(model.index(4))
    mime = model.mimeData([model.index(4)])
    rect = view.visualRect(model.index(0))
    pos = QPoint(rect.center().x(), rect.top() + 1)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    move = Qt.DropAction.MoveAction
    for event in (
        QDragEnterEvent(pos, move, mime, buttons, mods),
        QDragMoveEvent(pos, move, mime, buttons, mods),
        QDropEvent(QPointF(pos), move, mime, buttons, mods),
    ):
        QApplication.sendEvent(view.viewport(), event)
        assert event.isAccepted(), event.type()
    assert shown(lost) == ["Not a fit", *LOST[:4]]
    # A lost reason cannot be dropped among the win reasons.
    other = dialog.reasons.won
    assert not other.model.canDropMimeData(mime, move, 0, 0, other.model.index(0).parent())
    press_ok(qtbot, dialog)
    assert ctx.read(list_lost_reasons) == ["Not a fit", *LOST[:4]]


def test_a_retired_reason_shows_greyed_on_request_and_can_be_restored(window, ctx, db, qtbot, now):
    with db.begin() as s:
        deal = make_deal(s, now, "Site")
        win_deal(s, deal, reason="Good price", now=now)
        plan = [ReasonPlan(r.text, r.id, r.text == "Good price") for r in
                list_reasons(s, ReasonKind.WON)]  # fmt: skip
        save_reasons(s, ReasonKind.WON, plan)
    assert "Good price" not in ctx.read(list_win_reasons)
    dialog = open_reasons(window, qtbot)
    won = dialog.reasons.won
    assert "Good price" not in shown(won)
    click(qtbot, won.show_retired)
    assert shown(won)[-1] == "Good price"
    click_row(qtbot, won, "Good price")
    assert won.retire_button.text() == "Restore"
    click(qtbot, won.retire_button)
    press_ok(qtbot, dialog)
    assert ctx.read(list_win_reasons)[-1] == "Good price"


@pytest.mark.parametrize("kind", [ReasonKind.LOST, ReasonKind.WON])
def test_reports_still_count_a_retired_reasons_past_deals(session, now, kind):
    deal = make_deal(session, now, "Site")
    if kind == ReasonKind.LOST:
        lose_deal(session, deal, reason="No budget", now=now)
        text = "No budget"
    else:
        win_deal(session, deal, reason="Trust in us", now=now)
        text = "Trust in us"
    plan = [ReasonPlan(r.text, r.id, r.text == text) for r in list_reasons(session, kind)]
    save_reasons(session, kind, plan)
    report = wins(session, Period(date(2026, 11, 1), date(2026, 11, 30)))
    rows = report.lost_reasons if kind == ReasonKind.LOST else report.win_reasons
    assert [(r.reason, r.deals) for r in rows] == [(text, 1)]
