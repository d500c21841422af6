"""Does every text on screen read whole? A test helper for any widget tree.

`cut_texts(root)` lists each visible label, button and header section whose
text needs more width than it has (measured with the widget's own font
metrics), and each scroll area that shows a horizontal scrollbar (the screen
is wider than the window). Elided text counts as cut, except in a list cell,
which shows its whole text in a tooltip.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QStyle,
    QWidget,
)

SLACK = 1  # a pixel of rounding


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.isVisible() and widget.width() > 0


def _visible_width(widget: QWidget, root: QWidget) -> int:
    """The widget's width left after every ancestor up to `root` clips it
    (not counting a sideways scroller, which shows the rest on scrolling)."""
    if getattr(root, "_fit_scrollers", ()) and any(
        s.isAncestorOf(widget)
        for s in root._fit_scrollers  # type: ignore[attr-defined]
    ):
        return widget.width()
    rect = QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        rect = rect.intersected(QRect(parent.mapTo(root, parent.rect().topLeft()), parent.size()))
        if parent is root:
            break
        parent = parent.parentWidget()
    return rect.width() if rect.isValid() else 0


def _plain_lines(label: QLabel) -> list[str]:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    ):
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return [line for line in re.split(r"[\n\u2028\u2029]", text) if line.strip()]


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


def _label_cut(label: QLabel, root: QWidget) -> str | None:
    lines = _plain_lines(label)
    if not lines or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect().width() - 2 * max(label.margin(), 0) - max(label.indent(), 0)
    room = min(room, _visible_width(label, root) - (label.width() - label.contentsRect().width()))
    metrics = label.fontMetrics()
    if label.wordWrap():
        # Wrapped text is cut when it needs more lines than the label's height,
        # or when one word is wider than the label.
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"{_name(label)} needs {needed}px of height, has {label.height()}: {lines[0]!r}"
        words = [w for line in lines for w in line.split()]
        widest = max((metrics.horizontalAdvance(w) for w in words), default=0)
        if widest > room + SLACK:
            return f"{_name(label)} has a word wider than {room}px: {lines[0]!r}"
        return None
    for line in lines:
        width = metrics.horizontalAdvance(line)
        if width > room + SLACK:
            return f"{_name(label)} needs {width}px, has {room}: {line!r}"
    return None


def _button_cut(button: QAbstractButton, root: QWidget) -> str | None:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text.strip():
        return None
    needed = button.sizeHint().width()
    has = min(button.width(), _visible_width(button, root))
    if needed > has + SLACK:
        return f"{_name(button)} needs {needed}px, has {has}: {text!r}"
    return None


def _header_cuts(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    cuts = []
    metrics = header.fontMetrics()
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    viewport = header.viewport().width()
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = str(model.headerData(logical, Qt.Orientation.Horizontal) or "")
        if not text:
            continue
        needed = metrics.horizontalAdvance(text) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            needed += arrow + margin
        start = header.sectionViewportPosition(logical)
        size = header.sectionSize(logical)
        shown = min(start + size, viewport) - max(start, 0)
        if needed > shown + SLACK:
            cuts.append(f"{_name(header)} section {text!r} needs {needed}px, has {shown}")
    return cuts


def cut_texts(root: QWidget, *, may_scroll_sideways: tuple[QWidget, ...] = ()) -> list[str]:
    """Every text under `root` (shown on screen) that does not read whole."""
    cuts: list[str] = []
    root._fit_scrollers = may_scroll_sideways  # type: ignore[attr-defined]
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        if isinstance(widget, QLabel):
            cut = _label_cut(widget, root)
        elif isinstance(widget, QAbstractButton):
            cut = _button_cut(widget, root)
        elif isinstance(widget, QHeaderView):
            cuts.extend(_header_cuts(widget))
            cut = None
        elif isinstance(widget, QAbstractScrollArea):
            bar = widget.horizontalScrollBar()
            sideways = bar.isVisible() and bar.maximum() > 0
            allowed = any(w is widget or w.isAncestorOf(widget) for w in may_scroll_sideways)
            cut = f"{_name(widget)} scrolls sideways" if sideways and not allowed else None
        else:
            cut = None
        if cut:
            cuts.append(cut)
    return cuts


__all__ = ["cut_texts"]
