"""The clients of a set (a matrix cell, an ABC class, the lost list): the
usual lazy list — ids in one query, rows a page at a time — with search,
sort, the client card on Enter or a double-click, export, and "Start a
campaign" on the whole set."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from funnel.customers.campaign_export import export_buyers
from funnel.customers.client_sets import BuyerRow, buyer_rows, set_client_ids
from funnel.errors import FunnelError
from ui.clients.model import source_text
from ui.context import AppContext
from ui.customers.marks import is_class_a, mark_tooltip, with_mark
from ui.deals.table import ListTableView
from ui.i18n import date_text, money_text, number_text
from ui.lists.lazy import RIGHT, Column, LazyTableModel
from ui.messages import show_error

FILTER_DELAY_MS = 250
EXPORT_CHUNK = 5000


UNSORTABLE = {
    "expected": "last_purchase",
    "what": "last_purchase",
    "phone": "name",
    "source": "name",
}


class ClientSetModel(LazyTableModel):
    def __init__(self, ctx: AppContext, definition: dict, parent=None) -> None:
        super().__init__([], parent)
        self.columns = (
            Column("name", self.tr("Name"), hideable=False, width=200),
            Column("purchases", self.tr("Purchases"), RIGHT, width=80, descending_first=True),
            Column("revenue", self.tr("Revenue"), RIGHT, width=110, descending_first=True),
            Column("last_purchase", self.tr("Last purchase"), width=110, descending_first=True),
            Column("silent", self.tr("Days silent"), RIGHT, width=90, descending_first=True),
            Column("what", self.tr("Last bought"), width=180),
            Column("first_purchase", self.tr("First purchase"), width=110),
            Column("expected", self.tr("Expected next"), width=110),
            Column("phone", self.tr("Phone"), width=130),
            Column("source", self.tr("Source"), width=100),
        )
        self.ctx = ctx
        self.definition = definition
        self.text = ""
        self.sort_column = self.column_of("revenue")
        self.descending = True

    def load_ids(self, sort_key: str, descending: bool) -> list[int]:
        return self.ctx.read(
            set_client_ids, self.definition, today=self.ctx.today(), text=self.text,
            sort_key=UNSORTABLE.get(sort_key, sort_key), descending=descending,
        )  # fmt: skip

    def load_rows(self, ids: list[int]) -> list[BuyerRow]:
        return self.ctx.read(buyer_rows, ids, today=self.ctx.today())

    def cell(self, row: BuyerRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and key == "name" and is_class_a(row.id):
            return mark_tooltip()
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if key == "name":
            return with_mark(row.name, row.id)
        if key == "purchases":
            return number_text(row.purchases)
        if key == "revenue":
            return money_text(row.revenue, row.currency)
        if key == "last_purchase":
            return date_text(row.last_purchase) if row.last_purchase else ""
        if key == "first_purchase":
            return date_text(row.first_purchase) if row.first_purchase else ""
        if key == "silent":
            return number_text(row.days_silent) if row.days_silent is not None else ""
        if key == "expected":
            return date_text(row.expected_next) if row.expected_next else ""
        if key == "what":
            what = row.last_what or ""
            if row.last_amount is not None:
                amount = money_text(row.last_amount, row.last_currency or row.currency)
                what = f"{what} · {amount}" if what else amount
            return what
        if key == "phone":
            return row.phone or ""
        if key == "source":
            return source_text(row.source)
        return ""


class ClientSetPanel(QWidget):
    """The list with its search box and buttons; a dialog or a tab holds it."""

    campaign_requested = Signal(dict)  # the set's definition
    open_client_requested = Signal(int)

    def __init__(self, ctx: AppContext, definition: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.definition = definition
        self.model = ClientSetModel(ctx, definition, self)
        self.view = ListTableView()
        self.view.setObjectName("clientSetTable")
        self.view.setModel(self.model)
        for i, column in enumerate(self.model.columns):
            self.view.setColumnWidth(i, column.width)
        self.search = QLineEdit()
        self.search.setObjectName("setSearch")
        self.search.setPlaceholderText(self.tr("Search by name, phone or e-mail"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.open_button = QPushButton(self.tr("Open card"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.campaign_button = QPushButton(self.tr("Start a campaign…"))
        self.campaign_button.setObjectName("startCampaign")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.open_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.campaign_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.open_button.clicked.connect(self._open_current)
        self.export_button.clicked.connect(self.export)
        self.campaign_button.clicked.connect(lambda: self.campaign_requested.emit(self.definition))
        self.view.row_activated.connect(self.open_client_requested.emit)
        self.model.modelReset.connect(self._update_count)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(
            self.model.column_of("revenue"), Qt.SortOrder.DescendingOrder
        )
        self._update_count()

    def refresh(self) -> None:
        self.model.reload()
        self._update_count()

    def _apply_search(self) -> None:
        self.model.text = self.search.text()
        self.refresh()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%Ln client(s)", "", n))
        self.export_button.setEnabled(n > 0)
        self.campaign_button.setEnabled(n > 0)
        self.open_button.setEnabled(n > 0)

    def _open_current(self) -> None:
        client_id = self.view.current_id()
        if client_id is None and self.model.rowCount():
            client_id = self.model.id_at(0)
        if client_id is not None:
            self.open_client_requested.emit(client_id)

    def export(self, path: str | None = None) -> int:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export clients"), "clients.csv",
                self.tr("CSV (*.csv);;Excel (*.xlsx);;vCard (*.vcf)"),
            )  # fmt: skip
            if not path:
                return 0
        ids = self.model.ids()
        rows: list[BuyerRow] = []
        for start in range(0, len(ids), EXPORT_CHUNK):
            rows += self.ctx.read(
                buyer_rows, ids[start : start + EXPORT_CHUNK], today=self.ctx.today()
            )
        try:
            return export_buyers(rows, Path(path))
        except (FunnelError, OSError) as exc:
            show_error(self, exc)
            return 0
