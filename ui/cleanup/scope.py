"""Whose deals a manager's weekly clean-up walks through on a team server:
"Mine" or "Everyone's", remembered between weeks. Salespeople, and a file
(one owner), never see the choice: their review is their own deals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from funnel.team.users import is_manager
from ui.context import AppContext

EVERYONE_KEY = "cleanup/everyone"


class CleanupScope(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cleanupScope")
        self.box = QComboBox()
        self.box.setObjectName("cleanupScopeBox")
        self.box.addItem(QCoreApplication.translate("Cleanup", "Mine"), False)
        self.box.addItem(QCoreApplication.translate("Cleanup", "Everyone's"), True)
        self.box.setToolTip(
            QCoreApplication.translate("Cleanup", "Whose open deals this week's clean-up reviews")
        )
        remembered = QSettings().value(EVERYONE_KEY, False, type=bool)
        self.box.setCurrentIndex(1 if remembered else 0)
        self.box.currentIndexChanged.connect(self._chosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(QCoreApplication.translate("Cleanup", "Deals to review:")))
        layout.addWidget(self.box)
        layout.addStretch(1)
        self.available = bool(ctx.db.is_server and ctx.read(is_manager))
        self.setVisible(self.available)

    def everyone(self) -> bool:
        """A manager's choice; False for everyone else."""
        return self.available and bool(self.box.currentData())

    def _chosen(self, _index: int) -> None:
        QSettings().setValue(EVERYONE_KEY, bool(self.box.currentData()))
        self.changed.emit()
