"""The main window: navigation on the left, one page at a time on the right.

Pages are plain QWidgets built from `PAGES`; each takes `(ctx, actions, parent)`
and offers `nav_title()` and `nav_icon()`. Optional hooks a page may offer:
`set_pipeline(pipeline_id)`, a `badge_changed(int)` signal (a count shown in
the navigation), and an `open_deal_requested(int, list)` signal (deal id, and
the ids of the deals around it in that page's order, for next/previous).
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ui.actions import DealActions
from ui.context import AppContext

# (key, module, class). A page whose module is absent is left out.
PAGES: tuple[tuple[str, str, str], ...] = (
    ("today", "ui.today.page", "TodayPage"),
    ("board", "ui.board.page", "BoardPage"),
    ("deals", "ui.deals.page", "DealsPage"),
    ("clients", "ui.clients.page", "ClientsPage"),
    ("cleanup", "ui.cleanup.page", "CleanupPage"),
)
DEFAULT_PAGE = "board"


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = QUndoStack(self)
        self.actions = DealActions(ctx, self.undo_stack)
        self.pages: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("Funnel"))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.nav.setIconSize(self.nav.iconSize() * 1.2)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        for key, module_name, class_name in PAGES:
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:
                if exc.name and module_name.startswith(exc.name):
                    continue
                raise
            self.add_page(key, getattr(module, class_name)(ctx, self.actions, self))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        self._build_menus()
        self.statusBar().addPermanentWidget(QLabel(str(ctx.db.path)))
        self._restore_state()

    # pages -----------------------------------------------------------------
    def add_page(self, key: str, page: QWidget) -> None:
        self.pages[key] = page
        item = QListWidgetItem(page.nav_icon(), page.nav_title())
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
        self.stack.addWidget(page)
        badge = getattr(page, "badge_changed", None)
        if badge is not None:
            badge.connect(
                lambda n, it=item, p=page: it.setText(
                    f"{p.nav_title()}  ({n})" if n else p.nav_title()
                )
            )

    def show_page(self, key: str) -> None:
        keys = list(self.pages)
        if key in keys:
            self.nav.setCurrentRow(keys.index(key))

    def current_page_key(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    # menus -----------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.edit_menu = edit_menu

    # state -----------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self.show_page(str(settings.value("window/page", DEFAULT_PAGE)))

    def closeEvent(self, event) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        key = self.current_page_key()
        if key:
            settings.setValue("window/page", key)
        super().closeEvent(event)
