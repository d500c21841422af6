"""Asking before a decision that is easy to regret: archiving a hot deal or
one with a meeting booked (issue 10, item 9). "Keep the deal" is the default,
so a stray Enter does not archive."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from funnel.cleanup.queue import DealFacts
from funnel.cleanup.silent import followups_left_on_archive
from ui.deals.followups_box import FollowupsBox
from ui.followups.format import weekday_date

Params = dict[str, Any]


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
    """Archive or keep; with open follow-ups, whether to cancel them too."""

    def __init__(
        self,
        text: str,
        parent: QWidget | None = None,
        *,
        followups: int = 0,
        careful: bool = True,
    ) -> None:
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
        # A warning makes "Keep" the safe default; a plain question about
        # the follow-ups lets Enter archive, as the key 3 meant.
        default = self.keep_button if careful else self.archive_button
        default.setDefault(True)
        self.followups_box = FollowupsBox(followups, parent=self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.followups_box, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        default.setFocus()


def confirm_archive(view, facts: DealFacts) -> QDialog | None:
    """The question before archiving, when there is one to ask: a warning,
    or the deal's open follow-ups to cancel or keep (one dialog for both)."""
    warning = archive_warning(facts, view.ctx.today())
    count = view.ctx.read(followups_left_on_archive, facts.deal_id)
    if warning is None and not count:
        return None
    text = warning or QCoreApplication.translate("Cleanup", "Archive “%1”?").replace(
        "%1", facts.title
    )
    return ConfirmArchiveDialog(text, view, followups=count, careful=warning is not None)


def followups_choice(dialog) -> Params:
    """What the service is told about the follow-ups, from a dialog that may carry the box."""
    box = getattr(dialog, "followups_box", None)
    return {"followups": box.choice().value} if box is not None else {}
