"""The last line of defence for errors about the file itself — a full disk,
another program holding the lock, a read-only file — raised by an action
that did not catch them: a dialog with the sentence, and the app keeps
running (the transaction was rolled back, nothing was written). A team
server out of reach is told by the window's banner instead (ui/team/banner.py)."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from funnel.errors import DatabaseError, DiskFullError, ServerUnavailableError
from funnel.store.sqlite import DISK_FULL, is_disk_full
from ui.messages import error_text


def storage_error(exc: BaseException) -> DatabaseError | None:
    if isinstance(exc, DatabaseError):
        return exc
    if is_disk_full(exc):
        return DiskFullError(DISK_FULL)
    return None


def show_storage_error(error: DatabaseError) -> None:
    QMessageBox.warning(
        QApplication.activeWindow(),
        QCoreApplication.translate("StorageGuard", "Funnel"),
        error_text(error),
    )


def install_storage_guard() -> None:
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        error = storage_error(exc)
        if isinstance(error, ServerUnavailableError):
            return  # a screen refreshing while the team server is away: the banner says so
        if error is None:
            previous(kind, exc, tb)
            return
        show_storage_error(error)

    sys.excepthook = hook
