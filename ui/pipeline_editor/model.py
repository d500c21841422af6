"""The stages of the pipeline being edited: a table model over drafts, the
spin-box delegates for rot days and probability, and a view that reorders
stages by drag and drop.

Nothing here writes to the database; the editor turns the drafts into a
`PipelinePlan` when the person presses OK.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from funnel.pipeline.edits import EditorCounts, PipelinePlan, StagePlan, StageRemoval
from funnel.pipeline.pipelines import PipelineInfo
from ui.reorder import ReorderRows, start_move_drag

Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    NAME = 0
    ROT_DAYS = 1
    PROBABILITY = 2
    DEALS = 3


@dataclass
class StageDraft:
    key: str
    name: str
    rot_days: int | None
    probability: int
    stage_id: int | None = None
    deals: int = 0  # held now, with those that removed stages send here
    open_deals: int = 0  # of those, the open ones: what "in the stage" means

    def plan(self) -> StagePlan:
        return StagePlan(self.key, self.name, self.rot_days, self.probability, self.stage_id)


@dataclass
class PipelineDraft:
    pipeline_id: int | None
    name: str
    kind: str
    stages: list[StageDraft]
    removals: list[StageRemoval] = field(default_factory=list)
    original: PipelinePlan | None = None  # as loaded; None for a new pipeline

    @classmethod
    def of(cls, info: PipelineInfo, counts: EditorCounts) -> PipelineDraft:
        stages = [
            StageDraft(
                f"s{s.id}",
                s.name,
                s.rot_days,
                s.probability,
                s.id,
                counts.held.get(s.id, 0),
                counts.open.get(s.id, 0),
            )
            for s in info.stages
        ]
        draft = cls(info.id, info.name, info.kind, stages)
        draft.original = draft.plan()
        return draft

    def plan(self) -> PipelinePlan:
        return PipelinePlan(
            self.pipeline_id,
            self.name,
            self.kind,
            tuple(s.plan() for s in self.stages),
            tuple(self.removals),
        )

    @property
    def changed(self) -> bool:
        return self.original is None or self.plan() != self.original

    def remove(self, row: int, move_to: StageDraft | None) -> None:
        """Take out a stage; its deals (and any that earlier removals sent to
        it) go to `move_to`, so every deal moves once, straight to where it ends."""
        stage = self.stages.pop(row)
        target = move_to.key if move_to is not None else None
        self.removals = [
            StageRemoval(r.stage_id, r.name, target) if r.move_to == stage.key else r
            for r in self.removals
        ]
        if move_to is not None:
            move_to.deals += stage.deals
            move_to.open_deals += stage.open_deals
        if stage.stage_id is not None:
            self.removals.append(StageRemoval(stage.stage_id, stage.name, target))


class StagesModel(ReorderRows, QAbstractTableModel):
    MIME_TYPE = "application/x-funnel-stage-rows"

    """One row per stage of the draft, in pipeline order."""

    problem = Signal(str)  # a change refused, in words for the person

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft: PipelineDraft | None = None

    def set_draft(self, draft: PipelineDraft | None) -> None:
        self.beginResetModel()
        self.draft = draft
        self.endResetModel()

    @property
    def stages(self) -> list[StageDraft]:
        return self.draft.stages if self.draft is not None else []

    def _ordered_rows(self) -> list[StageDraft]:
        return self.stages

    def stage(self, row: int) -> StageDraft:
        return self.stages[row]

    # reading ---------------------------------------------------------------
    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.stages)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = (
                Qt.AlignmentFlag.AlignLeft
                if section == Column.NAME
                else Qt.AlignmentFlag.AlignRight
            )
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.NAME: self.tr("Stage"),
                Column.ROT_DAYS: self.tr("Stalled after"),
                Column.PROBABILITY: self.tr("Probability"),
                Column.DEALS: self.tr("Open deals"),
            }[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                Column.NAME: None,
                Column.ROT_DAYS: self.tr("A deal longer than this in the stage is stalled"),
                Column.PROBABILITY: self.tr("The chance a deal in this stage is won"),
                Column.DEALS: self.tr("Open deals in the stage now"),
            }[Column(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        stage = self.stages[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.NAME:
                return stage.name
            if column == Column.ROT_DAYS:
                if stage.rot_days is None:
                    return self.tr("never")
                return self.tr("%n day(s)", "", stage.rot_days)
            if column == Column.PROBABILITY:
                return self.tr("%1 %").replace("%1", str(stage.probability))
            return str(stage.open_deals)
        if role == Qt.ItemDataRole.EditRole:
            if column == Column.NAME:
                return stage.name
            if column == Column.ROT_DAYS:
                return stage.rot_days or 0
            if column == Column.PROBABILITY:
                return stage.probability
            return stage.deals
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.DEALS:
            closed = stage.deals - stage.open_deals
            return (
                self.tr("%n open", "", stage.open_deals)
                + " · "
                + self.tr(
                    "%n won, lost or archived (they move too if the stage is removed)", "", closed
                )
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column != Column.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == Column.DEALS
            and not stage.open_deals
        ):
            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():  # drops land between rows, never on one
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() != Column.DEALS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # editing ---------------------------------------------------------------
    def name_taken(self, name: str, skip: StageDraft | None = None) -> bool:
        key = name.strip().casefold()
        return any(s.name.casefold() == key for s in self.stages if s is not skip)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        stage = self.stages[index.row()]
        column = Column(index.column())
        if column == Column.NAME:
            name = str(value or "").strip()
            if not name:
                self.problem.emit(self.tr("A stage needs a name."))
                return False
            if self.name_taken(name, skip=stage):
                self.problem.emit(
                    self.tr("This pipeline already has a stage named «%1».").replace("%1", name)
                )
                return False
            stage.name = name
        elif column == Column.ROT_DAYS:
            days = int(value or 0)
            stage.rot_days = days if days > 0 else None
        elif column == Column.PROBABILITY:
            stage.probability = max(0, min(100, int(value)))
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def insert_stage(self, row: int, stage: StageDraft) -> QModelIndex:
        self.beginInsertRows(QModelIndex(), row, row)
        self.stages.insert(row, stage)
        self.endInsertRows()
        return self.index(row, Column.NAME)

    def remove_stage(self, row: int, move_to: StageDraft | None) -> None:
        assert self.draft is not None
        self.beginRemoveRows(QModelIndex(), row, row)
        self.draft.remove(row, move_to)
        self.endRemoveRows()
        self.dataChanged.emit(
            self.index(0, Column.DEALS), self.index(self.rowCount() - 1, Column.DEALS)
        )


class SpinDelegate(QStyledItemDelegate):
    """Edits a whole number in place; `special` is shown for the minimum."""

    def __init__(
        self,
        minimum: int,
        maximum: int,
        *,
        special: str = "",
        suffix: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._range = (minimum, maximum)
        self._special = special
        self._suffix = suffix

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QSpinBox(parent)
        box.setRange(*self._range)
        box.setSpecialValueText(self._special)
        box.setSuffix(self._suffix)
        box.setAlignment(Qt.AlignmentFlag.AlignRight)
        box.setFrame(False)
        box.setAutoFillBackground(True)  # the cell's own text must not show through
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class StagesView(QTableView):
    """Stages in order; drag a row up or down to reorder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        # DragDrop rather than InternalMove: the model only accepts its own
        # mime type, so only rows of this table can be dropped, and a drop
        # does not depend on where the drag started (tests post drag events).
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)

    def setModel(self, model) -> None:  # type: ignore[override]
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (Column.ROT_DAYS, Column.PROBABILITY, Column.DEALS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 120 if column != Column.DEALS else 70)

    def startDrag(self, supported_actions: Qt.DropAction) -> None:
        start_move_drag(self, self.selectionModel().selectedRows())
