"""A thin bar at the top of the window while the team server cannot be
reached: "The team server cannot be reached — retrying in 5 s… [Retry now]".
It follows the context's `LiveRefresh` and hides when the server is back."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.team.live import LiveRefresh

STYLE = (
    "QFrame#serverBanner { background: #fff4ce; border-bottom: 1px solid #e0c060; }"
    " QFrame#serverBanner QLabel { color: #3b2f00; }"
)


class ServerBanner(QFrame):
    def __init__(self, live: LiveRefresh, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverBanner")
        self.setStyleSheet(STYLE)
        self.live = live
        self.label = QLabel()
        self.label.setObjectName("serverBannerText")
        self.label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry now"))
        self.retry_button.setObjectName("serverBannerRetry")
        self.retry_button.clicked.connect(self._retry)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        self._why = ""
        live.unavailable.connect(self._show_down)
        live.countdown.connect(self._show_countdown)
        live.available.connect(self.hide)
        self.setVisible(live.down)
        if live.down:
            self._show_countdown(live.seconds_left)

    def _show_down(self, why: str) -> None:
        self._why = why
        self.setToolTip(why)
        self.show()

    def _show_countdown(self, seconds: int) -> None:
        text = self.tr("The team server cannot be reached — retrying in %n s…", "", seconds)
        self.label.setText(text)
        self.show()

    def _retry(self) -> None:
        self.label.setText(self.tr("The team server cannot be reached — trying again…"))
        self.label.repaint()
        self.live.retry_now()


def add_banner(window: QMainWindow, live: LiveRefresh) -> ServerBanner:
    """Put the banner above the window's pages (the central widget moves into
    a column under it)."""
    central = window.takeCentralWidget()
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    banner = ServerBanner(live, column)
    layout.addWidget(banner)
    if central is not None:
        layout.addWidget(central, 1)
    window.setCentralWidget(column)
    return banner
