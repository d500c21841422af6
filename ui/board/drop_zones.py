"""The Won / Lost / Archive targets that rise at the bottom of the board while
a card is dragged: closing a deal is one gesture, like moving it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from ui.board.delegate import STALLED, ink, mix
from ui.board.model import read_deal_mime

WON = QColor("#2e9d5b")
LOST = STALLED
HEIGHT = 64


class DropZone(QWidget):
    """One target. Drops carry the board's deal mime data; `dropped` says which."""

    dropped = Signal(str, list)  # kind ("won" | "lost" | "archive"), deal ids

    def __init__(self, kind: str, text: str, colour: QColor | None, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.text = text
        self.colour = colour
        self.hovered = False
        self.setObjectName(f"dropZone_{kind}")
        self.setAcceptDrops(True)
        self.setAccessibleName(text)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(HEIGHT - 16)

    def _set_hovered(self, hovered: bool) -> None:
        self.hovered = hovered
        self.update()

    def dragEnterEvent(self, event) -> None:
        if read_deal_mime(event.mimeData()) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self._set_hovered(True)

    def dragMoveEvent(self, event) -> None:
        if read_deal_mime(event.mimeData()) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dragLeaveEvent(self, event) -> None:
        self._set_hovered(False)

    def dropEvent(self, event) -> None:
        self._set_hovered(False)
        found = read_deal_mime(event.mimeData())
        if found is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.dropped.emit(self.kind, found[0])

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        colour = self.colour or mix(text, base, 0.45)
        shape = QPainterPath()
        shape.addRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
        painter.fillPath(shape, mix(base, colour, 0.32 if self.hovered else 0.12))
        painter.setPen(QPen(colour, 2 if self.hovered else 1.2, Qt.PenStyle.DashLine))
        painter.drawPath(shape)
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() + 1)
        painter.setFont(font)
        painter.setPen(ink(colour, palette) if self.colour else text)
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.text)


class DropZoneBar(QWidget):
    """The three targets side by side, laid over the bottom of the board."""

    dropped = Signal(str, list)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZones")
        self.zones = {
            "won": DropZone("won", self.tr("Won"), WON, self),
            "lost": DropZone("lost", self.tr("Lost"), LOST, self),
            "archive": DropZone("archive", self.tr("Archive"), None, self),
        }
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(12)
        for zone in self.zones.values():
            zone.dropped.connect(self.dropped)
            layout.addWidget(zone)
        self.setFixedHeight(HEIGHT)
        self.setAutoFillBackground(True)
        self.hide()

    def place(self) -> None:
        """Lie along the bottom edge of the board, full width."""
        board = self.parentWidget()
        if board is not None:
            self.setGeometry(0, board.height() - HEIGHT, board.width(), HEIGHT)

    def show_over_board(self) -> None:
        self.place()
        self.show()
        self.raise_()
