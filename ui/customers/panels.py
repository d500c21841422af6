"""The Customers page's tabs besides the matrix: top clients (Pareto / ABC)
and lifetime value per segment and per source. Small fixed tables (three
classes, nine cells, a dozen sources): table widgets are enough here."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from funnel.customers.lifetime import GroupValue, LifetimeSummary
from funnel.customers.pareto import Pareto
from funnel.customers.segments import Matrix
from ui.clients.model import source_text
from ui.customers.charts import pareto_chart
from ui.customers.matrix import cell_name, percent_text
from ui.i18n import money_text, number_text


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(40)
    return table


class ParetoPanel(QWidget):
    period_changed = Signal()
    class_requested = Signal(str)  # "A", "B" or "C"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period_box = QComboBox()
        self.period_box.setObjectName("period")
        self.period_box.addItem(self.tr("Last 12 months"), "year")
        self.period_box.addItem(self.tr("All time"), "all")
        self.headline = QLabel()
        self.headline.setObjectName("paretoHeadline")
        bold = QFont(self.headline.font())
        bold.setPointSizeF(bold.pointSizeF() * 1.25)
        bold.setBold(True)
        self.headline.setFont(bold)
        self.headline.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.chart = QChartView()
        self.chart.setMinimumHeight(240)
        self.table = _table(
            [self.tr("Class"), self.tr("Clients"), self.tr("Share of clients"),
             self.tr("Revenue"), self.tr("Share of revenue")], "abcTable",
        )  # fmt: skip
        self.table.setMaximumHeight(130)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.buttons = {}
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Period")))
        row.addWidget(self.period_box)
        row.addStretch(1)
        for cls in "ABC":
            button = QPushButton(self.tr("Class %1 clients…").replace("%1", cls))
            button.setObjectName(f"class{cls}")
            button.clicked.connect(lambda _=False, c=cls: self.class_requested.emit(c))
            row.addWidget(button)
            self.buttons[cls] = button
        left = QVBoxLayout()
        left.addWidget(self.headline)
        left.addWidget(self.note)
        left.addWidget(self.table)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.chart, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(body, 1)
        self.period_box.currentIndexChanged.connect(lambda _: self.period_changed.emit())

    def all_time(self) -> bool:
        return self.period_box.currentData() == "all"

    def show_pareto(self, p: Pareto, today: date) -> None:
        self.headline.setText(
            self.tr("The top 20% of clients (%1) bring %2 of revenue.")
            .replace("%1", number_text(p.top_clients))
            .replace("%2", percent_text(p.top_share))
        )
        note = self.tr("%1 clients, %2 of revenue in the period. Ties share a class.")
        note = note.replace("%1", number_text(p.clients)).replace(
            "%2", money_text(p.revenue, p.currency, whole=True)
        )
        if p.other_currency_purchases:
            note += " " + self.tr("%n purchase(s) in other currencies left out.", "",
                                  p.other_currency_purchases)  # fmt: skip
        self.note.setText(note)
        self.table.setRowCount(len(p.classes))
        for i, c in enumerate(p.classes):
            values = [c.cls, number_text(c.clients), percent_text(c.client_share),
                      money_text(c.revenue, p.currency, whole=True),
                      percent_text(c.revenue_share)]  # fmt: skip
            for j, v in enumerate(values):
                self.table.setItem(i, j, _item(v, j > 0))
            self.buttons[c.cls].setEnabled(c.clients > 0)
        pareto_chart(self.chart, p)


class LifetimePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        headers = [self.tr("Group"), self.tr("Clients"), self.tr("Value per client"),
                   self.tr("Purchases each"), self.tr("Average order"),
                   self.tr("Days between purchases")]  # fmt: skip
        self.segments = _table(headers, "ltvBySegment")
        self.sources = _table(headers, "ltvBySource")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("By lifecycle segment")))
        layout.addWidget(self.segments, 1)
        layout.addWidget(QLabel(self.tr("By acquisition source: which channel brings clients "
                                        "worth keeping")))  # fmt: skip
        layout.addWidget(self.sources, 1)

    def show_summary(self, summary: LifetimeSummary, matrix: Matrix | None) -> None:
        def fill(table: QTableWidget, groups: list[tuple[str, GroupValue]]) -> None:
            table.setRowCount(len(groups))
            for i, (label, g) in enumerate(groups):
                gap = "" if g.average_gap_days is None else number_text(round(g.average_gap_days))
                cur = summary.currency
                values = [
                    label,
                    number_text(g.clients),
                    money_text(g.average_value, cur, whole=True),
                    QLocale().toString(g.average_purchases, "f", 1),
                    money_text(g.average_order, cur, whole=True),
                    gap,
                ]
                for j, v in enumerate(values):
                    table.setItem(i, j, _item(v, j > 0))

        cells = {c.key: c for c in matrix.cells} if matrix else {}
        rows = [(self.tr("All buying clients"), summary.overall)]
        for g in summary.by_segment:
            name = cell_name(cells[g.key], matrix) if g.key in cells and matrix else g.key
            rows.append((name, g))
        fill(self.segments, rows)
        fill(
            self.sources,
            [(source_text(g.key) or self.tr("Not set"), g) for g in summary.by_source],
        )
