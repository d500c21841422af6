"""Named user actions on follow-ups, each one undoable step on the window's
undo stack (the same stack as the deal moves, so Ctrl+Z undoes whatever was
done last): add, finish (with its next step), snooze.

Like `ui.operations.deals.DealActions`: every action is one transaction over `funnel`
services, and announces what changed so each screen refreshes what it shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from funnel.customers.campaigns import OutcomeChange, record_outcome, revert_outcome
from funnel.followups import activities, snooze
from funnel.followups.activities import CompleteResult, NextStepSuggestion
from funnel.followups.snooze import SnoozeChoice, SnoozeResult
from ui.context import AppContext, Changes


def _changes(deal_id: int | None) -> Changes:
    return Changes(deals=frozenset({deal_id} if deal_id else ()), activities=True)


@dataclass(frozen=True)
class Finished:
    """What "mark done" wrote: the completion, and the next step scheduled with it."""

    completed: CompleteResult
    next_step_id: int | None
    next_step: NextStepSuggestion | None
    deal_id: int | None
    campaign_change: OutcomeChange | None = None  # a campaign call's status before
    campaign_status: str | None = None


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


class _Command(QUndoCommand):
    """An action already done when pushed: the first redo() does nothing."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._done = True

    def redo(self) -> None:
        if self._done:
            return
        self.apply()
        self._done = True

    def undo(self) -> None:
        self.revert()
        self._done = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class _FinishCommand(_Command):
    def __init__(self, actions: ActivityActions, finished: Finished, outcome: str | None) -> None:
        super().__init__(QCoreApplication.translate("ActivityActions", "Mark activity done"))
        self._actions = actions
        self.finished = finished
        self._outcome = outcome

    def revert(self) -> None:
        finished = self.finished

        def undo(session) -> None:
            if finished.next_step_id is not None:
                step = activities.get_activity(session, finished.next_step_id)
                if step.is_open:
                    activities.delete_activity(session, finished.next_step_id)
            activities.revert_complete(session, finished.completed)
            if finished.campaign_change is not None:
                revert_outcome(session, finished.campaign_change)

        self._actions.ctx.write(undo, changes=_changes(finished.deal_id))

    def apply(self) -> None:
        self.finished = self._actions.write_finish(
            self.finished.completed.activity_id,
            self._outcome,
            self.finished.next_step,
            self.finished.deal_id,
            self.finished.campaign_status,
        )


class _SnoozeCommand(_Command):
    def __init__(self, ctx: AppContext, result: SnoozeResult, deal_id: int | None) -> None:
        super().__init__(QCoreApplication.translate("ActivityActions", "Snooze activity"))
        self._ctx = ctx
        self.result = result
        self._deal_id = deal_id

    def revert(self) -> None:
        self._ctx.write(snooze.revert_snooze, self.result, changes=_changes(self._deal_id))

    def apply(self) -> None:
        r = self.result
        self._ctx.write(
            activities.update_activity,
            r.activity_id,
            due_date=r.due_date,
            due_time=r.due_time,
            changes=_changes(self._deal_id),
        )


class _AddCommand(_Command):
    def __init__(self, ctx: AppContext, new: NewActivity, activity_id: int) -> None:
        super().__init__(QCoreApplication.translate("ActivityActions", "Add activity"))
        self._ctx = ctx
        self._new = new
        self.activity_id = activity_id

    def revert(self) -> None:
        self._ctx.write(
            activities.delete_activity, self.activity_id, changes=_changes(self._new.deal_id)
        )

    def apply(self) -> None:
        self.activity_id = self._ctx.write(
            lambda s: _add(s, self._new, self._ctx), changes=_changes(self._new.deal_id)
        )


def _add(session, new: NewActivity, ctx: AppContext) -> int:
    return activities.add_activity(
        session,
        kind=new.kind,
        subject=new.subject,
        due_date=new.due_date,
        due_time=new.due_time,
        deal_id=new.deal_id,
        client_id=new.client_id,
        owner_id=new.owner_id,
        notes=new.notes,
        rrule=new.rrule,
        now=ctx.now(),
    )


class ActivityActions:
    """The follow-up actions of one window, sharing its undo stack."""

    def __init__(self, ctx: AppContext, undo_stack: QUndoStack) -> None:
        self.ctx = ctx
        self.undo_stack = undo_stack

    def add(self, new: NewActivity) -> int:
        activity_id = self.ctx.write(
            lambda s: _add(s, new, self.ctx), changes=_changes(new.deal_id)
        )
        self.undo_stack.push(_AddCommand(self.ctx, new, activity_id))
        return activity_id

    def update(self, activity_id: int, deal_id: int | None, **fields) -> None:
        """Edit fields (a form's Save; not an undo step, like the deal card's fields)."""
        self.ctx.write(activities.update_activity, activity_id, changes=_changes(deal_id), **fields)

    def write_finish(
        self,
        activity_id: int,
        outcome: str | None,
        next_step: NextStepSuggestion | None,
        deal_id: int | None,
        campaign_status: str | None = None,
    ) -> Finished:
        now, today = self.ctx.now(), self.ctx.today()

        def finish(session) -> Finished:
            completed = activities.complete_activity(
                session, activity_id, now=now, outcome=outcome, today=today
            )
            step_id = (
                activities.schedule_next_step(session, next_step, now=now) if next_step else None
            )
            change = (
                record_outcome(session, activity_id, campaign_status, now=now)
                if campaign_status
                else None
            )
            return Finished(completed, step_id, next_step, deal_id, change, campaign_status)

        return self.ctx.write(finish, changes=_changes(deal_id))

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
        if deal_id is None:
            deal_id = self.ctx.read(activities.get_activity, activity_id).deal_id
        finished = self.write_finish(activity_id, outcome, next_step, deal_id, campaign_status)
        self.undo_stack.push(_FinishCommand(self, finished, outcome))
        return finished

    def snooze(
        self, activity_id: int, choice: SnoozeChoice | str, *, deal_id: int | None = None
    ) -> SnoozeResult:
        if deal_id is None:
            deal_id = self.ctx.read(activities.get_activity, activity_id).deal_id
        result = self.ctx.write(
            snooze.snooze_activity,
            activity_id,
            until=choice,
            now_local=self.ctx.local_now(),
            changes=_changes(deal_id),
        )
        self.undo_stack.push(_SnoozeCommand(self.ctx, result, deal_id))
        return result
