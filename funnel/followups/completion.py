"""Finishing a follow-up as one action: mark it done with its outcome and, in
the same transaction, schedule the next step; and take both back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from funnel.followups.activities import (
    CompleteResult,
    NextStepSuggestion,
    complete_activity,
    delete_activity,
    revert_complete,
    schedule_next_step,
)
from funnel.followups.activity_list import get_activity


@dataclass(frozen=True)
class Finished:
    """What "mark done" wrote: the completion, and the next step scheduled with it."""

    completed: CompleteResult
    next_step_id: int | None
    next_step: NextStepSuggestion | None
    deal_id: int | None


def finish_activity(
    session: Session,
    activity_id: int,
    *,
    now: datetime,
    today: date,
    outcome: str | None = None,
    next_step: NextStepSuggestion | None = None,
) -> Finished:
    """Mark done with its outcome and schedule the next step (if any), together."""
    deal_id = get_activity(session, activity_id).deal_id
    completed = complete_activity(session, activity_id, now=now, outcome=outcome, today=today)
    step_id = schedule_next_step(session, next_step, now=now) if next_step else None
    return Finished(completed, step_id, next_step, deal_id)


def revert_finish(session: Session, finished: Finished) -> None:
    """Undo `finish_activity`: the next step goes unless already done, and the
    activity is open again."""
    if finished.next_step_id is not None:
        step = get_activity(session, finished.next_step_id)
        if step.is_open:
            delete_activity(session, finished.next_step_id)
    revert_complete(session, finished.completed)
