"""The tray icon: Show Funnel, Today, Quit; and, with "minimise to tray on
close" on, closing the window hides it instead, so reminders keep coming.

Qt quits when the last window closes. While the window is hidden in the tray
that rule is switched off (a deal card opened from a reminder and closed must
not end the app) and switched back on when the window is shown again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStyle, QSystemTrayIcon

MINIMIZE_ON_CLOSE_KEY = "tray/minimize_on_close"
TOLD_KEY = "tray/told_still_running"


def minimize_on_close() -> bool:
    """On unless turned off: reminders only work while the app runs."""
    value = QSettings().value(MINIMIZE_ON_CLOSE_KEY, True)
    return value if isinstance(value, bool) else str(value).lower() in ("true", "1")


def set_minimize_on_close(on: bool) -> None:
    QSettings().setValue(MINIMIZE_ON_CLOSE_KEY, on)


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class Tray(QObject):
    """Owns the tray icon of one main window."""

    today_requested = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.quitting = False
        app = QApplication.instance()
        icon = app.windowIcon() if isinstance(app, QGuiApplication) else QIcon()
        if icon.isNull():
            icon = window.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(self.tr("Funnel"))
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.show_action = QAction(self.tr("Show Funnel"), self)
        self.show_action.triggered.connect(self.show_window)
        self.today_action = QAction(self.tr("Today"), self)
        self.today_action.triggered.connect(self._today)
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.triggered.connect(self.quit)
        self.menu.addAction(self.show_action)
        self.menu.addAction(self.today_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        window.installEventFilter(self)
        window.destroyed.connect(self.menu.deleteLater)  # a parentless menu goes with us
        if tray_available():
            self.icon.show()

    # the window ------------------------------------------------------------------
    def show_window(self) -> None:
        QApplication.setQuitOnLastWindowClosed(True)
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def hide_window(self) -> None:
        QApplication.setQuitOnLastWindowClosed(False)
        self.window.hide()
        if not QSettings().value(TOLD_KEY, False, type=bool):
            QSettings().setValue(TOLD_KEY, True)
            self.icon.showMessage(
                self.tr("Funnel is still running"),
                self.tr(
                    "Reminders keep coming while Funnel is in the tray. Quit it from the tray menu."
                ),
                QSystemTrayIcon.MessageIcon.Information,
                8000,
            )

    def _today(self) -> None:
        self.show_window()
        self.today_requested.emit()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            if self.window.isVisible() and not self.window.isMinimized():
                self.hide_window()
            else:
                self.show_window()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.window
            and event.type() == QEvent.Type.Close
            and not self.quitting
            and minimize_on_close()
            and tray_available()
        ):
            event.ignore()
            self.hide_window()
            return True
        return super().eventFilter(watched, event)

    # leaving ---------------------------------------------------------------------
    def close_for_good(self) -> None:
        """Close the window itself (its state is saved), not to the tray."""
        self.quitting = True
        self.icon.hide()
        QApplication.setQuitOnLastWindowClosed(True)
        self.window.close()

    def quit(self) -> None:
        self.close_for_good()
        QCoreApplication.quit()


def tray_of(window: QMainWindow) -> Tray | None:
    return window.findChild(Tray, options=Qt.FindChildOption.FindDirectChildrenOnly)
