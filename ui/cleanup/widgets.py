"""Small pieces the clean-up screens share: a button that shows its key, a
status chip, and text colours that carry meaning on light and dark palettes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from ui.board.delegate import ink, tint
from ui.deal_card.format import muted

KEY_GAP = 10  # between a button's label and its key cap
PAD_X = 12
PAD_Y = 7
# Advances are fractional: a label measured at 60 px may need 61 to draw unelided.
TEXT_SLACK = 3


def set_text_colour(label: QLabel, colour: QColor | None) -> None:
    """Text in a meaning colour, or (None) the palette's own text colour."""
    palette = label.palette()
    if colour is None:
        colour = QApplication.palette().color(QPalette.ColorRole.WindowText)
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


def muted_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, muted(label.palette()))
    label.setPalette(palette)
    return label


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


class KeyButton(QAbstractButton):
    """A push button whose label sits on the left and whose keyboard key is
    drawn as a small cap on the right, so the key is learnt by looking."""

    def __init__(self, text: str, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)
        self._key = key
        self._default = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(f"{text} ({self.key_text()})")

    def key_text(self) -> str:
        """The key as the keyboard labels it ("Enter", "Alt+2", "4")."""
        text = QKeySequence(self._key).toString(QKeySequence.SequenceFormat.NativeText)
        # Qt names the main Enter key "Return"; the keycap says Enter.
        enter = QCoreApplication.translate("Cleanup", "Enter", "the key")
        return (text or self._key).replace("Return", enter)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()

    def set_default(self, default: bool) -> None:
        """Drawn as the default button: the one Enter presses."""
        self._default = default
        self.update()

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        small = QFontMetrics(self._key_font())
        text = fm.horizontalAdvance(self.text()) + TEXT_SLACK
        width = PAD_X * 2 + text + KEY_GAP + self._cap_width(small)
        height = max(fm.height(), small.height() + 4) + PAD_Y * 2
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _key_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        return font

    def _cap_width(self, fm: QFontMetrics) -> int:
        return max(fm.horizontalAdvance(self.key_text()) + 10, fm.height() + 4)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        option = QStyleOptionButton()
        option.initFrom(self)
        option.rect = self.rect()
        if self.isDown():
            option.state |= QStyle.StateFlag.State_Sunken
        else:
            option.state |= QStyle.StateFlag.State_Raised
        if self._default:
            option.features |= QStyleOptionButton.ButtonFeature.DefaultButton
        self.style().drawControl(QStyle.ControlElement.CE_PushButtonBevel, option, painter, self)
        palette = self.palette()
        enabled = self.isEnabled()
        text_colour = palette.color(
            QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled,
            QPalette.ColorRole.ButtonText,
        )
        small = QFontMetrics(self._key_font())
        cap_w = self._cap_width(small)
        cap_h = small.height() + 4
        inner = self.rect().adjusted(PAD_X, 0, -PAD_X, 0)
        cap = QRect(inner.right() - cap_w + 1, (self.height() - cap_h) // 2, cap_w, cap_h)
        label = QRect(inner.left(), 0, cap.left() - KEY_GAP - inner.left(), self.height())
        painter.setPen(text_colour)
        painter.setFont(self.font())
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, label.width()
        )
        painter.drawText(label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
        cap_colour = muted(palette)
        if not enabled:
            cap_colour.setAlpha(110)
        painter.setPen(QPen(cap_colour, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(cap.adjusted(0, 0, -1, -1), 4, 4)
        painter.setFont(self._key_font())
        painter.drawText(cap, Qt.AlignmentFlag.AlignCenter, self.key_text())
        painter.end()


class Chip(QLabel):
    """A small rounded label with a pale fill in a meaning colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = QColor("#888888")
        font = scaled_font(self, 0.92, bold=True)
        self.setFont(font)
        self.setContentsMargins(8, 2, 8, 2)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def show_chip(self, text: str, colour: QColor) -> None:
        self._colour = QColor(colour)
        self.setText(text)
        self.setVisible(bool(text))
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint(self._colour, palette, 0.2))
        rect = self.rect().adjusted(0, 0, -1, -1)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(ink(self._colour, palette))
        painter.setFont(self.font())
        painter.drawText(self.contentsRect(), Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()
