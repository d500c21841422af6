"""The pipeline editor, driven as a person would: drag, double-click, type, OK."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QSpinBox,
)

from funnel.deals.service import get_deal
from funnel.pipeline.pipelines import find_pipeline, list_pipelines
from tests.factories import make_deal, sales
from ui.context import Changes
from ui.pipeline_editor import PipelineEditor
from ui.pipeline_editor.dialogs import MoveDealsDialog, PipelineNameDialog
from ui.pipeline_editor.model import Column

SALES_STAGES = ["New lead", "Contact made", "Needs identified", "Proposal sent", "Negotiation"]


@pytest.fixture
def open_editor(ctx, qtbot):
    opened: list[PipelineEditor] = []

    def open_(pipeline_id: int | None = None) -> PipelineEditor:
        dialog = PipelineEditor(ctx, pipeline_id)
        opened.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    yield open_
    # Not qtbot.addWidget: closing an edited editor would ask "discard?" and wait.
    for dialog in opened:
        QDialog.done(dialog, QDialog.DialogCode.Rejected)
        dialog.deleteLater()


@pytest.fixture
def editor(open_editor):
    return open_editor()


def stage_names(db) -> list[str]:
    with db.begin() as session:
        return [s.name for s in sales(session).stages]


def shown_names(editor: PipelineEditor) -> list[str]:
    model = editor.model
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def click_cell(qtbot, editor: PipelineEditor, row: int, column: int = Column.NAME) -> None:
    rect = editor.view.visualRect(editor.model.index(row, column))
    qtbot.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def edit_cell(qtbot, editor: PipelineEditor, row: int, column: int, text: str) -> None:
    """Double-click a cell, type over its value, press Enter."""
    rect = editor.view.visualRect(editor.model.index(row, column))
    click_cell(qtbot, editor, row, column)
    qtbot.mouseDClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    box = QApplication.focusWidget()
    assert isinstance(box, QLineEdit | QSpinBox), box
    line = box if isinstance(box, QLineEdit) else box.findChild(QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    # The delegate commits the value and closes the box on the next turn of the event loop.
    qtbot.waitUntil(lambda: editor.view.state() != QAbstractItemView.State.EditingState)


def drag_row(editor: PipelineEditor, source: int, target: int) -> None:
    """Drag a row and drop it on the upper edge of row `target` (before it).

    A real QDrag runs its own event loop fed by the window system, which the
    offscreen platform does not provide; so the drag is played as the events
    the view receives during one: enter, move, drop, carrying the mime data
    the model gives for the dragged row. The view and model then do exactly
    what they do for a mouse drag."""
    view, model = editor.view, editor.model
    click_row = view.visualRect(model.index(source, Column.NAME)).center()
    view.setCurrentIndex(view.indexAt(click_row))
    mime = model.mimeData([model.index(source, Column.NAME)])
    rect = view.visualRect(model.index(target, Column.NAME))
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


def when_a_dialog_opens(handle) -> None:
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, look)
        else:
            handle(dialog)

    QTimer.singleShot(0, look)


def press_ok(qtbot, editor: PipelineEditor) -> None:
    qtbot.mouseClick(
        editor.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_dragging_a_stage_up_reorders_the_pipeline(db, qtbot, editor):
    drag_row(editor, source=3, target=1)  # Proposal sent, dropped before Contact made
    assert shown_names(editor)[:4] == [
        "New lead",
        "Proposal sent",
        "Contact made",
        "Needs identified",
    ]
    assert stage_names(db) == SALES_STAGES  # nothing written before OK
    press_ok(qtbot, editor)
    assert stage_names(db) == [
        "New lead",
        "Proposal sent",
        "Contact made",
        "Needs identified",
        "Negotiation",
    ]


def test_dragging_a_stage_down_puts_it_before_the_row_it_is_dropped_on(db, qtbot, editor):
    drag_row(editor, source=0, target=2)
    press_ok(qtbot, editor)
    assert stage_names(db)[:3] == ["Contact made", "New lead", "Needs identified"]


def test_move_up_and_down_buttons_reorder_the_selected_stage(db, qtbot, editor):
    click_cell(qtbot, editor, 4)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert editor.view.currentIndex().row() == 2  # the selection follows the stage
    click_cell(qtbot, editor, 0)
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    press_ok(qtbot, editor)
    assert stage_names(db) == [
        "Contact made",
        "New lead",
        "Negotiation",
        "Needs identified",
        "Proposal sent",
    ]


def test_rot_days_and_probability_are_edited_in_place(db, qtbot, editor):
    edit_cell(qtbot, editor, 3, Column.ROT_DAYS, "21")
    edit_cell(qtbot, editor, 3, Column.PROBABILITY, "65")
    assert editor.model.index(3, Column.ROT_DAYS).data() == "21 days"
    press_ok(qtbot, editor)
    with db.begin() as session:
        stage = sales(session).stage_named("Proposal sent")
    assert (stage.rot_days, stage.probability) == (21, 65)


def test_zero_rot_days_means_a_stage_never_stalls(db, qtbot, editor):
    edit_cell(qtbot, editor, 0, Column.ROT_DAYS, "0")
    assert editor.model.index(0, Column.ROT_DAYS).data() == "never"
    press_ok(qtbot, editor)
    with db.begin() as session:
        assert sales(session).stage_named("New lead").rot_days is None


def test_a_duplicate_stage_name_is_refused_with_a_message(db, qtbot, editor):
    edit_cell(qtbot, editor, 1, Column.NAME, "new LEAD")
    assert editor.problem.isVisible()
    assert editor.problem.text() == "This pipeline already has a stage named «new LEAD»."
    assert shown_names(editor)[1] == "Contact made"


def test_removing_a_stage_with_deals_asks_where_they_go(db, now, qtbot, open_editor):
    with db.begin() as session:
        deals = [make_deal(session, now, f"Deal {i}", stage="Proposal sent") for i in range(2)]
    editor = open_editor()
    asked = []

    def send_to_negotiation(dialog: MoveDealsDialog) -> None:
        asked.append(dialog.intro.text())
        dialog.target_box.setCurrentIndex(dialog.target_box.findText("Negotiation"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    click_cell(qtbot, editor, 3)
    when_a_dialog_opens(send_to_negotiation)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert asked == ["Stage «Proposal sent» holds 2 deals. Where should they go?"]
    assert editor.model.index(3, Column.DEALS).data() == "2"  # Negotiation now holds them
    press_ok(qtbot, editor)
    assert "Proposal sent" not in stage_names(db)
    with db.begin() as session:
        assert {get_deal(session, d, today=now.date()).stage for d in deals} == {"Negotiation"}


def test_an_empty_stage_is_removed_without_a_question(db, qtbot, editor):
    click_cell(qtbot, editor, 1)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    press_ok(qtbot, editor)
    assert stage_names(db) == [n for n in SALES_STAGES if n != "Contact made"]


def test_a_new_stage_is_added_after_the_selected_one_and_named_in_place(db, qtbot, editor):
    click_cell(qtbot, editor, 0)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit) and line.text() == "New stage"
    line.selectAll()
    qtbot.keyClicks(line, "Qualified")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.view.state() != QAbstractItemView.State.EditingState)
    press_ok(qtbot, editor)
    assert stage_names(db)[:2] == ["New lead", "Qualified"]


def test_cancel_discards_every_change(db, qtbot, editor):
    drag_row(editor, source=4, target=0)

    def discard(box) -> None:
        box.button(box.StandardButton.Discard).click()

    when_a_dialog_opens(discard)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert stage_names(db) == SALES_STAGES


def test_a_new_pipeline_is_created_on_ok(db, qtbot, editor):
    def name_it(dialog: PipelineNameDialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "Wholesale")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_a_dialog_opens(name_it)
    qtbot.mouseClick(editor.new_pipeline_button, Qt.MouseButton.LeftButton)
    assert editor.pipeline_box.currentText() == "Wholesale"
    assert shown_names(editor) == ["New lead"]
    press_ok(qtbot, editor)
    with db.begin() as session:
        pipeline = find_pipeline(session, "Wholesale")
    assert (pipeline.kind, [s.name for s in pipeline.stages]) == ("sales", ["New lead"])


def test_a_pipeline_name_already_in_use_is_refused(db, qtbot, editor):
    messages = []

    def clash(dialog: PipelineNameDialog) -> None:
        dialog.name_edit.selectAll()
        qtbot.keyClicks(dialog.name_edit, "future SALES")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        messages.append(dialog.error.text())
        dialog.reject()

    when_a_dialog_opens(clash)
    qtbot.mouseClick(editor.rename_pipeline_button, Qt.MouseButton.LeftButton)
    assert messages == ["A pipeline named «future SALES» already exists."]
    with db.begin() as session:
        assert [p.name for p in list_pipelines(session)] == ["Current sales", "Future sales"]


def test_ok_tells_the_other_screens_that_stages_changed(ctx, qtbot, editor):
    heard: list[Changes] = []
    ctx.changed.connect(heard.append)
    drag_row(editor, source=1, target=0)
    with qtbot.waitSignal(editor.applied) as applied:
        press_ok(qtbot, editor)
    assert [c.stages for c in heard] == [True]  # one announcement, with the ids known
    assert heard[-1].touches_pipeline(applied.args[0])
