"""A deal's notes: newest first, painted with their time above the text, and a
box to add one (Ctrl+Enter adds)."""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from funnel.deals.notes import NoteRow
from ui.deal_card.format import moment_text, muted

Index = QModelIndex | QPersistentModelIndex


class NoteRole(enum.IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    WHEN = enum.auto()
    BODY = enum.auto()


class NotesModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[NoteRow] = []

    def set_notes(self, rows: Sequence[NoteRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        note = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, NoteRole.BODY):
            return note.body
        if role == NoteRole.WHEN:
            return moment_text(note.created_at)
        if role == NoteRole.ID:
            return note.id
        return None


class NoteDelegate(QStyledItemDelegate):
    """The time in small muted type, the text wrapped below it, a rule between notes."""

    PAD = 8

    def _body_rect(self, width: int, font: QFont, body: str) -> QRect:
        metrics = QFontMetrics(font)
        return metrics.boundingRect(
            QRect(0, 0, max(60, width - 2 * self.PAD), 100_000),
            int(Qt.TextFlag.TextWordWrap),
            body,
        )

    def _small(self, font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
        return small

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else 300
        body = self._body_rect(width, option.font, index.data(NoteRole.BODY) or "")
        head = QFontMetrics(self._small(option.font)).height()
        return QSize(width, self.PAD * 2 + head + 4 + body.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        rect: QRect = option.rect
        palette = option.palette
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        small = self._small(option.font)
        head_h = QFontMetrics(small).height()
        painter.setFont(small)
        painter.setPen(muted(palette))
        left = rect.left() + self.PAD
        width = rect.width() - 2 * self.PAD
        painter.drawText(
            QRect(left, rect.top() + self.PAD, width, head_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            index.data(NoteRole.WHEN),
        )
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            QRect(left, rect.top() + self.PAD + head_h + 4, width, rect.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            | int(Qt.TextFlag.TextWordWrap),
            index.data(NoteRole.BODY),
        )
        if index.row() < index.model().rowCount() - 1:
            painter.setPen(palette.color(QPalette.ColorRole.Midlight))
            painter.drawLine(left, rect.bottom(), rect.right() - self.PAD, rect.bottom())
        painter.restore()


class NotesPanel(QWidget):
    """The notes list and the box to write a new one. Emits `submitted` with
    the text; the owner writes it and calls `clear_input` on success."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NotesModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(NoteDelegate(self.view))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setWordWrap(True)
        self.view.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.empty = QLabel(self.tr("No notes yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)

        self.input = QPlainTextEdit()
        self.input.setObjectName("noteInput")
        self.input.setPlaceholderText(self.tr("Write a note… (Ctrl+Enter adds it)"))
        self.input.setTabChangesFocus(True)
        self.input.setFixedHeight(QFontMetrics(self.input.font()).lineSpacing() * 3 + 14)
        self.add_button = QPushButton(self.tr("Add note"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._submit)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.input)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._submit)
        self.input.textChanged.connect(self._update_button)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.input)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        self._update_button()
        self.set_notes([])

    def set_notes(self, rows: Sequence[NoteRow]) -> None:
        self.model.set_notes(rows)
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def set_writable(self, writable: bool) -> None:
        """A deal not saved yet has nowhere to keep notes."""
        self.input.setEnabled(writable)
        self.input.setPlaceholderText(
            self.tr("Write a note… (Ctrl+Enter adds it)")
            if writable
            else self.tr("Save the deal first to add notes.")
        )
        self._update_button()

    def clear_input(self) -> None:
        self.input.clear()

    def _update_button(self) -> None:
        has_text = bool(self.input.toPlainText().strip())
        self.add_button.setEnabled(self.input.isEnabled() and has_text)

    def _submit(self) -> None:
        text = self.input.toPlainText().strip()
        if text and self.input.isEnabled():
            self.submitted.emit(text)
