"""One place for telling the user something went wrong."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from funnel.errors import FunnelError


def error_text(error: Exception | str) -> str:
    """A domain error in the user's language: its template translated, then
    filled with its values (untranslated templates stay in English)."""
    if isinstance(error, FunnelError):
        template = QCoreApplication.translate("Errors", error.template)
        try:
            return template.format(**error.params) if error.params else template
        except (KeyError, IndexError, ValueError):
            return str(error)
    return str(error)


def show_error(parent: QWidget | None, error: Exception | str, title: str | None = None) -> None:
    QMessageBox.warning(
        parent, title or QCoreApplication.translate("Messages", "Funnel"), error_text(error)
    )
