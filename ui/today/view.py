"""Today's list view: keys and clicks on the lines and their buttons (the
delegate paints them); one view over one model, no widget per line."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QStyleOptionViewItem, QWidget

from ui.today.delegate import BACK, DONE, NEXT_STEP, OPEN, SNOOZE, TodayDelegate
from ui.today.model import RowKind, TodayModel


class TodayView(QListView):
    """The list: the keyboard walks the lines (headers are not stops), a click
    on a section's header folds it."""

    key_action = Signal(str)  # DONE / SNOOZE / OPEN / BACK / NEXT_STEP for the current line
    header_clicked = Signal(int)  # row

    KEYS = {
        Qt.Key.Key_Return: OPEN,
        Qt.Key.Key_Enter: OPEN,
        Qt.Key.Key_D: DONE,
        Qt.Key.Key_S: SNOOZE,
        Qt.Key.Key_B: BACK,
        Qt.Key.Key_N: NEXT_STEP,
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayList")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def today_model(self) -> TodayModel:
        model = self.model()
        assert isinstance(model, TodayModel)
        return model

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        action = self.KEYS.get(Qt.Key(event.key())) if plain else None
        if action is not None and self.currentIndex().isValid():
            self.key_action.emit(action)
            return
        super().keyPressEvent(event)

    def moveCursor(self, action, modifiers) -> QModelIndex:
        """Up and Down skip the headers, Home and End go to the first and last line."""
        model = self.today_model()
        current = self.currentIndex().row() if self.currentIndex().isValid() else -1
        step = {
            QAbstractItemView.CursorAction.MoveUp: -1,
            QAbstractItemView.CursorAction.MoveDown: 1,
            QAbstractItemView.CursorAction.MovePrevious: -1,
            QAbstractItemView.CursorAction.MoveNext: 1,
        }.get(action)
        lines = [i for i in range(model.rowCount()) if model.is_line(i)]
        if not lines:
            return QModelIndex()
        if action == QAbstractItemView.CursorAction.MoveHome:
            return model.index(lines[0])
        if action == QAbstractItemView.CursorAction.MoveEnd:
            return model.index(lines[-1])
        if step is None:
            found = super().moveCursor(action, modifiers)
            row = found.row() if found.isValid() else current
            if model.is_line(row):
                return found
            later = [i for i in lines if i > row]
            return model.index(later[0] if later else lines[-1])
        candidates = [i for i in lines if (i > current if step > 0 else i < current)]
        if not candidates:
            return self.currentIndex()
        return model.index(candidates[0] if step > 0 else candidates[-1])

    def mousePressEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        if (
            event.button() == Qt.MouseButton.LeftButton
            and index.isValid()
            and self.today_model().row(index.row()).kind == RowKind.HEADER
        ):
            self.header_clicked.emit(index.row())
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        index = self.indexAt(event.position().toPoint())
        cursor = Qt.CursorShape.ArrowCursor
        tip = ""
        if index.isValid():
            row = self.today_model().row(index.row())
            if row.kind == RowKind.HEADER:
                cursor = Qt.CursorShape.PointingHandCursor
            else:
                delegate = self.itemDelegate()
                assert isinstance(delegate, TodayDelegate)
                option = self.option_for(index)
                hit = delegate.hit(option, row, event.position())
                if hit is not None:
                    cursor = Qt.CursorShape.PointingHandCursor
                    tip = delegate.button_tooltip(hit)
        self.viewport().setCursor(cursor)
        self.viewport().setToolTip(tip)

    def option_for(self, index: QModelIndex) -> QStyleOptionViewItem:
        """The style option a line is painted with: where its buttons and links are."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        option.index = index
        return option
