"""File › Back up database…: a file is copied whole (funnel.store.db.backup_file);
a team server is copied into a new local Funnel file holding everything the
signed-in login can see (funnel.store.copy_to.backup_to_file), with progress
and a way to cancel."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from funnel.errors import FunnelError
from funnel.store.copy_to import CopyReport, backup_to_file, copied_tables
from funnel.store.db import backup_file
from ui.messages import show_error


class Backup(QObject):
    """The translation context "Backup". Texts with a count go through
    `Backup.tr("…%n…", None, n)`: lupdate reads plural forms of tr() only."""


class _Cancelled(Exception):
    pass


def back_up_database(window: Any) -> None:
    ctx = window.ctx
    stamp = ctx.local_now().strftime("%Y-%m-%d")
    suffix = "funnel" if ctx.db.is_server else "sqlite3"
    suggested = str(Path.home() / f"funnel-backup-{stamp}.{suffix}")
    name, _ = QFileDialog.getSaveFileName(
        window,
        Backup.tr("Back up database"),
        suggested,
        Backup.tr("Funnel databases (*.sqlite3 *.db);;All files (*)"),
    )
    if not name:
        return
    try:
        if ctx.db.is_server:
            _back_up_server(window, Path(name))
            return
        backup_file(Path(ctx.db.path), Path(name))
    except _Cancelled:
        cancelled = Backup.tr("Backup cancelled; nothing was written.")
        window.statusBar().showMessage(cancelled, 8000)
        return
    except (OSError, sqlite3.Error, FunnelError) as exc:
        show_error(
            window,
            Backup.tr("The backup could not be written to %1: %2")
            .replace("%1", name)
            .replace("%2", str(exc)),
        )
        return
    done = Backup.tr("Backed up to %1")
    window.statusBar().showMessage(done.replace("%1", name), 8000)


def _back_up_server(window: Any, path: Path) -> None:
    tables = len(copied_tables())
    dialog = QProgressDialog(
        Backup.tr("Copying what you can see from the team server…"),
        Backup.tr("Cancel"),
        0,
        tables,
        window,
    )
    dialog.setObjectName("backupProgress")
    title = Backup.tr("Back up database")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setValue(0)
    done = {"tables": 0}

    def progress(_table: str, _rows: int) -> None:
        done["tables"] += 1
        dialog.setValue(done["tables"])
        QApplication.processEvents()  # the window stays responsive between tables
        if dialog.wasCanceled():
            raise _Cancelled

    try:
        report = backup_to_file(window.ctx.db, path, now=window.ctx.now(), progress=progress)
    finally:
        dialog.close()
        dialog.deleteLater()
    deals = report.rows.get("deal", 0)
    text = Backup.tr("Backed up %n deal(s) you can see to %1.", None, deals).replace(
        "%1", str(path)
    )
    window.statusBar().showMessage(text, 8000)
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=window)
    unseen = unseen_text(report)
    if unseen:
        box.setInformativeText(unseen)
    box.setObjectName("backupDone")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # not modal-blocking: the window goes on


def unseen_text(report: CopyReport) -> str:
    """What the backup refers to but could not copy (rows of colleagues the
    login cannot see): said, not left for the person to find out."""
    lines = []
    if n := report.deals_without_client:
        lines.append(
            Backup.tr(
                "%n deal(s) refer to clients you cannot see; "
                "they are kept without the client's details.",
                None,
                n,
            )
        )
    if n := report.other_unseen:
        lines.append(
            Backup.tr(
                "%n other record(s) refer to records you cannot see; "
                "they are kept without those details.",
                None,
                n,
            )
        )
    return "\n".join(lines)
