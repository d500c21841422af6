"""The bar a form shows when its save collided with someone else's change:
"'Clinic CRM' was changed by Anna a moment ago. [Reload] [Keep mine]".

Nothing was written and the form keeps what was typed. Reload replaces the
form with the record as it now is; Keep mine saves the typed values over the
other person's change (with the record's new version, so a third change in
between is caught again). `FormVersion` is that wiring, shared by the deal
card, the client card and the activity dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from funnel.errors import ChangedByOtherError, FunnelError

STYLE = (
    "QFrame#conflictBar { background: #fde7e4; border: 1px solid #e5a29a; border-radius: 4px; }"
    " QFrame#conflictBar QLabel { color: #5f1410; }"
)


class ConflictBar(QFrame):
    reload_requested = Signal()
    keep_mine_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBar")
        self.setStyleSheet(STYLE)
        self.label = QLabel()
        self.label.setObjectName("conflictText")
        self.label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setObjectName("conflictReload")
        self.reload_button.setToolTip(
            self.tr("Show the record as it is now; what you typed is dropped")
        )
        self.keep_button = QPushButton(self.tr("Keep mine"))
        self.keep_button.setObjectName("conflictKeepMine")
        self.keep_button.setToolTip(self.tr("Save what you typed over the other change"))
        for button in (self.reload_button, self.keep_button):
            button.setAutoDefault(False)
        self.reload_button.clicked.connect(self._reload)
        self.keep_button.clicked.connect(self._keep)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.keep_button)
        self.hide()

    def show_conflict(self, error: ChangedByOtherError) -> None:
        what = str(error.params.get("what", ""))
        if error.who:
            text = self.tr("%1 was changed by %2 a moment ago.").replace("%1", what)
            text = text.replace("%2", error.who)
        else:
            text = self.tr("%1 was changed elsewhere a moment ago.").replace("%1", what)
        self.label.setText(text + " " + self.tr("Nothing you typed was lost or saved yet."))
        self.show()

    def _reload(self) -> None:
        self.hide()
        self.reload_requested.emit()

    def _keep(self) -> None:
        self.hide()
        self.keep_mine_requested.emit()


class FormVersion:
    """The version of the record a form shows, and its ConflictBar: a save
    passes `shown` as `expected_version`; a refusal goes to `refused`. Reload
    calls `reload` (which fills the form and calls `loaded`); Keep mine takes
    the version there is now (`current`) and calls `save` again."""

    def __init__(
        self,
        bar: ConflictBar,
        *,
        current: Callable[[], int | None],
        reload: Callable[[], object],
        save: Callable[[], object],
    ) -> None:
        self.bar = bar
        self.shown: int | None = None
        self._current = current
        self._save = save
        bar.reload_requested.connect(reload)
        bar.keep_mine_requested.connect(self.keep_mine)

    def loaded(self, version: int | None) -> None:
        self.shown = version
        self.bar.hide()

    def refused(self, error: ChangedByOtherError) -> None:
        self.bar.show_conflict(error)  # the form keeps what was typed

    def keep_mine(self) -> None:
        try:
            self.shown = self._current()
        except FunnelError:  # gone meanwhile: the save says so where the form shows errors
            self.shown = None
        self._save()
