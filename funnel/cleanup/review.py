"""A review: started once a week, left and resumed at will, finished with a
summary. Its deals and their order are fixed when it starts (`ReviewItem`
rows, written in one executemany), so coming back continues the same list
even if deals moved meanwhile; a deal closed elsewhere in between is passed
over.

Decisions live in `funnel.cleanup.decisions`; this module owns the review's
life and the one step (deal) shown at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from itertools import pairwise

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from funnel.cleanup.checklist import CheckKey, parse_waived, waived_text
from funnel.cleanup.figures import pipeline_figures
from funnel.cleanup.queue import DealFacts, deal_facts, review_queue, signed_in_owner
from funnel.cleanup.reminder import close_week, get_schedule
from funnel.errors import NotFoundError, ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.columns import table_of
from funnel.store.models import (
    Deal,
    DealStatus,
    DecisionKind,
    Review,
    ReviewDecision,
    ReviewItem,
)
from funnel.timeutil import utc_naive

# A pause longer than this between two decisions is not counted as time spent
# on the review (a coffee, a phone call, the review left until tomorrow).
IDLE_CAP = timedelta(minutes=10)


@dataclass(frozen=True)
class ReviewInfo:
    id: int
    started_at: datetime  # UTC
    started_on: date  # local
    finished_at: datetime | None
    finished_on: date | None
    total: int  # deals in its queue
    done: int  # deals that left it with a decision
    active_seconds: int

    @property
    def in_progress(self) -> bool:
        return self.finished_at is None

    @property
    def complete(self) -> bool:
        """Every deal decided or explicitly skipped: only then does the week count."""
        return self.done >= self.total

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "total": self.total,
            "done": self.done,
            "active_seconds": self.active_seconds,
        }


@dataclass(frozen=True)
class ItemRow:
    id: int
    review_id: int
    position: int  # 0-based, fixed at start
    deal_id: int
    reason: str  # a ReviewReason
    days_over: int
    waived: frozenset[CheckKey]
    done_at: datetime | None
    outcome: str | None
    decisions: tuple[str, ...]  # DecisionKinds taken on it so far (not undone)


@dataclass(frozen=True)
class ReviewStep:
    """The deal on screen: where it is in the queue and its facts."""

    review: ReviewInfo
    item: ItemRow
    facts: DealFacts

    @property
    def number(self) -> int:
        """1-based, for "12 / 48"."""
        return self.item.position + 1

    @property
    def total(self) -> int:
        return self.review.total


def _review(session: Session, review_id: int) -> Review:
    review = session.get(Review, review_id)
    if review is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no review with id {review_id}."),
            review_id=review_id,
        )
    return review


def _info(session: Session, review: Review) -> ReviewInfo:
    total, done = session.execute(
        select(func.count(ReviewItem.id), func.count(ReviewItem.done_at)).where(
            ReviewItem.review_id == review.id
        )
    ).one()
    return ReviewInfo(
        review.id,
        review.started_at,
        review.started_on,
        review.finished_at,
        review.finished_on,
        total,
        done,
        review.active_seconds or 0,
    )


def get_review(session: Session, review_id: int) -> ReviewInfo:
    return _info(session, _review(session, review_id))


def current_review(session: Session, *, today: date) -> ReviewInfo | None:
    """The review started this clean-up week and not finished, if any. One
    left unfinished in an earlier week is not resumed: its queue is stale and
    that week counts as skipped."""
    week = get_schedule(session).week_of(today)
    review = session.scalars(
        select(Review)
        .where(Review.finished_at.is_(None), Review.started_on >= week)
        .order_by(Review.id.desc())
        .limit(1)
    ).first()
    return _info(session, review) if review is not None else None


def start_review(
    session: Session, *, now: datetime, today: date, everyone: bool = False
) -> ReviewInfo:
    """Resume this week's unfinished review, or start one with the queue of
    `funnel.cleanup.queue.review_queue` as of today: on a team server the
    signed-in owner's deals, or `everyone`'s (a manager's choice)."""
    found = current_review(session, today=today)
    if found is not None:
        return found
    review = Review(started_at=utc_naive(now), started_on=today, active_seconds=0)
    session.add(review)
    session.flush()
    queue = review_queue(session, today=today, owner_id=signed_in_owner(session, everyone))
    if queue:
        # Core executemany: 10,000 rows in a few tens of milliseconds.
        session.connection().execute(
            insert(table_of(ReviewItem)),
            [
                {
                    "review_id": review.id,
                    "position": i,
                    "deal_id": entry.deal_id,
                    "reason": entry.reason,
                    "days_over": entry.days_over,
                    "waived": "",
                }
                for i, entry in enumerate(queue)
            ],
        )
    return _info(session, review)


def _item(session: Session, item_id: int) -> ReviewItem:
    item = session.get(ReviewItem, item_id)
    if item is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no review item with id {item_id}."),
            item_id=item_id,
        )
    return item


