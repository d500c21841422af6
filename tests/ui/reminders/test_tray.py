"""The tray icon: closing the window keeps Funnel running in the tray (so
reminders keep coming), Show Funnel and Today bring it back, Quit quits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from ui.main_window import GEOMETRY_KEY
from ui.reminders.tray import set_minimize_on_close


@pytest.fixture
def with_tray(monkeypatch):
    """A desktop that shows tray icons (the offscreen platform has none)."""
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda *a: None)
    yield
    QApplication.setQuitOnLastWindowClosed(True)


@pytest.fixture
def quits(monkeypatch):
    calls: list[bool] = []
    monkeypatch.setattr(QCoreApplication, "quit", staticmethod(lambda: calls.append(True)))
    return calls


def test_closing_the_window_hides_it_in_the_tray(window, with_tray, qtbot):
    window.close()
    assert not window.isVisible()
    assert QSettings().value(GEOMETRY_KEY) is None  # not closed: only hidden
    assert not QApplication.quitOnLastWindowClosed()  # a dialog closing must not end the app
    window.desktop.tray.show_action.trigger()
    assert window.isVisible()
    assert QApplication.quitOnLastWindowClosed()


def test_with_minimise_to_tray_off_closing_closes(window, with_tray):
    set_minimize_on_close(False)
    window.close()
    assert not window.isVisible()
    assert QSettings().value(GEOMETRY_KEY) is not None


def test_without_a_tray_closing_closes(window):
    window.close()
    assert QSettings().value(GEOMETRY_KEY) is not None


def test_the_tray_menu_offers_show_today_and_quit(window):
    texts = [a.text() for a in window.desktop.tray.menu.actions() if a.text()]
    assert texts == ["Show Funnel", "Today", "Quit"]


def test_today_in_the_tray_menu_shows_the_window_on_today(window, with_tray, qtbot):
    window.close()
    window.desktop.tray.today_action.trigger()
    assert window.isVisible()
    assert window.current_page_key() == "today"


def test_quit_in_the_tray_menu_quits_even_when_closing_hides(window, with_tray, quits):
    window.desktop.tray.quit_action.trigger()
    assert not window.isVisible()
    assert QSettings().value(GEOMETRY_KEY) is not None
    assert quits == [True]


def test_file_quit_quits_too(window, with_tray, quits):
    window.quit_app()
    assert QSettings().value(GEOMETRY_KEY) is not None
    assert quits == [True]
