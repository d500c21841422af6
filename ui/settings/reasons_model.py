"""One reason list being edited: a list model over drafts, the delegate that
shows how many deals carry each reason, and a view that reorders by drag.

Nothing here writes to the database; the Reasons tab turns the drafts into
`ReasonPlan`s when the person presses OK.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from funnel.pipeline.reasons import MAX_REASON_LENGTH, ReasonPlan, ReasonRow
from ui.reorder import ReorderRows, start_move_drag

Index = QModelIndex | QPersistentModelIndex
DEALS_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class ReasonDraft:
    text: str
    reason_id: int | None = None  # None: a line added in this edit
    original: str | None = None  # the words as loaded
    deals: int = 0
    retired: bool = False

    @classmethod
    def of(cls, row: ReasonRow) -> ReasonDraft:
        return cls(row.text, row.id, row.text, row.deals, row.retired)

    def plan(self) -> ReasonPlan:
        return ReasonPlan(self.text, self.reason_id, self.retired)

    @property
    def renamed(self) -> bool:
        return self.original is not None and " ".join(self.text.split()) != self.original


class ReasonsModel(ReorderRows, QAbstractListModel):
    MIME_TYPE = "application/x-funnel-reason-rows"

    def __init__(self, drafts: list[ReasonDraft], parent=None) -> None:
        super().__init__(parent)
        self.drafts = drafts

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.drafts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        draft = self.drafts[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return draft.text
        if role == DEALS_ROLE:
            return draft
        if role == Qt.ItemDataRole.ToolTipRole:
            return renamed_text(draft) if draft.renamed else draft.text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self.drafts[index.row()].text = str(value or "").strip()[:MAX_REASON_LENGTH]
        self.dataChanged.emit(index, index)
        return True

    # changes the tab makes ---------------------------------------------------
    def active_count(self) -> int:
        return sum(not d.retired for d in self.drafts)

    def insert(self, row: int, draft: ReasonDraft) -> QModelIndex:
        self.beginInsertRows(QModelIndex(), row, row)
        self.drafts.insert(row, draft)
        self.endInsertRows()
        return self.index(row)

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.drafts[row]
        self.endRemoveRows()

    def move(self, source: int, destination: int) -> bool:
        """Put row `source` at row `destination` (counted after the move)."""
        if source == destination or not (
            0 <= source < len(self.drafts) and 0 <= destination < len(self.drafts)
        ):
            return False
        child = destination + 1 if destination > source else destination
        return self.moveRows(QModelIndex(), source, 1, QModelIndex(), child)

    def set_retired(self, row: int, retired: bool) -> None:
        self.drafts[row].retired = retired
        self.dataChanged.emit(self.index(row), self.index(row))

    def plan(self) -> list[ReasonPlan]:
        """Offered reasons first, in their order, then the retired ones, so
        a line number in a message is the line the person sees."""
        return [d.plan() for d in self.ordered()]

    def ordered(self) -> list[ReasonDraft]:
        return [d for d in self.drafts if not d.retired] + [d for d in self.drafts if d.retired]

    def _ordered_rows(self) -> list[ReasonDraft]:
        return self.drafts


class ReasonDelegate(QStyledItemDelegate):
    """'Price — 12 deals'; a renamed line says which words it replaces and a
    retired one is greyed. Editing touches the words only."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        draft = index.data(DEALS_ROLE)
        if not isinstance(draft, ReasonDraft):
            return
        parts = [draft.text or self.tr("(empty)")]
        if draft.reason_id is None:
            parts.append(self.tr("new"))
        elif draft.deals:
            parts.append(deals_text(draft.deals))
        else:
            parts.append(self.tr("no deals"))
        text = " — ".join(parts)
        if draft.retired:
            text += " " + self.tr("(retired)")
        option.text = text
        if draft.retired:
            grey = option.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            option.palette.setColor(QPalette.ColorRole.Text, grey)


# Texts with a count go through the delegate's tr(): lupdate reads the count
# (and so the plural forms) of tr() calls only.
def deals_text(count: int) -> str:
    return ReasonDelegate.tr("%n deal(s)", None, count)


def renamed_text(draft: ReasonDraft) -> str:
    """What saving a renamed line does to its deals, in words."""
    text = ReasonDelegate.tr("“%1” becomes “%2” on %n deal(s).", None, draft.deals)
    return text.replace("%1", draft.original or "").replace("%2", draft.text)


class ReasonsView(QListView):
    """Reasons in order; drag one up or down to reorder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        # DragDrop rather than InternalMove: the model accepts only its own
        # rows, and a drop does not depend on where the drag started.
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setItemDelegate(ReasonDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def startDrag(self, supported_actions: Qt.DropAction) -> None:
        start_move_drag(self, self.selectedIndexes())
