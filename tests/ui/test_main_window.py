from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from funnel.customers.clients import create_client
from funnel.pipeline.stalls import uses_business_days
from funnel.store.db import inspect_file
from tests.factories import make_deal
from ui.clients.card import ClientCard
from ui.deal_card import DealCard
from ui.imports.wizard import ImportWizard
from ui.main_window import MainWindow
from ui.pipeline_editor import PipelineEditor
from ui.settings.dialog import SettingsDialog


def new_window(ctx, qtbot) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_window_shows_the_database_in_use_in_the_status_bar(window, db):
    labels = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert str(db.path) in labels


def test_window_size_is_remembered(ctx, qtbot, settings_dir):
    first = new_window(ctx, qtbot)
    first.resize(700, 500)
    qtbot.waitUntil(lambda: first.width() == 700)
    first.close()
    second = new_window(ctx, qtbot)
    assert (second.width(), second.height()) == (700, 500)


def test_the_board_opens_first_on_the_first_sales_pipeline(window):
    assert window.current_page_key() == "board"
    assert window.pipeline_box.currentText() == "Current sales"
    assert window.pages["board"].columns[0].summary.name == "New lead"


def test_the_pipeline_chosen_is_remembered_across_restarts(ctx, qtbot, settings_dir):
    first = new_window(ctx, qtbot)
    first.pipeline_box.setCurrentIndex(first.pipeline_box.findText("Future sales"))
    # The Future-sales board groups parked deals by when they return.
    buckets = ["Return overdue", "This month", "Next month", "In 2–3 months", "Later"]
    assert [c.summary.name for c in first.pages["board"].columns] == buckets
    first.close()
    second = new_window(ctx, qtbot)
    assert second.pipeline_box.currentText() == "Future sales"
    assert [c.summary.name for c in second.pages["board"].columns] == buckets


def test_ctrl_f_puts_the_cursor_in_the_search_box(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window.pages["board"].columns[0].view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    assert QApplication.focusWidget() is window.search_box


def test_the_menus_offer_import_backup_pipelines_languages_and_preferences(window):
    def texts(menu):
        return [a.text() for a in menu.actions() if a.text()]

    assert texts(window.file_menu) == [
        "&Open…",
        "Ne&w file…",
        "Open &recent",
        "&Connect to a team database…",
        "&Import deals…",
        "Import &clients…",
        "Import &purchases…",
        "E&xport…",
        "&Back up database…",
        "&Export reminders to calendar (.ics)…",
        "&Quit",
    ]
    assert texts(window.pipeline_menu) == ["&Edit pipeline…", "&New pipeline…"]
    assert texts(window.language_menu) == ["System", "English", "Русский", "Português (Brasil)"]
    assert window.language_actions["system"].isChecked()
    assert [a.text() for a in window.view_menu.actions()][:1] == ["Board"]


def test_choosing_a_language_asks_the_app_to_rebuild_the_window(window, qtbot):
    with qtbot.waitSignal(window.language_change_requested) as asked:
        window.language_actions["ru"].trigger()
    assert asked.args == ["ru"]


def test_backing_up_writes_a_copy_of_the_database(window, tmp_path, monkeypatch):
    target = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.backup_action.trigger()
    assert inspect_file(target).has_tables
    assert str(target) in window.statusBar().currentMessage()


def test_preferences_switch_stalls_to_business_days(window, ctx, qtbot):
    window.preferences_action.trigger()
    dialog = window.findChild(SettingsDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.business_days_box, Qt.MouseButton.LeftButton)
    dialog.accept()
    assert ctx.read(uses_business_days) is True


def activate(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window


def test_ctrl_n_opens_a_new_deal_card_for_the_pipeline_shown(window, qtbot):
    activate(window, qtbot)
    qtbot.keyClick(window.pages["board"], Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    card = window.findChild(DealCard)
    qtbot.waitUntil(card.isVisible)
    assert card.deal_id() is None
    assert card.title_edit.text() == ""
    card.reject()


def test_enter_on_a_board_card_opens_its_deal_card(db, now, ctx, qtbot, settings_dir):
    with db.begin() as s:
        deal = make_deal(s, now, "Website redesign")
    window = new_window(ctx, qtbot)
    view = window.pages["board"].columns[0].view
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(view.model().index(0)).center(),
    )
    qtbot.keyClick(view, Qt.Key.Key_Return)
    card = window.findChild(DealCard)
    qtbot.waitUntil(card.isVisible)
    assert card.deal_id() == deal
    assert card.title_edit.text() == "Website redesign"
    card.reject()


def test_a_client_found_in_the_search_box_opens_in_its_card(db, now, ctx, qtbot, settings_dir):
    with db.begin() as s:
        create_client(s, name="Anna Ivanova", phones=["+7 912 345-67-89"], now=now)
    window = new_window(ctx, qtbot)
    qtbot.keyClicks(window.search_box, "912345")
    qtbot.waitUntil(window.search_box.popup().isVisible)
    qtbot.keyClick(window.search_box.popup(), Qt.Key.Key_Return)
    card = window.findChild(ClientCard)
    qtbot.waitUntil(card.isVisible)
    assert card.windowTitle() == "Anna Ivanova"
    card.reject()


def test_edit_pipeline_opens_the_editor_on_the_pipeline_shown(window, qtbot):
    window.pipeline_box.setCurrentIndex(window.pipeline_box.findText("Future sales"))
    window.edit_pipeline_action.trigger()
    editor = window.findChild(PipelineEditor)
    qtbot.waitUntil(editor.isVisible)
    assert editor.pipeline_box.currentText() == "Future sales"
    editor.reject()


def test_import_deals_opens_the_import_wizard(window, qtbot):
    window.import_action.trigger()
    wizard = window.findChild(ImportWizard)
    qtbot.waitUntil(wizard.isVisible)
    wizard.reject()
