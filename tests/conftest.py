"""Every test gets a temporary database and a fixed clock: Monday 23 November
2026, 09:00 UTC. Widget tests run headless."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from funnel.store.db import Database, open_database

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
TODAY = date(2026, 11, 23)


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "funnel.sqlite3"


@pytest.fixture
def db(db_path) -> Iterator[Database]:
    database = open_database(db_path, now=NOW)
    yield database
    database.close()


@pytest.fixture
def session(db: Database):
    """A session whose work is committed when the test ends cleanly."""
    with db.begin() as s:
        yield s


@pytest.fixture
def settings_dir(tmp_path, qapp):
    """Qt settings (window geometry, language, columns) go to a temp folder."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("FunnelTests")
    QCoreApplication.setApplicationName("FunnelTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qt"))
    QSettings().clear()
    return tmp_path / "qt"


@pytest.fixture(autouse=True)
def english(request):
    """Widget tests see what an English user sees: the app installs the user's
    language on start, and English brings its plural forms ("1 deal", "5 deals").
    Installed before each Qt test, so no test depends on a language left behind."""
    if "qapp" in request.fixturenames:
        from ui import i18n

        request.getfixturevalue("qapp")
        i18n.install_language("en")


@pytest.fixture
def ctx(db, settings_dir):
    """The window's shared context over the test database, with a fixed clock."""
    from ui.context import AppContext

    return AppContext(db, clock=lambda: NOW)


@pytest.fixture
def window(ctx, qtbot):
    """A ready main window, shown offscreen."""
    from ui import i18n
    from ui.main_window import MainWindow

    i18n.install_language("en")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
