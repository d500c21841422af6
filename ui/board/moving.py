"""The board's moves of the selected or dropped deals: to a stage, parked,
brought back, won, lost or archived, or assigned to another owner; each one
undo step through the window's `DealActions` (the operations door)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from funnel.errors import FunnelError
from ui.board.column import ColumnWidget
from ui.context import AppContext
from ui.deals.assign_dialog import AssignDialog, assign_deals
from ui.deals.closing import followups_of, lost_dialog, won_dialog
from ui.deals.lost_reason_dialog import ArchiveDialog, LostReasonDialog, WonDialog
from ui.deals.park_dialog import ParkDialog, ask_park
from ui.messages import show_error
from ui.operations.deals import DealActions

if TYPE_CHECKING:  # to the type checker, the QWidget it is mixed into
    _Base = QWidget
else:
    _Base = object


class BoardMoves(_Base):
    """Mixed into `BoardPage`, whose columns, selection and actions it uses."""

    ctx: AppContext
    deal_actions: DealActions
    columns: list[ColumnWidget]
    future_mode: bool
    park_dialog: ParkDialog | None
    lost_dialog: LostReasonDialog | None
    assign_dialog: AssignDialog | None = None
    won_dialog: WonDialog | None = None
    archive_dialog: ArchiveDialog | None = None

    if TYPE_CHECKING:

        def selected_deal_id(self) -> int | None: ...
        def select_deal(self, deal_id: int, *, focus: bool = True) -> bool: ...
        def _selected(self) -> tuple[ColumnWidget, int] | None: ...
        def _titles(self, deal_ids: Collection[int]) -> list[str]: ...
        def _confirm(self, before: int, titles: list[str]) -> None: ...

    def _run(self, fn: Callable[[], object], deal_ids: Collection[int] = ()) -> bool:
        """The action; then the undo bar names what it did (issue 10, item 23)."""
        before = self.deal_actions.undo_stack.index()
        titles = self._titles(deal_ids)
        try:
            fn()
        except FunnelError as exc:
            show_error(self, exc)
            return False
        self._confirm(before, titles)
        return True

    def move_deals(self, deal_ids: list[int], stage_id: int) -> bool:
        return self._run(lambda: self.deal_actions.move(deal_ids, stage_id), deal_ids)

    def _dropped_on_column(self, deal_ids: list[int], stage_id: int) -> None:
        if self.move_deals(deal_ids, stage_id) and len(deal_ids) == 1:
            self.select_deal(deal_ids[0], focus=False)

    def move_selected_by(self, step: int) -> None:
        """Alt+Right / Alt+Left: the selected deal one stage along; it stays selected."""
        found = self._selected()
        if not found or self.future_mode:  # a parked deal's bucket is its return date
            return
        column, row = found
        i = self.columns.index(column)
        if not 0 <= i + step < len(self.columns):
            return
        deal_id = column.model.card(row).id
        if self.move_deals([deal_id], self.columns[i + step].stage_id):
            self.select_deal(deal_id)

    def park_selected(self) -> None:
        """Ctrl+P: "Not ready this month…" for the selected deal."""
        deal_id = self.selected_deal_id()
        if deal_id is None or self.future_mode:
            return
        before = self.deal_actions.undo_stack.index()
        titles = self._titles([deal_id])
        dialog = ask_park(self.ctx, self.deal_actions, deal_id, self)
        if dialog is not None:
            dialog.accepted.connect(lambda: self._confirm(before, titles))
            self.park_dialog = dialog
            dialog.destroyed.connect(lambda *_: setattr(self, "park_dialog", None))

    def assign_selected(self) -> None:
        """Assign to…: the selected deal to another owner, with its follow-ups."""
        found = self._selected()
        if found is None:
            return
        card = found[0].model.card(found[1])
        before = self.deal_actions.undo_stack.index()
        titles = self._titles([card.id])
        self.assign_dialog = assign_deals(
            self,
            self.ctx,
            self.deal_actions,
            [card.id],
            owners_now={card.owner_id},
            done=lambda *_: self._confirm(before, titles),
        )

    def unpark_selected(self, stage_id: int | None = None) -> None:
        """A parked deal back to the stage it came from (or `stage_id`)."""
        deal_id = self.selected_deal_id()
        if deal_id is not None and self.future_mode:
            self._run(lambda: self.deal_actions.unpark(deal_id, stage_id), [deal_id])

    def move_selected_to(self, stage_id: int) -> None:
        deal_id = self.selected_deal_id()
        if deal_id is not None and self.move_deals([deal_id], stage_id):
            self.select_deal(deal_id)

    def _close_selected(self, kind: str) -> None:
        deal_id = self.selected_deal_id()
        if deal_id is not None:
            self._dropped_on_zone(kind, [deal_id])

    def _dropped_on_zone(self, kind: str, deal_ids: list[int]) -> None:
        if kind == "lost":
            self.ask_lost_reason(deal_ids)
        elif kind == "won":
            self.ask_won(deal_ids)
        else:
            self.ask_archive(deal_ids)

    def _title(self, deal_ids: list[int]) -> str | None:
        if len(deal_ids) == 1:
            for column in self.columns:
                row = column.model.row_of(deal_ids[0])
                if row is not None:
                    return column.model.card(row).title
        return None

    def _show(self, dialog: QDialog, attr: str, on_accept: Callable[[], None]) -> None:
        """Opened, not exec'd, so a drop returns at once and the board stays live."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        setattr(self, attr, dialog)
        dialog.destroyed.connect(lambda *_: setattr(self, attr, None))
        dialog.open()

    def ask_lost_reason(self, deal_ids: list[int]) -> None:
        """Lost needs a reason: ask with the usual ones offered, and what to
        do with the open follow-ups."""
        dialog = lost_dialog(self.ctx, deal_ids, self._title(deal_ids), self)
        self._show(
            dialog,
            "lost_dialog",
            lambda: self._close_each(
                deal_ids,
                lambda d: self.deal_actions.lose(d, dialog.reason(), dialog.followups()),
            ),
        )

    def ask_won(self, deal_ids: list[int]) -> None:
        """Won at once, unless there is a win reason to choose or follow-ups to keep."""
        dialog = won_dialog(self.ctx, deal_ids, self._title(deal_ids), self)
        if dialog is None:
            self._close_each(deal_ids, self.deal_actions.win)
            return
        self._show(
            dialog,
            "won_dialog",
            lambda: self._close_each(
                deal_ids,
                lambda d: self.deal_actions.win(d, dialog.reason(), dialog.followups()),
            ),
        )

    def ask_archive(self, deal_ids: list[int]) -> None:
        """Archived at once, unless there are open follow-ups to cancel or keep."""
        count = followups_of(self.ctx, deal_ids)
        if not count:
            self._close_each(deal_ids, self.deal_actions.archive)
            return
        dialog = ArchiveDialog(self._title(deal_ids), len(deal_ids), count, self)
        self._show(
            dialog,
            "archive_dialog",
            lambda: self._close_each(
                deal_ids, lambda d: self.deal_actions.archive(d, dialog.followups())
            ),
        )

    def _close_each(self, deal_ids: list[int], act: Callable[[int], object]) -> None:
        for deal_id in deal_ids:
            if not self._run(lambda d=deal_id: act(d), [deal_id]):
                break
