"""The board's filter bar: owner, temperature, stalled only, no next step."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from funnel.owners import OwnerRow
from funnel.pipeline.board import BoardFilters
from ui.board.column import ElidedLabel


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardFilters")
        self.owner_box = QComboBox()
        self.owner_box.setObjectName("ownerFilter")
        self.owner_box.addItem(self.tr("All owners"), None)
        self.owner_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.temperature_box = QComboBox()
        self.temperature_box.setObjectName("temperatureFilter")
        self.temperature_box.addItem(self.tr("Any temperature"), None)
        self.temperature_box.addItem(self.tr("Hot"), "hot")
        self.temperature_box.addItem(self.tr("Warm"), "warm")
        self.temperature_box.addItem(self.tr("Cold"), "cold")
        self.stalled_box = QCheckBox(self.tr("Stalled only"))
        self.stalled_box.setObjectName("stalledOnly")
        self.no_next_box = QCheckBox(self.tr("No next step"))
        self.no_next_box.setObjectName("noNextStep")
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.hide()
        self.summary_label = ElidedLabel()
        self.summary_label.setObjectName("boardSummary")
        # The figures give way when the window is narrow, never the filters.
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.setSpacing(10)
        layout.addWidget(self.owner_box)
        layout.addWidget(self.temperature_box)
        layout.addSpacing(4)
        layout.addWidget(self.stalled_box)
        layout.addWidget(self.no_next_box)
        layout.addWidget(self.clear_button)
        # All the room the filters leave goes to the figures (right-aligned).
        layout.addWidget(self.summary_label, 1)

        self.owner_box.currentIndexChanged.connect(self._changed)
        self.temperature_box.currentIndexChanged.connect(self._changed)
        self.stalled_box.toggled.connect(self._changed)
        self.no_next_box.toggled.connect(self._changed)
        self.clear_button.clicked.connect(self.clear)

    def set_owners(self, owners: list[OwnerRow]) -> None:
        """Offer the owners; the filter is only shown when there is a choice."""
        current = self.owner_box.currentData()
        self.owner_box.blockSignals(True)
        while self.owner_box.count() > 1:
            self.owner_box.removeItem(1)
        for owner in owners:
            self.owner_box.addItem(owner.name, owner.id)
        found = self.owner_box.findData(current) if current is not None else 0
        self.owner_box.setCurrentIndex(max(found, 0))
        self.owner_box.blockSignals(False)
        self.owner_box.setVisible(len(owners) > 1)
        if found < 0:
            self._changed()

    def filters(self) -> BoardFilters:
        return BoardFilters(
            owner_id=self.owner_box.currentData(),
            temperature=self.temperature_box.currentData(),
            stalled_only=self.stalled_box.isChecked(),
            no_next_step=self.no_next_box.isChecked(),
        )

    def clear(self) -> None:
        for widget in (self.owner_box, self.temperature_box, self.stalled_box, self.no_next_box):
            widget.blockSignals(True)
        self.owner_box.setCurrentIndex(0)
        self.temperature_box.setCurrentIndex(0)
        self.stalled_box.setChecked(False)
        self.no_next_box.setChecked(False)
        for widget in (self.owner_box, self.temperature_box, self.stalled_box, self.no_next_box):
            widget.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        self.clear_button.setVisible(self.filters().active)
        self.changed.emit()
