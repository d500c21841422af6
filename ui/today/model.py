"""Today as one flat list model: a header row per section, then its lines.

Sections: overdue (oldest first), due today, the next days, deals returning
from future sales, stalled deals. A section the person folded keeps its
header (with the count) and hides its lines. A section holding fewer lines
than its count ends with a "… and N more" row.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from funnel.followups.agenda import Agenda, AgendaLine, ReturningLine, StalledLine

Index = QModelIndex | QPersistentModelIndex
Line = AgendaLine | ReturningLine | StalledLine


class Section(enum.StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    UPCOMING = "upcoming"
    RETURNING = "returning"
    STALLED = "stalled"


class RowKind(enum.IntEnum):
    HEADER = 0
    ACTIVITY = 1
    RETURNING = 2
    STALLED = 3
    MORE = 4


class TodayRole(enum.IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1
    SECTION = enum.auto()
    KEY = enum.auto()  # ("a", activity id) / ("r", deal id) / ("s", deal id)
    DEAL_ID = enum.auto()
    ACTIVITY_ID = enum.auto()


@dataclass(frozen=True)
class Row:
    kind: RowKind
    section: Section
    line: Line | None = None
    count: int = 0  # a header's full count; the hidden lines of a MORE row

    @property
    def key(self) -> tuple[str, int] | None:
        line = self.line
        if isinstance(line, AgendaLine):
            return ("a", line.activity_id)
        if isinstance(line, ReturningLine):
            return ("r", line.deal_id)
        if isinstance(line, StalledLine):
            return ("s", line.deal_id)
        return None


def _line_kind(line: Line) -> RowKind:
    if isinstance(line, ReturningLine):
        return RowKind.RETURNING
    if isinstance(line, StalledLine):
        return RowKind.STALLED
    return RowKind.ACTIVITY


class TodayModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._agenda: Agenda | None = None
        self._rows: list[Row] = []
        self.folded: set[Section] = set()
        self.section_titles: dict[Section, str] = {}

    # content -------------------------------------------------------------------
    def set_agenda(self, agenda: Agenda) -> None:
        self._agenda = agenda
        self._rebuild()

    @property
    def agenda(self) -> Agenda | None:
        return self._agenda

    def sections(self) -> list[tuple[Section, tuple[Line, ...], int]]:
        """Each non-empty section: its lines and full count."""
        a = self._agenda
        if a is None:
            return []
        c = a.counts
        found = [
            (Section.OVERDUE, a.overdue, c.overdue),
            (Section.TODAY, a.due_today, c.today),
            (Section.UPCOMING, a.upcoming, c.upcoming),
            (Section.RETURNING, a.returning, c.returning),
            (Section.STALLED, a.stalled, c.stalled),
        ]
        return [(s, lines, max(n, len(lines))) for s, lines, n in found if n or lines]

    def _rebuild(self) -> None:
        self.beginResetModel()
        rows: list[Row] = []
        for section, lines, count in self.sections():
            rows.append(Row(RowKind.HEADER, section, count=count))
            if section in self.folded:
                continue
            rows += [Row(_line_kind(line), section, line) for line in lines]
            if count > len(lines):
                rows.append(Row(RowKind.MORE, section, count=count - len(lines)))
        self._rows = rows
        self.endResetModel()

    def toggle_folded(self, section: Section) -> None:
        self.folded ^= {section}
        self._rebuild()

    # reading -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_of_key(self, key: tuple[str, int]) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.key == key), None)

    def header_row(self, section: Section) -> int | None:
        return next(
            (
                i
                for i, r in enumerate(self._rows)
                if r.kind == RowKind.HEADER and r.section == section
            ),
            None,
        )

    def is_line(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].line is not None

    def deal_ids(self, section: Section) -> list[int]:
        """The deals of a section's lines in order (for the deal card's next/previous)."""
        ids = []
        for r in self._rows:
            if r.section == section and r.line is not None:
                deal_id = getattr(r.line, "deal_id", None)
                if deal_id is not None and deal_id not in ids:
                    ids.append(deal_id)
        return ids

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].line is None:
            # Headers and "more" rows are not stops for the keyboard; a click
            # on a header folds it (handled by the view).
            return Qt.ItemFlag.ItemNeverHasChildren
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row)
        if role == TodayRole.KIND:
            return int(row.kind)
        if role == TodayRole.SECTION:
            return row.section.value
        if role == TodayRole.KEY:
            return row.key
        if role == TodayRole.DEAL_ID:
            return getattr(row.line, "deal_id", None)
        if role == TodayRole.ACTIVITY_ID:
            return row.line.activity_id if isinstance(row.line, AgendaLine) else None
        return None

    def _text(self, row: Row) -> str:
        line = row.line
        if row.kind == RowKind.HEADER:
            return f"{self.section_titles.get(row.section, row.section.value)} ({row.count})"
        if isinstance(line, AgendaLine):
            return " · ".join(x for x in (line.subject, line.deal, line.client) if x)
        if isinstance(line, (ReturningLine, StalledLine)):
            return " · ".join(x for x in (line.title, line.client) if x)
        return self.tr("%n more", "", row.count)
