"""The pipeline editor: pipelines and their stages, edited as drafts and
applied together on OK, in one transaction; Cancel leaves everything as it was.

Every pipeline touched while the dialog is open is applied, so a person may
rename one, switch to another and reorder its stages, then press OK once.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from funnel.errors import FunnelError
from funnel.pipeline.edits import apply_pipeline_plans, check_plan, pipelines_for_editor
from funnel.store.models import PipelineKind
from ui.context import AppContext, Changes
from ui.deal_card.fields import FieldError
from ui.deal_card.format import muted
from ui.messages import error_text, show_error
from ui.operations.core import run_write
from ui.pipeline_editor.dialogs import MoveDealsDialog, PipelineNameDialog, kind_names
from ui.pipeline_editor.model import (
    Column,
    PipelineDraft,
    SpinDelegate,
    StageDraft,
    StagesModel,
    StagesView,
)

MAX_ROT_DAYS = 3650


class PipelineEditor(QDialog):
    """Edit pipelines; opens on `pipeline_id` (default: the first one).
    `applied(pipeline_id)` tells which pipeline was shown when OK was pressed."""

    applied = Signal(int)

    def __init__(
        self, ctx: AppContext, pipeline_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("pipelineEditor")
        self.setWindowTitle(self.tr("Edit pipelines"))
        self.setMinimumSize(680, 460)
        self._new_keys = 0
        pipelines, counts = ctx.read(pipelines_for_editor)
        self.drafts = [PipelineDraft.of(p, counts) for p in pipelines]
        self._build()
        start = next((i for i, d in enumerate(self.drafts) if d.pipeline_id == pipeline_id), 0)
        self._fill_pipelines(start)

    # building --------------------------------------------------------------
    def _build(self) -> None:
        self.pipeline_box = QComboBox()
        self.pipeline_box.setObjectName("pipelineBox")
        self.pipeline_box.setMinimumWidth(240)
        self.pipeline_box.currentIndexChanged.connect(self._show_pipeline)
        self.new_pipeline_button = QPushButton(self.tr("New pipeline…"))
        self.rename_pipeline_button = QPushButton(self.tr("Rename…"))
        self.new_pipeline_button.clicked.connect(self._new_pipeline)
        self.rename_pipeline_button.clicked.connect(self._rename_pipeline)
        self.kind_label = QLabel()
        palette = self.kind_label.palette()
        palette.setColor(self.kind_label.foregroundRole(), muted(self.palette()))
        self.kind_label.setPalette(palette)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pipeline:")))
        top.addWidget(self.pipeline_box, 1)
        top.addWidget(self.new_pipeline_button)
        top.addWidget(self.rename_pipeline_button)

        self.model = StagesModel(self)
        self.model.problem.connect(self._show_problem)
        self.model.dataChanged.connect(lambda *_: self.problem.clear())
        self.view = StagesView()
        self.view.setObjectName("stagesView")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(
            Column.ROT_DAYS,
            SpinDelegate(
                0, MAX_ROT_DAYS, special=self.tr("never"), suffix=self.tr(" days"), parent=self.view
            ),
        )
        self.view.setItemDelegateForColumn(
            Column.PROBABILITY, SpinDelegate(0, 100, suffix=self.tr(" %"), parent=self.view)
        )
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.rowsMoved.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)

        icon = self.style().standardIcon
        self.add_button = QPushButton(self.tr("Add stage"))
        self.remove_button = QPushButton(self.tr("Remove stage…"))
        self.up_button = QPushButton(icon(QStyle.StandardPixmap.SP_ArrowUp), self.tr("Move up"))
        self.down_button = QPushButton(
            icon(QStyle.StandardPixmap.SP_ArrowDown), self.tr("Move down")
        )
        self.add_button.clicked.connect(self._add_stage)
        self.remove_button.clicked.connect(self._remove_stage)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        side = QVBoxLayout()
        for button in (self.add_button, self.remove_button):
            side.addWidget(button)
        side.addSpacing(16)
        for button in (self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)
        for button in (
            self.new_pipeline_button,
            self.rename_pipeline_button,
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            button.setAutoDefault(False)
        QShortcut(QKeySequence("Ctrl+Up"), self.view, activated=lambda: self._move(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self.view, activated=lambda: self._move(1))

        middle = QHBoxLayout()
        middle.addWidget(self.view, 1)
        middle.addLayout(side)

        hint = QLabel(
            self.tr(
                "Drag stages (or use Move up/down) to change their order. Double-click a cell "
                "to edit it. Changes are saved when you press OK."
            )
        )
        hint.setWordWrap(True)
        hint.setPalette(palette)
        self.problem = FieldError()
        self.problem.setObjectName("problem")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.kind_label)
        layout.addLayout(middle, 1)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    # pipelines ---------------------------------------------------------------
    def current_draft(self) -> PipelineDraft | None:
        row = self.pipeline_box.currentIndex()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    def _fill_pipelines(self, current: int) -> None:
        self.pipeline_box.blockSignals(True)
        self.pipeline_box.clear()
        for draft in self.drafts:
            self.pipeline_box.addItem(draft.name)
        self.pipeline_box.setCurrentIndex(current)
        self.pipeline_box.blockSignals(False)
        self._show_pipeline(current)

    def _show_pipeline(self, row: int) -> None:
        draft = self.current_draft()
        self.model.set_draft(draft)
        self.problem.clear()
        if draft is not None:
            self.kind_label.setText(kind_names().get(draft.kind, draft.kind))
            if self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(0, Column.NAME))
        self._update_buttons()

    def _name_taken(self, name: str, skip: PipelineDraft | None = None) -> bool:
        key = name.strip().casefold()
        return any(d.name.casefold() == key for d in self.drafts if d is not skip)

    def _new_pipeline(self) -> None:
        dialog = PipelineNameDialog(
            self.tr("New pipeline"), "", self._name_taken, ask_kind=True, parent=self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        future = dialog.kind() == PipelineKind.FUTURE
        first = StageDraft(
            self._new_key(),
            self.tr("Parked") if future else self.tr("New lead"),
            None if future else 3,
            5 if future else 10,
        )
        self.drafts.append(PipelineDraft(None, dialog.name(), dialog.kind(), [first]))
        self._fill_pipelines(len(self.drafts) - 1)

    def _rename_pipeline(self) -> None:
        draft = self.current_draft()
        if draft is None:
            return
        dialog = PipelineNameDialog(
            self.tr("Rename pipeline"),
            draft.name,
            lambda name: self._name_taken(name, skip=draft),
            ask_kind=False,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            draft.name = dialog.name()
            self.pipeline_box.setItemText(self.pipeline_box.currentIndex(), draft.name)

    # stages ------------------------------------------------------------------
    def _new_key(self) -> str:
        self._new_keys += 1
        return f"new{self._new_keys}"

    def _current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, Column.NAME)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _add_stage(self) -> None:
        if self.model.draft is None:
            return
        base = self.tr("New stage")
        name, n = base, 2
        while self.model.name_taken(name):
            name, n = f"{base} {n}", n + 1
        row = self._current_row() + 1 if self._current_row() >= 0 else self.model.rowCount()
        index = self.model.insert_stage(row, StageDraft(self._new_key(), name, None, 0))
        self._select_row(row)
        self.view.edit(index)

    def _remove_stage(self) -> None:
        row = self._current_row()
        if row < 0:
            return
        if self.model.rowCount() == 1:
            self._show_problem(self.tr("A pipeline keeps at least one stage."))
            return
        stage = self.model.stage(row)
        target = None
        if stage.deals:
            others = [s for s in self.model.stages if s is not stage]
            dialog = MoveDealsDialog(stage, others, self)
            # The next stage is where the deals were heading anyway.
            dialog.target_box.setCurrentIndex(min(row, len(others) - 1))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            target = dialog.target()
        self.model.remove_stage(row, target)
        self._select_row(min(row, self.model.rowCount() - 1))

    def _move(self, step: int) -> None:
        row = self._current_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        # Qt counts the destination before the moving row is taken out.
        destination = target + 1 if step > 0 else target
        if self.model.moveRows(QModelIndex(), row, 1, QModelIndex(), destination):
            self._select_row(target)

    def _update_buttons(self, *_args) -> None:
        row = self._current_row()
        rows = self.model.rowCount()
        self.remove_button.setEnabled(row >= 0 and rows > 1)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < rows - 1)
        self.rename_pipeline_button.setEnabled(self.current_draft() is not None)

    def _show_problem(self, text: str) -> None:
        self.problem.show_message(text)

    # applying ------------------------------------------------------------------
    def changed_drafts(self) -> list[PipelineDraft]:
        return [d for d in self.drafts if d.changed]

    def accept(self) -> None:
        drafts = self.changed_drafts()
        try:
            for draft in drafts:
                check_plan(draft.plan())
        except FunnelError as exc:
            self._show_problem(error_text(exc))
            return
        current = self.current_draft()
        if drafts:
            try:
                ids = run_write(
                    self.ctx,
                    apply_pipeline_plans,
                    [d.plan() for d in drafts],
                    now=self.ctx.now(),
                    changes=lambda ids: Changes(stages=True, pipelines=frozenset(ids)),
                )
            except FunnelError as exc:
                show_error(self, exc)
                return
            for draft, pipeline_id in zip(drafts, ids, strict=True):
                draft.pipeline_id = pipeline_id
        super().accept()
        if current is not None and current.pipeline_id is not None:
            self.applied.emit(current.pipeline_id)

    def reject(self) -> None:
        if self.changed_drafts():
            answer = QMessageBox.question(
                self,
                self.tr("Discard changes"),
                self.tr("Discard the changes to the pipelines?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
