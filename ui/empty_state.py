"""What a screen shows when it has nothing in it: what the screen is for and
the one action that fills it ("Add your first deal…").

`EmptyState` is a plain widget for a page's stack or layout. `EmptyOverlay`
floats one over another widget (the board's columns stay visible underneath,
so a new user sees their stages and what to do next) and follows its size.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

TEXT_WIDTH = 480  # a readable line; longer text wraps (and the least a page needs)
OVERLAY_MARGIN = 24


class EmptyState(QFrame):
    """A title, a sentence or two, and buttons. Hidden parts take no room."""

    def __init__(self, title: str = "", text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.title_label = QLabel(title)
        self.title_label.setObjectName("emptyTitle")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text_label = QLabel(text)
        self.text_label.setObjectName("emptyText")
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        for label in (self.title_label, self.text_label):
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.buttons: list[QPushButton] = []
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(10)
        self._buttons.addStretch(1)
        self._buttons.addStretch(1)

        inner = QVBoxLayout()
        inner.setSpacing(10)
        inner.addWidget(self.title_label)
        inner.addWidget(self.text_label)
        inner.addSpacing(6)
        inner.addLayout(self._buttons)
        self.column = QWidget()
        self.column.setFixedWidth(TEXT_WIDTH)
        self.column.setLayout(inner)
        inner.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addStretch(1)
        layout.addWidget(self.column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.set_text(title, text)

    def _fit_text(self) -> None:
        """Each label exactly as tall as its text wrapped at the column's width
        (a wrapped QLabel otherwise asks for the height of a much narrower line)."""
        for label in (self.title_label, self.text_label):
            metrics = QFontMetrics(label.font())
            flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter
            rect = metrics.boundingRect(QRect(0, 0, TEXT_WIDTH, 100_000), flags, label.text())
            label.setFixedHeight(rect.height() + 2)

    def set_text(self, title: str, text: str) -> None:
        self.title_label.setText(title)
        self.title_label.setVisible(bool(title))
        self.text_label.setText(text)
        self.text_label.setVisible(bool(text))
        self._fit_text()

    def add_button(
        self, text: str, slot: Callable[[], object], *, primary: bool = False
    ) -> QPushButton:
        button = QPushButton(text)
        button.setDefault(primary)
        button.setAutoDefault(False)
        if primary:
            font = QFont(button.font())
            font.setBold(True)
            button.setFont(font)
        button.clicked.connect(lambda _=False: slot())
        self._buttons.insertWidget(self._buttons.count() - 1, button)
        self.buttons.append(button)
        return button


class EmptyOverlay(QObject):
    """Keeps an `EmptyState` as a card centred over `host`, above its children.
    Only the card takes clicks; the rest of the host stays usable."""

    def __init__(self, host: QWidget, state: EmptyState) -> None:
        super().__init__(host)
        self.host = host
        self.state = state
        state.setParent(host)
        state.setAutoFillBackground(True)
        state.setFrameShape(QFrame.Shape.StyledPanel)
        state.setBackgroundRole(QPalette.ColorRole.Base)
        state.hide()
        host.installEventFilter(self)

    def set_visible(self, visible: bool) -> None:
        if visible:
            self._place()
            self.state.show()
            self.state.raise_()
        else:
            self.state.hide()

    def is_shown(self) -> bool:
        return not self.state.isHidden()

    def _place(self) -> None:
        area = self.host.rect().adjusted(
            OVERLAY_MARGIN, OVERLAY_MARGIN, -OVERLAY_MARGIN, -OVERLAY_MARGIN
        )
        hint = self.state.sizeHint()
        width, height = min(area.width(), hint.width()), min(area.height(), hint.height())
        self.state.setFixedSize(max(width, 0), max(height, 0))
        self.state.move(area.center().x() - width // 2, area.center().y() - height // 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        placing = event.type() in (QEvent.Type.Resize, QEvent.Type.Show)
        if watched is self.host and placing and self.is_shown():
            self._place()
        return False
