"""The last page every import wizard ends on: the write under way, with a
progress bar, a Cancel button, a word while another program holds the file,
and how it ended. Each wizard's page says only what its result means."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget, QWizardPage

from funnel.imports.plan import ImportCancelled
from ui.imports.pages import fill
from ui.messages import error_text
from ui.operations.worker import WAITING, Cancelled

# One context for the words every import page shares, so each is translated once.
CONTEXT = "ImportPage"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ImportProgressPage(QWizardPage):
    """Its wizard offers `start_import(page)` and `abandon(page, forget=)`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_tr("Import"))
        self.progress = QProgressBar()
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        self.cancel_button = QPushButton(_tr("Cancel import"))
        self.cancel_button.setObjectName("cancel_import")
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.cancel_button)
        layout.addStretch(1)
        self.cancel_button.clicked.connect(self.cancel)
        self.done = False
        self.result: Any = None

    def initializePage(self) -> None:
        self.done = False
        self.result = None
        self.progress.setRange(0, 0)
        self.status_label.setText(_tr("Importing…"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.wizard().start_import(self)  # type: ignore[attr-defined]

    def cancel(self) -> None:
        if not self.done:
            self.cancel_button.setEnabled(False)
            self.status_label.setText(_tr("Cancelling…"))
            self.wizard().abandon(self, forget=False)  # type: ignore[attr-defined]

    def job_progress(self, done: int, total: int) -> None:
        if done == WAITING:
            self.progress.setRange(0, 0)
            self.status_label.setText(
                _tr("Waiting for another program to finish writing to this file…")
            )
            return
        if self.progress.maximum() == 0:
            self.status_label.setText(_tr("Importing…"))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def job_failed(self, error: Exception) -> None:
        if isinstance(error, ImportCancelled | Cancelled):
            self.finish(_tr("The import was cancelled. Nothing was written."))
        else:
            self.finish(fill(_tr("The import failed: %1\nNothing was written."), error_text(error)))

    def finish(self, text: str) -> None:
        self.done = True
        self.status_label.setText(text)
        self.cancel_button.hide()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done
