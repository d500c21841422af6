"""Columns that fit the width a list has.

A lazy list (deals, clients) opens with each column at its chosen width;
when the window is narrower than their sum, the view would scroll sideways
and hide the last columns. `ColumnFitter` instead narrows columns, those of
lowest `Column.priority` first (and, among equals, the rightmost), never
below the width their title needs, nor a figure column below its widest
figure on screen (no column is ever narrower than that). When there is room
to spare the last column stretches (the header's stretch-last-section).
Widths a person drags are their preference, which every fit starts from.

A cell too narrow for its text ends in "…"; `ElidedTips` then shows the whole
text as its tooltip, so nothing is out of reach.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QToolTip

DEFAULT_PRIORITY = 1


class ColumnFitter(QObject):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self.preferred: dict[int, int] = {}
        self._fitting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        view.viewport().installEventFilter(self)
        header = self.header
        header.sectionResized.connect(self._resized)
        header.sectionCountChanged.connect(lambda *_: self.schedule())

    @property
    def header(self) -> QHeaderView:
        return self.view.horizontalHeader()  # type: ignore[attr-defined]

    def schedule(self) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.schedule()
        return False

    def _resized(self, logical: int, _old: int, new: int) -> None:
        if self._fitting:
            return
        header = self.header
        last = header.logicalIndex(header.count() - 1) if header.count() else -1
        if logical != last or not header.stretchLastSection():
            self.preferred[logical] = new  # a width chosen by hand
            self.schedule()

    def min_width(self, logical: int) -> int:
        """The width the column's title needs, with room for the sort arrow."""
        header = self.header
        model = header.model()
        text = str(model.headerData(logical, Qt.Orientation.Horizontal) or "") if model else ""
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        return header.fontMetrics().horizontalAdvance(text) + 3 * margin + arrow + 2

    def numbers_width(self, logical: int) -> int:
        """The widest figure on screen in a right-aligned (number, money)
        column: a figure cut to "1 970 0…" misleads, so it is never elided."""
        model = self.view.model()
        columns = getattr(model, "columns", ())
        if (
            not 0 <= logical < len(columns)
            or not columns[logical].align & Qt.AlignmentFlag.AlignRight
        ):
            return 0
        first = max(self.view.rowAt(0), 0)  # type: ignore[attr-defined]
        last = self.view.rowAt(self.view.viewport().height() - 1)  # type: ignore[attr-defined]
        last = model.rowCount() - 1 if last < 0 else last
        metrics = self.view.fontMetrics()
        widest = 0
        for row in range(first, min(last, first + 60) + 1):
            text = model.index(row, logical).data(Qt.ItemDataRole.DisplayRole)
            if isinstance(text, str) and text:
                widest = max(widest, metrics.horizontalAdvance(text))
        return widest + 12 if widest else 0

    def priority(self, logical: int) -> int:
        columns = getattr(self.view.model(), "columns", ())
        if 0 <= logical < len(columns):
            return getattr(columns[logical], "priority", DEFAULT_PRIORITY)
        return DEFAULT_PRIORITY

    def fit(self) -> None:
        header = self.header
        available = self.view.viewport().width()
        visible = [
            header.logicalIndex(v)
            for v in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(v))
        ]
        if not visible or available <= 0:
            return
        floors = {i: max(self.min_width(i), self.numbers_width(i)) for i in visible}
        widths = {
            i: max(self.preferred.setdefault(i, header.sectionSize(i)), floors[i]) for i in visible
        }
        excess = sum(widths.values()) - available
        if excess > 0:
            position = {i: p for p, i in enumerate(visible)}
            for i in sorted(visible, key=lambda i: (self.priority(i), -position[i])):
                give = min(excess, widths[i] - floors[i])
                widths[i] -= give
                excess -= give
                if excess <= 0:
                    break
        self._fitting = True
        try:
            for i in visible[:-1] if header.stretchLastSection() else visible:
                if header.sectionSize(i) != widths[i]:
                    header.resizeSection(i, widths[i])
        finally:
            self._fitting = False


class ElidedTips(QObject):
    """The whole text of an elided cell as its tooltip, unless the model gives one."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return False
        index = self.view.indexAt(event.pos())  # type: ignore[attr-defined]
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return False
        room = self.view.visualRect(index).width() - 8
        if self.view.fontMetrics().horizontalAdvance(text) <= room:
            return False
        QToolTip.showText(event.globalPos(), text, self.view.viewport())  # type: ignore[attr-defined]
        return True
