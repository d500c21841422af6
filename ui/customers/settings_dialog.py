"""The matrix's limits, the names of its cells and the active-clients target."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from funnel.customers.segments import CELL_KEYS, DEFAULT_CELL_NAMES, SegmentSettings
from funnel.errors import FunnelError
from ui.messages import error_text
from ui.operations.campaigns import CampaignActions


def _spin(value: int, low: int, high: int, name: str) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(low, high)
    box.setValue(value)
    return box


class SegmentSettingsDialog(QDialog):
    def __init__(
        self, actions: CampaignActions, settings: SegmentSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("segmentSettings")
        self.setWindowTitle(self.tr("Lifecycle matrix settings"))
        self.actions = actions
        self.settings = settings
        c1, c2 = settings.count_limits
        r1, r2 = settings.recency_limits
        self.c1, self.c2 = _spin(c1, 1, 999, "count1"), _spin(c2, 2, 1000, "count2")
        self.r1, self.r2 = _spin(r1, 1, 3649, "recency1"), _spin(r2, 2, 3650, "recency2")
        self.target = _spin(settings.active_target, 0, 100, "activeTarget")
        self.target.setSuffix("%")
        counts = QHBoxLayout()
        counts.addWidget(self.c1)
        counts.addWidget(self.c2)
        counts.addStretch(1)
        days = QHBoxLayout()
        days.addWidget(self.r1)
        days.addWidget(self.r2)
        days.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Purchase count limits (few / some / many)"), counts)
        form.addRow(self.tr("Days since the last purchase (active / asleep / gone)"), days)
        form.addRow(self.tr("Target share of active clients"), self.target)
        names = QGridLayout()
        self.name_edits: dict[str, QLineEdit] = {}
        for i, key in enumerate(CELL_KEYS):
            edit = QLineEdit(settings.names.get(key, ""))
            edit.setObjectName(f"name_{key}")
            edit.setPlaceholderText(QCoreApplication.translate("Segments", DEFAULT_CELL_NAMES[key]))
            names.addWidget(edit, i // 3, i % 3)
            self.name_edits[key] = edit
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Cell names (empty: the default name)")))
        layout.addLayout(names)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def accept(self) -> None:
        chosen = replace(
            self.settings,
            count_limits=(self.c1.value(), self.c2.value()),
            recency_limits=(self.r1.value(), self.r2.value()),
            active_target=self.target.value(),
            names={k: e.text() for k, e in self.name_edits.items()},
        )
        try:
            self.settings = self.actions.save_settings(chosen)
        except FunnelError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        super().accept()
