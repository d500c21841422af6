"""The stage history as a timeline: one row per change, a dot on a line, and a
bar proportional to the days the deal then spent in that stage."""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from funnel.pipeline.history import HistoryEntry
from funnel.pipeline.pipelines import PipelineInfo
from funnel.store.models import ChangeKind
from ui.deal_card.format import LOST, WARNING, WON, day_text, muted

Index = QModelIndex | QPersistentModelIndex
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class TimelineRole(enum.IntEnum):
    TITLE = Qt.ItemDataRole.UserRole + 1
    SUBTITLE = enum.auto()
    DAYS = enum.auto()  # int | None
    FRACTION = enum.auto()  # share of the longest stay, 0..1
    KIND = enum.auto()  # ChangeKind value
    CURRENT = enum.auto()  # the stage the deal is in now
    OVER = enum.auto()  # stayed longer than the stage's rot days


class TimelineModel(QAbstractListModel):
    """The deal's history, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[HistoryEntry] = []
        self._rot: dict[tuple[str | None, str | None], int | None] = {}
        self._longest = 1

    def set_entries(
        self, entries: Sequence[HistoryEntry], pipelines: Sequence[PipelineInfo] = ()
    ) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._rot = {(p.name, s.name): s.rot_days for p in pipelines for s in p.stages}
        self._longest = max([e.days_spent or 0 for e in self._entries] + [1])
        self.endResetModel()

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._entries)

    def entry_title(self, entry: HistoryEntry) -> str:
        stage = entry.to_stage or ""
        kind = entry.kind
        if kind == ChangeKind.CREATED:
            return self.tr("Created in %1").replace("%1", stage)
        if kind == ChangeKind.WON:
            return self.tr("Won")
        if kind == ChangeKind.LOST:
            return (
                self.tr("Lost: %1").replace("%1", entry.reason) if entry.reason else self.tr("Lost")
            )
        if kind == ChangeKind.ARCHIVED:
            return self.tr("Archived")
        if kind == ChangeKind.REOPENED:
            return self.tr("Reopened in %1").replace("%1", stage)
        if kind == ChangeKind.PARKED:
            return self.tr("Parked in %1").replace("%1", entry.to_pipeline or stage)
        if kind == ChangeKind.UNPARKED:
            return self.tr("Back in %1").replace("%1", stage)
        if entry.to_pipeline and entry.from_pipeline and entry.to_pipeline != entry.from_pipeline:
            return self.tr("Moved to %1 (%2)").replace("%1", stage).replace("%2", entry.to_pipeline)
        return self.tr("Moved to %1").replace("%1", stage)

    def days_text(self, days: int | None, current: bool) -> str | None:
        if days is None:
            return None
        if current:
            return self.tr("since today") if days == 0 else self.tr("%n day(s) so far", "", days)
        return self.tr("same day") if days == 0 else self.tr("%n day(s)", "", days)

    def _current(self, row: int) -> bool:
        entry = self._entries[row]
        return row == len(self._entries) - 1 and entry.days_spent is not None

    def _over(self, entry: HistoryEntry) -> bool:
        rot = self._rot.get((entry.to_pipeline, entry.to_stage))
        return rot is not None and entry.days_spent is not None and entry.days_spent > rot

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        current = self._current(index.row())
        if role == TimelineRole.TITLE:
            return self.entry_title(entry)
        if role == TimelineRole.SUBTITLE:
            parts = [day_text(entry.changed_at.date())]
            days = self.days_text(entry.days_spent, current)
            if days:
                parts.append(days)
            if entry.reason and entry.kind not in (ChangeKind.LOST, ChangeKind.PARKED):
                parts.append(entry.reason)
            return " · ".join(parts)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.entry_title(entry)} · {self.data(index, TimelineRole.SUBTITLE)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.reason
        if role == TimelineRole.DAYS:
            return entry.days_spent
        if role == TimelineRole.FRACTION:
            return (entry.days_spent or 0) / self._longest
        if role == TimelineRole.KIND:
            return entry.kind
        if role == TimelineRole.CURRENT:
            return current
        if role == TimelineRole.OVER:
            return self._over(entry)
        return None


class TimelineDelegate(QStyledItemDelegate):
    GUTTER = 26
    DOT = 9
    PAD = 6
    BAR_MAX = 120
    BAR_HEIGHT = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        lines = QFontMetrics(option.font).height() * 2 + 2
        return QSize(240, lines + self.PAD * 2 + 2)

    def _dot_colour(self, kind: str, palette: QPalette) -> QColor:
        if kind == ChangeKind.WON:
            return WON
        if kind == ChangeKind.LOST:
            return LOST
        if kind == ChangeKind.ARCHIVED:
            return palette.color(QPalette.ColorRole.Mid)
        return palette.color(QPalette.ColorRole.Highlight)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        rect: QRect = option.rect
        font = QFont(option.font)
        line = QFontMetrics(font).height()
        first_line_y = rect.top() + self.PAD
        dot_cx = rect.left() + self.GUTTER // 2
        dot_cy = first_line_y + line // 2
        kind = index.data(TimelineRole.KIND)
        current = bool(index.data(TimelineRole.CURRENT))
        rows = index.model().rowCount()

        # The line joining the dots: above this dot unless first, below unless last.
        rail = QPen(palette.color(QPalette.ColorRole.Mid), 2)
        painter.setPen(rail)
        if index.row() > 0:
            painter.drawLine(dot_cx, rect.top(), dot_cx, dot_cy)
        if index.row() < rows - 1:
            painter.drawLine(dot_cx, dot_cy, dot_cx, rect.bottom() + 1)

        colour = self._dot_colour(kind, palette)
        dot = QRectF(dot_cx - self.DOT / 2, dot_cy - self.DOT / 2, self.DOT, self.DOT)
        if kind == ChangeKind.PARKED:  # waiting, not moving: an open ring
            painter.setPen(QPen(colour, 2))
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
        else:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1.5))
            painter.setBrush(colour)
        painter.drawEllipse(dot.adjusted(-1, -1, 1, 1) if current else dot)

        text_left = rect.left() + self.GUTTER + 4
        bar_room = min(self.BAR_MAX, rect.width() // 3)
        text_width = rect.right() - text_left - bar_room - 12
        title_font = QFont(font)
        title_font.setBold(current)
        painter.setFont(title_font)
        title_colours = {ChangeKind.LOST.value: LOST, ChangeKind.WON.value: WON}
        painter.setPen(title_colours.get(kind, palette.color(QPalette.ColorRole.Text)))
        title = QFontMetrics(title_font).elidedText(
            index.data(TimelineRole.TITLE), Qt.TextElideMode.ElideRight, text_width + bar_room
        )
        painter.drawText(QRect(text_left, first_line_y, text_width + bar_room, line), _LEFT, title)

        painter.setFont(font)
        painter.setPen(muted(palette))
        sub_y = first_line_y + line + 2
        subtitle = QFontMetrics(font).elidedText(
            index.data(TimelineRole.SUBTITLE), Qt.TextElideMode.ElideRight, text_width
        )
        painter.drawText(QRect(text_left, sub_y, text_width, line), _LEFT, subtitle)

        days = index.data(TimelineRole.DAYS)
        if days is not None:
            bar_left = rect.right() - bar_room - 4
            bar_y = sub_y + (line - self.BAR_HEIGHT) // 2
            track = QRectF(bar_left, bar_y, bar_room, self.BAR_HEIGHT)
            painter.setPen(Qt.PenStyle.NoPen)
            track_colour = QColor(palette.color(QPalette.ColorRole.Mid))
            track_colour.setAlpha(60)
            painter.setBrush(track_colour)
            painter.drawRoundedRect(track, 3, 3)
            share = float(index.data(TimelineRole.FRACTION) or 0)
            width = max(self.BAR_HEIGHT, share * bar_room)
            bar = (
                WARNING
                if index.data(TimelineRole.OVER)
                else palette.color(QPalette.ColorRole.Highlight)
            )
            painter.setBrush(bar)
            painter.drawRoundedRect(QRectF(bar_left, bar_y, width, self.BAR_HEIGHT), 3, 3)
        painter.restore()


class TimelineView(QListView):
    """A read-only list: nothing to select, scrolls to the latest change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(TimelineModel(self))
        self.setItemDelegate(TimelineDelegate(self))
        self.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(True)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)

    def timeline(self) -> TimelineModel:
        return self.model()  # type: ignore[return-value]

    def set_entries(
        self, entries: Sequence[HistoryEntry], pipelines: Sequence[PipelineInfo] = ()
    ) -> None:
        self.timeline().set_entries(entries, pipelines)
        self.scrollToBottom()
