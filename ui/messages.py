"""One place for telling the user something went wrong."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from funnel.errors import FunnelError


def show_error(parent: QWidget | None, error: Exception | str, title: str | None = None) -> None:
    """Domain errors are already sentences for people; show them as they are."""
    text = str(error) if isinstance(error, FunnelError | str) else repr(error)
    QMessageBox.warning(parent, title or QCoreApplication.translate("Messages", "Funnel"), text)
