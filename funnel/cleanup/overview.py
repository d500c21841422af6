"""Everything the clean-up page's home shows, in one read: when the clean-up
is due, the review under way, what a review started now would hold, and the
history with the streak."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from funnel.cleanup.queue import queue_counts
from funnel.cleanup.reminder import CleanupDue, CleanupSchedule, cleanup_due, get_schedule
from funnel.cleanup.review import ReviewInfo, current_review
from funnel.cleanup.summary import ReviewHistory, review_history


@dataclass(frozen=True)
class CleanupOverview:
    today: date
    schedule: CleanupSchedule
    due: CleanupDue | None  # this week's clean-up, when due and not done
    review: ReviewInfo | None  # started this week and left half-way
    queue: dict[str, int]  # what a review started now would hold, per ReviewReason
    history: ReviewHistory

    @property
    def done_this_week(self) -> bool:
        rows = self.history.rows
        week = self.schedule.week_of(self.today)
        return any(r.week_of == week and r.review_id is not None for r in rows)

    @property
    def next_due(self) -> date:
        """The next reminder day once this week's clean-up is done."""
        if self.done_this_week:
            return self.schedule.week_of(self.today) + timedelta(days=7)
        return self.schedule.next_due(self.today)


def cleanup_overview(session: Session, *, today: date, everyone: bool = False) -> CleanupOverview:
    """`everyone`: a manager on a team server counts everyone's deals in the
    queue, as the review they would start does (see `start_review`)."""
    review = current_review(session, today=today)
    return CleanupOverview(
        today=today,
        schedule=get_schedule(session),
        due=cleanup_due(session, today=today),
        review=review,
        # The queue is only counted when a new review would start from it.
        queue=queue_counts(session, today=today, everyone=everyone) if review is None else {},
        history=review_history(session, today=today),
    )
