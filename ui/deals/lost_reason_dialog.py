"""Asking why a deal was lost: pick a usual reason or type another one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class LostReasonDialog(QDialog):
    def __init__(
        self, reasons: list[str], deal_title: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark deal lost"))
        self.setMinimumWidth(380)
        if deal_title:
            question = self.tr("Why was “%1” lost?").replace("%1", deal_title)
        else:
            question = self.tr("Why was the deal lost?")
        label = QLabel(question)
        label.setWordWrap(True)

        self.reason_box = QComboBox()
        self.reason_box.setObjectName("lostReason")
        self.reason_box.setEditable(True)
        self.reason_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_box.addItems(reasons)
        self.reason_box.setCurrentIndex(-1)
        self.reason_box.lineEdit().setPlaceholderText(self.tr("Choose or type a reason"))
        label.setBuddy(self.reason_box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Mark lost"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_box.editTextChanged.connect(self._update_ok)
        self._update_ok()

        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason_box)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)

    def _update_ok(self) -> None:
        # A lost deal without a reason teaches nothing; the service refuses it too.
        self.ok_button.setEnabled(bool(self.reason()))

    def reason(self) -> str:
        return self.reason_box.currentText().strip()
