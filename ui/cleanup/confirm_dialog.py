"""Asking before a decision that is easy to regret: archiving a hot deal or
one with a meeting booked (issue 10, item 9). "Keep the deal" is the default,
so a stray Enter does not archive."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from funnel.cleanup.queue import DealFacts
from ui.followups.format import weekday_date


def archive_warning(facts: DealFacts, today: date) -> str | None:
    """Why archiving this deal deserves a second thought, or None."""
    meeting = facts.next_meeting
    # A silent lead whose notice went unanswered is archived as promised: its
    # "hot" is from before the silence. A booked meeting still asks.
    hot = facts.hot and not (facts.silent is not None and facts.silent.due)
    if hot and meeting is not None:
        text = QCoreApplication.translate(
            "Cleanup", "“%1” is a hot deal with a meeting booked on %2. Archive it anyway?"
        )
    elif meeting is not None:
        text = QCoreApplication.translate(
            "Cleanup", "“%1” has a meeting booked on %2. Archive it anyway?"
        )
    elif hot:
        text = QCoreApplication.translate("Cleanup", "“%1” is a hot deal. Archive it anyway?")
    else:
        return None
    day = weekday_date(meeting.due_date, today) if meeting is not None else ""
    return text.replace("%1", facts.title).replace("%2", day)


class ConfirmArchiveDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmArchive")
        self.setWindowTitle(QCoreApplication.translate("Cleanup", "Archive this deal?"))
        self.label = QLabel(text)
        self.label.setObjectName("confirmText")
        self.label.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.archive_button = self.buttons.addButton(
            QCoreApplication.translate("Cleanup", "Archive"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.archive_button.setObjectName("confirmArchiveButton")
        self.keep_button = self.buttons.addButton(
            QCoreApplication.translate("Cleanup", "Keep the deal"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.keep_button.setObjectName("keepDealButton")
        self.keep_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.keep_button.setFocus()


def confirm_archive(view, facts: DealFacts) -> QDialog | None:
    text = archive_warning(facts, view.ctx.today())
    return ConfirmArchiveDialog(text, view) if text is not None else None
