"""Render the README's screenshots of the board, offscreen, from demo data.

    .venv/bin/python docs/screenshots.py            # docs/board-en.png, docs/board-ru.png
    .venv/bin/python docs/screenshots.py en         # one language

Each language gets its own demo database (seeded in that language, 2,000
deals, seed 1) and a fixed clock, so the pictures only change when the app does.
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
SIZE = (1440, 900)


def render(language: str, out: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

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
            generate_demo(db, deals=2000, seed=1, now=NOW)
            window = MainWindow(AppContext(db, clock=lambda: NOW))
            window.resize(*SIZE)
            window.show()
            board = window.pages["board"]
            board.select_deal(board.columns[1].model.card(0).id)
            for _ in range(5):
                QApplication.processEvents()
            window.grab().save(str(out))
            window.close()
        finally:
            db.close()
    print(f"wrote {out.relative_to(ROOT)}")


def main(languages: list[str]) -> int:
    from PySide6.QtCore import QCoreApplication, QSettings

    from ui.app import make_application

    make_application(["screenshots"])
    QCoreApplication.setOrganizationName("FunnelScreenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for language in languages:
        render(language, ROOT / "docs" / f"board-{language}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["en", "ru"]))
