"""The board with no deal in it: the stages stay visible, and a card over
them says how the first deals get there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.empty_state import EmptyOverlay, EmptyState


def _call(page: QWidget, method: str) -> None:
    """Ask the window for one of its actions (the page does not own them)."""
    slot = getattr(page.window(), method, None)
    if slot is not None:
        slot()


def board_empty_overlay(page: QWidget, host: QWidget) -> EmptyOverlay:
    state = EmptyState(
        QCoreApplication.translate("BoardEmpty", "No deals in this pipeline yet"),
        QCoreApplication.translate(
            "BoardEmpty",
            "Add your first deal (Ctrl+N) or import from a spreadsheet or another CRM. "
            "Each column is a stage: drag a card along as the deal moves.",
        ),
    )
    state.setObjectName("boardEmpty")
    state.add_button(
        QCoreApplication.translate("BoardEmpty", "Add a deal"),
        lambda: _call(page, "new_deal"),
        primary=True,
    )
    state.add_button(
        QCoreApplication.translate("BoardEmpty", "Import from a file…"),
        lambda: _call(page, "import_deals"),
    )
    return EmptyOverlay(host, state)
