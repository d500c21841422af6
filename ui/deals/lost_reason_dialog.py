"""Asking why a deal was lost (pick a usual reason or type another one) or
won (optional), and what to do with its open follow-ups."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from funnel.followups.cancelling import FollowupChoice
from ui.deals.followups_box import FollowupsBox


def _reason_box(name: str, reasons: list[str], placeholder: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItems(reasons)
    box.setCurrentIndex(-1)
    box.lineEdit().setPlaceholderText(placeholder)
    return box


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """OK (named for what it does) and Cancel, wired to the dialog."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


class LostReasonDialog(QDialog):
    def __init__(
        self,
        reasons: list[str],
        deal_title: str | None = None,
        parent: QWidget | None = None,
        *,
        followups: int = 0,
        deals: int = 1,
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

        self.reason_box = _reason_box("lostReason", reasons, self.tr("Choose or type a reason"))
        label.setBuddy(self.reason_box)
        self.followups_box = FollowupsBox(followups, deals=deals)

        self.buttons, self.ok_button = _buttons(self, self.tr("Mark lost"))
        self.reason_box.editTextChanged.connect(self._update_ok)
        self._update_ok()

        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason_box)
        layout.addWidget(self.followups_box, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)

    def _update_ok(self) -> None:
        # A lost deal without a reason teaches nothing; the service refuses it too.
        self.ok_button.setEnabled(bool(self.reason()))

    def reason(self) -> str:
        return self.reason_box.currentText().strip()

    def followups(self) -> FollowupChoice:
        return self.followups_box.choice()


class WonDialog(QDialog):
    """Shown only when it carries something: win reasons to choose from
    (optional) and/or open follow-ups to cancel."""

    def __init__(
        self,
        reasons: list[str],
        deal_title: str | None = None,
        parent: QWidget | None = None,
        *,
        followups: int = 0,
        deals: int = 1,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wonDialog")
        self.setWindowTitle(self.tr("Mark deal won"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        self.reason_box = _reason_box(
            "winReason", reasons, self.tr("Choose or type a reason (optional)")
        )
        if reasons:
            if deal_title:
                question = self.tr("Why was “%1” won?").replace("%1", deal_title)
            else:
                question = self.tr("Why was the deal won?")
            label = QLabel(question)
            label.setWordWrap(True)
            label.setBuddy(self.reason_box)
            layout.addWidget(label)
            layout.addWidget(self.reason_box)
        else:
            self.reason_box.hide()
        self.followups_box = FollowupsBox(followups, deals=deals)
        layout.addWidget(self.followups_box, 0, Qt.AlignmentFlag.AlignLeft)
        self.buttons, self.ok_button = _buttons(self, self.tr("Mark won"))
        layout.addSpacing(6)
        layout.addWidget(self.buttons)

    def reason(self) -> str | None:
        return self.reason_box.currentText().strip() or None

    def followups(self) -> FollowupChoice:
        return self.followups_box.choice()


class ArchiveDialog(QDialog):
    """Archiving asks only when the deal has open follow-ups: cancel or keep them."""

    def __init__(
        self, deal_title: str | None, deals: int, followups: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("archiveDialog")
        self.setWindowTitle(self.tr("Archive deal"))
        self.setMinimumWidth(380)
        if deal_title:
            question = self.tr("Archive “%1”?").replace("%1", deal_title)
        else:
            question = self.tr("Archive %n deal(s)?", "", deals)
        label = QLabel(question)
        label.setWordWrap(True)
        self.followups_box = FollowupsBox(followups, deals=deals)
        self.buttons, self.ok_button = _buttons(self, self.tr("Archive"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.followups_box, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)

    def followups(self) -> FollowupChoice:
        return self.followups_box.choice()
