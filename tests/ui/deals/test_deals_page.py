from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QMenu
from sqlalchemy import insert

from funnel.deals import rows as deal_list
from funnel.deals.service import create_deal, get_deal, update_deal
from funnel.pipeline.moves import win_deal
from funnel.pipeline.pipelines import create_pipeline, first_pipeline
from funnel.store.models import Deal, fold
from tests.factories import make_deal, stage_id
from ui import i18n
from ui.context import Changes
from ui.deals.page import DealsPage
from ui.operations.core import run_write
from ui.operations.deals import DealActions


@pytest.fixture
def make_page(ctx, qtbot):
    i18n.install_language("en")
    stack = QUndoStack()

    def make() -> DealsPage:
        page = DealsPage(ctx, DealActions(ctx, stack))
        qtbot.addWidget(page)
        page.resize(1100, 600)
        page.show()
        qtbot.waitExposed(page)
        return page

    make.undo_stack = stack
    return make


def titles(page: DealsPage) -> list[str]:
    model = page.model
    column = model.column_of("title")
    return [model.index(r, column).data() for r in range(model.rowCount())]


def click_header(qtbot, page: DealsPage, key: str) -> None:
    header = page.view.horizontalHeader()
    section = page.model.column_of(key)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def click_row(qtbot, page: DealsPage, row: int, modifier=Qt.KeyboardModifier.NoModifier):
    rect = page.view.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def type_text(widget, text: str) -> None:
    """Type as a person would, in any alphabet (QTest.keyClicks knows Latin-1 only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def right_click(widget, pos: QPoint) -> None:
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)


def click_menu_item(qtbot, menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text() == text)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_clicking_the_value_header_sorts_by_value_largest_first(db, now, make_page, qtbot):
    with db.begin() as s:
        make_deal(s, now, "Small", value=100)
        make_deal(s, now, "Big", value=9000)
        make_deal(s, now, "Middle", value=500)
    page = make_page()
    click_header(qtbot, page, "value")
    assert titles(page) == ["Big", "Middle", "Small"]
    click_header(qtbot, page, "value")
    assert titles(page) == ["Small", "Middle", "Big"]


def test_values_show_as_money_aligned_right(db, now, make_page):
    with db.begin() as s:
        make_deal(s, now, "Kitchen", value="1500.50")
    page = make_page()
    index = page.model.index(0, page.model.column_of("value"))
    assert index.data() == "$1,500.50"
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_choosing_a_status_shows_only_those_deals(db, now, today, make_page, qtbot):
    with db.begin() as s:
        make_deal(s, now, "Still open")
        win_deal(s, make_deal(s, now, "Signed"), now=now, today=today)
    page = make_page()
    assert titles(page) == ["Still open"]
    qtbot.keyClicks(page.status_box, "Won")
    assert titles(page) == ["Signed"]
    assert page.totals_label.text().startswith("Total: 1 deal ·")


def test_choosing_a_pipeline_then_a_stage(db, now, make_page, qtbot):
    with db.begin() as s:
        make_deal(s, now, "Fresh")
        make_deal(s, now, "Talking", stage="Contact made")
        other = create_pipeline(s, "Wholesale", stages=["Request"])
        create_deal(s, title="Pallets", pipeline_id=other.id, now=now)
    page = make_page()
    assert not page.stage_box.isEnabled()
    qtbot.keyClicks(page.pipeline_box, "Current")
    assert sorted(titles(page)) == ["Fresh", "Talking"]
    qtbot.keyClicks(page.stage_box, "Contact")
    assert titles(page) == ["Talking"]


def test_the_list_follows_the_windows_pipeline(db, now, make_page):
    with db.begin() as s:
        make_deal(s, now, "Fresh")
        other = create_pipeline(s, "Wholesale", stages=["Request"])
        create_deal(s, title="Pallets", pipeline_id=other.id, now=now)
    page = make_page()
    page.set_pipeline(other.id)
    assert page.pipeline_box.currentText() == "Wholesale"
    assert titles(page) == ["Pallets"]


def test_typing_a_clients_name_filters_the_deals(db, now, make_page, qtbot):
    with db.begin() as s:
        make_deal(s, now, "Кухня", client="Анна")
        make_deal(s, now, "Шкаф", client="Борис")
    page = make_page()
    type_text(page.text_box, "анна")
    qtbot.waitUntil(lambda: titles(page) == ["Кухня"])


def test_a_stalled_deal_shows_its_days_over_in_red(db, now, make_page):
    with db.begin() as s:
        make_deal(s, now - timedelta(days=8), "Slow")  # "New lead" stalls after 3 days
    page = make_page()
    index = page.model.index(0, page.model.column_of("days_in_stage"))
    assert index.data() == "8 (+5)"
    assert index.data(Qt.ItemDataRole.ForegroundRole).red() > 150


def test_a_hidden_column_stays_hidden_in_a_new_page(db, now, make_page, qtbot):
    with db.begin() as s:
        make_deal(s, now)
    page = make_page()
    header = page.view.horizontalHeader()
    owner = page.model.column_of("owner")
    assert not header.isSectionHidden(owner)
    right_click(header.viewport(), QPoint(20, 5))
    click_menu_item(qtbot, page.columns.menu, "Owner")
    assert header.isSectionHidden(owner)

    again = make_page()
    assert again.view.horizontalHeader().isSectionHidden(owner)


def test_the_sort_is_remembered(db, now, make_page, qtbot):
    with db.begin() as s:
        make_deal(s, now, "Small", value=100)
        make_deal(s, now, "Big", value=9000)
    click_header(qtbot, make_page(), "value")
    assert titles(make_page()) == ["Big", "Small"]


def test_enter_opens_the_deal_with_the_ids_in_view(db, now, make_page, qtbot):
    with db.begin() as s:
        first = make_deal(s, now, "First", value=2)
        second = make_deal(s, now, "Second", value=1)
    page = make_page()
    click_header(qtbot, page, "value")
    click_row(qtbot, page, 1)
    with qtbot.waitSignal(page.open_deal_requested) as opened:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened.args == [second, [first, second]]


def test_double_click_opens_the_deal(db, now, make_page, qtbot):
    with db.begin() as s:
        deal = make_deal(s, now)
    page = make_page()
    rect = page.view.visualRect(page.model.index(0, 0))
    with qtbot.waitSignal(page.open_deal_requested) as opened:
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args[0] == deal


def test_two_selected_deals_move_together_and_one_undo_restores_both(
    db, now, today, make_page, qtbot
):
    with db.begin() as s:
        a = make_deal(s, now, "A", value=2)
        b = make_deal(s, now, "B", value=1)
        make_deal(s, now, "C", value=0)
    page = make_page()
    click_header(qtbot, page, "value")
    click_row(qtbot, page, 0)
    click_row(qtbot, page, 1, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    click_menu_item(qtbot, page.move_menu, "Negotiation")

    with db.begin() as s:
        assert {get_deal(s, d, today=today).stage for d in (a, b)} == {"Negotiation"}
    stage = page.model.column_of("stage")
    assert [page.model.index(r, stage).data() for r in range(3)] == [
        "Negotiation",
        "Negotiation",
        "New lead",
    ]
    assert page.view.selected_ids() == [a, b]

    make_page.undo_stack.undo()
    with db.begin() as s:
        assert {get_deal(s, d, today=today).stage for d in (a, b)} == {"New lead"}
    assert make_page.undo_stack.count() == 1


def test_the_stage_the_selected_deals_are_in_is_not_offered(db, now, make_page, qtbot):
    with db.begin() as s:
        make_deal(s, now, "A")
        make_deal(s, now, "B")
    page = make_page()
    click_row(qtbot, page, 0)
    qtbot.keyClick(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    enabled = {a.text(): a.isEnabled() for a in page.move_menu.actions() if a.text()}
    assert enabled["New lead"] is False
    assert enabled["Contact made"] is True


def test_ctrl_z_in_the_window_undoes_a_bulk_move(db, now, today, request, qtbot):
    with db.begin() as s:
        deals = [make_deal(s, now, t) for t in ("A", "B")]
    window = request.getfixturevalue("window")
    window.show_page("deals")
    page = window.pages["deals"]
    click_row(qtbot, page, 0)
    click_row(qtbot, page, 1, Qt.KeyboardModifier.ShiftModifier)
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    click_menu_item(qtbot, page.move_menu, "Contact made")
    with db.begin() as s:
        assert {get_deal(s, d, today=today).stage for d in deals} == {"Contact made"}

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with db.begin() as s:
        assert {get_deal(s, d, today=today).stage for d in deals} == {"New lead"}


def test_the_list_follows_changes_made_elsewhere(db, ctx, now, make_page, qtbot):
    with db.begin() as s:
        deal = make_deal(s, now, "Old title")
    page = make_page()
    run_write(ctx, update_deal, deal, title="New title", changes=Changes(deals=frozenset({deal})))
    assert titles(page) == ["New title"]


def test_five_thousand_deals_open_without_building_every_row(
    db, now, make_page, qtbot, monkeypatch
):
    with db.begin() as s:
        pipeline = first_pipeline(s)
        stage = stage_id(s, "New lead")
        moment = now.replace(tzinfo=None)
        s.execute(
            insert(Deal),
            [
                {
                    "title": f"Deal {i}",
                    "search_text": fold(f"Deal {i}"),
                    "value_cents": i * 100,
                    "currency": "USD",
                    "pipeline_id": pipeline.id,
                    "stage_id": stage,
                    "status": "open",
                    "created_at": moment,
                    "stage_entered_at": moment,
                }
                for i in range(5000)
            ],
        )
    built: list[int] = []
    real_rows = deal_list.deal_rows

    def counting_rows(session, ids, *, today):
        built.extend(ids)
        return real_rows(session, ids, today=today)

    monkeypatch.setattr(deal_list, "deal_rows", counting_rows)
    page = make_page()
    qtbot.wait(50)
    assert page.model.rowCount() == 5000
    assert page.totals_label.text().startswith("Total: 5,000 deals")
    assert 0 < len(built) <= 100  # one page covers the rows on screen

    page.view.scrollToBottom()
    qtbot.wait(50)
    assert len(built) <= 200
    assert page.model.index(4999, 0).data() in {f"Deal {i}" for i in range(5000)}


def test_a_move_from_the_list_is_undone_and_redone(db, now, today, make_page, qtbot):
    """Do, undo, redo, the database checked each time."""
    with db.begin() as s:
        deal = make_deal(s, now, "A")
    page = make_page()
    click_row(qtbot, page, 0)
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    click_menu_item(qtbot, page.move_menu, "Proposal sent")

    def stage() -> str:
        with db.begin() as s:
            return get_deal(s, deal, today=today).stage

    assert stage() == "Proposal sent"
    make_page.undo_stack.undo()
    assert stage() == "New lead"
    qtbot.waitUntil(lambda: page.model.index(0, page.model.column_of("stage")).data() == "New lead")
    make_page.undo_stack.redo()
    assert stage() == "Proposal sent"
    qtbot.waitUntil(
        lambda: page.model.index(0, page.model.column_of("stage")).data() == "Proposal sent"
    )
