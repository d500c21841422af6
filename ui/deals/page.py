"""The Deals page: every deal across pipelines in a sortable, filterable table,
with a bulk move of the selected deals to a stage and a bulk "Assign to…"
another owner, each one undo step confirmed by the undo bar."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from funnel.deals.rows import DealFilters
from funnel.deals.totals import deal_totals
from funnel.errors import FunnelError
from funnel.owners import list_owners
from funnel.pipeline.pipelines import PipelineInfo, list_pipelines
from funnel.store.firststart import has_deals
from ui.context import AppContext, Changes
from ui.deals.assign_dialog import AssignDialog, assign_deals
from ui.deals.model import DealsModel
from ui.deals.table import ColumnSettings, ListTableView
from ui.i18n import money_text
from ui.lists.empty import deals_empty_state
from ui.lists.undo_bar import UndoBar
from ui.messages import show_error
from ui.operations.deals import DealActions

# A bulk move writes one history row per deal in one transaction; past this many
# a slip of Ctrl+A would rewrite the whole funnel, so it is refused.
MAX_BULK_MOVE = 5000
FILTER_DELAY_MS = 250


class DealsPage(QWidget):
    open_deal_requested = Signal(int, list)  # deal id, the ids in the list's order
    # A pipeline the person chose in the filter: the window's toolbar follows,
    # so the two never name different pipelines ("All pipelines" widens the
    # list only; the toolbar keeps the pipeline new deals go into).
    pipeline_chosen = Signal(int)

    def __init__(self, ctx: AppContext, actions: DealActions, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.deal_actions = actions
        self._stale = False
        self._following = False  # set_pipeline is choosing, not the person
        self._pipelines: list[PipelineInfo] = []
        self.move_menu: QMenu | None = None
        self.context_menu: QMenu | None = None
        self.assign_dialog: AssignDialog | None = None
        self._build_table()
        bar = self._build_filter_bar()
        self.empty_label = QLabel(self.tr("No deals match these filters."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)
        self.first_empty = deals_empty_state(self)
        self.stack.addWidget(self.first_empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("dealsTotals")
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals_label.setWordWrap(True)
        layout.addWidget(self.totals_label)
        self.undo_bar = UndoBar(actions.undo_stack, self)
        layout.addWidget(self.undo_bar)
        self._totals_for: DealFilters | None = None  # the filters the totals row shows
        self._connect()

        self._load_choices()
        self.model.filters = self._filters()
        # Enabling sorting sorts by the remembered column, which loads the list.
        self.view.setSortingEnabled(True)
        self._update_count()

    # building -----------------------------------------------------------------------
    def _build_table(self) -> None:
        """The lazy table and its remembered columns."""
        self.model = DealsModel(self.ctx, self)
        self.view = ListTableView()
        self.view.setObjectName("dealsTable")
        self.view.setModel(self.model)
        self.model.set_palette(self.view.palette())
        self.columns = ColumnSettings(
            self.view,
            "deals/columns",
            hidden_by_default={"created", "lost_reason", "won_on", "lost_on"},
            sort=("stage", Qt.SortOrder.AscendingOrder),
        )

    def _build_filter_bar(self) -> QHBoxLayout:
        """Pipeline, stage, status, owner, text; the count and "Move to stage…"."""
        self.pipeline_box = QComboBox()
        self.pipeline_box.setObjectName("pipelineFilter")
        self.stage_box = QComboBox()
        self.stage_box.setObjectName("stageFilter")
        self.status_box = QComboBox()
        self.status_box.setObjectName("statusFilter")
        for label, key in (
            (self.tr("Open"), "open"),
            (self.tr("Won"), "won"),
            (self.tr("Lost"), "lost"),
            (self.tr("Archived"), "archived"),
            (self.tr("All statuses"), "all"),
        ):
            self.status_box.addItem(label, key)
        self.owner_box = QComboBox()
        self.owner_box.setObjectName("ownerFilter")
        self.text_box = QLineEdit()
        self.text_box.setObjectName("textFilter")
        self.text_box.setPlaceholderText(self.tr("Filter by title, client, phone or e-mail"))
        self.text_box.setClearButtonEnabled(True)
        self.text_box.setMinimumWidth(180)
        self.move_button = QPushButton(self.tr("Move to stage…"))
        self.move_button.setObjectName("moveButton")
        self.move_button.setEnabled(False)
        self.assign_button = QPushButton(self.tr("Assign to…"))
        self.assign_button.setObjectName("assignButton")
        self.assign_button.setToolTip(self.tr("Give the selected deals to another owner"))
        self.assign_button.setEnabled(False)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        for box in (self.pipeline_box, self.stage_box, self.status_box, self.owner_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            bar.addWidget(box)
        bar.addWidget(self.text_box, 1)
        # The count is in the totals row under the table: the bar keeps its
        # width for the filter and the two bulk actions (Russian at 1280 px).
        bar.addSpacing(12)
        for button in (self.move_button, self.assign_button):
            button.setMinimumWidth(button.sizeHint().width())  # the filter gives way
            bar.addWidget(button)
        return bar

    def _connect(self) -> None:
        self._text_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._text_timer.timeout.connect(self._apply_filters)
        self.text_box.textChanged.connect(lambda _: self._text_timer.start())
        self.text_box.returnPressed.connect(self._apply_filters)
        self.pipeline_box.currentIndexChanged.connect(self._pipeline_chosen)
        for box in (self.stage_box, self.status_box, self.owner_box):
            box.currentIndexChanged.connect(self._apply_filters)
        self.move_button.clicked.connect(self._show_move_menu)
        self.assign_button.clicked.connect(self.assign_selected)
        self.view.row_activated.connect(self._open)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_context_menu)
        self.model.modelReset.connect(self._update_count)
        self.ctx.changed.connect(self._on_changed)

    # main window hooks --------------------------------------------------------------
    def nav_title(self) -> str:
        return self.tr("Deals")

    def nav_icon(self) -> QIcon:
        fallback = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        return QIcon.fromTheme("view-list-details", fallback)

    def set_pipeline(self, pipeline_id: int | None) -> None:
        """Follow the window's pipeline selector; "all pipelines" stays a click away."""
        index = self.pipeline_box.findData(pipeline_id)
        if index >= 0:
            self._following = True
            try:
                self.pipeline_box.setCurrentIndex(index)
            finally:
                self._following = False

    # filters ----------------------------------------------------------------------
    def _load_choices(self) -> None:
        """Fill the pipeline, stage and owner boxes, keeping what is chosen."""
        self._pipelines = self.ctx.read(list_pipelines)
        owners = self.ctx.read(list_owners)
        chosen_pipeline = self.pipeline_box.currentData()
        chosen_stage = self.stage_box.currentData()
        chosen_owner = self.owner_box.currentData()
        boxes = (self.pipeline_box, self.stage_box, self.owner_box)
        for box in boxes:
            box.blockSignals(True)
        self.pipeline_box.clear()
        self.pipeline_box.addItem(self.tr("All pipelines"), None)
        for p in self._pipelines:
            self.pipeline_box.addItem(p.name, p.id)
        self.pipeline_box.setCurrentIndex(max(0, self.pipeline_box.findData(chosen_pipeline)))
        self._fill_stages(chosen_stage)
        self.owner_box.clear()
        self.owner_box.addItem(self.tr("All owners"), None)
        for o in owners:
            self.owner_box.addItem(o.name, o.id)
        self.owner_box.setCurrentIndex(max(0, self.owner_box.findData(chosen_owner)))
        # With one owner the filter could only repeat "everything".
        self.owner_box.setVisible(len(owners) > 1 or chosen_owner is not None)
        self.assign_button.setVisible(len(owners) > 1)  # nobody else to give deals to
        for box in boxes:
            box.blockSignals(False)

    def _fill_stages(self, chosen: int | None) -> None:
        """The stages of the chosen pipeline; none to choose from across pipelines."""
        pipeline_id = self.pipeline_box.currentData()
        blocked = self.stage_box.blockSignals(True)
        self.stage_box.clear()
        self.stage_box.addItem(self.tr("All stages"), None)
        pipeline = next((p for p in self._pipelines if p.id == pipeline_id), None)
        for stage in pipeline.stages if pipeline else ():
            self.stage_box.addItem(stage.name, stage.id)
        self.stage_box.setCurrentIndex(max(0, self.stage_box.findData(chosen)))
        self.stage_box.setEnabled(pipeline is not None)
        self.stage_box.blockSignals(blocked)

    def _pipeline_chosen(self) -> None:
        self._fill_stages(None)
        self._apply_filters()
        chosen = self.pipeline_box.currentData()
        if chosen is not None and not self._following:
            self.pipeline_chosen.emit(chosen)

    def _filters(self) -> DealFilters:
        return DealFilters(
            pipeline_id=self.pipeline_box.currentData(),
            stage_id=self.stage_box.currentData(),
            status=self.status_box.currentData() or "open",
            owner_id=self.owner_box.currentData(),
            text=self.text_box.text(),
        )

    def _apply_filters(self) -> None:
        self._text_timer.stop()
        self.model.set_filters(self._filters())
        self._update_count()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        empty = self.empty_label if n or self.ctx.read(has_deals) else self.first_empty
        self.stack.setCurrentWidget(self.view if n else empty)
        self._update_totals()

    def _update_totals(self) -> None:
        """The row under the table: count and value per currency of every deal
        the filters match (not only the rows scrolled into view)."""
        filters = self.model.filters
        self.totals_label.setVisible(self.model.rowCount() > 0)
        if filters == self._totals_for or not self.model.rowCount():
            return
        self._totals_for = filters
        totals = self.ctx.read(deal_totals, filters=filters)
        money = " · ".join(money_text(t.value, t.currency, whole=True) for t in totals.totals)
        self.totals_label.setText(
            self.tr("Total: %Ln deal(s)", "", totals.count) + (f" · {money}" if money else "")
        )

    # refreshing --------------------------------------------------------------------
    @staticmethod
    def _concerns(changes: Changes) -> bool:
        return bool(
            changes.everything
            or changes.deals
            or changes.clients
            or changes.pipelines
            or changes.stages
        )

    def _on_changed(self, changes: Changes) -> None:
        if not self._concerns(changes):
            return
        if changes.everything or changes.stages or changes.pipelines:
            self._load_choices()
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # a hidden list catches up when it is shown

    def refresh(self) -> None:
        self._stale = False
        self._totals_for = None  # values may have changed under the same filters
        self.model.filters = self._filters()
        self.model.reload()
        self._update_count()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # opening -----------------------------------------------------------------------
    def _open(self, deal_id: int) -> None:
        self.open_deal_requested.emit(deal_id, self.model.ids())

    # moving ------------------------------------------------------------------------
    def _selection_changed(self) -> None:
        selected = self.view.selectionModel().hasSelection()
        self.move_button.setEnabled(selected)
        self.assign_button.setEnabled(selected)

    def _build_move_menu(self, menu: QMenu) -> None:
        """The stages of the selected deals' pipeline(s), then the other pipelines."""
        ids = self.view.selected_ids()
        if len(ids) > MAX_BULK_MOVE:
            note = menu.addAction(
                self.tr("Select at most %n deals to move at once", "", MAX_BULK_MOVE)
            )
            note.setEnabled(False)
            return
        rows = self.view.selectionModel().selectedRows()
        deals = self.model.rows_for([i.row() for i in rows])
        pipeline_ids = {d.pipeline_id for d in deals}
        # The stage every selected deal is open in already is no move at all.
        stage_ids = {d.stage_id for d in deals}
        all_open = all(d.status == "open" for d in deals)
        same_stage = stage_ids if all_open and len(stage_ids) == 1 else set()
        ours = [p for p in self._pipelines if p.id in pipeline_ids]
        others = [p for p in self._pipelines if p.id not in pipeline_ids]

        def add_stages(target: QMenu, pipeline: PipelineInfo) -> None:
            for stage in pipeline.stages:
                action = target.addAction(stage.name)
                action.setEnabled(stage.id not in same_stage)
                action.triggered.connect(lambda _=False, s=stage.id: self.move_selected(s))

        if len(ours) == 1:
            add_stages(menu, ours[0])
        else:
            for pipeline in ours:
                add_stages(menu.addMenu(pipeline.name), pipeline)
        if others:
            menu.addSeparator()
            for pipeline in others:
                add_stages(menu.addMenu(pipeline.name), pipeline)

    def _show_move_menu(self) -> None:
        if not self.view.selectionModel().hasSelection():
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._build_move_menu(menu)
        self.move_menu = menu
        menu.popup(self.move_button.mapToGlobal(QPoint(0, self.move_button.height())))

    def _show_context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_action = menu.addAction(self.tr("Open deal"))
        open_action.triggered.connect(lambda: self._open(self.model.id_at(index.row())))
        self._build_move_menu(menu.addMenu(self.tr("Move to stage")))
        if self.assign_button.isVisibleTo(self):
            menu.addAction(self.tr("Assign to…"), self.assign_selected)
        self.context_menu = menu
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def move_selected(self, stage_id: int) -> None:
        """Move the selected deals to a stage: one transaction, one undo step."""
        ids = self.view.selected_ids()
        if not ids:
            return
        stack = self.deal_actions.undo_stack
        before = stack.index()
        try:
            self.deal_actions.move(ids, stage_id)
        except FunnelError as exc:
            show_error(self, exc)
            return
        if stack.index() > before:
            step = stack.undoText()  # worded for "Undo …": on its own it starts a sentence
            self.undo_bar.show_step(step[:1].upper() + step[1:])

    # assigning ----------------------------------------------------------------------
    def assign_selected(self) -> None:
        """Assign to…: the selected deals to the owner chosen in the dialog."""
        rows = self.model.rows_for([i.row() for i in self.view.selectionModel().selectedRows()])
        self.assign_dialog = assign_deals(
            self,
            self.ctx,
            self.deal_actions,
            self.view.selected_ids(),
            owners_now={d.owner_id for d in rows},
            done=self._assigned,
        )

    def _assigned(self, handed: tuple, owner: str) -> None:
        if handed:
            text = self.tr("%n deal(s) assigned to %1", "", len(handed))
            self.undo_bar.show_step(text.replace("%1", owner))
