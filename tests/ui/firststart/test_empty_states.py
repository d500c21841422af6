"""Every screen with nothing in it says what it is for and offers the action
that fills it; the first visit to a screen names its keys once."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QSettings, Qt

from funnel.customers.clients import create_client
from funnel.deals.service import create_deal
from funnel.followups.activities import add_activity
from ui.context import Changes
from ui.firststart.tour import attach_tour
from ui.i18n import day_text
from ui.main_window import MainWindow
from ui.operations.core import run_write
from ui.recent_files import MAX_RECENT, entry_text, recent_files, remember_file


def test_an_empty_board_says_how_to_add_the_first_deal(window, qtbot):
    board = window.pages["board"]
    overlay = board.empty_overlay

    assert overlay.is_shown()
    assert "Ctrl+N" in overlay.state.text_label.text()
    assert len(board.columns) == 5  # the stages stay visible under it
    add_button = overlay.state.buttons[0]
    qtbot.mouseClick(add_button, Qt.MouseButton.LeftButton)
    from ui.deal_card import DealCard

    card = window.findChild(DealCard)
    qtbot.waitUntil(card.isVisible)
    card.reject()


def test_the_first_deal_takes_the_empty_board_message_away(window, ctx, now):
    deal_id = run_write(
        ctx, create_deal, title="Kitchen", now=now, changes=Changes(deals=frozenset())
    )
    ctx.changed.emit(Changes(deals=frozenset({deal_id})))

    assert not window.pages["board"].empty_overlay.is_shown()


def test_a_filter_that_hides_every_card_is_not_mistaken_for_an_empty_board(window, ctx, now):
    run_write(ctx, create_deal, title="Kitchen", now=now)
    board = window.pages["board"]
    board.filter_bar.stalled_box.setChecked(True)  # nothing is stalled

    assert not any(c.model.rowCount() for c in board.columns)
    assert not board.empty_overlay.is_shown()


def test_an_empty_today_names_the_next_follow_up(db, ctx, now, today, qtbot, settings_dir):
    with db.begin() as s:
        client = create_client(s, name="Anna", now=now)
        add_activity(
            s, kind="call", subject="Call", due_date=today + timedelta(days=12),
            client_id=client, now=now,
        )  # fmt: skip
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_page("today")
    page = window.pages["today"]

    assert page.empty_label.isVisible()
    expected = day_text(today + timedelta(days=12), today)
    assert page.empty_label.title_label.text() == f"Nothing due — next follow-up on {expected}"


def test_an_empty_today_without_follow_ups_says_how_they_get_there(window):
    window.show_page("today")
    page = window.pages["today"]
    assert page.empty_label.title_label.text() == "Nothing due"
    assert "next step" in page.empty_label.text_label.text()
    qtbot_button = page.empty_label.buttons[0]
    qtbot_button.click()
    assert window.current_page_key() == "board"


def test_the_deals_list_before_the_first_deal_offers_to_add_or_import(window, ctx, now):
    window.show_page("deals")
    page = window.pages["deals"]
    assert page.stack.currentWidget() is page.first_empty
    assert [b.text() for b in page.first_empty.buttons] == ["Add a deal", "Import deals…"]

    run_write(ctx, create_deal, title="Kitchen", now=now)
    page.text_box.setText("no such deal")
    page._apply_filters()
    assert page.stack.currentWidget() is page.empty_label  # "No deals match these filters."


def test_the_clients_list_before_the_first_client_offers_to_add_one(window, qtbot):
    window.show_page("clients")
    page = window.pages["clients"]
    assert page.stack.currentWidget() is page.first_empty
    qtbot.mouseClick(page.first_empty.buttons[0], Qt.MouseButton.LeftButton)
    assert page.card is not None and page.card.isVisible()
    page.card.reject()


def test_the_first_visit_to_a_screen_names_its_keys_once(ctx, qtbot, settings_dir):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    tour = attach_tour(window)
    bar = tour.bars["board"]
    assert bar.isVisible() and "Alt+→" in bar.label.text()
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    window.show_page("today")
    assert tour.bars["today"].isVisible()

    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    assert attach_tour(again).bars == {}  # seen: the board shows no line the second time


def test_recent_files_keep_the_newest_first_without_repeats(settings_dir, tmp_path):
    paths = [tmp_path / f"f{i}.sqlite3" for i in range(MAX_RECENT + 2)]
    for path in paths:
        remember_file(path)
    remember_file(paths[3])

    recent = recent_files(QSettings())
    assert recent[0] == paths[3].resolve()
    assert len(recent) == MAX_RECENT and len(set(recent)) == MAX_RECENT
    assert entry_text(1, paths[3]).startswith("&1  f3.sqlite3 — ")


def test_the_recent_menu_lists_the_files_and_ticks_the_open_one(window, tmp_path):
    from ui.recent_files import fill_recent_menu

    other = tmp_path / "backup.sqlite3"
    remember_file(other)
    remember_file(window.ctx.db.path)
    fill_recent_menu(window, window.recent_menu)
    actions = [a for a in window.recent_menu.actions() if a.isCheckable()]

    assert [a.toolTip() for a in actions] == [str(window.ctx.db.path.resolve()), str(other)]
    assert actions[0].isChecked() and not actions[0].isEnabled()
    asked = []
    window.file_requested.connect(lambda path, new: asked.append((path, new)))
    actions[1].trigger()
    assert asked == [(str(other), False)]


def test_the_title_names_the_file(window):
    assert window.windowTitle() == "funnel.sqlite3 — Funnel"
    assert not window.demo_label.isVisible()
