"""Starting the desktop app."""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from funnel.db import open_database, resolve_db_path
from funnel.errors import DatabaseError


def run_app(db_arg: str | None = None, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv or sys.argv)
    path = resolve_db_path(db_arg)
    try:
        db = open_database(path, now=datetime.now(UTC))
    except DatabaseError as exc:
        QMessageBox.critical(None, "Funnel", str(exc))
        return 1
    window = QMainWindow()
    window.setWindowTitle(f"Funnel — {db.path}")
    window.setCentralWidget(QLabel(str(db.path)))
    window.show()
    return app.exec()
