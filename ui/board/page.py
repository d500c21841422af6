"""The board page: one column per stage of the chosen pipeline.

Data flow: `funnel.pipeline.board.load_board` gives the headers and every card in one
read; after that the page listens to `ctx.changed` and, for a move, re-reads
only the cards of the deals that changed and slots them into their columns,
so a drag never reloads 10,000 cards.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from funnel.owners import list_owners
from funnel.pipeline.board import (
    BoardColumn,
    BoardFilters,
    board_cards,
    board_columns,
    load_board,
    recount_columns,
)
from funnel.pipeline.future import is_future, load_future_board
from funnel.rates import home_total
from ui.board import future
from ui.board.column import ColumnWidget
from ui.board.delegate import CardDelegate
from ui.board.drop_zones import DropZoneBar
from ui.board.empty import board_empty_overlay
from ui.board.filters import FilterBar
from ui.board.moving import BoardMoves
from ui.board.selection import BoardSelection
from ui.board.undo_feedback import BoardUndo
from ui.board.view import BoardListView
from ui.context import AppContext, Changes
from ui.deals.lost_reason_dialog import LostReasonDialog
from ui.deals.park_dialog import ParkDialog, StageMenu, park_shortcut_text
from ui.i18n import money_short, number_text
from ui.operations.deals import DealActions
from ui.rates_text import converted_text, converted_tooltip

# Moving a deal a stage along is the board's most frequent keyboard action.
# Alt+arrows rather than Ctrl+] / Ctrl+[: arrows sit in the same place on a
# Russian or Brazilian keyboard, brackets do not.
NEXT_STAGE_KEY = QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right)
PREVIOUS_STAGE_KEY = QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left)
PARK_KEY = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_P)  # "not ready this month"
DAY_CHECK_MS = 5 * 60 * 1000


class BoardPage(BoardMoves, BoardUndo, BoardSelection, QWidget):
    open_deal_requested = Signal(int, list)

    def __init__(self, ctx: AppContext, actions: DealActions, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("boardPage")
        self.ctx = ctx
        self.deal_actions = actions
        self.pipeline_id: int | None = None
        self.columns: list[ColumnWidget] = []  # the shown ones, in stage order
        self._pool: list[ColumnWidget] = []
        self._summaries: list[BoardColumn] = []
        self._dirty = False
        # At start-up (ui/startup.py) the cards are read once the window has
        # painted: None once they have been, else whether a read is waiting.
        self._first_read: bool | None = False if getattr(ctx, "defer_first_board", False) else None
        self.lost_dialog: LostReasonDialog | None = None
        self.park_dialog: ParkDialog | None = None
        self.stage_menu: StageMenu | None = None
        self.future_mode = False  # a Future-sales pipeline: columns are return buckets
        self._loaded_pipeline: int | None = None  # the pipeline the columns show
        self.delegate = CardDelegate(ctx.today, self)

        self.filter_bar = FilterBar(self)
        self.filter_bar.changed.connect(self.reload)

        self.lanes = QWidget()
        self.lanes.setObjectName("boardLanes")
        self.lanes_layout = QHBoxLayout(self.lanes)
        self.lanes_layout.setContentsMargins(12, 6, 12, 12)
        self.lanes_layout.setSpacing(10)
        self.empty_label = QLabel(self.tr("This pipeline has no stages yet."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)
        self.empty_label.hide()
        self.lanes_layout.addWidget(self.empty_label, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("boardScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.lanes)
        self.empty_overlay = board_empty_overlay(self, self.scroll_area)
        # Under the per-currency totals: one home-currency figure when exchange
        # rates cover every currency, else which ones have none.
        self.converted_label = QLabel()
        self.converted_label.setObjectName("boardConverted")
        self.converted_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.converted_label.setContentsMargins(12, 0, 12, 0)
        self.converted_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.converted_label)
        layout.addWidget(self.scroll_area, 1)
        self._watch_undo()
        layout.addWidget(self.undo_bar)

        self.drop_zones = DropZoneBar(self)
        self.drop_zones.dropped.connect(self._dropped_on_zone)

        self._make_actions()
        self._headers_timer = QTimer(self)
        self._headers_timer.setSingleShot(True)
        self._headers_timer.timeout.connect(self._refresh_headers)
        # Days in stage and stall marks age at midnight; the app stays open for days.
        self._loaded_day = ctx.today()
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start()
        ctx.changed.connect(self._on_changed)

    # the page contract -----------------------------------------------------------
    def nav_title(self) -> str:
        return self.tr("Board")

    def nav_icon(self) -> QIcon:
        return QIcon.fromTheme(
            "view-grid", self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        )

    def set_pipeline(self, pipeline_id: int | None) -> None:
        if pipeline_id == self.pipeline_id and not self._dirty:
            return
        self.pipeline_id = pipeline_id
        self.reload()

    # actions ---------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], None], key: QKeySequence | None = None):
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.open_action = self._action(self.tr("Open"), self.open_selected)
        self.open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # shown only
        self.next_stage_action = self._action(
            self.tr("Move to next stage"), lambda: self.move_selected_by(1), NEXT_STAGE_KEY
        )
        self.previous_stage_action = self._action(
            self.tr("Move to previous stage"), lambda: self.move_selected_by(-1), PREVIOUS_STAGE_KEY
        )
        self.won_action = self._action(self.tr("Won"), lambda: self._close_selected("won"))
        self.lost_action = self._action(self.tr("Lost…"), lambda: self._close_selected("lost"))
        self.archive_action = self._action(
            self.tr("Archive"), lambda: self._close_selected("archive")
        )
        self.park_action = self._action(park_shortcut_text(), self.park_selected, PARK_KEY)
        self.unpark_action = self._action(
            self.tr("Back to pipeline"), lambda: self.unpark_selected()
        )

    # loading ---------------------------------------------------------------------
    def reload(self) -> None:
        """Read the whole board again (pipeline switch, filters, big changes)."""
        self._dirty = False
        self.empty_overlay.set_visible(False)
        if self.pipeline_id is None:
            self._set_columns([])
            return
        if self._first_read is not None:
            self._defer_first_read()
            return
        switched = self.pipeline_id != self._loaded_pipeline
        self._loaded_pipeline = self.pipeline_id
        selected = None if switched else self.selected_deal_id()
        filters = self.filter_bar.filters()
        self._loaded_day = self.ctx.today()
        self.future_mode = self.ctx.read(is_future, self.pipeline_id)
        try:
            if self.future_mode:
                self._reload_future(selected, filters)
            else:
                self._reload_stages(selected, filters)
        finally:
            if switched:
                self._scroll_to_start()

    def _scroll_to_start(self) -> None:
        """Another pipeline opens at the top of every column and at its first
        stage: the column widgets are reused, and would keep the scroll of the
        pipeline shown before (a card selected low in a column, say)."""
        for column in self.columns:
            column.view.scrollToTop()
        self.scroll_area.horizontalScrollBar().setValue(0)

    def _reload_stages(self, selected: int | None, filters: BoardFilters) -> None:
        """A sales pipeline: one column per stage."""
        assert self.pipeline_id is not None
        self.delegate.returns = {}
        board = self.ctx.read(load_board, self.pipeline_id, today=self._loaded_day, filters=filters)
        self.empty_overlay.set_visible(not board.cards and not filters.active)
        owners = self.ctx.read(list_owners)
        self.filter_bar.blockSignals(True)
        self.filter_bar.set_owners(owners)
        self.filter_bar.blockSignals(False)
        self.delegate.show_owner = len(owners) > 1
        # One paint for the whole new board, not one per column and label change.
        self.lanes.setUpdatesEnabled(False)
        try:
            self._set_columns(board.columns)
            by_stage: dict[int, list] = {c.stage_id: [] for c in self.columns}
            for card in board.cards:
                by_stage.setdefault(card.stage_id, []).append(card)
            for column in self.columns:
                column.model.set_cards(by_stage[column.stage_id])
                # Lay the cards out now rather than on the view's next timer,
                # which would paint the board a second time.
                column.view.doItemsLayout()
            self._show_headers(board.columns)
        finally:
            self.lanes.setUpdatesEnabled(True)
        if selected is not None:
            self.select_deal(selected, focus=False)

    def _defer_first_read(self) -> None:
        """The start-up's first load: the stage columns and their totals now
        (one grouped query), the cards after the window's first paint."""
        assert self.pipeline_id is not None
        self._first_read = True
        if not self.ctx.read(is_future, self.pipeline_id):
            columns = self.ctx.read(board_columns, self.pipeline_id, today=self.ctx.today())
            self._set_columns(columns)
            self._show_headers(columns)
        self.update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._first_read:
            self._first_read = None
            QTimer.singleShot(0, self.reload)

    def _reload_future(self, selected: int | None, filters: BoardFilters) -> None:
        """A Future-sales pipeline: one column per return bucket (see `future`)."""
        assert self.pipeline_id is not None
        board = self.ctx.read(
            load_future_board, self.pipeline_id, today=self._loaded_day, filters=filters
        )
        self.filter_bar.blockSignals(True)
        self.filter_bar.set_owners(self.ctx.read(list_owners))
        self.filter_bar.blockSignals(False)
        self.delegate.returns = board.returns
        summaries = future.bucket_columns(board)
        self.lanes.setUpdatesEnabled(False)
        try:
            self._set_columns(summaries)
            for column, summary, group, cards in zip(
                self.columns, summaries, board.groups, board.cards, strict=True
            ):
                column.model.set_cards(cards)
                column.view.doItemsLayout()
                future.show_bucket(column, summary, group)
            self._summaries = summaries
            self.filter_bar.summary_label.setText(future.summary_text(summaries))
            self.converted_label.hide()
        finally:
            self.lanes.setUpdatesEnabled(True)
        if selected is not None:
            self.select_deal(selected, focus=False)

    def _set_columns(self, summaries: list[BoardColumn]) -> None:
        """One column per stage. Column widgets are kept and reused across
        pipelines (a switch re-labels them instead of building new ones)."""
        for i, summary in enumerate(summaries):
            if i == len(self._pool):
                column = ColumnWidget(summary.stage_id, self.delegate, self.lanes)
                self._wire(column.view)
                column.model.deals_dropped.connect(self._dropped_on_column)
                self.lanes_layout.insertWidget(i, column, 1)
                self._pool.append(column)
            column = self._pool[i]
            if column.stage_id != summary.stage_id:
                column.set_stage(summary.stage_id)
            column.show()
        for column in self._pool[len(summaries) :]:
            column.hide()
            column.set_stage(None)
        self.columns = self._pool[: len(summaries)]
        self.empty_label.setVisible(self.pipeline_id is not None and not summaries)

    def _wire(self, view: BoardListView) -> None:
        view.drag_started.connect(self.drop_zones.show_over_board)
        view.drag_finished.connect(self.drop_zones.hide)
        view.neighbour_requested.connect(lambda step, v=view: self._go_neighbour(v, step))
        view.open_requested.connect(lambda index, v=view: self._open(v, index))
        view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
        view.selectionModel().selectionChanged.connect(
            lambda *_args, v=view: self._selection_changed(v)
        )

    def _show_headers(self, summaries: list[BoardColumn]) -> None:
        self._summaries = summaries
        filtered = self.filter_bar.filters().active
        for column, summary in zip(self.columns, summaries, strict=False):
            if column.stage_id == summary.stage_id:
                column.set_summary(summary, column.model.rowCount() if filtered else None)
        total = sum(s.count for s in summaries)
        shown = sum(c.model.rowCount() for c in self.columns)
        if filtered:
            text = self.tr("Showing %1 of %2 deals")
            text = text.replace("%1", number_text(shown)).replace("%2", number_text(total))
        elif summaries:
            value: dict[str, Decimal] = {}
            weighted: dict[str, Decimal] = {}
            for summary in summaries:
                for t in summary.totals:
                    value[t.currency] = value.get(t.currency, Decimal(0)) + t.value
                    weighted[t.currency] = weighted.get(t.currency, Decimal(0)) + t.weighted
            text = (
                self.tr("%1 deals · %2 · weighted %3")
                .replace("%1", number_text(total))
                .replace("%2", " + ".join(money_short(v, c) for c, v in value.items()))
                .replace("%3", " + ".join(money_short(v, c) for c, v in weighted.items()))
            )
        else:
            text = ""
        self.filter_bar.summary_label.setText(text)
        self._show_converted(summaries if not filtered else [])

    def _show_converted(self, summaries: list[BoardColumn]) -> None:
        amounts = [(t.currency, t.value) for s in summaries for t in s.totals]
        total = self.ctx.read(home_total, amounts, today=self.ctx.today())
        text = converted_text(total)
        self.converted_label.setText(text)
        self.converted_label.setToolTip(converted_tooltip(total) if text else "")
        self.converted_label.setVisible(bool(text))

    def _refresh_headers(self) -> None:
        if self.pipeline_id is not None:
            self._show_headers(
                self.ctx.read(board_columns, self.pipeline_id, today=self.ctx.today())
            )

    # reacting to changes ---------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if self.pipeline_id is None:
            return
        if self.future_mode and (changes.deals or changes.activities or changes.clients):
            self._reload_when_seen()  # a change may move a card to another bucket
        elif changes.everything or changes.stages:
            self._reload_when_seen()
        elif changes.deals:
            if not self.isVisible():
                self._dirty = True
                return
            touched = self.refresh_deals(changes.deals)
            if self.filter_bar.filters().active:
                # Headers count the deals the filters hide too: read them once
                # the moved cards are on screen (coalesced when changes come fast).
                self._headers_timer.start(0)
            elif self._summaries and touched:
                # Unfiltered, the columns hold every open deal: count the
                # columns the change touched again.
                columns = [c for c in self.columns if c.stage_id in touched]
                cards = (card for c in columns for card in c.model.cards())
                old = [s for s in self._summaries if s.stage_id in touched]
                new = {s.stage_id: s for s in recount_columns(old, cards)}
                self._show_headers([new.get(s.stage_id, s) for s in self._summaries])
        elif changes.clients or changes.activities:
            self._reload_when_seen()

    def _check_day(self) -> None:
        if self.pipeline_id is not None and self.ctx.today() != self._loaded_day:
            self._reload_when_seen()

    def _reload_when_seen(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()
        self.drop_zones.place()

    def refresh_deals(self, deal_ids: Collection[int]) -> set[int]:
        """Re-read only these deals' cards and put each where it now belongs
        (or nowhere: closed, moved to another pipeline, filtered out).
        Returns the stages whose columns changed."""
        if self.pipeline_id is None:
            return set()
        cards = self.ctx.read(
            board_cards,
            self.pipeline_id,
            today=self.ctx.today(),
            filters=self.filter_bar.filters(),
            deal_ids=deal_ids,
        )
        ids = set(deal_ids)
        touched: set[int] = set()
        for column in self.columns:
            if column.model.remove_deals(ids):
                touched.add(column.stage_id)
        by_stage = {c.stage_id: c for c in self.columns}
        for card in cards:
            column = by_stage.get(card.stage_id)
            if column is not None:
                column.model.insert_card(card)
                touched.add(card.stage_id)
        if not self.future_mode and not self.filter_bar.filters().active:
            self.empty_overlay.set_visible(not any(c.model.rowCount() for c in self.columns))
        return touched

    # drop zones --------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.drop_zones.place()

    # context menu ------------------------------------------------------------------
    def _context_menu(self, view: BoardListView, pos) -> None:
        index = view.indexAt(pos)
        if not index.isValid():
            return
        view.setCurrentIndex(index)
        menu = self.card_menu(view.column_model().stage_id)
        menu.exec(view.viewport().mapToGlobal(pos))
        menu.deleteLater()
        # The menu disabled the moves that make no sense for this card only.
        self.next_stage_action.setEnabled(True)
        self.previous_stage_action.setEnabled(True)

    def card_menu(self, current_stage_id: int) -> QMenu:
        """Open, Move to ▸, next/previous stage (with their keys), Not ready this
        month…, Won, Lost…, Archive. On a Future-sales board: Open, Back to
        pipeline, Back to stage ▸, Won, Lost…, Archive."""
        menu = QMenu(self)
        menu.addAction(self.open_action)
        if self.future_mode:
            menu.addSeparator()
            menu.addAction(self.unpark_action)
            stages = StageMenu(self.ctx, None, menu)
            stages.chosen.connect(self.unpark_selected)
            menu.addMenu(stages)
            menu.addSeparator()
            menu.addAction(self.won_action)
            menu.addAction(self.lost_action)
            menu.addAction(self.archive_action)
            return menu
        move_menu = menu.addMenu(self.tr("Move to"))
        for column in self.columns:
            name = column.summary.name if column.summary else ""
            action = move_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(column.stage_id == current_stage_id)
            action.setEnabled(column.stage_id != current_stage_id)
            action.triggered.connect(lambda _=False, s=column.stage_id: self.move_selected_to(s))
        i = next((i for i, c in enumerate(self.columns) if c.stage_id == current_stage_id), 0)
        self.next_stage_action.setEnabled(i + 1 < len(self.columns))
        self.previous_stage_action.setEnabled(i > 0)
        menu.addAction(self.next_stage_action)
        menu.addAction(self.previous_stage_action)
        menu.addAction(self.park_action)
        if self.delegate.show_owner:  # someone else to give it to
            menu.addAction(self.tr("Assign to…"), self.assign_selected)
        menu.addSeparator()
        menu.addAction(self.won_action)
        menu.addAction(self.lost_action)
        menu.addAction(self.archive_action)
        return menu

    def filters(self) -> BoardFilters:
        return self.filter_bar.filters()
