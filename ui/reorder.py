"""Rows a person puts in order by dragging them or by Move up/down: one
implementation for every editable list (pipeline stages, lost and win
reasons), so the drop rules and Qt's move convention live in one place.

A model mixes in `ReorderRows`, names its `MIME_TYPE` and keeps its rows in
the list `_ordered_rows()` returns; a view calls `start_move_drag` from its
`startDrag`."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import QAbstractItemView

Index = QModelIndex | QPersistentModelIndex

if TYPE_CHECKING:  # to the type checker, the item model it is mixed into
    from PySide6.QtCore import QAbstractItemModel as _Base
else:
    _Base = object


class ReorderRows(_Base):
    MIME_TYPE: str

    def _ordered_rows(self) -> list[Any]:
        raise NotImplementedError

    def moveRows(
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        """Qt's convention: `destination_child` is the row the block goes
        before, counted before the block is taken out."""
        rows = self._ordered_rows()
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        last = source_row + count - 1
        if not (source_row >= 0 and last < len(rows)):
            return False
        if source_row <= destination_child <= last + 1:
            return False  # onto itself: nothing moves
        if not self.beginMoveRows(
            QModelIndex(), source_row, last, QModelIndex(), destination_child
        ):
            return False
        block = rows[source_row : last + 1]
        del rows[source_row : last + 1]
        at = destination_child - count if destination_child > last else destination_child
        rows[at:at] = block
        self.endMoveRows()
        return True

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [self.MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        payload = json.dumps([id(self), rows]).encode()
        data.setData(self.MIME_TYPE, QByteArray(payload))
        return data

    def _payload(self, data: QMimeData) -> tuple[int, list[int]]:
        owner, rows = json.loads(bytes(data.data(self.MIME_TYPE).data()).decode())
        return owner, rows

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        if not data.hasFormat(self.MIME_TYPE) or action != Qt.DropAction.MoveAction:
            return False
        # Only this model's own rows: a lost reason never lands in the win list.
        return self._payload(data)[0] == id(self)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Move the dragged rows before `row` (or onto `parent`'s row), as one
        block in their order. The rows move here; the view must not remove
        them afterwards (`start_move_drag`)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        rows = self._ordered_rows()
        _owner, dragged = self._payload(data)
        if parent.isValid():
            row = parent.row()
        if row < 0:
            row = len(rows)
        moving = [rows[r] for r in dragged if 0 <= r < len(rows)]
        moved = False
        for item in moving:  # top to bottom, each lands after the one before
            source = rows.index(item)
            moved |= self.moveRows(QModelIndex(), source, 1, QModelIndex(), row)
            if source >= row:
                row += 1
        return moved


def start_move_drag(view: QAbstractItemView, indexes: list[QModelIndex]) -> None:
    """A view's `startDrag`: the base class removes the dragged rows after a
    MoveAction drop, expecting the drop to have copied them; our drop moves
    them itself."""
    if not indexes:
        return
    drag = QDrag(view)
    drag.setMimeData(view.model().mimeData(indexes))
    drag.exec(Qt.DropAction.MoveAction)
