"""Render the first start, offscreen: each step of the assistant over the
window, and the empty board, in English, Russian and Portuguese (Brazil).

    .venv/bin/python docs/firststart_screenshots.py          # docs/firststart-*.png
    .venv/bin/python docs/firststart_screenshots.py ru       # one language

Each language starts from a fresh file and fresh settings with a fixed clock,
as a new user would see it; the window is 1280×720, a small laptop screen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
SIZE = (1280, 720)
LOCALES = {"en": "en_US", "ru": "ru_RU", "pt_BR": "pt_BR"}


def settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()


def composite(window, dialog):
    """The window, dimmed, with the dialog centred over it (as on screen)."""
    from PySide6.QtGui import QColor, QPainter

    picture = window.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
    front = dialog.grab()
    x = (picture.width() - front.width()) // 2
    y = (picture.height() - front.height()) // 2
    painter.drawPixmap(x, y, front)
    painter.end()
    return picture


def render(language: str) -> None:
    from PySide6.QtCore import QSettings

    from ui import i18n
    from ui.app import FunnelApp
    from ui.firststart import session
    from ui.firststart.session import maybe_show_assistant

    # As on a computer set up in that language (the offscreen platform says en_US).
    session.system_locale_name = lambda: LOCALES[language]

    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        QSettings().clear()
        QSettings().setValue(i18n.LANGUAGE_KEY, language)
        QSettings().setValue("tour/seen", ["board"])  # the board's key line has its own picture
        from funnel.store.db import open_database

        db = open_database(Path(tmp) / "funnel.sqlite3", now=NOW, language=language)
        app = FunnelApp(db, clock=lambda: NOW)
        app.window.resize(*SIZE)
        app.window.show()
        settle()
        assistant = maybe_show_assistant(app)
        assert assistant is not None
        assistant.about.name_edit.setText({"en": "Alex Morgan", "ru": "Ирина Соколова",
                                           "pt_BR": "Ana Souza"}[language])  # fmt: skip
        names = ("about", "funnel", "data")
        for step, name in enumerate(names):
            assistant.go(step)
            settle()
            out = ROOT / "docs" / f"firststart-{step + 1}-{name}-{language}.png"
            composite(app.window, assistant).save(str(out))
            print(f"wrote {out.relative_to(ROOT)}")
        assistant.finish("empty")
        QSettings().setValue("tour/seen", [])
        window = app.window
        window.show_page("today")
        window.show_page("board")  # the board's first visit: its key line shows
        settle()
        out = ROOT / "docs" / f"firststart-board-{language}.png"
        window.grab().save(str(out))
        print(f"wrote {out.relative_to(ROOT)}")
        app._close(window)
        app.ctx.db.close()


def main(languages: list[str]) -> int:
    from PySide6.QtCore import QCoreApplication, QSettings

    from ui.app import make_application

    make_application(["screenshots"])
    QCoreApplication.setOrganizationName("FunnelScreenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for language in languages:
        render(language)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or list(LOCALES)))
