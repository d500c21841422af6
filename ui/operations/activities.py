"""Named user actions on follow-ups, each one undoable step on the window's
undo stack (the same stack as the deal moves, so Ctrl+Z undoes whatever was
done last): add, finish (with its next step), snooze.

Like `ui.operations.deals.DealActions`: every action goes through the
operations door (`ui.operations.core`) over one `funnel` service, and
announces what changed so each screen refreshes what it shows.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, time

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from funnel.followups import activities, snooze
from funnel.followups.activities import NextStepSuggestion
from funnel.followups.completion import Finished, finish_activity, revert_finish
from funnel.followups.snooze import SnoozeChoice, SnoozeResult
from ui.context import AppContext, Changes
from ui.operations.core import Op, Operations, run_op

__all__ = ["ActivityActions", "Finished", "NewActivity"]


def _changes(deal_id: int | None) -> Changes:
    return Changes(deals=frozenset({deal_id} if deal_id else ()), activities=True)


@dataclass(frozen=True)
class NewActivity:
    kind: str
    subject: str
    due_date: date
    due_time: time | None = None
    deal_id: int | None = None
    client_id: int | None = None
    owner_id: int | None = None
    notes: str = ""
    rrule: str | None = None


class ActivityActions:
    """The follow-up actions of one window, sharing its undo stack."""

    def __init__(self, ctx: AppContext, undo_stack: QUndoStack) -> None:
        self.ctx = ctx
        self.undo_stack = undo_stack
        self.ops = Operations(ctx, undo_stack)

    def add(self, new: NewActivity) -> int:
        return self.ops.run(
            Op(
                QCoreApplication.translate("ActivityActions", "Add activity"),
                activities.add_activity,
                kwargs={**asdict(new), "now": self.ctx.now()},
                changes=_changes(new.deal_id),
                undo=activities.delete_activity,
            )
        )

    def update(self, activity_id: int, deal_id: int | None, **fields) -> None:
        """Edit fields (a form's Save; not an undo step, like the deal card's fields)."""
        run_op(
            self.ctx,
            Op("", activities.update_activity, (activity_id,), fields, changes=_changes(deal_id)),
        )

    def finish(
        self,
        activity_id: int,
        *,
        outcome: str | None = None,
        next_step: NextStepSuggestion | None = None,
        deal_id: int | None = None,
        campaign_status: str | None = None,
    ) -> Finished:
        """Mark done with its outcome and, in the same transaction, schedule
        the next step: one user action, one undo step."""
        return self.ops.run(
            Op(
                QCoreApplication.translate("ActivityActions", "Mark activity done"),
                finish_activity,
                (activity_id,),
                {
                    "now": self.ctx.now(),
                    "today": self.ctx.today(),
                    "outcome": outcome,
                    "next_step": next_step,
                    "campaign_status": campaign_status,
                },
                changes=lambda f: _changes(f.deal_id),
                undo=revert_finish,
            )
        )

    def snooze(
        self,
        activity_id: int,
        choice: SnoozeChoice | str | date,
        *,
        deal_id: int | None = None,
    ) -> SnoozeResult:
        """Push the due date on; undone back to where it was. (Redo snoozes
        again from the same moment, so it lands on the same date.)"""
        if deal_id is None:
            deal_id = self.ctx.read(activities.get_activity, activity_id).deal_id
        return self.ops.run(
            Op(
                QCoreApplication.translate("ActivityActions", "Snooze activity"),
                snooze.snooze_activity,
                (activity_id,),
                {"until": choice, "now_local": self.ctx.local_now()},
                changes=_changes(deal_id),
                undo=snooze.revert_snooze,
            )
        )