def item_row(session: Session, item: ReviewItem) -> ItemRow:
    kinds = tuple(
        session.scalars(
            select(ReviewDecision.kind)
            .where(ReviewDecision.item_id == item.id, ReviewDecision.undone_at.is_(None))
            .order_by(ReviewDecision.id)
        )
    )
    return ItemRow(
        item.id,
        item.review_id,
        item.position,
        item.deal_id,
        item.reason,
        item.days_over,
        parse_waived(item.waived),
        item.done_at,
        item.outcome,
        kinds,
    )


def _step(session: Session, review: Review, item: ReviewItem, today: date) -> ReviewStep:
    row = item_row(session, item)
    facts = deal_facts(session, item.deal_id, today=today, waived=row.waived)
    if facts.demotion is not None and facts.client_id is not None:
        answered = session.scalar(
            select(func.count(ReviewDecision.id)).where(
                ReviewDecision.review_id == review.id,
                ReviewDecision.client_id == facts.client_id,
                ReviewDecision.kind.in_(
                    (DecisionKind.DEMOTE.value, DecisionKind.KEEP_TEMPERATURE.value)
                ),
                ReviewDecision.undone_at.is_(None),
            )
        )
        if answered:  # accepted or rejected once in this review: not asked again
            facts = replace(facts, demotion=None)
    return ReviewStep(_info(session, review), row, facts)


def current_step(session: Session, review_id: int, *, today: date) -> ReviewStep | None:
    """The first deal of the queue still to decide, or None when none is left.
    Deals closed elsewhere since the review started are passed over."""
    review = _review(session, review_id)
    item = session.scalars(
        select(ReviewItem)
        .join(Deal, Deal.id == ReviewItem.deal_id)
        .where(
            ReviewItem.review_id == review_id,
            ReviewItem.done_at.is_(None),
            Deal.status == DealStatus.OPEN.value,
        )
        .order_by(ReviewItem.position)
        .limit(1)
    ).first()
    return _step(session, review, item, today) if item is not None else None


def step_of(session: Session, item_id: int, *, today: date) -> ReviewStep:
    """One item's step, e.g. to show it again after a decision that kept it."""
    item = _item(session, item_id)
    return _step(session, _review(session, item.review_id), item, today)


def waive(
    session: Session, item_id: int, key: CheckKey | str, *, today: date, waived: bool = True
) -> ReviewStep:
    """Waive a checklist item for this deal in this review (or take it back)."""
    item = _item(session, item_id)
    try:
        check = CheckKey(key)
    except ValueError as exc:
        names = ", ".join(k.value for k in CheckKey)
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A checklist item is one of {names} (got '{key}')."),
            names=names,
            key=key,
        ) from exc
    keys = set(parse_waived(item.waived))
    if waived:
        keys.add(check)
    else:
        keys.discard(check)
    item.waived = waived_text(keys)
    session.flush()
    return step_of(session, item_id, today=today)


def active_seconds(moments: list[datetime]) -> int:
    """Time spent: the gaps between consecutive moments, each capped at IDLE_CAP."""
    ordered = sorted(moments)
    total = timedelta()
    for before, after in pairwise(ordered):
        total += min(after - before, IDLE_CAP)
    return int(total.total_seconds())


def finish_review(session: Session, review_id: int, *, now: datetime, today: date) -> ReviewInfo:
    """End the review and keep the pipeline's figures for next week's
    comparison. Deals closed elsewhere meanwhile are settled as such; when
    every other deal was decided or skipped, this week's reminder is ticked
    off. A review finished early stays *partial*: what is left undecided
    stays so, and the week is not done."""
    review = _review(session, review_id)
    if review.finished_at is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This review is already finished."))
    moment = utc_naive(now)
    closed = select(Deal.id).where(Deal.status != DealStatus.OPEN.value)
    session.execute(
        update(ReviewItem)
        .where(
            ReviewItem.review_id == review_id,
            ReviewItem.done_at.is_(None),
            ReviewItem.deal_id.in_(closed),
        )
        .values(done_at=moment, outcome=DecisionKind.CLOSED)
        .execution_options(synchronize_session=False)
    )
    events = [review.started_at, moment]
    events += [
        m
        for m in session.scalars(
            select(ReviewDecision.decided_at).where(ReviewDecision.review_id == review_id)
        )
        if m is not None
    ]
    events += [
        m
        for m in session.scalars(
            select(ReviewItem.done_at).where(
                ReviewItem.review_id == review_id, ReviewItem.done_at.is_not(None)
            )
        )
        if m is not None
    ]
    review.finished_at = moment
    review.finished_on = today
    review.active_seconds = active_seconds([e for e in events if e <= moment])
    review.snapshot = pipeline_figures(session, today=today).as_json()
    session.flush()
    info = _info(session, review)
    if info.complete:
        close_week(session, today=today, now=now)
    return info
