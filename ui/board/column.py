"""One column of the board: the stage's header (name, count, total and
weighted value, stalled count) above the list of its cards."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from funnel.pipeline.board import BoardColumn
from ui.board.delegate import STALLED, CardDelegate, ink, mix
from ui.board.model import ColumnModel
from ui.board.view import BoardListView
from ui.i18n import money_short, money_text, number_text

MIN_WIDTH = 236
MAX_WIDTH = 380


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when its column is too narrow; the
    full text stays in `text()` and the tooltip."""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self.alignment()), text)


class ColumnWidget(QWidget):
    """The header and the card list of one stage."""

    def __init__(self, stage_id: int | None, delegate: CardDelegate, parent: QWidget | None = None):
        super().__init__(parent)
        self.stage_id = stage_id
        self.summary: BoardColumn | None = None
        self._shown: int | None = None
        self._drop_active = False
        self.setMinimumWidth(MIN_WIDTH)
        self.setMaximumWidth(MAX_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.name_label = QLabel()
        self.name_label.setObjectName("stageName")
        name_font = QFont(self.font())
        name_font.setWeight(QFont.Weight.Bold)
        name_font.setPointSizeF(self.font().pointSizeF() + 1)
        self.name_label.setFont(name_font)
        self.name_label.setMinimumWidth(40)
        self.count_label = QLabel()
        self.count_label.setObjectName("stageCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.value_label = ElidedLabel()
        self.value_label.setObjectName("stageValue")
        self.weighted_label = ElidedLabel()
        self.weighted_label.setObjectName("stageWeighted")
        self.stalled_label = QLabel()
        self.stalled_label.setObjectName("stageStalled")
        self.limit_label = ElidedLabel()
        self.limit_label.setObjectName("stageLimit")
        self.limit_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.name_label, 1)
        top.addWidget(self.count_label)
        # Every header has the same four lines, so the cards of all columns
        # start at the same height.
        bottom = QHBoxLayout()
        bottom.setSpacing(6)
        bottom.addWidget(self.stalled_label)
        bottom.addWidget(self.limit_label, 1)
        header = QVBoxLayout()
        header.setContentsMargins(12, 10, 12, 8)
        header.setSpacing(2)
        header.addLayout(top)
        header.addWidget(self.value_label)
        header.addWidget(self.weighted_label)
        header.addLayout(bottom)

        self.model = ColumnModel(stage_id, self)
        self.view = BoardListView(delegate, self)
        self.view.setModel(self.model)
        self.view.drop_hover.connect(self._set_drop_active)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        self._apply_colours()

    def set_stage(self, stage_id: int | None) -> None:
        """Show another stage in this column (reused across pipelines)."""
        self.stage_id = stage_id
        self.model.stage_id = stage_id
        self.summary = self._shown = None
        self.view.selectionModel().clear()
        self.model.set_cards([])

    def _apply_colours(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        window = palette.color(QPalette.ColorRole.Window)
        muted = mix(text, window, 0.42)
        for label in (self.count_label, self.weighted_label, self.limit_label):
            p = label.palette()
            p.setColor(QPalette.ColorRole.WindowText, muted)
            label.setPalette(p)
        p = self.value_label.palette()
        p.setColor(QPalette.ColorRole.WindowText, mix(text, window, 0.15))
        self.value_label.setPalette(p)
        p = self.stalled_label.palette()
        p.setColor(QPalette.ColorRole.WindowText, ink(STALLED, palette))
        self.stalled_label.setPalette(p)

    def set_summary(self, summary: BoardColumn, shown: int | None = None) -> None:
        """`shown`: how many cards pass the filters, when some are hidden."""
        if (summary, shown) == (self.summary, self._shown):
            return  # nothing to redraw
        self.summary, self._shown = summary, shown
        self.name_label.setText(summary.name)
        self.name_label.setToolTip(summary.name)
        if shown is None or shown == summary.count:
            self.count_label.setText(number_text(summary.count))
        else:
            self.count_label.setText(
                self.tr("%1 of %2")
                .replace("%1", number_text(shown))
                .replace("%2", number_text(summary.count))
            )
        self.count_label.setToolTip(self.tr("Open deals in this stage: %Ln", "", summary.count))
        self.value_label.setText(
            " · ".join(money_short(t.value, t.currency) for t in summary.totals)
        )
        self.weighted_label.setText(
            self.tr("Weighted %1 (%2%)")
            .replace("%1", " · ".join(money_short(t.weighted, t.currency) for t in summary.totals))
            .replace("%2", number_text(summary.probability))
        )
        values = [money_text(t.value, t.currency, whole=True) for t in summary.totals]
        weighted = [money_text(t.weighted, t.currency, whole=True) for t in summary.totals]
        lines = [self.tr("Total value of the open deals")]
        lines += [
            self.tr("%1 — deals: %2, weighted %3")
            .replace("%1", value)
            .replace("%2", number_text(t.count))
            .replace("%3", w)
            for t, value, w in zip(summary.totals, values, weighted, strict=True)
            if t.count
        ]
        self.value_label.setToolTip("\n".join(lines))
        self.weighted_label.setToolTip(
            self.tr("The value multiplied by the stage's probability of winning")
        )
        if summary.stalled:
            self.stalled_label.setText(self.tr("%Ln stalled", "", summary.stalled))
        else:
            self.stalled_label.clear()
        if summary.rot_days:
            self.limit_label.setText(self.tr("stalls after %n d", "", summary.rot_days))
            self.limit_label.setToolTip(
                self.tr("A deal in this stage longer than %n d is stalled", "", summary.rot_days)
            )
        else:
            self.limit_label.setText(self.tr("never stalls"))
            self.limit_label.setToolTip("")

    def _set_drop_active(self, active: bool) -> None:
        self._drop_active = active
        self.update()

    def paintEvent(self, event) -> None:
        """A calm, slightly shaded lane behind the cards (derived from the
        palette, so it works in dark mode); outlined while a card hovers over it."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        lane = QPainterPath()
        lane.addRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        painter.fillPath(lane, mix(window, text, 0.045))
        if self._drop_active:
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
            painter.drawPath(lane)
