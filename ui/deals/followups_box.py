"""The "Cancel its 2 open follow-ups" box that closing and parking dialogs
carry (issue 10, item 3): ticked by default, hidden when there is nothing to
cancel. Its `choice()` is what the service is given."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from funnel.followups.cancelling import FollowupChoice


class FollowupsBox(QCheckBox):
    def __init__(
        self, count: int, *, parking: bool = False, deals: int = 1, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cancelFollowups")
        self.count = count
        if parking:
            text = self.tr("Cancel its %n open follow-up(s) (the call-back is kept)", "", count)
        elif deals > 1:
            text = self.tr("Cancel their %n open follow-up(s)", "", count)
        else:
            text = self.tr("Cancel its %n open follow-up(s)", "", count)
        self.setText(text)
        self.setToolTip(
            self.tr("Cancelled follow-ups leave Today and reminders; Undo brings them back.")
        )
        self.setChecked(True)
        self.setVisible(count > 0)

    def choice(self) -> FollowupChoice:
        if self.count > 0 and self.isChecked():
            return FollowupChoice.CANCEL
        return FollowupChoice.KEEP
