"""A `--db` (or FUNNEL_DB) that names no file: offer to create it there, or to
pick another file, instead of silently making folders and an empty database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def ask_about_missing(path: Path, parent: QWidget | None = None) -> Path | None:
    """The file to open (to be created when it is `path`), or None to quit."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("MissingDatabase", "Funnel"))
    box.setText(
        QCoreApplication.translate("MissingDatabase", "There is no Funnel database at %1.").replace(
            "%1", str(path)
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "MissingDatabase", "Create a new, empty database there, or open another file?"
        )
    )
    create = box.addButton(
        QCoreApplication.translate("MissingDatabase", "Create new database"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    other = box.addButton(
        QCoreApplication.translate("MissingDatabase", "Open another file…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(
        QCoreApplication.translate("MissingDatabase", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(create)
    box.exec()
    if box.clickedButton() is create:
        return path
    if box.clickedButton() is other:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("MissingDatabase", "Open a Funnel database"),
            str(path.parent),
            QCoreApplication.translate(
                "MissingDatabase", "Funnel databases (*.sqlite3 *.db);;All files (*)"
            ),
        )
        return Path(name) if name else None
    return None
