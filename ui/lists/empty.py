"""The deals and clients lists before the first deal or client: what the
list is for and how to fill it, instead of "No deals match these filters"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.empty_state import EmptyState


def _window_slot(page: QWidget, name: str):
    return lambda: getattr(page.window(), name, lambda: None)()


def deals_empty_state(page: QWidget) -> EmptyState:
    state = EmptyState(
        QCoreApplication.translate("ListsEmpty", "No deals yet"),
        QCoreApplication.translate(
            "ListsEmpty",
            "Every deal of every pipeline is listed here, open or closed, to sort, filter "
            "and move many at once. Add your first deal (Ctrl+N) or import them from a "
            "spreadsheet or another CRM.",
        ),
    )
    state.setObjectName("dealsEmpty")
    state.add_button(
        QCoreApplication.translate("ListsEmpty", "Add a deal"),
        _window_slot(page, "new_deal"),
        primary=True,
    )
    import_text = QCoreApplication.translate("ListsEmpty", "Import deals…")
    state.add_button(import_text, _window_slot(page, "import_deals"))
    return state


def clients_empty_state(page: QWidget, new_client) -> EmptyState:
    state = EmptyState(
        QCoreApplication.translate("ListsEmpty", "No clients yet"),
        QCoreApplication.translate(
            "ListsEmpty",
            "The people and companies you sell to: their phones, where they came from, "
            "how warm they are and what they bought. A client is added with their first "
            "deal, or here.",
        ),
    )
    state.setObjectName("clientsEmpty")
    state.add_button(
        QCoreApplication.translate("ListsEmpty", "Add a client"), new_client, primary=True
    )
    # Another part of the app brings a clients import; offered once it is there.
    importer = getattr(page.window(), "import_clients", None)
    if importer is not None:
        state.add_button(QCoreApplication.translate("ListsEmpty", "Import clients…"), importer)
    return state
