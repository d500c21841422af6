"""A line edit for a money amount that keeps the locale's grouping: what a
person types ("25000") reads back grouped ("25 000", "25,000", "25.000") as
soon as they leave the box, as it did before they edited it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from funnel.errors import FunnelError
from ui.formats import amount_text, parse_amount


class MoneyEdit(QLineEdit):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.editingFinished.connect(self.regroup)

    def set_amount(self, value: Decimal | None) -> None:
        self.setText(amount_text(value) if value else "")

    def regroup(self) -> None:
        """Write the amount grouped; text that is not an amount stays as typed,
        for the form to point at."""
        if not self.text().strip():
            return
        try:  # read as the form reads it on saving, so the regrouped text means the same
            value = parse_amount(self.text())
        except (FunnelError, ValueError):
            return
        grouped = amount_text(value)
        if grouped != self.text():
            self.setText(grouped)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.regroup()  # also when the box loses focus without editingFinished (a click away)
