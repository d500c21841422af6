"""The table view the deals and clients lists share, and the columns a person
chose for it (shown, hidden, widths, order, sort), remembered in QSettings."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QPoint,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from ui.lists.fit import ColumnFitter, ElidedTips
from ui.lists.lazy import ID_ROLE, LazyTableModel


class ListTableView(QTableView):
    """A read-only table of many rows, chosen by id. Enter or a double-click
    emits `row_activated(id)`; a model reset keeps the selected ids selected."""

    row_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)
        rows = self.verticalHeader()
        rows.setVisible(False)
        # Fixed heights: the view never measures rows, so it never fetches them all.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.doubleClicked.connect(self._activate)
        self.column_fitter = ColumnFitter(self)  # no sideways scrolling; elided cells get tips
        self.elided_tips = ElidedTips(self)
        self._kept: tuple[list[int], int | None] = ([], None)

    def setModel(self, model: LazyTableModel) -> None:  # type: ignore[override]
        super().setModel(model)
        # Connected after the view's own slots: restore runs once the view has reset.
        model.modelAboutToBeReset.connect(self._keep_selection)
        model.modelReset.connect(self._restore_selection)

    def model(self) -> LazyTableModel:  # type: ignore[override]
        return super().model()  # type: ignore[return-value]

    # ids -----------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """The selected rows' ids, top to bottom."""
        rows = sorted(i.row() for i in self.selectionModel().selectedRows())
        model = self.model()
        return [model.id_at(r) for r in rows]

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_ids(self, ids: Iterable[int], current: int | None = None) -> None:
        model = self.model()
        rows = sorted(r for r in (model.row_of_id(i) for i in ids) if r is not None)
        selection = QItemSelection()
        last = model.columnCount() - 1
        start = prev = None
        for r in [*rows, None]:
            if r is not None and prev is not None and r == prev + 1:
                prev = r
                continue
            if start is not None:
                selection.select(model.index(start, 0), model.index(prev, last))
            start = prev = r
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().select(selection, flags)
        row = model.row_of_id(current) if current is not None else None
        if row is not None:
            self.selectionModel().setCurrentIndex(
                model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _keep_selection(self) -> None:
        self._kept = (self.selected_ids(), self.current_id())

    def _restore_selection(self) -> None:
        ids, current = self._kept
        self._kept = ([], None)
        if ids or current is not None:
            self.select_ids(ids, current)

    # opening ---------------------------------------------------------------------
    def _activate(self, index) -> None:
        if index.isValid():
            self.row_activated.emit(index.data(ID_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            return
        super().keyPressEvent(event)


class ColumnSettings(QObject):
    """Which columns a list shows and how (widths, order, sort), kept under
    `group` in QSettings. The header's context menu shows and hides columns."""

    changed = Signal()

    def __init__(
        self,
        view: QTableView,
        group: str,
        *,
        hidden_by_default: Iterable[str] = (),
        sort: tuple[str, Qt.SortOrder] | None = None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.group = group
        self.model: LazyTableModel = view.model()  # type: ignore[assignment]
        self.header = view.horizontalHeader()
        self.header.setSectionsMovable(True)
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(self.show_menu)
        self.menu: QMenu | None = None
        self._restore(set(hidden_by_default), sort)
        # Saved at once: QSettings keeps values in memory and writes them out later.
        self.header.sectionResized.connect(lambda *_: self.save())
        self.header.sectionMoved.connect(lambda *_: self.save())
        self.header.sortIndicatorChanged.connect(lambda *_: self.save())

    def _restore(self, hidden_by_default: set[str], sort: tuple[str, Qt.SortOrder] | None) -> None:
        settings = QSettings()
        state = settings.value(f"{self.group}/header")
        restored = state is not None and self.header.restoreState(state)
        if not restored:
            scale = self.view.logicalDpiX() / 96
            for i, column in enumerate(self.model.columns):
                self.header.resizeSection(i, int(column.width * scale))
            if sort is not None:
                self.header.setSortIndicator(self.model.column_of(sort[0]), sort[1])
        saved = settings.value(f"{self.group}/hidden")
        hidden = hidden_by_default if saved is None else set(str(saved).split(",")) - {""}
        if saved is not None:
            # A column added since the choice was saved starts as it does for
            # everyone (the lost reason stays hidden until asked for).
            known = settings.value(f"{self.group}/known")
            if known is not None:
                new = {c.key for c in self.model.columns} - set(str(known).split(","))
                hidden |= new & hidden_by_default
        for i, column in enumerate(self.model.columns):
            self.header.setSectionHidden(i, column.hideable and column.key in hidden)

    def hidden_keys(self) -> list[str]:
        return [c.key for i, c in enumerate(self.model.columns) if self.header.isSectionHidden(i)]

    def set_hidden(self, key: str, hidden: bool) -> None:
        column = self.model.column_of(key)
        if hidden and not self.model.columns[column].hideable:
            return
        self.header.setSectionHidden(column, hidden)
        self.save()
        self.changed.emit()

    def save(self) -> None:
        settings = QSettings()
        settings.setValue(f"{self.group}/header", self.header.saveState())
        settings.setValue(f"{self.group}/hidden", ",".join(self.hidden_keys()))
        settings.setValue(f"{self.group}/known", ",".join(c.key for c in self.model.columns))

    def show_menu(self, pos: QPoint) -> None:
        """The header's context menu: one check box per column."""
        menu = QMenu(self.view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setToolTipsVisible(True)
        title = menu.addSection(self.tr("Columns"))
        title.setEnabled(False)
        for i, column in enumerate(self.model.columns):
            action = QAction(column.title, menu)
            action.setCheckable(True)
            action.setChecked(not self.header.isSectionHidden(i))
            action.setEnabled(column.hideable)
            action.toggled.connect(lambda on, key=column.key: self.set_hidden(key, not on))
            menu.addAction(action)
        self.menu = menu
        menu.popup(self.header.mapToGlobal(pos))
