"""Whose and which pipeline's follow-ups Today shows: an owner filter ("mine"
by default once there is more than one salesperson, each listed by name) and
the pipeline chosen in the window's toolbar, with a link to show every
pipeline instead — the line always says which of the two is on screen."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from funnel.owners import OwnerRow

ALL_PIPELINES_KEY = "today/all_pipelines"


class TodayScope(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayScope")
        self.toolbar_pipeline: tuple[int, str] | None = None  # (id, name)
        self.all_pipelines = QSettings().value(ALL_PIPELINES_KEY, False, type=bool)
        self._owners: list[OwnerRow] = []
        self.owner_box = QComboBox()
        self.owner_box.setObjectName("todayOwner")
        self.owner_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.owner_box.setToolTip(self.tr("Whose follow-ups and deals Today shows"))
        self.owner_box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.pipeline_note = QLabel()
        self.pipeline_note.setObjectName("todayPipelineNote")
        self.pipeline_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.pipeline_note.linkActivated.connect(self._toggle_all)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.pipeline_note)
        layout.addStretch(1)
        layout.addWidget(self.owner_box)
        self._show_note()

    # owners ----------------------------------------------------------------------------
    def set_owners(self, owners: list[OwnerRow], me: int | None = None) -> None:
        """Fill the owner box, keeping the choice; the first time, `me` (the
        signed-in owner on a team server), else the default owner (the person
        using the app, listed first) is chosen."""
        first_time = not self._owners
        chosen = self.owner_box.currentData()
        self._owners = owners
        blocked = self.owner_box.blockSignals(True)
        self.owner_box.clear()
        self.owner_box.addItem(self.tr("Everyone"), None)
        for owner in owners:
            self.owner_box.addItem(owner.name, owner.id)
        mine = me if me is not None else next((o.id for o in owners if o.is_default), None)
        wanted = mine if first_time and len(owners) > 1 else chosen
        self.owner_box.setCurrentIndex(max(0, self.owner_box.findData(wanted)))
        self.owner_box.blockSignals(blocked)
        # With one salesperson "everyone" and "mine" are the same list.
        self.owner_box.setVisible(len(owners) > 1 or self.owner_box.currentData() is not None)

    def owner_id(self) -> int | None:
        return self.owner_box.currentData()

    # pipelines -------------------------------------------------------------------------
    def set_pipeline(self, pipeline_id: int | None, name: str) -> None:
        self.toolbar_pipeline = (pipeline_id, name) if pipeline_id is not None else None
        self._show_note()

    def pipeline_id(self) -> int | None:
        """The pipeline Today is narrowed to; None: every pipeline."""
        if self.all_pipelines or self.toolbar_pipeline is None:
            return None
        return self.toolbar_pipeline[0]

    def _toggle_all(self, _link: str = "") -> None:
        self.all_pipelines = not self.all_pipelines
        QSettings().setValue(ALL_PIPELINES_KEY, self.all_pipelines)
        self._show_note()
        self.changed.emit()

    def _show_note(self) -> None:
        if self.toolbar_pipeline is None:
            self.pipeline_note.setText(self.tr("Showing all pipelines"))
            return
        name = self.toolbar_pipeline[1].replace("&", "&amp;").replace("<", "&lt;")
        if self.all_pipelines:
            text = self.tr("Showing all pipelines · <a href='one'>only %1</a>")
        else:
            text = self.tr("Showing %1 · <a href='all'>show all pipelines</a>")
        self.pipeline_note.setText(text.replace("%1", name))
