"""The board's one cursor: one selected card across all columns, arrow keys
walking across columns and down a column, Enter opening the deal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, SignalInstance
from PySide6.QtWidgets import QScrollArea, QWidget

from ui.board.column import ColumnWidget
from ui.board.view import BoardListView

if TYPE_CHECKING:  # to the type checker, the QWidget it is mixed into
    _Base = QWidget
else:
    _Base = object


class BoardSelection(_Base):
    """Mixed into `BoardPage`, whose columns and scroll area it uses."""

    columns: list[ColumnWidget]
    scroll_area: QScrollArea
    open_deal_requested: SignalInstance

    # selection and keyboard --------------------------------------------------------
    def _selection_changed(self, view: BoardListView) -> None:
        """One selected card on the whole board, like one cursor."""
        if not view.selectionModel().hasSelection():
            return
        for column in self.columns:
            if column.view is not view and column.view.selectionModel().hasSelection():
                column.view.selectionModel().clearSelection()

    def _selected(self) -> tuple[ColumnWidget, int] | None:
        for column in self.columns:
            rows = column.view.selectionModel().selectedRows()
            if rows:
                return column, rows[0].row()
        return None

    def selected_deal_id(self) -> int | None:
        found = self._selected()
        return found[0].model.card(found[1]).id if found else None

    def select_deal(self, deal_id: int, *, focus: bool = True) -> bool:
        for column in self.columns:
            row = column.model.row_of(deal_id)
            if row is not None:
                index = column.model.index(row)
                column.view.setCurrentIndex(index)
                column.view.scrollTo(index)
                if focus:
                    column.view.setFocus()
                    self.scroll_area.ensureWidgetVisible(column, 0, 0)
                return True
        return False

    def column_of_view(self, view: BoardListView) -> int:
        return next(i for i, c in enumerate(self.columns) if c.view is view)

    def _go_neighbour(self, view: BoardListView, step: int) -> None:
        """Left/Right: the card at the same height in the next non-empty column."""
        i = self.column_of_view(view)
        row = max(view.currentIndex().row(), 0)
        j = i + step
        while 0 <= j < len(self.columns) and self.columns[j].model.rowCount() == 0:
            j += step
        if not 0 <= j < len(self.columns):
            return
        target = self.columns[j]
        index = target.model.index(min(row, target.model.rowCount() - 1))
        target.view.setFocus()
        target.view.setCurrentIndex(index)
        target.view.scrollTo(index)
        self.scroll_area.ensureWidgetVisible(target, 0, 0)

    # opening -----------------------------------------------------------------------
    def _open(self, view: BoardListView, index: QModelIndex) -> None:
        if index.isValid():
            model = view.column_model()
            self.open_deal_requested.emit(model.card(index.row()).id, model.deal_ids())

    def open_selected(self) -> None:
        found = self._selected()
        if found:
            self._open(found[0].view, found[0].model.index(found[1]))
