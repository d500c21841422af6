"""Past reviews and skipped weeks, newest first, as a table model."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from funnel.cleanup.summary import HistoryRow
from ui.board.delegate import NO_NEXT_STEP, ink
from ui.cleanup.text import Cleanup
from ui.deal_card.format import day_text as full_day
from ui.deal_card.format import local_moment, muted
from ui.formats import short_date_time
from ui.i18n import number_text

Index = QModelIndex | QPersistentModelIndex
MAX_VISIBLE_ROWS = 12


def duration_text(seconds: int) -> str:
    minutes = max(1, round(seconds / 60)) if seconds else 0
    return Cleanup.tr("%n min", None, minutes)


class HistoryModel(QAbstractTableModel):
    COLUMNS = ("week", "done", "time", "reviewed", "calls", "parked", "archived", "won", "lost")
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, palette: QPalette, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[HistoryRow] = []
        self._palette = palette

    def set_rows(self, rows: list[HistoryRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "week": QCoreApplication.translate("Cleanup", "Week of"),
                "done": QCoreApplication.translate("Cleanup", "Done"),
                "time": QCoreApplication.translate("Cleanup", "Time"),
                "reviewed": QCoreApplication.translate("Cleanup", "Reviewed"),
                "calls": QCoreApplication.translate("Cleanup", "Calls"),
                "parked": QCoreApplication.translate("Cleanup", "Parked"),
                "archived": QCoreApplication.translate("Cleanup", "Archived"),
                "won": QCoreApplication.translate("Cleanup", "Won"),
                "lost": QCoreApplication.translate("Cleanup", "Lost"),
            }[self.COLUMNS[section]]
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == self.ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.partial and column == "done":
            return ink(NO_NEXT_STEP, self._palette)
        if role == Qt.ItemDataRole.ForegroundRole and row.review_id is None and column == "done":
            return ink(NO_NEXT_STEP, self._palette) if row.skipped else muted(self._palette)
        return None

    @staticmethod
    def _text(row: HistoryRow, column: str) -> str:
        if column == "week":
            return full_day(row.week_of)
        if row.review_id is None:
            if column == "done":
                return (
                    QCoreApplication.translate("Cleanup", "Skipped")
                    if row.skipped
                    else QCoreApplication.translate("Cleanup", "Due this week")
                )
            return ""
        if column == "done":
            assert row.finished_at is not None
            local = local_moment(row.finished_at)
            when = short_date_time(local)
            if not row.partial:
                return when
            # Finished early: the week is not done by it.
            return (
                QCoreApplication.translate("Cleanup", "%1 · partial (%2 of %3)")
                .replace("%1", when)
                .replace("%2", number_text(row.reviewed))
                .replace("%3", number_text(row.total))
            )
        if column == "time":
            return duration_text(row.active_seconds)
        return number_text(getattr(row, column))


class HistoryView(QTableView):
    def __init__(self, model: HistoryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cleanupHistory")
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(72)
        model.modelReset.connect(self.fit)

    def fit(self) -> None:
        """As wide as its columns and as tall as its rows (up to a point), so a
        short history sits compactly instead of in a large empty box."""
        self.resizeColumnsToContents()
        frame = self.frameWidth() * 2
        rows = self.model().rowCount()
        shown = min(rows, MAX_VISIBLE_ROWS)
        height = self.horizontalHeader().height() + frame
        height += sum(self.rowHeight(r) for r in range(shown))
        width = self.horizontalHeader().length() + frame
        if rows > shown:
            width += self.verticalScrollBar().sizeHint().width()
        self.setFixedSize(width, height)
