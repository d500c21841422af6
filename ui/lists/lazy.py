"""A table model that holds only the ordered ids of its rows and builds the
rows a page at a time, as the view paints them.

After Anki's browser `DataModel`: the service answers "which ids, in what
order" in one query, so 100,000 deals open at once; a row is fetched (with its
page neighbours) the first time the view asks for it, kept in a bounded
cache, and fetched again after a change marks it stale. Sorting asks the
service for a new order; it never sorts rows in Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: these tables are flat
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's id, without fetching the row
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    key: str  # also the service's sort key
    title: str
    align: Qt.AlignmentFlag = LEFT
    hideable: bool = True
    width: int = 120  # the default width, in pixels at 96 dpi
    descending_first: bool = False  # a first click sorts the largest first (money, days)
    priority: int = 1  # a narrow window narrows low-priority columns first (ui/lists/fit.py)


class LazyTableModel(QAbstractTableModel):
    """Subclasses give `columns` and implement `load_ids`, `load_rows` and `cell`."""

    PAGE_SIZE = 100
    # Rows kept at most; past it the cache starts again from the page in view,
    # so scrolling through 100,000 rows does not keep 100,000 rows in memory.
    MAX_CACHED = 3000

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns: tuple[Column, ...] = tuple(columns)
        self._ids: list[int] = []
        self._rows: dict[int, Any] = {}
        self._row_of: dict[int, int] | None = None
        self.sort_column = 0
        self.descending = False
        self.fetched_rows = 0  # how many rows were built, for diagnostics and tests

    # for subclasses -----------------------------------------------------------
    def load_ids(self, sort_key: str, descending: bool) -> list[int]:
        raise NotImplementedError

    def load_rows(self, ids: list[int]) -> list[Any]:
        """Rows (each with an `id`) for these ids; missing ones may be left out."""
        raise NotImplementedError

    def cell(self, row: Any, key: str, role: int) -> Any:
        raise NotImplementedError

    # ids ----------------------------------------------------------------------
    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of_id(self, item_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {i: r for r, i in enumerate(self._ids)}
        return self._row_of.get(item_id)

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def reload(self) -> bool:
        """Ask for the ids again. When they come back the same (a change that
        neither filtered a row out nor reordered), only the rows are refetched;
        else the model is reset (`ListTableView` keeps the selection by id).
        Returns whether the ids changed."""
        column = self.columns[self.sort_column]
        ids = self.load_ids(column.key, self.descending)
        if ids == self._ids:
            self.mark_stale()
            return False
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self._row_of = None
        self.endResetModel()
        return True

    def mark_stale(self) -> None:
        """Forget the fetched rows; the view fetches the ones it shows again."""
        self._rows.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1)
            )

    # rows -----------------------------------------------------------------------
    def row_at(self, row: int) -> Any | None:
        """The row at a position, fetching its page if it is not cached."""
        item_id = self._ids[row]
        if item_id not in self._rows:
            self._fetch_page(row)
        return self._rows.get(item_id)

    def rows_for(self, positions: Sequence[int]) -> list[Any]:
        """Rows at several positions (e.g. a selection), fetched page by page."""
        return [r for r in (self.row_at(p) for p in sorted(positions)) if r is not None]

    def _fetch_page(self, row: int) -> None:
        start = row - row % self.PAGE_SIZE
        wanted = [i for i in self._ids[start : start + self.PAGE_SIZE] if i not in self._rows]
        if len(self._rows) + len(wanted) > self.MAX_CACHED:
            self._rows.clear()
        rows = self.load_rows(wanted)
        self.fetched_rows += len(wanted)
        for item_id in wanted:
            self._rows[item_id] = None  # gone since the ids were read; shown empty
        for r in rows:
            self._rows[r.id] = r

    # Qt model -------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            first = (
                Qt.SortOrder.DescendingOrder
                if column.descending_first
                else Qt.SortOrder.AscendingOrder
            )
            return first.value
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if (
            role
            not in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.ForegroundRole,
                Qt.ItemDataRole.TextAlignmentRole,
                Qt.ItemDataRole.FontRole,
            )
            and role < Qt.ItemDataRole.UserRole
        ):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        row = self.row_at(index.row())
        if row is None:
            return None
        return self.cell(row, column.key, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column = column
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
