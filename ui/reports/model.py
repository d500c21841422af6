"""A report table as a Qt table model, cells written in the user's locale."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt

from funnel.reports.tables import Kind, Table
from ui.formats import short_date
from ui.i18n import money_text, number_text, qdate
from ui.reports.text import column_text

# Cells that are words from the domain (a bucket, a source) are translated.
_WORDS = {"Overdue", "Later", "No date", "snapshot", "history", "all", "pipeline", "owner"}


def cell_text(value: Any, kind: str, currency: str) -> str:
    locale = QLocale()
    if value is None:
        return "—" if kind != Kind.TEXT else QCoreApplication.translate("Reports", "(none)")
    if kind == Kind.PERCENT:
        return locale.toString(float(value) * 100, "f", 1) + " %"
    if kind == Kind.DAYS:
        return locale.toString(float(value), "f", 1)
    if kind == Kind.MONEY:
        return money_text(Decimal(value), currency, whole=True)
    if isinstance(value, date):
        if kind in (Kind.MONTH, Kind.TEXT):  # a forecast bucket is a month or a word
            return locale.toString(qdate(value), "MMM yyyy")
        return short_date(value)
    if kind == Kind.COUNT and isinstance(value, int):
        return number_text(value)
    text = str(value)
    if text == "Overdue":
        return column_text("Overdue")
    return column_text(text) if text in _WORDS else text


class ReportTableModel(QAbstractTableModel):
    def __init__(self, table: Table, currency: str, parent=None) -> None:
        super().__init__(parent)
        self.table = table
        self.currency = currency

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.table.columns[index.column()]
        value = self.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value, column.kind, self.currency)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind != Kind.TEXT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return column_text(self.table.columns[section].title)
        return None

    def text_rows(self) -> list[list[str]]:
        """Headers then every row as shown: for PDF, print and PNG."""
        head = [column_text(c.title) for c in self.table.columns]
        body = [
            [
                cell_text(v, c.kind, self.currency)
                for v, c in zip(row, self.table.columns, strict=True)
            ]
            for row in self.table.rows
        ]
        return [head, *body]
