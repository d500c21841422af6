"""The main window's pages and the pipeline they show: pages are built when
first needed and listed in the navigation in `PAGES` order; the pipeline
chosen in the toolbar is passed to the page on screen at once and to the
others when they are shown."""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from funnel.pipeline.pipelines import list_pipelines
from ui.context import AppContext
from ui.operations.deals import DealActions

PIPELINE_KEY = "window/pipeline"
STEP_MESSAGE_MS = 8000


def _optional(module_name: str, class_name: str):
    """A class from a part of the app that may not be installed yet, or None."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            return None
        raise
    return getattr(module, class_name, None)


def _exists(module_name: str) -> bool:
    try:
        return importlib.util.find_spec(module_name) is not None
    except ModuleNotFoundError:  # its package is absent
        return False


if TYPE_CHECKING:  # to the type checker, the QMainWindow it is mixed into
    _Base = QMainWindow
else:
    _Base = object


class WindowPages(_Base):
    """Mixed into `MainWindow`, whose navigation, stack and toolbar it uses."""

    ctx: AppContext
    deal_actions: DealActions
    nav: QListWidget
    stack: QStackedWidget
    pipeline_box: QComboBox
    pipeline_id: int | None
    view_actions: dict[str, QAction]
    _pages: dict[str, QWidget]
    _page_classes: dict[str, tuple[str, str] | type]
    _pipeline_pending: set[str]

    if TYPE_CHECKING:

        def _add_view_action(self, key: str, page: QWidget, number: int) -> None: ...
        def open_deal(self, deal_id: int, sequence: list | None = None) -> None: ...

    # pages -----------------------------------------------------------------
    @property
    def pages(self) -> dict[str, QWidget]:
        """Every page by key, in navigation order (building any not built yet)."""
        self.build_all_pages()
        return self._pages

    def build_all_pages(self) -> None:
        for key in self._page_classes:
            if key not in self._pages:
                self._build_page(key)

    def _build_page(self, key: str) -> QWidget:
        spec = self._page_classes[key]
        page_class = _optional(*spec) if isinstance(spec, tuple) else spec
        if page_class is None:
            raise ModuleNotFoundError(f"{spec} has no page class")
        page = page_class(self.ctx, self.deal_actions, self)
        self.add_page(key, page)
        return page

    def add_page(self, key: str, page: QWidget) -> None:
        order = list(self._page_classes)
        if key not in order:
            self._page_classes[key] = type(page)
            order.append(key)
        row = sum(1 for k in self._pages if order.index(k) < order.index(key))
        self._pages = dict(
            sorted({**self._pages, key: page}.items(), key=lambda kv: order.index(kv[0]))
        )
        item = QListWidgetItem(page.nav_icon(), page.nav_title())
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(0, 34))
        self.stack.insertWidget(row, page)
        self.nav.insertItem(row, item)
        self._add_view_action(key, page, order.index(key) + 1)
        badge = getattr(page, "badge_changed", None)
        if badge is not None:
            badge.connect(
                lambda n, it=item, p=page: it.setText(
                    f"{p.nav_title()}  ({n})" if n else p.nav_title()
                )
            )
        opener = getattr(page, "open_deal_requested", None)
        if opener is not None:
            opener.connect(self.open_deal)
        if hasattr(page, "set_pipeline") and self.pipeline_id is not None:
            self._pipeline_pending.add(key)
        chooser = getattr(page, "pipeline_chosen", None)
        if chooser is not None:  # a page's own pipeline filter moves the toolbar
            chooser.connect(self._page_chose_pipeline)

    def show_page(self, key: str) -> None:
        if key in self._page_classes and key not in self._pages:
            self._build_page(key)
        keys = list(self._pages)
        if key in keys:
            self.nav.setCurrentRow(keys.index(key))

    def current_page_key(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def show_step(self, text: str) -> None:
        """Say what was just done on the page shown: its undo bar (Undo takes
        back the step just pushed), or the status bar on a page without one."""
        page = self._pages.get(self.current_page_key() or "")
        bar = getattr(page, "undo_bar", None)
        if bar is not None:
            bar.show_step(text)
        else:
            self.statusBar().showMessage(text, STEP_MESSAGE_MS)

    def _page_changed(self, row: int) -> None:
        key = self.current_page_key()
        self._follow_pipeline(key)
        if key:
            self.stack.setCurrentWidget(self._pages[key])
        action = self.view_actions.get(key) if key else None
        if action is not None:
            action.setChecked(True)

    # pipelines ---------------------------------------------------------------
    def _load_pipelines(self) -> None:
        pipelines = self.ctx.read(list_pipelines)
        wanted = self.pipeline_id
        self.pipeline_box.blockSignals(True)
        self.pipeline_box.clear()
        for pipeline in pipelines:
            self.pipeline_box.addItem(pipeline.name, pipeline.id)
        index = self.pipeline_box.findData(wanted) if wanted is not None else -1
        self.pipeline_box.setCurrentIndex(index if index >= 0 else 0)
        self.pipeline_box.blockSignals(False)
        self.set_pipeline(self.pipeline_box.currentData())

    def set_pipeline(self, pipeline_id: int | None) -> None:
        """Show this pipeline on every page that shows one, and remember it."""
        self.pipeline_id = pipeline_id
        index = self.pipeline_box.findData(pipeline_id)
        if index >= 0 and index != self.pipeline_box.currentIndex():
            self.pipeline_box.blockSignals(True)
            self.pipeline_box.setCurrentIndex(index)
            self.pipeline_box.blockSignals(False)
        if pipeline_id is not None:
            QSettings().setValue(PIPELINE_KEY, pipeline_id)
        # The page on screen follows at once; the others when they are shown,
        # so a switch costs one page's reload, not every page's.
        self._pipeline_pending = {k for k, p in self._pages.items() if hasattr(p, "set_pipeline")}
        self._follow_pipeline(self.current_page_key())

    def _follow_pipeline(self, key: str | None) -> None:
        if key in self._pipeline_pending:
            self._pipeline_pending.discard(key)
            self._pages[key].set_pipeline(self.pipeline_id)

    def _page_chose_pipeline(self, pipeline_id: int) -> None:
        if pipeline_id != self.pipeline_id and self.pipeline_box.findData(pipeline_id) >= 0:
            self.set_pipeline(pipeline_id)

    def _pipeline_chosen(self, index: int) -> None:
        self.set_pipeline(self.pipeline_box.itemData(index))
