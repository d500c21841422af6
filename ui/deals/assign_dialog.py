"""Assign to…: give the selected deals to another owner (from the Deals list
or a board card). One transaction through the hand-over: their open
follow-ups go with them and the new owner is told; one undo step. A refusal
(a salesperson giving away someone else's deal) is said in the dialog,
which stays open with nothing changed."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from funnel.deals.handover import HandOver
from funnel.errors import FunnelError
from funnel.owners import OwnerRow, list_owners
from ui.context import AppContext
from ui.followups.fields import error_label
from ui.messages import error_text
from ui.operations.deals import DealActions

Done = Callable[[tuple[HandOver, ...], str], None]


class AssignDialog(QDialog):
    """Choose the new owner of `deal_ids`; Assign hands them over."""

    def __init__(
        self,
        ctx: AppContext,
        actions: DealActions,
        deal_ids: list[int],
        *,
        owners_now: Collection[int | None] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assignDialog")
        self.deal_ids = list(deal_ids)
        self.actions = actions
        self.handed: tuple[HandOver, ...] | None = None
        self.setWindowTitle(self.tr("Assign to"))
        self.setMinimumWidth(420)
        question = QLabel(self.tr("Give %n selected deal(s) to:", "", len(self.deal_ids)))
        question.setWordWrap(True)
        self.owner_box = QComboBox()
        self.owner_box.setObjectName("assignOwner")
        owners: list[OwnerRow] = ctx.read(list_owners)
        for owner in owners:
            self.owner_box.addItem(owner.name, owner.id)
        # Someone the deals do not belong to yet is the likely choice.
        others = [i for i, o in enumerate(owners) if o.id not in set(owners_now)]
        self.owner_box.setCurrentIndex(others[0] if others else 0)
        question.setBuddy(self.owner_box)
        note = QLabel(self.tr("Their open follow-ups go with them, and the new owner is told."))
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.error_label = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Assign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.owner_box)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)

    def owner_id(self) -> int | None:
        return self.owner_box.currentData()

    def owner_name(self) -> str:
        return self.owner_box.currentText()

    def accept(self) -> None:
        owner_id = self.owner_id()
        if owner_id is None:
            return
        try:
            self.handed = self.actions.assign(self.deal_ids, owner_id)
        except FunnelError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        super().accept()


def assign_deals(
    parent: QWidget,
    ctx: AppContext,
    actions: DealActions,
    deal_ids: list[int],
    *,
    owners_now: Collection[int | None] = (),
    done: Done | None = None,
) -> AssignDialog | None:
    """Open Assign to… for `deal_ids` (not modal for the window's timers; the
    caller keeps it to reach in tests); `done(handed, owner name)` after."""
    if not deal_ids:
        return None
    dialog = AssignDialog(ctx, actions, deal_ids, owners_now=owners_now, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if done is not None:
        dialog.accepted.connect(lambda: done(dialog.handed or (), dialog.owner_name()))
    dialog.open()
    return dialog
