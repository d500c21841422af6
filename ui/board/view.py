"""The list view of one board column: uniform card sizes (so 10,000 cards
scroll smoothly), dragging a card out, dropping cards in, and the keys a
person uses to walk the board."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QStyleOptionViewItem, QWidget

from ui.board.delegate import CardDelegate
from ui.board.model import ColumnModel, read_deal_mime

SPACING = 4
SLIM_SCROLL_BAR = """
QScrollBar:vertical { width: 8px; background: transparent; margin: 4px 0 4px 0; }
QScrollBar::handle:vertical { background: palette(mid); border-radius: 4px; min-height: 32px; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: transparent; }
"""


class BoardListView(QListView):
    drag_started = Signal()
    drag_finished = Signal()
    drop_hover = Signal(bool)  # a card is being dragged over this column
    neighbour_requested = Signal(int)  # -1: the column on the left, +1: on the right
    open_requested = Signal(QModelIndex)

    def __init__(self, delegate: CardDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(delegate)
        self.setUniformItemSizes(True)
        self.setSpacing(SPACING)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setMouseTracking(True)
        # The column's lane shows through; the palette stays untouched, so the
        # delegate's card colours (Base, Text) are the real ones.
        self.viewport().setAutoFillBackground(False)
        self.setAutoFillBackground(False)
        # A slim scroll bar: a lane is narrow, and the bar should not outweigh the cards.
        self.verticalScrollBar().setStyleSheet(SLIM_SCROLL_BAR)
        self.doubleClicked.connect(self.open_requested)

    def column_model(self) -> ColumnModel:
        model = self.model()
        assert isinstance(model, ColumnModel)
        return model

    # keys ----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.neighbour_requested.emit(-1 if key == Qt.Key.Key_Left else 1)
            return
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.currentIndex().isValid():
                self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    # dragging out --------------------------------------------------------------
    def startDrag(self, supported: Qt.DropAction) -> None:
        """Our own drag: the card's picture under the cursor, the drop zones
        shown meanwhile, and no row removal afterwards (the move's change
        notification puts the card in its new column)."""
        indexes = [i for i in self.selectedIndexes() if i.isValid()]
        if not indexes:
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData(indexes))
        pixmap = self.card_pixmap(indexes[0])
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(pixmap.width() // 2, pixmap.height() // 3))
        self.drag_started.emit()
        try:
            drag.exec(Qt.DropAction.MoveAction)
        finally:
            self.drag_finished.emit()

    def card_pixmap(self, index: QModelIndex) -> QPixmap:
        rect = self.visualRect(index)
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(rect.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setOpacity(0.92)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = rect.translated(-rect.topLeft())
        self.itemDelegate().paint(painter, option, index)
        painter.end()
        return pixmap

    # dropping in ---------------------------------------------------------------
    def _accepts(self, event) -> bool:
        found = read_deal_mime(event.mimeData())
        model = self.model()
        return (
            found is not None
            and isinstance(model, QAbstractItemModel)
            and model.canDropMimeData(
                event.mimeData(), Qt.DropAction.MoveAction, -1, 0, QModelIndex()
            )
        )

    def dragEnterEvent(self, event) -> None:
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self.drop_hover.emit(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self.drop_hover.emit(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:
        """A drop anywhere on the column moves the deal to its stage; where in
        the column does not matter (the board keeps its own order)."""
        self.drop_hover.emit(False)
        if not self._accepts(event):
            event.ignore()
            return
        if self.model().dropMimeData(
            event.mimeData(), Qt.DropAction.MoveAction, -1, 0, QModelIndex()
        ):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()
