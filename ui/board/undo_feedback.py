"""What the board says after a move, and where it looks after Ctrl+Z.

Every move, park, win, loss or archive from the board shows the shared undo
bar (`ui.lists.undo_bar`) naming the step and the deal; its Undo takes that
step back. After an undo or a redo — from the bar, Ctrl+Z or the Edit menu —
the board selects the card it restored and scrolls to it (issue 10, item 23).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from ui.board.column import ColumnWidget
from ui.lists.undo_bar import UndoBar
from ui.operations.core import OpCommand
from ui.operations.deals import DealActions

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _Base = QWidget
else:
    _Base = object


class BoardUndo(_Base):
    """Mixed into `BoardPage`."""

    columns: list[ColumnWidget]
    deal_actions: DealActions
    undo_bar: UndoBar

    if TYPE_CHECKING:

        def select_deal(self, deal_id: int, *, focus: bool = True) -> bool: ...

    def _watch_undo(self) -> None:
        self.undo_bar = UndoBar(self.deal_actions.undo_stack, self)
        self._stack_index = self.deal_actions.undo_stack.index()
        self._stack_count = self.deal_actions.undo_stack.count()
        # Queued: heard once the step's own announcement has refreshed the columns.
        self.deal_actions.undo_stack.indexChanged.connect(
            self._undo_index_changed, Qt.ConnectionType.QueuedConnection
        )

    def _title_of(self, deal_id: int) -> str | None:
        for column in self.columns:
            row = column.model.row_of(deal_id)
            if row is not None:
                return column.model.card(row).title
        return None

    def _titles(self, deal_ids: Collection[int]) -> list[str]:
        return [t for t in (self._title_of(d) for d in deal_ids) if t is not None]

    def _confirm(self, before: int, titles: list[str]) -> None:
        """Show the bar when the action left a new step on the stack."""
        stack = self.deal_actions.undo_stack
        if stack.index() <= before or stack.index() == 0:
            return
        step = stack.text(stack.index() - 1)
        # Step names are worded for "Undo …" in the Edit menu ("Отменить перенос
        # сделки"); on their own they start a sentence.
        step = step[:1].upper() + step[1:]
        if len(titles) == 1:
            text = (
                QCoreApplication.translate("BoardPage", "%1: “%2”")
                .replace("%1", step)
                .replace("%2", titles[0])
            )
        else:
            text = step
        self.undo_bar.show_step(text)

    def _undo_index_changed(self, index: int) -> None:
        stack = self.deal_actions.undo_stack
        before, self._stack_index = self._stack_index, index
        pushed = stack.count() != self._stack_count  # a new step, not an undo or redo
        self._stack_count = stack.count()
        if pushed or index == before or not self.isVisible():
            return
        # Undo: the step at `index` was taken back; redo: the one before it was done again.
        command = stack.command(index if index < before else index - 1)
        if not isinstance(command, OpCommand):
            return
        changes = command.op.changes_of(command.result)
        for deal_id in sorted(changes.deals) if changes else ():
            if self.select_deal(deal_id):
                return
