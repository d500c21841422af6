"""Render screenshots offscreen from demo data: the README's board, and the
screens checked by eye for cut text at a small laptop's 1280×720.

    .venv/bin/python docs/screenshots.py            # all of them
    .venv/bin/python docs/screenshots.py readme     # docs/board-en.png, docs/board-ru.png
    .venv/bin/python docs/screenshots.py readme en  # one language
    .venv/bin/python docs/screenshots.py screens    # docs/screenshots/<screen>-<language>.png
    .venv/bin/python docs/screenshots.py screens ru

`screens` renders the clean-up review, Today, the board and the Deals list in
Russian and Portuguese (Brazil) (any of en, ru, pt_BR on request): the
languages whose longer words are the first to be cut.

Each language gets its own demo database (seeded in that language, seed 1)
and a fixed clock, so the pictures only change when the app does.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
SIZE = (1440, 900)
SCREENS_SIZE = (1280, 720)
SCREENS = ("review", "today", "board", "deals")
SCREENS_DIR = ROOT / "docs" / "screenshots"


def settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()


@contextlib.contextmanager
def demo_window(language: str, deals: int, size: tuple[int, int]):
    """The main window over a fresh demo database in `language`, shown at `size`,
    with its own settings folder and a fixed clock; closed afterwards."""
    from PySide6.QtCore import QSettings

    from funnel.demo import generate_demo
    from funnel.store.db import open_database
    from ui import i18n
    from ui.context import AppContext
    from ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        QSettings().clear()
        i18n.install_language(language)
        db = open_database(Path(tmp) / "demo.sqlite3", now=NOW, language=language)
        try:
            generate_demo(db, deals=deals, seed=1, now=NOW)
            window = MainWindow(AppContext(db, clock=lambda: NOW))
            window.resize(*size)
            window.show()
            settle()
            yield window
            window.close()
        finally:
            db.close()


def render_screens(language: str) -> None:
    """The four screens of issue 10 (item 16) at 1280×720 in one language."""
    SCREENS_DIR.mkdir(parents=True, exist_ok=True)
    with demo_window(language, 300, SCREENS_SIZE) as window:
        for screen in SCREENS:
            window.show_page("cleanup" if screen == "review" else screen)
            settle()
            if screen == "review":
                window.pages["cleanup"].start_review()
                settle()
            out = SCREENS_DIR / f"{screen}-{language}.png"
            window.grab().save(str(out))
            print(f"wrote {out.relative_to(ROOT)}")


def render(language: str, out: Path) -> None:
    with demo_window(language, 2000, SIZE) as window:
        board = window.pages["board"]
        board.select_deal(board.columns[1].model.card(0).id)
        settle()
        window.grab().save(str(out))
    print(f"wrote {out.relative_to(ROOT)}")


def main(args: list[str]) -> int:
    from PySide6.QtCore import QCoreApplication, QSettings

    from ui.app import make_application

    make_application(["screenshots"])
    QCoreApplication.setOrganizationName("FunnelScreenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    what = args[0] if args and args[0] in ("readme", "screens") else None
    languages = args[1:] if what else args
    if what in (None, "readme"):
        for language in languages or ["en", "ru"]:
            render(language, ROOT / "docs" / f"board-{language}.png")
    if what in (None, "screens"):
        for language in languages or ["ru", "pt_BR"]:
            render_screens(language)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
