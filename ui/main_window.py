"""The main window: a toolbar (pipeline, new deal, search), navigation on the
left, one page at a time on the right, the database in the status bar.

Pages are plain QWidgets built from `PAGES`; each takes `(ctx, actions, parent)`
and offers `nav_title()` and `nav_icon()`. Optional hooks a page may offer:
`set_pipeline(pipeline_id)`, a `badge_changed(int)` signal (a count shown in
the navigation), and an `open_deal_requested(int, list)` signal (deal id, and
the ids of the deals around it in that page's order, for next/previous).

Windows another part of the app provides (deal card, client card, pipeline
editor, import wizard) are imported when first opened, so a missing one
leaves its menu entry telling so instead of stopping the window.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from funnel import __version__
from funnel.store.firststart import is_demo
from ui import i18n
from ui.backup import back_up_database
from ui.context import AppContext, Changes
from ui.desktop import attach_desktop, export_calendar
from ui.exports.opening import open_customer_import, open_export
from ui.firststart.badge import demo_badge
from ui.operations.deals import DealActions
from ui.recent_files import add_file_entries
from ui.search_box import SearchBox
from ui.storage.notices import add_storage_notices
from ui.team.menu import add_users_menu
from ui.window_pages import PIPELINE_KEY, WindowPages, _exists, _optional

# (key, module, class). A page whose module is absent is left out.
PAGES: tuple[tuple[str, str, str], ...] = (
    ("today", "ui.today.page", "TodayPage"),
    ("board", "ui.board.page", "BoardPage"),
    ("deals", "ui.deals.page", "DealsPage"),
    ("clients", "ui.clients.page", "ClientsPage"),
    ("customers", "ui.customers.page", "CustomersPage"),
    ("cleanup", "ui.cleanup.page", "CleanupPage"),
    ("reports", "ui.reports.page", "ReportsPage"),
)
DEFAULT_PAGE = "board"
GEOMETRY_KEY = "window/geometry"
PAGE_KEY = "window/page"
PAGE_MIN_WIDTH = 480


def themed_icon(name: str, fallback: QStyle.StandardPixmap, widget: QWidget) -> QIcon:
    return QIcon.fromTheme(name, widget.style().standardIcon(fallback))


class MainWindow(WindowPages, QMainWindow):
    language_change_requested = Signal(str)  # "system" or a language code
    file_requested = Signal(str, bool)  # a database file to open; True: a new one
    getting_started_requested = Signal()  # Help › Getting started: the first-start assistant

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = QUndoStack(self)
        self.deal_actions = DealActions(ctx, self.undo_stack)
        self._pages: dict[str, QWidget] = {}
        self.pipeline_id: int | None = None
        self._pipeline_pending: set[str] = set()

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        # A page wider than this scrolls or squeezes rather than forcing the
        # whole window wider than a small laptop screen.
        self.stack.setMinimumWidth(PAGE_MIN_WIDTH)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        # The page shown first is built now; the others right after the window
        # has painted (they may read a lot), or the moment something asks for them.
        # (module, class) of each page whose module exists, imported when built.
        self._page_classes: dict[str, tuple[str, str] | type] = {
            key: (module_name, class_name)
            for key, module_name, class_name in PAGES
            if _exists(module_name)
        }
        self._later_scheduled = False
        self.nav.currentRowChanged.connect(self._page_changed)

        self._build_toolbar()
        self._build_menus()
        self.db_label = QLabel(ctx.db.display)
        self.db_label.setObjectName("databasePath")
        self.db_label.setToolTip(self.tr("The database in use"))
        self.demo_label = demo_badge()
        self.statusBar().addPermanentWidget(self.demo_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.storage_notices = add_storage_notices(self, ctx)  # read-only file, clock behind
        self.update_title()
        ctx.changed.connect(self._on_changed)
        self._restore_state()
        # Tray icon, reminders (and those missed while closed), start minimised.
        self.desktop = attach_desktop(self)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._later_scheduled and len(self._pages) < len(self._page_classes):
            self._later_scheduled = True
            # One turn later than the board's own first read, which its paint
            # (in this same pass) schedules when the start defers it.
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self.build_all_pages))

    def _on_changed(self, changes: Changes) -> None:
        if changes.everything or changes.stages:
            self._load_pipelines()  # a pipeline may have been added or renamed

    # toolbar ----------------------------------------------------------------
    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(18, 18))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

        label = QLabel(self.tr("Pipeline:"))
        label.setContentsMargins(8, 0, 4, 0)
        self.pipeline_box = QComboBox()
        self.pipeline_box.setObjectName("pipelineSelector")
        self.pipeline_box.setMinimumWidth(200)
        self.pipeline_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label.setBuddy(self.pipeline_box)
        toolbar.addWidget(label)
        toolbar.addWidget(self.pipeline_box)
        toolbar.addSeparator()

        self.new_deal_action = QAction(
            themed_icon("list-add", QStyle.StandardPixmap.SP_FileIcon, self),
            self.tr("New deal"),
            self,
        )
        self.new_deal_action.setObjectName("newDeal")
        self.new_deal_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_deal_action.setToolTip(self.tr("Create a deal in this pipeline (Ctrl+N)"))
        self.new_deal_action.triggered.connect(self.new_deal)
        toolbar.addAction(self.new_deal_action)

        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.search_box = SearchBox(self.ctx, self)
        self.search_box.setMaximumWidth(420)
        self.search_box.deal_chosen.connect(lambda deal_id: self.open_deal(deal_id, []))
        self.search_box.client_chosen.connect(self.open_client)
        toolbar.addWidget(self.search_box)

        self.pipeline_box.currentIndexChanged.connect(self._pipeline_chosen)

    # menus -----------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, menu=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        if menu is not None:
            menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.import_action = self._action(
            self.tr("&Import deals…"), self.import_deals, None, file_menu
        )
        self._action(self.tr("Import &clients…"), self.import_clients, None, file_menu)
        self._action(self.tr("Import &purchases…"), self.import_purchases, None, file_menu)
        self._action(self.tr("E&xport…"), self.export_lists, None, file_menu)
        self.backup_action = self._action(
            self.tr("&Back up database…"), self.back_up, None, file_menu
        )
        file_menu.addSeparator()
        self.export_ics_action = self._action(
            self.tr("&Export reminders to calendar (.ics)…"),
            lambda: export_calendar(self),
            None,
            file_menu,
        )
        file_menu.addSeparator()
        self._action(self.tr("&Quit"), self.quit_app, QKeySequence.StandardKey.Quit, file_menu)
        self.file_menu = file_menu
        self.recent_menu = add_file_entries(self, file_menu)  # Open…, New file…, Open recent

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # Ctrl+Shift+Z everywhere, and the platform's own (Ctrl+Y on Windows and KDE).
        keys = [QKeySequence("Ctrl+Shift+Z")]
        platform = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        keys += [k for k in platform if k not in keys]
        redo.setShortcuts(keys)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.new_deal_action)
        self.find_action = self._action(
            self.tr("&Find…"), self.search_box.focus_and_select, QKeySequence.StandardKey.Find,
            edit_menu,
        )  # fmt: skip
        self.edit_menu = edit_menu

        self.view_menu = bar.addMenu(self.tr("&View"))
        self._view_group = QActionGroup(self)
        self.view_actions: dict[str, QAction] = {}
        for key, page in self._pages.items():
            self._add_view_action(key, page, list(self._page_classes).index(key) + 1)

        pipeline_menu = bar.addMenu(self.tr("&Pipeline"))
        self.edit_pipeline_action = self._action(
            self.tr("&Edit pipeline…"), self.edit_pipeline, None, pipeline_menu
        )
        self.new_pipeline_action = self._action(
            self.tr("&New pipeline…"), self.new_pipeline, None, pipeline_menu
        )
        self.pipeline_menu = pipeline_menu

        settings_menu = bar.addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        language_menu.setObjectName("languageMenu")
        chosen = str(QSettings().value(i18n.LANGUAGE_KEY, "system"))
        languages = {"system": self.tr("System"), **i18n.language_names()}
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in languages.items():
            action = self._action(
                name, lambda _=False, c=code: self._choose_language(c), None, language_menu
            )
            action.setCheckable(True)
            action.setChecked(code == chosen)
            group.addAction(action)
            self.language_actions[code] = action
        self.language_menu = language_menu
        settings_menu.addSeparator()
        self.preferences_action = self._action(
            self.tr("&Preferences…"), self.edit_preferences, QKeySequence.StandardKey.Preferences,
            settings_menu,
        )  # fmt: skip
        self.settings_menu = settings_menu

        help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), self.show_shortcuts, QKeySequence("F1"), help_menu
        )
        self.getting_started_action = self._action(
            self.tr("&Getting started…"), self.getting_started_requested.emit, None, help_menu
        )
        self._action(self.tr("&About Funnel"), self.about, None, help_menu)
        self.help_menu = help_menu
        add_users_menu(self)  # Users ▸ Team members…, for a team server's managers

    def _add_view_action(self, key: str, page: QWidget, number: int) -> None:
        """View ▸ one entry per page, in navigation order, Ctrl+1 … Ctrl+9."""
        if not hasattr(self, "view_menu") or key in self.view_actions:
            return
        action = QAction(page.nav_title(), self)
        if number < 10:
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.setCheckable(True)
        action.triggered.connect(lambda _=False, k=key: self.show_page(k))
        self._view_group.addAction(action)
        order = list(self._page_classes)
        later = [
            self.view_actions[k] for k in order[order.index(key) + 1 :] if k in self.view_actions
        ]
        self.view_menu.insertAction(later[0] if later else None, action)
        self.view_actions[key] = action
        if key == self.current_page_key():
            action.setChecked(True)

    def _choose_language(self, code: str) -> None:
        if code != str(QSettings().value(i18n.LANGUAGE_KEY, "system")):
            self.language_change_requested.emit(code)

    # opening other windows -----------------------------------------------------
    def _missing(self, what: str) -> None:
        QMessageBox.information(
            self, self.tr("Funnel"), self.tr("%1 is not available in this build.").replace(
                "%1", what
            ),
        )  # fmt: skip

    def open_deal(self, deal_id: int, sequence: list | None = None) -> None:
        card_class = _optional("ui.deal_card", "DealCard")
        if card_class is None:
            self._missing(self.tr("The deal card"))
            return
        card = card_class(
            self.ctx, self.deal_actions, deal_id, sequence=list(sequence or []) or None, parent=self
        )
        if hasattr(card, "handed_away"):  # handed to a colleague: the card closed, say so here
            card.handed_away.connect(self.show_step)
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        card.open()

    def new_deal(self) -> None:
        card_class = _optional("ui.deal_card", "DealCard")
        if card_class is None:
            self._missing(self.tr("The deal card"))
            return
        card = card_class(
            self.ctx, self.deal_actions, None, pipeline_id=self.pipeline_id, parent=self
        )
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        card.open()

    def open_client(self, client_id: int) -> None:
        card_class = _optional("ui.clients.card", "ClientCard")
        if card_class is None:
            self._missing(self.tr("The client card"))
            return
        card = card_class(self.ctx, client_id, parent=self, undo_stack=self.undo_stack)
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        opener = getattr(card, "open_deal_requested", None)
        if opener is not None:  # a deal of the client, with the client's deals around it
            opener.connect(
                lambda deal_id: self.open_deal(deal_id, getattr(card, "deal_ids", list)())
            )
        card.open()

    def edit_pipeline(self, *, new: bool = False):
        """The pipeline editor on the pipeline shown; OK shows the pipeline it
        was on (a new one, say). With `new`, it starts by asking for a new one."""
        editor_class = _optional("ui.pipeline_editor", "PipelineEditor")
        if editor_class is None:
            self._missing(self.tr("The pipeline editor"))
            return None
        editor = editor_class(self.ctx, self.pipeline_id, parent=self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        applied = getattr(editor, "applied", None)
        if applied is not None:
            applied.connect(self._pipeline_applied)
        editor.open()
        button = getattr(editor, "new_pipeline_button", None)
        if new and button is not None:
            QTimer.singleShot(0, button.click)  # once the editor is on screen
        return editor

    def new_pipeline(self) -> None:
        self.edit_pipeline(new=True)

    def _pipeline_applied(self, pipeline_id: int) -> None:
        self._load_pipelines()
        self.set_pipeline(pipeline_id)

    def import_deals(self) -> None:
        wizard_class = _optional("ui.imports.wizard", "ImportWizard")
        if wizard_class is None:
            self._missing(self.tr("Importing"))
            return
        wizard = wizard_class(self.ctx, parent=self, undo_stack=self.undo_stack)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()

    def import_clients(self) -> None:
        open_customer_import(self, "clients")

    def import_purchases(self) -> None:
        open_customer_import(self, "purchases")

    def export_lists(self) -> None:
        open_export(self)

    def back_up(self) -> None:
        back_up_database(self)  # a file copied, or a team server into a new file

    def edit_preferences(self):
        from ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.language_chosen.connect(self._choose_language)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def show_shortcuts(self) -> None:
        from ui.help.shortcuts_dialog import ShortcutsDialog

        self.build_all_pages()  # so View › lists every screen's Ctrl+number
        key = self.current_page_key()
        title = self._pages[key].nav_title() if key in self._pages else ""
        ShortcutsDialog(key, title, self.menuBar(), self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Funnel"),
            self.tr(
                "<h3>Funnel %1</h3><p>A desktop sales-pipeline manager: deals through "
                "the stages of a funnel, stalled leads flagged, no follow-up forgotten.</p>"
                "<p>Database: %2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", self.ctx.db.display),
        )

    def update_title(self) -> None:
        """The file's name in the title; a demo file says so there and in the status bar."""
        demo = self.ctx.read(is_demo)
        name = self.ctx.db.name  # a file's name, or "database @ host"
        parts = [name, self.tr("Demo data")] if demo else [name]
        self.setWindowTitle(" — ".join([*parts, self.tr("Funnel")]))
        self.demo_label.setVisible(demo)

    # state -----------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        remembered = settings.value(PIPELINE_KEY)
        try:
            self.pipeline_id = int(remembered) if remembered is not None else None
        except (TypeError, ValueError):
            self.pipeline_id = None
        first = str(settings.value(PAGE_KEY, DEFAULT_PAGE))
        if first not in self._page_classes:
            first = DEFAULT_PAGE if DEFAULT_PAGE in self._page_classes else None
        if first is None and self._page_classes:
            first = next(iter(self._page_classes))
        if first is not None:
            self._build_page(first)
        self._load_pipelines()
        if first is not None:
            self.show_page(first)

    def quit_app(self) -> None:
        """Quit for good, also when closing the window only hides it in the tray."""
        desktop = getattr(self, "desktop", None)
        if desktop is not None:
            desktop.quit()
        else:
            self.close()

    def closeEvent(self, event) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        key = self.current_page_key()
        if key:
            settings.setValue(PAGE_KEY, key)
        if self.pipeline_id is not None:
            settings.setValue(PIPELINE_KEY, self.pipeline_id)
        super().closeEvent(event)
