"""Explore with demo data: a separate file of made-up deals beside the real
one (`demo.sqlite3` in the same folder), marked as a demo in its settings so
the window says so in its title and status bar. Made off the UI thread with
progress and cancel; a cancelled or failed demo leaves no file behind."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from funnel.demo.demo_file import DEMO_DEALS, DemoCancelled, make_demo_file
from ui.messages import show_error
from ui.operations.worker import Worker


class DemoMaker(QObject):
    """Makes (or finds) the demo file, then says `ready(path)`."""

    ready = Signal(str)

    def __init__(
        self, path: Path, *, language: str, now: datetime, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.language = language
        self.now = now
        self.parent_widget = parent
        self.worker: Worker | None = None
        self.dialog: QProgressDialog | None = None

    def start(self) -> None:
        dialog = QProgressDialog(
            QCoreApplication.translate("DemoMaker", "Making demo data: %1 deals…").replace(
                "%1", f"{DEMO_DEALS:,}"
            ),
            QCoreApplication.translate("DemoMaker", "Cancel"),
            0,
            0,
            self.parent_widget,
        )
        dialog.setObjectName("demoProgress")
        dialog.setWindowTitle(QCoreApplication.translate("DemoMaker", "Demo data"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.dialog = dialog

        def job(progress, cancelled):
            return make_demo_file(
                self.path, language=self.language, now=self.now, progress=progress,
                cancelled=cancelled,
            )  # fmt: skip

        self.worker = Worker(job, 1)
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.finished.connect(self._finished)
        self.worker.signals.failed.connect(self._failed)
        dialog.canceled.connect(self.worker.cancel)
        dialog.show()
        QThreadPool.globalInstance().start(self.worker)

    def _progress(self, _token: int, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _finished(self, _token: int, path: object) -> None:
        self._close_dialog()
        self.ready.emit(str(path))

    def _failed(self, _token: int, error: object) -> None:
        self._close_dialog()
        if not isinstance(error, DemoCancelled):
            show_error(self.parent_widget, error if isinstance(error, Exception) else str(error))
