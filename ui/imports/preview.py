"""The first rows of the file, as a table the mapping page shows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from funnel.imports.csvfile import CsvTable

Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """Read-only: the file's cells as text, its line numbers down the side, and
    above each column its header and the field it goes to."""

    def __init__(self, table: CsvTable, parent=None) -> None:
        super().__init__(parent)
        self._table = table
        self._fields: dict[int, str] = {}

    def set_field_labels(self, labels: dict[int, str]) -> None:
        """column index → label of the field it is imported into."""
        self._fields = labels
        if self._table.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._table.columns) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        return self._table.rows[index.row()][index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self._table.lines[section])
        name = self._table.columns[section]
        field = self._fields.get(section)
        return f"{name}\n→ {field}" if field else name
