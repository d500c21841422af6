"""The right half of the review: the routine's two questions, big, with the
answers that need doing; the other decisions; and "Next deal". Every button
shows its key."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.cleanup.widgets import KeyButton, muted_label, scaled_font

# action: key. The digits follow the questions; letters are the decision's initial.
KEYS = {
    "call_today": "1",
    "call_tomorrow": "2",
    "archive": "3",
    "park_1": "4",
    "park_3": "5",
    "park_6": "6",
    "park_date": "7",
    "next_step": "N",
    "move": "M",
    "temperature": "T",
    "won": "W",
    "lost": "L",
    "silent": "S",
    "skip": "K",
    "keep": "Return",
}


class DecisionPanel(QFrame):
    decision_requested = Signal(str)  # one of KEYS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDecisions")
        self.buttons: dict[str, KeyButton] = {}

        def button(action: str, text: str) -> KeyButton:
            b = KeyButton(text, KEYS[action])
            b.setObjectName(f"decide_{action}")
            b.clicked.connect(lambda _=False, a=action: self.decision_requested.emit(a))
            self.buttons[action] = b
            return b

        q1 = self._question(
            QCoreApplication.translate(
                "Cleanup", "1. Does the client know they are in your funnel?"
            )
        )
        q1_hint = muted_label(
            QCoreApplication.translate("Cleanup", "If not: call and offer, or let the deal go.")
        )
        q1_row = self._row(
            button("call_today", QCoreApplication.translate("Cleanup", "Call today")),
            button("call_tomorrow", QCoreApplication.translate("Cleanup", "Call tomorrow")),
            button("archive", QCoreApplication.translate("Cleanup", "Archive")),
        )
        q2 = self._question(
            QCoreApplication.translate("Cleanup", "2. Are they ready to buy this month?")
        )
        q2_hint = muted_label(
            QCoreApplication.translate(
                "Cleanup", "If not: park the deal in Future sales with a call back."
            )
        )
        q2_row = self._row(
            button("park_1", QCoreApplication.translate("Cleanup", "1 month")),
            button("park_3", QCoreApplication.translate("Cleanup", "3 months")),
            button("park_6", QCoreApplication.translate("Cleanup", "6 months")),
            button("park_date", QCoreApplication.translate("Cleanup", "Until…")),
        )
        others = QLabel(QCoreApplication.translate("Cleanup", "Other decisions"))
        others.setFont(scaled_font(self, 1.05, bold=True))
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        for i, (action, text) in enumerate(
            (
                ("next_step", QCoreApplication.translate("Cleanup", "Next step…")),
                ("move", QCoreApplication.translate("Cleanup", "Move to stage…")),
                ("temperature", QCoreApplication.translate("Cleanup", "Temperature…")),
                ("won", QCoreApplication.translate("Cleanup", "Won")),
                ("lost", QCoreApplication.translate("Cleanup", "Lost…")),
                ("silent", QCoreApplication.translate("Cleanup", "Silent lead…")),
                ("skip", QCoreApplication.translate("Cleanup", "Skip this week")),
            )
        ):
            grid.addWidget(button(action, text), i // 3, i % 3)

        self.hint_label = muted_label()
        self.hint_label.setObjectName("nextDealHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        keep = button("keep", QCoreApplication.translate("Cleanup", "Next deal"))
        keep.set_default(True)
        keep.setFont(scaled_font(self, 1.1, bold=True))
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint_label, 1)
        bottom.addWidget(keep)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(q1)
        layout.addWidget(q1_hint)
        layout.addSpacing(4)
        layout.addLayout(q1_row)
        layout.addSpacing(26)
        layout.addWidget(q2)
        layout.addWidget(q2_hint)
        layout.addSpacing(4)
        layout.addLayout(q2_row)
        layout.addSpacing(30)
        layout.addWidget(others)
        layout.addSpacing(2)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(bottom)

    def _question(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setFont(scaled_font(self, 1.3, bold=True))
        return label

    @staticmethod
    def _row(*buttons: KeyButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        return row

    def set_state(self, *, can_leave: bool, has_client: bool, parked: bool) -> None:
        """Enable what makes sense for the deal on screen."""
        self.buttons["keep"].setEnabled(can_leave)
        self.buttons["temperature"].setEnabled(has_client)
        self.hint_label.setText(
            ""
            if can_leave
            else QCoreApplication.translate(
                "Cleanup", "Fix or waive the unticked checklist items to move on."
            )
        )
        self.buttons["move"].setText(
            QCoreApplication.translate("Cleanup", "Bring back to…")
            if parked
            else QCoreApplication.translate("Cleanup", "Move to stage…")
        )
