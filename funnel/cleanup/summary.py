"""What a review did and how the funnel changed, and the history of reviews.

The summary counts the review's decisions (those taken back with Ctrl+Z do
not count) and compares the sales pipelines' open count, value and stalled
count with the snapshot the previous finished review kept. The history lists
every clean-up week from the first one: the reviews finished in it, or
"skipped" (a review finished early shows as partial, and does not make its
week done); the streak is the number of weeks done in a row up to this one (a
week still under way does not break it).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from funnel.cleanup.figures import PipelineFigures, pipeline_figures
from funnel.cleanup.reminder import finished_whole, get_schedule
from funnel.cleanup.review import ReviewInfo, get_review
from funnel.store.models import (
    Activity,
    Deal,
    DealStatus,
    DecisionKind,
    Review,
    ReviewDecision,
    ReviewItem,
)

HISTORY_WEEKS = 26


@dataclass(frozen=True)
class ReviewCounts:
    total: int  # deals in the queue
    reviewed: int  # deals that left it with a decision
    calls: int  # calls scheduled ("the client does not know")
    next_steps: int
    kept: int
    moved: int
    temperature: int  # temperatures changed, demotions accepted included
    parked: int
    archived: int
    won: int
    lost: int
    silent: int  # silent-lead notices sent
    still_without_next_step: int  # reviewed, still open, and no open activity

    def as_json(self) -> dict:
        return {
            "total": self.total,
            "reviewed": self.reviewed,
            "calls": self.calls,
            "next_steps": self.next_steps,
            "kept": self.kept,
            "moved": self.moved,
            "temperature": self.temperature,
            "parked": self.parked,
            "archived": self.archived,
            "won": self.won,
            "lost": self.lost,
            "silent": self.silent,
            "still_without_next_step": self.still_without_next_step,
        }


def _decision_counts(session: Session, review_ids: list[int]) -> dict[int, Counter]:
    out: dict[int, Counter] = {rid: Counter() for rid in review_ids}
    if not review_ids:
        return out
    for rid, kind, n in session.execute(
        select(ReviewDecision.review_id, ReviewDecision.kind, func.count())
        .where(ReviewDecision.review_id.in_(review_ids), ReviewDecision.undone_at.is_(None))
        .group_by(ReviewDecision.review_id, ReviewDecision.kind)
    ):
        out[rid][kind] = n
    return out


def _item_counts(session: Session, review_ids: list[int]) -> dict[int, tuple[int, int]]:
    if not review_ids:
        return {}
    return {
        rid: (total, done)
        for rid, total, done in session.execute(
            select(ReviewItem.review_id, func.count(ReviewItem.id), func.count(ReviewItem.done_at))
            .where(ReviewItem.review_id.in_(review_ids))
            .group_by(ReviewItem.review_id)
        )
    }


def _counts(kinds: Counter, total: int, done: int, without_step: int) -> ReviewCounts:
    return ReviewCounts(
        total=total,
        reviewed=done,
        calls=kinds[DecisionKind.CALL],
        next_steps=kinds[DecisionKind.NEXT_STEP],
        kept=kinds[DecisionKind.KEEP],
        moved=kinds[DecisionKind.MOVE],
        temperature=kinds[DecisionKind.TEMPERATURE] + kinds[DecisionKind.DEMOTE],
        parked=kinds[DecisionKind.PARK],
        archived=kinds[DecisionKind.ARCHIVE],
        won=kinds[DecisionKind.WON],
        lost=kinds[DecisionKind.LOST],
        silent=kinds[DecisionKind.SILENT],
        still_without_next_step=without_step,
    )


def review_counts(session: Session, review_id: int) -> ReviewCounts:
    kinds = _decision_counts(session, [review_id])[review_id]
    total, done = _item_counts(session, [review_id]).get(review_id, (0, 0))
    has_step = select(Activity.id).where(Activity.deal_id == Deal.id, Activity.done_at.is_(None))
    without_step = session.scalar(
        select(func.count(ReviewItem.id))
        .join(Deal, Deal.id == ReviewItem.deal_id)
        .where(
            ReviewItem.review_id == review_id,
            ReviewItem.done_at.is_not(None),
            Deal.status == DealStatus.OPEN.value,
            ~has_step.exists(),
        )
    )
    return _counts(kinds, total, done, without_step or 0)


@dataclass(frozen=True)
class ReviewSummary:
    review: ReviewInfo
    counts: ReviewCounts
    figures: PipelineFigures  # when the review finished (now, if it has not)
    previous: PipelineFigures | None  # kept by the previous finished review
    previous_on: date | None  # the day that one finished

    def as_json(self) -> dict:
        return {
            "review": self.review.as_json(),
            "counts": self.counts.as_json(),
            "figures": self.figures.as_json(),
            "previous": self.previous.as_json() if self.previous else None,
            "previous_on": self.previous_on.isoformat() if self.previous_on else None,
        }


def review_summary(session: Session, review_id: int, *, today: date) -> ReviewSummary:
    review = get_review(session, review_id)
    stored = session.scalar(select(Review.snapshot).where(Review.id == review_id))
    figures = PipelineFigures.from_json(stored) or pipeline_figures(session, today=today)
    previous = session.execute(
        select(Review.snapshot, Review.finished_on)
        .where(Review.finished_at.is_not(None), Review.id != review_id)
        .where(
            Review.finished_at < review.finished_at
            if review.finished_at is not None
            else Review.id < review_id
        )
        .order_by(Review.finished_at.desc(), Review.id.desc())
        .limit(1)
    ).first()
    return ReviewSummary(
        review,
        review_counts(session, review_id),
        figures,
        PipelineFigures.from_json(previous[0]) if previous else None,
        previous[1] if previous else None,
    )


# --- history -------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryRow:
    """A finished review, or a clean-up week without one."""

    week_of: date
    review_id: int | None  # None: skipped (or, this week, still due)
    started_at: datetime | None  # UTC
    finished_at: datetime | None  # UTC
    active_seconds: int
    reviewed: int
    calls: int
    parked: int
    archived: int
    won: int
    lost: int
    skipped: bool
    due: bool  # this week, not done yet
    total: int = 0  # deals in the review's queue
    partial: bool = False  # finished early with deals left undecided: the week is not done

    def as_json(self) -> dict:
        return {
            "week_of": self.week_of.isoformat(),
            "review_id": self.review_id,
            "started_at": self.started_at.isoformat() if self.started_at else None,
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "minutes": round(self.active_seconds / 60),
            "reviewed": self.reviewed,
            "calls": self.calls,
            "parked": self.parked,
            "archived": self.archived,
            "won": self.won,
            "lost": self.lost,
            "skipped": self.skipped,
            "due": self.due,
            "total": self.total,
            "partial": self.partial,
        }


@dataclass(frozen=True)
class ReviewHistory:
    rows: tuple[HistoryRow, ...]  # newest first
    streak: int  # clean-up weeks done in a row, up to this one
    skipped: int  # weeks skipped among the rows

    def as_json(self) -> dict:
        return {
            "streak": self.streak,
            "skipped": self.skipped,
            "weeks": [r.as_json() for r in self.rows],
        }


def review_history(session: Session, *, today: date, weeks: int = HISTORY_WEEKS) -> ReviewHistory:
    schedule = get_schedule(session)
    current = schedule.week_of(today)
    horizon = current - timedelta(days=7 * max(weeks - 1, 0))
    reviews = session.execute(
        select(Review.id, Review.started_at, Review.finished_at, Review.finished_on)
        .where(Review.finished_on.is_not(None), Review.finished_on >= horizon)
        .order_by(Review.finished_at.desc(), Review.id.desc())
    ).all()
    ids = [r.id for r in reviews]
    kinds = _decision_counts(session, ids)
    items = _item_counts(session, ids)
    seconds = dict(
        session.execute(select(Review.id, Review.active_seconds).where(Review.id.in_(ids))).all()
    )
    by_week: dict[date, list] = {}
    for r in reviews:
        by_week.setdefault(schedule.week_of(r.finished_on), []).append(r)
    starts = [w for w in by_week]
    if schedule.since is not None:
        starts.append(schedule.week_of(schedule.since))
    first = max(min(starts), horizon) if starts else current
    rows: list[HistoryRow] = []
    week = current
    while week >= first:
        found = by_week.get(week, [])
        for r in found:
            k = kinds[r.id]
            total, done = items.get(r.id, (0, 0))
            rows.append(
                HistoryRow(
                    week, r.id, r.started_at, r.finished_at, seconds.get(r.id) or 0,
                    done, k[DecisionKind.CALL], k[DecisionKind.PARK],
                    k[DecisionKind.ARCHIVE], k[DecisionKind.WON], k[DecisionKind.LOST],
                    False, False, total, done < total,
                )
            )  # fmt: skip
        if not found:
            # Before the reminder existed no week was due, so none was skipped.
            counted = schedule.since is not None and week >= schedule.week_of(schedule.since)
            if counted:
                is_now = week == current
                rows.append(
                    HistoryRow(
                        week, None, None, None, 0, 0, 0, 0, 0, 0, 0, not is_now, is_now
                    )
                )  # fmt: skip
        week -= timedelta(days=7)
    done_weeks = {
        schedule.week_of(day)
        for day in session.scalars(select(Review.finished_on).where(finished_whole()))
        if day is not None
    }
    streak = 0
    week = current if current in done_weeks else current - timedelta(days=7)
    while week in done_weeks:
        streak += 1
        week -= timedelta(days=7)
    return ReviewHistory(tuple(rows), streak, sum(1 for r in rows if r.skipped))
