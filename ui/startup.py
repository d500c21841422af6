"""Starting the window fast (issue 10, item 25).

Most of a cold start is importing SQLAlchemy and the app's modules and
building the mapper, then reading the board's cards. A person should not
stare at nothing meanwhile, so the start is in three steps:

1. Qt alone (this module imports nothing heavier than PySide6 and the
   language): the application, the user's language, and the window's frame
   — its saved size and place, title, menus, toolbar and navigation — shown
   at once, as a still shell.
2. On the event loop's first turn after that: the rest of the app is
   imported, the database opened and the real window built over the
   shell's geometry; it replaces the shell in the same place.
3. The board reads its cards once the window has painted (see
   `BoardPage.reload`), so the frame, navigation and column headers are on
   screen before the 10,000 cards are.

`FUNNEL_STARTUP_TRACE=1` prints when the first window is exposed, when the
real one is, and when the board's cards are first painted (perf_counter,
CLOCK_MONOTONIC: comparable across processes); `benchmarks/bench_startup.py`
reads them. `FUNNEL_STARTUP_QUIT=1` then quits, for the benchmark's runs.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from ui import i18n
from ui.application import make_application

TRACE_ENV = "FUNNEL_STARTUP_TRACE"
QUIT_ENV = "FUNNEL_STARTUP_QUIT"
GEOMETRY_KEY = "window/geometry"  # the main window's own key (ui/main_window.py)
# The navigation as the window lists it: (translation context, title). A page
# that turns out absent simply is not in the real window a moment later.
NAV_TITLES = (
    ("TodayPage", "Today"),
    ("BoardPage", "Board"),
    ("DealsPage", "Deals"),
    ("ClientsPage", "Clients"),
    ("CustomersPage", "Customers"),
    ("Cleanup", "Clean-up"),
    ("ReportsPage", "Reports"),
)
MENUS = ("&File", "&Edit", "&View", "&Pipeline", "&Settings", "&Help")


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class StartupShell(QMainWindow):
    """The main window's frame while the app loads: nothing in it works yet."""

    painted = Signal()  # its first paint: the frame is on screen

    def __init__(self) -> None:
        super().__init__()
        self._painted = False
        self.setObjectName("startupShell")
        self.setWindowTitle(_t("MainWindow", "Funnel"))
        for title in MENUS:
            self.menuBar().addMenu(_t("MainWindow", title)).setEnabled(False)
        toolbar = QToolBar()
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(18, 18))
        label = QLabel(_t("MainWindow", "Pipeline:"))
        label.setContentsMargins(8, 0, 4, 0)
        box = QComboBox()
        box.setMinimumWidth(200)
        box.setEnabled(False)
        toolbar.addWidget(label)
        toolbar.addWidget(box)
        toolbar.addSeparator()
        toolbar.addAction(_t("MainWindow", "New deal")).setEnabled(False)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        nav = QListWidget()
        nav.setFixedWidth(190)
        nav.setSpacing(2)
        nav.setEnabled(False)
        for context, title in NAV_TITLES:
            item = QListWidgetItem(_t(context, title))
            item.setSizeHint(QSize(0, 34))
            nav.addItem(item)
        page = QLabel(QCoreApplication.translate("Startup", "Opening your pipeline…"))
        page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.setEnabled(False)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(nav)
        layout.addWidget(page, 1)
        self.setCentralWidget(central)
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()


class StartupTrace(QObject):
    """Prints the moments the benchmark measures (see the module's text)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.seen: set[str] = set()

    def note(self, what: str) -> None:
        if what not in self.seen:
            self.seen.add(what)
            print(f"STARTUP {what} {time.perf_counter():.6f}", file=sys.stderr, flush=True)
            if what == "cards" and os.environ.get(QUIT_ENV):
                QTimer.singleShot(0, self.app.quit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Expose and isinstance(watched, QWindow) and watched.isExposed():
            self.note("exposed")
            if watched.objectName() != "startupShellWindow":
                self.note("window")
        elif kind == QEvent.Type.Paint and "cards" not in self.seen:
            view = watched.parent() if isinstance(watched, QWidget) else None
            if type(view).__name__ == "BoardListView" and view.model().rowCount() > 0:
                self.note("cards")
        return False


def install_trace(app: QApplication) -> None:
    """With FUNNEL_STARTUP_TRACE set, print the start-up's moments."""
    if os.environ.get(TRACE_ENV):
        app.installEventFilter(StartupTrace(app))


def run_window(db_arg: str | None = None, *, minimized: bool = False) -> int:
    """The desktop app, shell first (see the module's text)."""
    app = make_application()
    install_trace(app)
    i18n.install_language(i18n.chosen_language())
    shell = None if minimized else StartupShell()
    if shell is not None:
        shell.show()
        handle = shell.windowHandle()
        if handle is not None:
            handle.setObjectName("startupShellWindow")
    started: dict[str, Any] = {}

    def open_app() -> None:
        if started:
            return
        started["opening"] = True
        from ui.app import start_app

        funnel_app = start_app(db_arg, minimized=minimized, shell=shell, deferred_board=True)
        if funnel_app is None:
            app.exit(1)
            return
        started["app"] = funnel_app

    if shell is None:
        QTimer.singleShot(0, open_app)
    else:
        # After the shell's first paint, not before: a zero timer posted now
        # could run before the window system has shown anything. (The long
        # timer only guards against a platform that never paints a window.)
        shell.painted.connect(lambda: QTimer.singleShot(0, open_app))
        QTimer.singleShot(1500, open_app)
    code = app.exec()
    if "app" in started:
        started["app"].ctx.db.close()
    return code
