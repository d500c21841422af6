"""A tour of the keys: the first time a screen opens, one dismissible line at
its top names its most useful keys. Each screen's line is shown once (Qt
settings remember it), so it teaches without nagging."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

SEEN_KEY = "tour/seen"  # the page keys whose line was shown


def tips() -> dict[str, str]:
    return {
        "board": QCoreApplication.translate(
            "KeyTour",
            "Keys: <b>arrows</b> walk the cards · <b>Enter</b> opens one · "
            "<b>Alt+→ / Alt+←</b> move it a stage · <b>Ctrl+N</b> new deal",
        ),
        "today": QCoreApplication.translate(
            "KeyTour",
            "Keys: <b>↑ ↓</b> walk the list · <b>D</b> done · <b>S</b> snooze · "
            "<b>N</b> next step · <b>Enter</b> opens the deal",
        ),
        "deals": QCoreApplication.translate(
            "KeyTour",
            "Keys: <b>Enter</b> opens the selected deal · <b>Ctrl+F</b> finds any deal or "
            "client · <b>Ctrl+N</b> new deal",
        ),
        "clients": QCoreApplication.translate(
            "KeyTour",
            "Keys: <b>Enter</b> opens the selected client · <b>Ctrl+F</b> finds any client or deal",
        ),
        "cleanup": QCoreApplication.translate(
            "KeyTour",
            "Keys: <b>Enter</b> starts the review; then <b>1</b>–<b>7</b> decide, "
            "<b>N</b> next step, <b>W</b> won, <b>L</b> lost, <b>Enter</b> keeps the deal",
        ),
    }


def seen_pages(settings: QSettings | None = None) -> set[str]:
    value: Any = (settings or QSettings()).value(SEEN_KEY, [])
    if isinstance(value, str):
        value = [value]
    return set(value or [])


def _mark_seen(key: str) -> None:
    QSettings().setValue(SEEN_KEY, sorted(seen_pages() | {key}))


class TipBar(QFrame):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyTip")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.close_button = QToolButton()
        self.close_button.setObjectName("closeTip")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(QCoreApplication.translate("KeyTour", "Got it"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 5, 6, 5)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)


class KeyTour(QObject):
    """Watches the window's navigation and puts a page's line on it once."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.bars: dict[str, TipBar] = {}
        window.nav.currentRowChanged.connect(lambda _row: self.show_for_current())
        self.show_for_current()

    def show_for_current(self) -> None:
        key = self.window.current_page_key()
        text = tips().get(key or "")
        if key is None or text is None or key in self.bars or key in seen_pages():
            return
        page = self.window.stack.currentWidget()
        layout = page.layout() if page is not None else None
        if layout is None:
            return
        bar = TipBar(text, page)
        layout.insertWidget(0, bar)
        bar.show()  # a child added to a page already on screen starts hidden
        self.bars[key] = bar
        _mark_seen(key)


def attach_tour(window: Any) -> KeyTour:
    return KeyTour(window)
