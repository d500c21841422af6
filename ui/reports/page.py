"""The Reports page: one report at a time, its chart above its tables; period,
pipeline and owner filters; export and print.

Reports are computed off the UI thread (on the 100,000-deal demo some take
most of a second) and kept until the data changes, so going back and forth
between reports is instant.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QDate, Qt, QThreadPool, Signal
from PySide6.QtGui import QIcon, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMenu,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from funnel.errors import FunnelError
from funnel.owners import list_owners
from funnel.pipeline.pipelines import list_pipelines
from funnel.reports.catalog import NAMES, report_currency, run_report
from funnel.reports.period import Filters, Period, Preset, preset_period
from funnel.reports.tables import tables_of
from funnel.store.models import PipelineKind
from ui.context import AppContext, Changes
from ui.i18n import date_text
from ui.messages import show_error
from ui.operations.deals import DealActions
from ui.operations.worker import Worker
from ui.rates_text import report_money_text
from ui.reports.charts import chart_of
from ui.reports.export import save_csv, save_pdf, save_png, save_xlsx
from ui.reports.model import ReportTableModel
from ui.reports.text import column_text, report_title

CUSTOM = "custom"


class ReportsPage(QWidget):
    report_ready = Signal(str)  # the report's name, once shown (tests wait on it)

    def __init__(self, ctx: AppContext, actions: DealActions, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.ctx = ctx
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._token = 0
        self._workers: dict[int, Worker] = {}
        self._cache: dict[tuple, object] = {}
        self._generation = 0  # counts data changes: a result from before one is stale
        self.report = None
        self.chart: QChart | None = None
        self.models: list[ReportTableModel] = []
        self.currency = "USD"

        self.list = QListWidget()
        self.list.setObjectName("reportList")
        self.list.setFixedWidth(170)
        self.list.setSpacing(3)
        for name in NAMES:
            self.list.addItem(report_title(name))
        self.period_box = QComboBox()
        self.period_box.setObjectName("reportPeriod")
        for key, text in (
            (Preset.THIS_MONTH, self.tr("This month")), (Preset.LAST_MONTH, self.tr("Last month")),
            (Preset.QUARTER, self.tr("This quarter")), (Preset.TWELVE_MONTHS, self.tr("12 months")),
            (CUSTOM, self.tr("Custom…")),
        ):  # fmt: skip
            self.period_box.addItem(text, str(key))
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        self.dash = QLabel("–")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setVisible(False)  # shown for a custom period; the title says the dates
        self.dash.setVisible(False)
        self.pipeline_box = QComboBox()
        self.pipeline_box.setObjectName("reportPipeline")
        self.owner_box = QComboBox()
        self.owner_box.setObjectName("reportOwner")
        for box in (self.period_box, self.pipeline_box, self.owner_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setObjectName("reportExport")
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Chart and table as PNG…"), lambda: self.export("png"))
        menu.addAction(self.tr("Chart and table as PDF…"), lambda: self.export("pdf"))
        menu.addAction(self.tr("Table as CSV…"), lambda: self.export("csv"))
        menu.addAction(self.tr("Table as Excel (XLSX)…"), lambda: self.export("xlsx"))
        self.export_button.setMenu(menu)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_report)

        controls = QHBoxLayout()
        for label, widget in (
            (self.tr("Period:"), self.period_box), (None, self.from_edit), (None, self.dash),
            (None, self.to_edit),
            (self.tr("Pipeline:"), self.pipeline_box), (self.tr("Owner:"), self.owner_box),
        ):  # fmt: skip
            if label:
                controls.addWidget(QLabel(label))
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        controls.addWidget(self.print_button)

        self.title = QLabel()
        self.title.setObjectName("reportTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel()
        # The forecast's money is in the home currency: at which rates, or
        # which currencies were left out for want of one (ui/rates_text.py).
        self.money_note = QLabel()
        self.money_note.setObjectName("reportMoneyNote")
        self.money_note.setWordWrap(True)
        self.money_note.hide()
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        self.tables = QTabWidget()
        self.tables.setDocumentMode(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart_view)
        splitter.addWidget(self.tables)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([3000, 2000])  # chart and tables share the height 3 : 2
        self.splitter = splitter

        right = QVBoxLayout()
        right.addLayout(controls)
        right.addWidget(self.title)
        right.addWidget(self.status)
        right.addWidget(self.money_note)
        right.addWidget(splitter, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(right, 1)

        self._load_filters()
        self._set_dates(preset_period(Preset.THIS_MONTH, ctx.today()))
        self.list.setCurrentRow(0)
        self.list.currentRowChanged.connect(lambda _: self.refresh())
        self.period_box.currentIndexChanged.connect(self._period_chosen)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _: self._custom_dates())
        self.pipeline_box.currentIndexChanged.connect(lambda _: self.refresh())
        self.owner_box.currentIndexChanged.connect(lambda _: self.refresh())
        ctx.changed.connect(self._on_changed)
        # Nothing is computed until the page is first shown (see showEvent):
        # the window builds every page right after start-up.

    def nav_title(self) -> str:
        return self.tr("Reports")

    def nav_icon(self) -> QIcon:
        return QIcon.fromTheme(
            "x-office-spreadsheet",
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView),
        )

    # filters -------------------------------------------------------------------
    def _load_filters(self) -> None:
        pipelines = [p for p in self.ctx.read(list_pipelines) if p.kind == PipelineKind.SALES]
        owners = self.ctx.read(list_owners)
        for box, items, everyone in (
            (self.pipeline_box, [(p.id, p.name) for p in pipelines], self.tr("All pipelines")),
            (self.owner_box, [(o.id, o.name) for o in owners], self.tr("Everyone")),
        ):  # fmt: skip
            wanted = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everyone, None)
            for key, name in items:
                box.addItem(name, key)
            box.setCurrentIndex(max(0, box.findData(wanted)))
            box.blockSignals(False)
        self.currency = self.ctx.read(report_currency)

    def _set_dates(self, period: Period) -> None:
        for edit, day in ((self.from_edit, period.start), (self.to_edit, period.end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _period_chosen(self) -> None:
        key = self.period_box.currentData()
        custom = key == CUSTOM
        for widget in (self.from_edit, self.dash, self.to_edit):
            widget.setVisible(custom)
        if not custom:
            self._set_dates(preset_period(key, self.ctx.today()))
        self.refresh()

    def _custom_dates(self) -> None:
        if self.period_box.currentData() == CUSTOM:
            self.refresh()

    def period(self) -> Period:
        start, end = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        return Period(start, end)

    def filters(self) -> Filters:
        return Filters(self.pipeline_box.currentData(), self.owner_box.currentData())

    def report_name(self) -> str:
        return NAMES[max(0, self.list.currentRow())]

    def describe(self) -> str:
        """The report's title with its period and filters, as exports print it."""
        period = self.period()
        if self.report_name() == "forecast":  # it looks forward from today
            when = self.tr("as of %1").replace("%1", date_text(self.ctx.today()))
        else:
            when = (
                self.tr("%1 to %2")
                .replace("%1", date_text(period.start))
                .replace("%2", date_text(period.end))
            )
        parts = [
            report_title(self.report_name()),
            when,
            self._pipeline_text(),
            self.owner_box.currentText(),
        ]
        return " · ".join(parts)

    def _pipeline_text(self) -> str:
        """The conversion of "all pipelines" is that of the first sales pipeline
        (stages of different pipelines do not line up): the title says which."""
        shown = getattr(self.report, "pipeline", None)
        if (
            self.pipeline_box.currentData() is None
            and isinstance(shown, str)
            and self.report_name() == "conversion"
        ):
            return shown
        return self.pipeline_box.currentText()

    # computing -----------------------------------------------------------------
    def refresh(self) -> None:
        try:
            period = self.period()
        except FunnelError as exc:
            self.status.setText(str(exc))
            return
        name, filters, today = self.report_name(), self.filters(), self.ctx.today()
        key = (name, period, filters, today, self._generation)
        self.title.setText(self.describe())
        if key in self._cache:
            self._show(key, self._cache[key])
            return
        self._token += 1
        self.status.setText(self.tr("Computing…"))

        def job(progress, cancelled):
            return key, self.ctx.read(run_report, name, period, filters, today=today)

        worker = Worker(job, self._token)
        worker.signals.finished.connect(self._computed)
        worker.signals.failed.connect(self._failed)
        self._workers[self._token] = worker
        self._pool.start(worker)

    def _computed(self, token: int, result) -> None:
        self._workers.pop(token, None)
        key, report = result
        if key[-1] != self._generation:  # the data changed while it was computed
            if token == self._token and self.isVisible():
                self.refresh()
            return
        self._cache[key] = report
        if token == self._token:
            self._show(key, report)

    def _failed(self, token: int, exc: Exception) -> None:
        self._workers.pop(token, None)
        if token == self._token:
            self.status.setText("")
            show_error(self, exc)

    def _show(self, key, report) -> None:
        self.report = report
        self.status.setText("")
        note = report_money_text(getattr(report, "converted", None))
        self.money_note.setText(note)
        self.money_note.setVisible(bool(note))
        self.title.setText(self.describe())
        self.chart = chart_of(report)
        self.chart_view.setChart(self.chart)
        self.models = [ReportTableModel(t, self.currency, self) for t in tables_of(report)]
        self.tables.clear()
        for model in self.models:
            view = QTableView()
            view.setModel(model)
            view.verticalHeader().hide()
            view.setAlternatingRowColors(True)
            view.setWordWrap(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(False)
            self.tables.addTab(view, column_text(model.table.title))
        self.report_ready.emit(key[0])

    def _on_changed(self, changes: Changes) -> None:
        self._cache.clear()
        self._generation += 1
        if changes.everything or changes.stages:
            self._load_filters()
        if self.isVisible():
            self.refresh()
        else:
            self.report = None  # stale: computed again when next shown

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.report is None and not self._workers:
            self.refresh()

    # export and print ----------------------------------------------------------
    def export_to(self, path: Path) -> None:
        """Write the report shown to `path`; its suffix says how."""
        suffix = path.suffix.lower()
        tables = [m.table for m in self.models]
        if suffix == ".png":
            save_png(path, self.describe(), chart_of(self.report), self.models)
        elif suffix == ".pdf":
            save_pdf(path, self.describe(), chart_of(self.report), self.models)
        elif suffix == ".csv":
            save_csv(path, tables)
        elif suffix == ".xlsx":
            save_xlsx(path, tables)
        else:
            raise ValueError(path)

    def export(self, kind: str) -> None:
        if self.report is None:
            return
        filters = {
            "png": self.tr("PNG image (*.png)"), "pdf": self.tr("PDF document (*.pdf)"),
            "csv": self.tr("CSV table (*.csv)"), "xlsx": self.tr("Excel workbook (*.xlsx)"),
        }  # fmt: skip
        name = f"{self.report_name()}-{self.period().start.isoformat()}.{kind}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), name, filters[kind])
        if not path:
            return
        try:
            self.export_to(Path(path))
        except OSError as exc:
            show_error(self, exc)

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ui.reports.export import paint_report

        if self.report is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            paint_report(printer, self.describe(), chart_of(self.report), self.models)
