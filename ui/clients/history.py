"""The client card's two tables: the client's deals and their purchases. A
client has tens of them, not thousands, so these models hold every row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from funnel.customers.client_list import ClientDeal, PurchaseRow
from ui.deals.model import status_text
from ui.i18n import date_text, money_text
from ui.lists.lazy import LEFT, RIGHT

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: these tables are flat


class RowsModel(QAbstractTableModel):
    """A small read-only table over plain rows (a client has tens, not thousands)."""

    def __init__(self, headers: list[tuple[str, Qt.AlignmentFlag]], parent=None) -> None:
        super().__init__(parent)
        self._headers = headers
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section][0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._headers[section][1]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._headers[index.column()][1]
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[index.row()].id
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(self.rows[index.row()], index.column())
        return None

    def text(self, row: Any, column: int) -> str:
        raise NotImplementedError


class ClientDealsModel(RowsModel):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                (self.tr("Title"), LEFT),
                (self.tr("Stage"), LEFT),
                (self.tr("Status"), LEFT),
                (self.tr("Value"), RIGHT),
            ],
            parent,
        )

    def text(self, row: ClientDeal, column: int) -> str:
        return (
            row.title,
            row.stage,
            status_text(row.status),
            money_text(row.value, row.currency),
        )[column]


class PurchasesModel(RowsModel):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [(self.tr("Date"), LEFT), (self.tr("Amount"), RIGHT), (self.tr("Deal"), LEFT)], parent
        )

    def text(self, row: PurchaseRow, column: int) -> str:
        return (
            date_text(row.purchased_on),
            money_text(row.amount, row.currency),
            row.deal or "",
        )[column]


def small_table(model: QAbstractTableModel, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(False)
    for column in range(model.columnCount()):
        mode = QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(
            column, QHeaderView.ResizeMode.Stretch if column == stretch else mode
        )
    return view
