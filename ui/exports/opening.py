"""Opening the customer import wizards and the export dialog from the main
window (its File menu, and the first-start assistant through
`MainWindow.import_clients()` / `import_purchases()`)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class MainWindow(Protocol):
    """What is read from `ui.main_window.MainWindow` (not imported: it imports us)."""

    ctx: AppContext
    undo_stack: QUndoStack
    _pages: dict[str, QWidget]

    def current_page_key(self) -> str | None: ...


def open_customer_import(window: MainWindow, kind: str):
    from ui.imports.customers import CustomerImportWizard

    ctx = window.ctx
    wizard = CustomerImportWizard(
        ctx,
        kind,
        parent=window,
        undo_stack=window.undo_stack,  # type: ignore[arg-type]
    )
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard


def open_export(window: MainWindow):
    """The export dialog, for the list on screen with the filters of its page."""
    from ui.exports.dialog import ExportDialog

    pages = window._pages  # only pages already built; the others have no filters set
    filters = {
        key: getattr(getattr(pages.get(key), "model", None), "filters", None)
        for key in ("clients", "deals")
    }
    kind = "deals" if window.current_page_key() == "deals" else "clients"
    dialog = ExportDialog(
        window.ctx,
        client_filters=filters["clients"],
        deal_filters=filters["deals"],
        kind=kind,
        parent=window,  # type: ignore[arg-type]
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
