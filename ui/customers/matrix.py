"""The lifecycle matrix, painted as one widget: nine cells (purchase count ×
time since the last purchase), each with its name, client count and share,
revenue and share. A click on a cell asks for its client list.

Colour carries recency (green: bought lately, amber: falling asleep, red:
gone), and gets deeper with the purchase count; the words keep it readable.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from funnel.customers.segments import Cell, Matrix
from ui.board.delegate import ink, mix
from ui.i18n import money_short, number_text

RECENCY_COLORS = (QColor("#2e9e5b"), QColor("#d99a1e"), QColor("#d64545"))
HEADER_W = 120
HEADER_H = 28
GAP = 6


def percent_text(share: float) -> str:
    from PySide6.QtCore import QLocale

    return QCoreApplication.translate("Customers", "%1%").replace(
        "%1", QLocale().toString(share * 100, "f", 1)
    )


def cell_name(cell: Cell, matrix: Matrix) -> str:
    """A name the person typed as typed; a default one in their language."""
    if cell.key in matrix.settings.names:
        return cell.name
    return QCoreApplication.translate("Segments", cell.name)


class MatrixView(QWidget):
    cell_clicked = Signal(str)  # the cell's key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lifecycleMatrix")
        self.matrix: Matrix | None = None
        self._hover: str | None = None
        self.setMouseTracking(True)
        self.setMinimumSize(560, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(760, 380)

    def set_matrix(self, matrix: Matrix) -> None:
        self.matrix = matrix
        self.update()

    def frequency_labels(self, matrix: Matrix) -> list[str]:
        c1, c2 = matrix.settings.count_limits
        first = self.tr("%n purchase(s)", "", c1)
        if c1 > 1:
            first = self.tr("1–%1 purchases").replace("%1", str(c1))
        middle = self.tr("%1–%2 purchases").replace("%1", str(c1 + 1)).replace("%2", str(c2))
        if c2 == c1 + 1:
            middle = self.tr("%n purchase(s)", "", c2)
        return [first, middle, self.tr("%1 or more").replace("%1", str(c2 + 1))]

    def recency_labels(self, matrix: Matrix) -> list[str]:
        r1, r2 = matrix.settings.recency_limits
        return [
            self.tr("up to %n day(s) ago", "", r1),
            self.tr("%1–%2 days ago").replace("%1", str(r1 + 1)).replace("%2", str(r2)),
            self.tr("over %n day(s) ago", "", r2),
        ]

    # geometry ---------------------------------------------------------------------
    def cell_rect(self, key: str) -> QRect:
        f, r = int(key[1]), int(key[3])
        w = (self.width() - HEADER_W - GAP * 3) / 3
        h = (self.height() - HEADER_H - GAP * 3) / 3
        x = HEADER_W + GAP + r * (w + GAP)
        y = HEADER_H + GAP + f * (h + GAP)
        return QRect(int(x), int(y), int(w), int(h))

    def key_at(self, pos: QPoint) -> str | None:
        if self.matrix is None:
            return None
        for cell in self.matrix.cells:
            if self.cell_rect(cell.key).contains(pos):
                return cell.key
        return None

    # events -----------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        key = self.key_at(event.position().toPoint())
        if key != self._hover:
            self._hover = key
            self.update()

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        key = self.key_at(event.position().toPoint())
        if key and event.button() == Qt.MouseButton.LeftButton:
            self.cell_clicked.emit(key)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.matrix is not None:
            key = self.key_at(event.pos())  # type: ignore[attr-defined]
            if key:
                cell = self.matrix.cell(key)
                QToolTip.showText(
                    event.globalPos(),  # type: ignore[attr-defined]
                    self.tr("%1: click to see these clients and start a campaign").replace(
                        "%1", cell_name(cell, self.matrix)
                    ),
                    self,
                )
                return True
        return super().event(event)

    # painting ---------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        if self.matrix is None:
            return
        m = self.matrix
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        muted = mix(text, base, 0.4)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1, 6.0))
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.6)
        big.setWeight(QFont.Weight.DemiBold)

        painter.setFont(small)
        painter.setPen(muted)
        for r, label in enumerate(self.recency_labels(m)):
            rect = self.cell_rect(f"f0r{r}")
            painter.drawText(
                QRect(rect.left(), 0, rect.width(), HEADER_H),
                int(Qt.AlignmentFlag.AlignCenter),
                label,
            )
        for f, label in enumerate(self.frequency_labels(m)):
            rect = self.cell_rect(f"f{f}r0")
            painter.drawText(
                QRect(0, rect.top(), HEADER_W - 4, rect.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                | int(Qt.TextFlag.TextWordWrap),
                label,
            )
        for cell in m.cells:
            self._paint_cell(painter, cell, base, text, muted, small, bold, big)
        painter.end()

    def _paint_cell(self, painter, cell: Cell, base, text, muted, small, bold, big) -> None:
        m = self.matrix
        assert m is not None
        rect = QRectF(self.cell_rect(cell.key))
        colour = RECENCY_COLORS[cell.recency]
        path = QPainterPath()
        path.addRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        painter.fillPath(path, mix(base, colour, 0.10 + 0.07 * cell.frequency))
        hovered = cell.key == self._hover
        painter.setPen(mix(base, colour, 0.9 if hovered else 0.45))
        painter.drawPath(path)
        line = QFontMetrics(bold).height()
        content = line + 2 + QFontMetrics(big).height() + 4 + QFontMetrics(small).height()
        pad = max(6, int(rect.height() - content) // 2)
        inner = rect.adjusted(12, pad, -12, -6).toRect()
        painter.setFont(bold)
        painter.setPen(ink(colour, self.palette()))
        name = QFontMetrics(bold).elidedText(
            cell_name(cell, m), Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), name)
        painter.setFont(big)
        painter.setPen(text)
        big_h = QFontMetrics(big).height()
        count_rect = QRect(inner.left(), inner.top() + line + 2, inner.width(), big_h)
        painter.drawText(
            count_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            number_text(cell.clients),
        )  # fmt: skip
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(
            count_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            self.tr("%1 of clients").replace("%1", percent_text(cell.client_share)),
        )  # fmt: skip
        small_h = QFontMetrics(small).height()
        money_rect = QRect(inner.left(), count_rect.bottom() + 4, inner.width(), small_h)
        if money_rect.bottom() <= inner.bottom() + 2:
            painter.setPen(text)
            painter.drawText(
                money_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                money_short(cell.revenue, m.currency),
            )  # fmt: skip
            painter.setPen(muted)
            painter.drawText(
                money_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self.tr("%1 of revenue").replace("%1", percent_text(cell.revenue_share)),
            )  # fmt: skip
