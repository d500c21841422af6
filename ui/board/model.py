"""One board column as a Qt list model over plain `BoardCard` rows.

Cards are dragged between columns through the model's `mimeData` /
`dropMimeData`: the mime data carries deal ids, and a drop on another column's
model asks for the move (`deals_dropped`); the page turns that into one
undoable action. No card is ever a widget.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Collection, Iterable

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from funnel.pipeline.board import BoardCard

MIME_TYPE = "application/x-funnel-deal-ids"
DEAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def deal_mime(deal_ids: list[int], stage_id: int | None) -> QMimeData:
    """The payload of a dragged card: which deals, and the column they left."""
    mime = QMimeData()
    payload = json.dumps({"deals": deal_ids, "stage": stage_id}).encode()
    mime.setData(MIME_TYPE, QByteArray(payload))
    return mime


def read_deal_mime(mime: QMimeData | None) -> tuple[list[int], int | None] | None:
    """The deals and source stage of a drag, or None when it is not ours."""
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(mime.data(MIME_TYPE).data()).decode())
        ids = [int(i) for i in payload["deals"]]
        stage = payload.get("stage")
    except (ValueError, KeyError, TypeError):
        return None
    return (ids, int(stage) if stage is not None else None) if ids else None


class ColumnModel(QAbstractListModel):
    """The cards of one stage, in board order (see `funnel.pipeline.board.board_cards`)."""

    deals_dropped = Signal(list, int)  # deal ids, this column's stage id

    def __init__(self, stage_id: int | None, parent=None) -> None:
        super().__init__(parent)
        self.stage_id = stage_id
        self._cards: list[BoardCard] = []

    # reading -----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def card(self, row: int) -> BoardCard:
        """The delegate reads the row directly: no QVariant round trip per paint."""
        return self._cards[row]

    def cards(self) -> list[BoardCard]:
        return list(self._cards)

    def deal_ids(self) -> list[int]:
        return [c.id for c in self._cards]

    def row_of(self, deal_id: int) -> int | None:
        for row, card in enumerate(self._cards):
            if card.id == deal_id:
                return row
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.title
        if role == DEAL_ID_ROLE:
            return card.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(card)
        return None

    def tooltip(self, card: BoardCard) -> str:
        """Everything the card shortens: full title, client, owner, next step."""
        lines = [card.title]
        if card.client:
            lines.append(self.tr("Client: %1").replace("%1", card.client))
        if card.owner:
            lines.append(self.tr("Owner: %1").replace("%1", card.owner))
        if card.next_subject:
            lines.append(self.tr("Next step: %1").replace("%1", card.next_subject))
        if card.stalled:
            lines.append(self.tr("Stalled: %n d over the stage's limit", "", card.days_over))
        return "\n".join(lines)

    # changing ----------------------------------------------------------------
    def set_cards(self, cards: Iterable[BoardCard]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def remove_deals(self, deal_ids: Collection[int]) -> list[BoardCard]:
        """Take these deals out of the column; returns the cards removed."""
        rows = [i for i, c in enumerate(self._cards) if c.id in deal_ids]
        removed = [self._cards[i] for i in rows]
        for row in reversed(rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._cards[row]
            self.endRemoveRows()
        return removed

    def insert_card(self, card: BoardCard) -> int:
        """Put a card where the board order wants it; returns its row."""
        row = bisect.bisect(self._cards, card.sort_key, key=lambda c: c.sort_key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._cards.insert(row, card)
        self.endInsertRows()
        return row

    # drag and drop -----------------------------------------------------------
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drop on the column, not onto a card
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return deal_mime([self._cards[r].id for r in rows], self.stage_id)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        found = read_deal_mime(data)
        return found is not None and found[1] != self.stage_id

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """A card dropped on this column: ask for the move. The card itself
        arrives when the move's change comes back, in its board-order place."""
        found = read_deal_mime(data)
        if found is None or found[1] == self.stage_id:
            return False
        self.deals_dropped.emit(found[0], self.stage_id)
        return True
