"""Issue 10 items 10 and 11 at the service level: "Call" reuses or moves the
deal's existing call, an explicit skip counts as decided, and a review
finished early is partial — its week is not done and the streak breaks."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from funnel.cleanup import decision_log, decisions
from funnel.cleanup.reminder import cleanup_due, ensure_cleanup_reminder, week_done
from funnel.cleanup.review import current_step, finish_review, start_review
from funnel.cleanup.summary import review_history
from funnel.followups.activities import add_activity
from funnel.followups.activity_list import list_activities
from funnel.store.models import DecisionKind, ReviewItem
from tests.cleanup_data import build_funnel

MONDAY = date(2026, 11, 23)


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


@pytest.fixture
def funnel(session, now, today):
    return build_funnel(session, now, today)


def decide_all(session, review_id: int, day: date) -> int:
    """Skip every deal explicitly (the review's K key)."""
    n = 0
    while (step := current_step(session, review_id, today=day)) is not None:
        decisions.skip(session, step.item.id, now=at(day), today=day)
        n += 1
    return n


def item_of(session, review_id: int, deal_id: int) -> int:
    return session.scalar(
        select(ReviewItem.id).where(
            ReviewItem.review_id == review_id, ReviewItem.deal_id == deal_id
        )
    )


# --- item 10 ------------------------------------------------------------------------


def test_call_tomorrow_reuses_the_call_already_set_for_that_day(session, now, today, funnel):
    deal_id = funnel.no_next_step
    tomorrow = today + timedelta(days=1)
    existing = add_activity(
        session, kind="call", subject="Перезвонить по КП", due_date=tomorrow,
        deal_id=deal_id, now=now,
    )  # fmt: skip
    review = start_review(session, now=now, today=today)
    item = session.scalar(
        select(ReviewItem.id).where(
            ReviewItem.review_id == review.id, ReviewItem.deal_id == deal_id
        )
    )
    result = decisions.schedule_call(
        session, item, on=tomorrow, now=now, today=today, subject="Звонок"
    )
    calls = list_activities(session, deal_id=deal_id, open_only=True)
    assert [(a.id, a.subject, a.due_date) for a in calls] == [
        (existing, "Перезвонить по КП", tomorrow)
    ]
    assert result.activity_id == existing


def test_call_tomorrow_moves_a_call_due_later_and_undo_puts_it_back(session, now, today, funnel):
    deal_id = funnel.no_next_step
    friday = today + timedelta(days=4)
    existing = add_activity(
        session, kind="call", subject="Перезвонить по КП", due_date=friday,
        due_time=time(15, 30), deal_id=deal_id, now=now,
    )  # fmt: skip
    review = start_review(session, now=now, today=today)
    item = session.scalar(
        select(ReviewItem.id).where(
            ReviewItem.review_id == review.id, ReviewItem.deal_id == deal_id
        )
    )
    tomorrow = today + timedelta(days=1)
    result = decisions.schedule_call(session, item, on=tomorrow, now=now, today=today)
    (call,) = list_activities(session, deal_id=deal_id, open_only=True)
    assert (call.id, call.due_date, call.due_time) == (existing, tomorrow, time(15, 30))
    decision_log.revert_decision(session, result, now=now)
    (call,) = list_activities(session, deal_id=deal_id, open_only=True)
    assert (call.id, call.due_date, call.due_time) == (existing, friday, time(15, 30))


def test_a_new_call_is_added_with_the_subject_given_and_undo_removes_it(
    session, now, today, funnel
):
    deal_id = funnel.no_next_step
    review = start_review(session, now=now, today=today)
    item = session.scalar(
        select(ReviewItem.id).where(
            ReviewItem.review_id == review.id, ReviewItem.deal_id == deal_id
        )
    )
    result = decisions.schedule_call(
        session, item, on=today, now=now, today=today, subject="Звонок"
    )
    assert [a.subject for a in list_activities(session, deal_id=deal_id, open_only=True)] == [
        "Звонок"
    ]
    decision_log.revert_decision(session, result, now=now)
    assert list_activities(session, deal_id=deal_id, open_only=True) == []


# --- item 11 ------------------------------------------------------------------------


def test_a_review_finished_early_is_partial_and_does_not_make_the_week_done(
    session, now, today, funnel
):
    ensure_cleanup_reminder(session, today=today, now=now)
    review = start_review(session, now=now, today=today)
    first = current_step(session, review.id, today=today)
    assert first is not None
    decisions.park(session, first.item.id, now=now, today=today, months=1)
    done = finish_review(session, review.id, now=now + timedelta(minutes=5), today=today)
    assert not done.complete
    assert not week_done(session, today)
    assert cleanup_due(session, today=today) is not None  # still due this week
    history = review_history(session, today=today)
    row = history.rows[0]
    assert (row.partial, row.reviewed, row.total) == (True, 1, done.total)
    assert history.streak == 0


def test_skipping_every_other_deal_finishes_the_review_whole(session, now, today, funnel):
    ensure_cleanup_reminder(session, today=today, now=now)
    review = start_review(session, now=now, today=today)
    assert decide_all(session, review.id, today) == review.total
    kinds = set(
        session.scalars(select(ReviewItem.outcome).where(ReviewItem.review_id == review.id))
    )
    assert kinds == {DecisionKind.SKIP}
    done = finish_review(session, review.id, now=now + timedelta(minutes=5), today=today)
    assert done.complete
    assert week_done(session, today)
    assert cleanup_due(session, today=today) is None
    history = review_history(session, today=today)
    assert (history.rows[0].partial, history.streak) == (False, 1)
