"""File › Export…: the Clients list, the Deals list (each as filtered on its
page) or the purchases of the listed clients, written as XLSX or CSV off the
UI thread by `funnel.exports.tables.export_list`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from funnel.customers.client_list import ClientFilters
from funnel.deals.rows import DealFilters
from funnel.exports.tables import ExportResult, export_list
from ui.context import AppContext
from ui.imports.pages import error_label, fill
from ui.messages import error_text
from ui.operations.worker import Worker

# (format, encoding, file suffix) of each choice in the format box.
FORMATS = (("xlsx", "utf-8-sig", ".xlsx"), ("csv", "utf-8-sig", ".csv"), ("csv", "cp1251", ".csv"))


class ExportDialog(QDialog):
    """Emits `exported(path)` when the file is written."""

    exported = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        *,
        client_filters: ClientFilters | None = None,
        deal_filters: DealFilters | None = None,
        kind: str = "clients",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_filters = client_filters or ClientFilters()
        self.deal_filters = deal_filters or DealFilters()
        self.setWindowTitle(self.tr("Export"))
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("kind")
        self.kind_box.addItem(self.tr("Clients (the list as filtered)"), "clients")
        self.kind_box.addItem(self.tr("Deals (the list as filtered)"), "deals")
        self.kind_box.addItem(self.tr("Purchases of the listed clients"), "purchases")
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self.format_box = QComboBox()
        self.format_box.setObjectName("format")
        self.format_box.addItem(self.tr("Excel workbook (.xlsx)"))
        self.format_box.addItem(self.tr("CSV, UTF-8 (opens right in Excel)"))
        self.format_box.addItem(self.tr("CSV, Windows-1251"))
        self.note = QLabel(
            self.tr(
                "Cells that begin like a formula (=, +, -, @) are written as text, "
                "so no spreadsheet runs them."
            )
        )
        self.note.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        form = QFormLayout()
        form.addRow(self.tr("Export:"), self.kind_box)
        form.addRow(self.tr("Format:"), self.format_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        self._pool = QThreadPool(self)
        self._worker: Worker | None = None

    def kind(self) -> str:
        return self.kind_box.currentData()

    def choose_file(self) -> None:
        _fmt, _encoding, suffix = FORMATS[self.format_box.currentIndex()]
        stamp = self.ctx.local_now().strftime("%Y-%m-%d")
        suggested = str(Path.home() / f"funnel-{self.kind()}-{stamp}{suffix}")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), suggested, f"*{suffix}")
        if name:
            self.export_to(name)

    def export_to(self, path: str) -> None:
        """Write the chosen list to `path` off the UI thread."""
        fmt, encoding, _suffix = FORMATS[self.format_box.currentIndex()]
        kind, read, today = self.kind(), self.ctx.read, self.ctx.today()
        clients, deals = self.client_filters, self.deal_filters

        def job(progress, cancelled) -> ExportResult:
            return read(
                export_list, kind, path, today=today, format=fmt, encoding=encoding,
                client_filters=clients, deal_filters=deals,
            )  # fmt: skip

        self.error.clear()
        self.status.setText(self.tr("Exporting…"))
        self.progress.show()
        self.buttons.setEnabled(False)
        self._worker = Worker(job, 1)
        self._worker.signals.finished.connect(self._finished)
        self._worker.signals.failed.connect(self._failed)
        self._pool.start(self._worker)

    def _finished(self, _token: int, result: ExportResult) -> None:
        self.progress.hide()
        self.buttons.setEnabled(True)
        self.status.setText(fill(self.tr("%n row(s) written to %1.", "", result.rows), result.path))
        self.exported.emit(result.path)

    def _failed(self, _token: int, error: Exception) -> None:
        self.progress.hide()
        self.buttons.setEnabled(True)
        self.status.clear()
        self.error.setText(error_text(error))

    def done(self, result: int) -> None:
        self._pool.waitForDone()
        super().done(result)
