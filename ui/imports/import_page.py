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


class ImportProgressPage(QWizardPage):
    """Its wizard offers `start_import(page)` and `abandon(page, forget=)`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(QCoreApplication.translate("ImportPage", "Import"))
        self.progress = QProgressBar()
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        self.cancel_button = QPushButton(QCoreApplication.translate("ImportPage", "Cancel import"))
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
        self.status_label.setText(QCoreApplication.translate("ImportPage", "Importing…"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.wizard().start_import(self)  # type: ignore[attr-defined]

    def cancel(self) -> None:
        if not self.done:
            self.cancel_button.setEnabled(False)
            self.status_label.setText(QCoreApplication.translate("ImportPage", "Cancelling…"))
            self.wizard().abandon(self, forget=False)  # type: ignore[attr-defined]

    def job_progress(self, done: int, total: int) -> None:
        if done == WAITING:
            self.progress.setRange(0, 0)
            self.status_label.setText(
                QCoreApplication.translate(
                    "ImportPage", "Waiting for another program to finish writing to this file…"
                )
            )
            return
        if self.progress.maximum() == 0:
            self.status_label.setText(QCoreApplication.translate("ImportPage", "Importing…"))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def job_failed(self, error: Exception) -> None:
        if isinstance(error, ImportCancelled | Cancelled):
            self.finish(
                QCoreApplication.translate(
                    "ImportPage", "The import was cancelled. Nothing was written."
                )
            )
        else:
            self.finish(
                fill(
                    QCoreApplication.translate(
                        "ImportPage", "The import failed: %1\nNothing was written."
                    ),
                    error_text(error),
                )
            )

    def finish(self, text: str) -> None:
        self.done = True
        self.status_label.setText(text)
        self.cancel_button.hide()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done
