"""The end-of-review summary, its comparison with last week, and the history
with skipped weeks and the streak."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from funnel.cleanup import decision_log, decisions
from funnel.cleanup.figures import pipeline_figures
from funnel.cleanup.reminder import ensure_cleanup_reminder
from funnel.cleanup.review import current_step, finish_review, start_review, waive
from funnel.cleanup.summary import review_history, review_summary
from funnel.store.models import ReviewItem
from tests.cleanup_data import build_funnel

MONDAY = date(2026, 11, 23)


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def review_on(session, day: date) -> int:
    review = start_review(session, now=at(day), today=day)
    finish_review(session, review.id, now=at(day, 11), today=day)
    return review.id


def item_of(session, review_id: int, deal_id: int) -> int:
    return session.scalar(
        select(ReviewItem.id).where(
            ReviewItem.review_id == review_id, ReviewItem.deal_id == deal_id
        )
    )


@pytest.fixture
def funnel(session, now, today):
    return build_funnel(session, now, today)


def test_the_summary_counts_each_kind_of_decision(session, now, today, funnel):
    review = start_review(session, now=now, today=today)
    rid = review.id
    decisions.park(session, item_of(session, rid, funnel.stalled_most), now=now, today=today,
                   months=1)  # fmt: skip
    decisions.schedule_call(session, item_of(session, rid, funnel.stalled_less), on=today,
                            now=now, today=today)  # fmt: skip
    decisions.archive(session, item_of(session, rid, funnel.no_next_step), now=now, today=today)
    decisions.win(session, item_of(session, rid, funnel.returning), now=now, today=today)
    lost = decisions.lose(session, item_of(session, rid, funnel.silent), reason="Price", now=now,
                          today=today)  # fmt: skip
    decision_log.revert_decision(session, lost, now=now)  # undone: does not count
    finish_review(session, rid, now=now + timedelta(minutes=8), today=today)
    counts = review_summary(session, rid, today=today).counts
    assert (counts.total, counts.reviewed) == (6, 4)
    assert (counts.parked, counts.calls, counts.archived, counts.won, counts.lost) == (
        1,
        1,
        1,
        1,
        0,
    )
    assert counts.still_without_next_step == 0


def test_a_deal_kept_without_a_next_step_is_counted_as_still_without_one(
    session, now, today, funnel
):
    rid = start_review(session, now=now, today=today).id
    item = item_of(session, rid, funnel.no_next_step)
    waive(session, item, "next_step", today=today)
    decisions.keep(session, item, now=now, today=today)
    assert review_summary(session, rid, today=today).counts.still_without_next_step == 1


def test_the_summary_compares_the_pipeline_with_last_weeks_review(session, now, today, funnel):
    last_week = today - timedelta(days=7)
    first = start_review(session, now=now - timedelta(days=7), today=last_week)
    finish_review(session, first.id, now=now - timedelta(days=7), today=last_week)
    rid = start_review(session, now=now, today=today).id
    step = current_step(session, rid, today=today)
    decisions.win(session, step.item.id, now=now, today=today)
    finish_review(session, rid, now=now, today=today)
    summary = review_summary(session, rid, today=today)
    assert summary.previous_on == last_week
    assert (summary.previous.open_count, summary.figures.open_count) == (5, 4)
    assert summary.figures.value == {"USD": Decimal("4000.00")}
    # Last week only "Office chairs" had stalled; it is won, and "Kitchen set" has since.
    assert (summary.previous.stalled, summary.figures.stalled) == (1, 1)


def test_the_first_review_has_nothing_to_compare_with(session, now, today, funnel):
    rid = review_on(session, today)
    summary = review_summary(session, rid, today=today)
    assert summary.previous is None
    assert summary.figures == pipeline_figures(session, today=today)


def test_the_history_lists_reviews_and_skipped_weeks_newest_first_with_the_streak(session):
    ensure_cleanup_reminder(session, today=MONDAY, now=at(MONDAY))
    weeks = [MONDAY + timedelta(days=7 * i) for i in range(5)]
    for day in (weeks[0], weeks[2], weeks[3] + timedelta(days=2)):
        review_on(session, day)
    history = review_history(session, today=weeks[4])
    assert [(r.week_of, r.skipped, r.due, r.review_id is not None) for r in history.rows] == [
        (weeks[4], False, True, False),
        (weeks[3], False, False, True),
        (weeks[2], False, False, True),
        (weeks[1], True, False, False),
        (weeks[0], False, False, True),
    ]
    assert (history.streak, history.skipped) == (2, 1)
    assert history.rows[1].active_seconds == 600  # 10:00 to 11:00, capped at ten minutes


def test_the_streak_counts_this_week_once_it_is_done(session):
    ensure_cleanup_reminder(session, today=MONDAY, now=at(MONDAY))
    review_on(session, MONDAY)
    review_on(session, MONDAY + timedelta(days=7))
    assert review_history(session, today=MONDAY + timedelta(days=8)).streak == 2
    assert review_history(session, today=MONDAY + timedelta(days=15)).streak == 2
    assert review_history(session, today=MONDAY + timedelta(days=22)).streak == 0
