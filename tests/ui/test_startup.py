"""Start-up (issue 10, item 25): the window's frame before the heavy imports,
the real window before the board's cards are read, the cards right after."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from funnel.commands.cli import window_arguments
from tests.conftest import NOW
from tests.factories import make_deal

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def started(qtbot, db_path, db, settings_dir):
    """`start_app` as `funnel` calls it (board deferred), without the event loop."""
    from ui.app import start_app

    with db.begin() as s:
        for i in range(3):
            make_deal(s, NOW, f"Deal {i}", client=f"Client {i}")
    db.close()
    apps = []

    def start():
        app = start_app(str(db_path), clock=lambda: NOW, deferred_board=True)
        assert app is not None
        apps.append(app)
        return app

    yield start
    for app in apps:
        app._close(app.window)
        app.ctx.db.close()


def test_the_window_shows_before_the_cards_are_read_and_they_follow(started, qtbot):
    app = started()
    board = app.window.pages["board"]
    cards = lambda: sum(c.model.rowCount() for c in board.columns)  # noqa: E731
    # Built and shown: the stage columns and their totals are there, no card yet.
    assert board.columns and board.columns[0].count_label.text() == "3"
    assert cards() == 0
    qtbot.waitExposed(app.window)
    qtbot.waitUntil(lambda: cards() == 3)


def test_the_shell_is_the_window_frame_in_the_user_language(qtbot, settings_dir):
    from ui import i18n
    from ui.startup import StartupShell

    i18n.install_language("ru")
    try:
        shell = StartupShell()
        qtbot.addWidget(shell)
        titles = [a.text() for a in shell.menuBar().actions()]
        assert titles[0] == QCoreApplication.translate("MainWindow", "&File") != "&File"
        assert (shell.width(), shell.height()) == (1280, 800)
    finally:
        i18n.install_language("en")


def test_opening_the_window_imports_no_sqlalchemy_before_the_frame_is_shown():
    code = (
        "import sys; import funnel.commands.cli, ui.startup; "
        "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy') or m == 'ui.app'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (None, False)),
        (["--db", "x.sqlite3"], ("x.sqlite3", False)),
        (["--db=x.sqlite3", "--minimized"], ("x.sqlite3", True)),
        (["summary"], None),
        (["--db", "x.sqlite3", "deals"], None),
        (["--version"], None),
        (["--db"], None),
    ],
)
def test_only_window_arguments_take_the_fast_path(argv, expected):
    assert window_arguments(argv) == expected
