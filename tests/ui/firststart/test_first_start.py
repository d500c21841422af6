"""The first start, as a new user lives it: a fresh data folder opens the
assistant; its three steps leave a named, translated pipeline; demo data goes
to a file of its own; the second start goes straight to work."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from funnel.pipeline.pipelines import list_pipelines
from funnel.pipeline.templates import TEMPLATE_KEYS
from funnel.store.db import open_database
from funnel.store.models import Deal, Owner
from funnel.store.settings import get_setting
from tests.conftest import NOW
from ui import i18n
from ui.operations.core import run_write


@pytest.fixture
def data_folder(tmp_path, monkeypatch, settings_dir):
    """A fresh user data folder: where Funnel puts its file without --db."""
    folder = tmp_path / "data"
    monkeypatch.delenv("FUNNEL_DB", raising=False)
    monkeypatch.setattr("funnel.store.paths.default_db_path", lambda: folder / "funnel.sqlite3")
    return folder


@pytest.fixture
def start(qtbot, data_folder):
    """Start the app as `funnel` does (without the event loop); everything it
    opened is closed at the end."""
    from ui.app import start_app

    started = []

    def start_(db_arg: str | None = None):
        app = start_app(db_arg, clock=lambda: NOW)
        assert app is not None
        started.append(app)
        return app

    yield start_
    for app in started:
        if app.assistant is not None:
            app.assistant.close()
        app._close(app.window)
        app.ctx.db.close()
    i18n.install_language("en")


def click_row(qtbot, view, row: int) -> None:
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def deals_in(path: Path) -> int:
    db = open_database(path, now=NOW)
    try:
        with db.begin() as s:
            return s.scalar(select(func.count(Deal.id)))
    finally:
        db.close()


def test_a_fresh_data_folder_starts_the_assistant(start, data_folder):
    app = start()

    assert app.assistant is not None and app.assistant.isVisible()
    assert Path(app.ctx.db.path) == data_folder / "funnel.sqlite3"
    assert app.assistant.step_label.text() == "Step 1 of 3: About you"


def test_finishing_with_retail_and_russian_sets_up_a_russian_retail_funnel(start, qtbot):
    app = start()
    assistant = app.assistant
    about = assistant.about
    qtbot.keyClicks(about.name_edit, "Ivan Petrov")
    about.language_box.setCurrentIndex(about.language_box.findData("ru"))
    about.currency_box.setCurrentText("RUB")
    qtbot.mouseClick(assistant.next_button, Qt.MouseButton.LeftButton)
    # Stage names are data in the language chosen: the templates follow it at once.
    assert assistant.funnel.stages()[0].name == "Новый лид"
    click_row(qtbot, assistant.funnel.choices, TEMPLATE_KEYS.index("retail"))
    qtbot.mouseClick(assistant.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(assistant.data.buttons["empty"], Qt.MouseButton.LeftButton)

    assert not assistant.isVisible()
    with app.ctx.db.begin() as s:
        sales = next(p for p in list_pipelines(s) if p.kind == "sales")
        future = [p.name for p in list_pipelines(s) if p.kind == "future"]
        assert sales.name == "Текущие продажи"
        assert [st.name for st in sales.stages] == [
            "Новая заявка", "Консультация", "Заказ оформлен", "Оплачен", "Доставка"
        ]  # fmt: skip
        assert future == ["Будущие продажи"]
        assert get_setting(s, "profile.name") == "Ivan Petrov"
        assert s.scalar(select(Owner.name).where(Owner.is_default.is_(True))) == "Ivan Petrov"
    window = app.window
    assert window.menuBar().actions()[0].text() == "&Файл"
    assert window.pipeline_box.currentText() == "Текущие продажи"
    window.new_deal()
    from ui.deal_card import DealCard

    card = window.findChild(DealCard)
    qtbot.waitUntil(card.isVisible)
    assert card.form.currency_box.currentText() == "RUB"
    card.reject()


def test_explore_with_demo_data_opens_a_separate_file_and_the_real_one_stays_empty(
    start, qtbot, data_folder
):
    app = start()
    real = Path(app.ctx.db.path)
    qtbot.mouseClick(app.assistant.skip_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(app.assistant.skip_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(app.assistant.data.buttons["demo"], Qt.MouseButton.LeftButton)

    demo = data_folder / "demo.sqlite3"
    qtbot.waitUntil(lambda: Path(app.ctx.db.path) == demo, timeout=60_000)
    window = app.window
    assert window.windowTitle() == "demo.sqlite3 — Demo data — Funnel"
    assert window.demo_label.isVisible() and window.demo_label.text() == "Demo data"
    assert app.assistant is None or not app.assistant.isVisible()
    assert deals_in(demo) >= 1000
    assert deals_in(real) == 0

    # Back to the real file through File › Open recent: no demo mark there.
    window.file_requested.emit(str(real), False)
    assert app.window.windowTitle() == "funnel.sqlite3 — Funnel"
    assert not app.window.demo_label.isVisible()


def test_the_assistant_does_not_show_on_the_second_start(start, qtbot):
    first = start()
    qtbot.mouseClick(first.assistant.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(first.assistant.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(first.assistant.next_button, Qt.MouseButton.LeftButton)  # Finish: empty
    first._close(first.window)
    first.ctx.db.close()

    second = start()

    assert second.assistant is None


def test_closing_the_assistant_half_way_saves_nothing_and_it_does_not_come_back(start, qtbot):
    first = start()
    qtbot.keyClicks(first.assistant.about.name_edit, "Ana")
    first.assistant.reject()
    with first.ctx.db.begin() as s:
        assert get_setting(s, "profile.name") is None
    first._close(first.window)
    first.ctx.db.close()

    assert start().assistant is None


def test_help_getting_started_opens_the_assistant_again(start, qtbot):
    app = start()
    app.assistant.reject()
    app.window.getting_started_action.trigger()
    assert app.assistant.isVisible()
    assert app.assistant.step_label.text() == "Step 1 of 3: About you"


def test_a_new_file_from_the_file_menu_gets_the_assistant_and_its_name_in_the_title(
    start, qtbot, tmp_path
):
    app = start()
    app.assistant.reject()
    target = tmp_path / "shop.sqlite3"

    app.window.file_requested.emit(str(target), True)

    assert app.window.windowTitle() == "shop.sqlite3 — Funnel"
    assert app.assistant.isVisible()
    from ui.recent_files import recent_files

    assert recent_files()[0] == target.resolve()


def test_a_file_that_is_not_a_database_is_refused_and_the_window_stays(
    start, qtbot, tmp_path, monkeypatch
):
    app = start()
    app.assistant.reject()
    window = app.window
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("shopping list: milk, bread\n" * 50)
    shown = []
    monkeypatch.setattr("ui.app.show_error", lambda parent, error: shown.append(error))

    assert not app.open_file(str(bad))

    assert app.window is window and shown
    assert bad.read_text().startswith("shopping list")


def test_every_import_is_offered_and_opens_its_wizard(start, qtbot, monkeypatch):
    from ui.main_window import MainWindow

    asked = []
    monkeypatch.setattr(MainWindow, "import_clients", lambda self: asked.append(self))
    app = start()
    buttons = app.assistant.data.buttons
    assert set(buttons) == {"import_deals", "import_clients", "import_purchases", "empty", "demo"}

    app.assistant.go(2)
    qtbot.mouseClick(buttons["import_clients"], Qt.MouseButton.LeftButton)

    assert asked == [app.window]


def test_getting_started_again_on_a_busy_file_keeps_its_pipelines(start, qtbot, now):
    from funnel.deals.service import create_deal

    app = start()
    app.assistant.reject()
    run_write(app.ctx, create_deal, title="Kitchen", now=now)
    with app.ctx.db.begin() as s:
        before = list_pipelines(s)
    app.window.getting_started_action.trigger()
    assistant = app.assistant
    for _ in range(3):
        qtbot.mouseClick(assistant.next_button, Qt.MouseButton.LeftButton)

    with app.ctx.db.begin() as s:
        assert list_pipelines(s) == before
