"""Starting, deciding, leaving and resuming, and finishing a review."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from funnel.cleanup import decision_log, decisions
from funnel.cleanup.checklist import CheckKey
from funnel.cleanup.review import (
    active_seconds,
    current_review,
    current_step,
    finish_review,
    start_review,
    step_of,
    waive,
)
from funnel.deals.service import get_deal
from funnel.errors import ValidationError
from funnel.pipeline.moves import archive_deal
from funnel.store.models import Deal, DealStatus, DecisionKind, PipelineKind, ReviewItem
from tests.cleanup_data import build_funnel
from tests.factories import stage_id


@pytest.fixture
def funnel(session, now, today):
    return build_funnel(session, now, today)


@pytest.fixture
def review(session, now, today, funnel):
    return start_review(session, now=now, today=today)


def step(session, review, today):
    found = current_step(session, review.id, today=today)
    assert found is not None
    return found


def test_a_review_starts_with_the_queue_fixed_and_shows_the_first_deal(
    session, today, review, funnel
):
    assert (review.total, review.done) == (6, 0)
    first = step(session, review, today)
    assert (first.number, first.total, first.facts.deal_id) == (1, 6, funnel.stalled_most)


def test_starting_again_the_same_week_resumes_where_it_stopped(session, now, today, review):
    first = step(session, review, today)
    decisions.park(session, first.item.id, now=now, today=today, months=1)
    later = today + timedelta(days=2)
    again = start_review(session, now=now + timedelta(days=2), today=later)
    assert again.id == review.id
    assert step(session, again, later).number == 2


def test_an_unfinished_review_of_an_earlier_week_is_not_resumed(session, now, today, review):
    next_week = today + timedelta(days=7)
    assert current_review(session, today=next_week) is None
    assert start_review(session, now=now + timedelta(days=7), today=next_week).id != review.id


def test_parking_for_a_month_moves_the_deal_to_future_sales_and_on_to_the_next(
    session, now, today, review, funnel
):
    first = step(session, review, today)
    result = decisions.park(session, first.item.id, now=now, today=today, months=1)
    assert result.left
    deal = get_deal(session, funnel.stalled_most, today=today)
    assert deal.return_on == today + timedelta(days=30)
    assert session.get(Deal, funnel.stalled_most).pipeline.kind == PipelineKind.FUTURE
    assert step(session, review, today).facts.deal_id == funnel.stalled_less


def test_a_call_tomorrow_lets_a_deal_without_a_next_step_leave_when_the_checklist_holds(
    session, now, today, review, funnel
):
    item = session.scalar(select(ReviewItem).where(ReviewItem.deal_id == funnel.no_next_step))
    result = decisions.schedule_call(
        session, item.id, on=today + timedelta(days=1), now=now, today=today
    )
    assert result.left and result.kind == DecisionKind.CALL


def test_a_call_keeps_the_deal_on_screen_while_its_checklist_misses_something(
    session, now, today, review, funnel
):
    session.get(Deal, funnel.no_next_step).expected_close = None
    item = session.scalar(select(ReviewItem).where(ReviewItem.deal_id == funnel.no_next_step))
    result = decisions.schedule_call(session, item.id, on=today, now=now, today=today)
    assert not result.left
    with pytest.raises(ValidationError, match="fields"):
        decisions.keep(session, item.id, now=now, today=today)
    waive(session, item.id, CheckKey.FIELDS, today=today)
    kept = decisions.keep(session, item.id, now=now, today=today)
    assert kept.left and kept.kind == DecisionKind.CALL  # the call stays its outcome


def test_moving_or_changing_temperature_never_lets_a_deal_leave_by_itself(
    session, now, today, review, funnel
):
    item = session.scalar(select(ReviewItem).where(ReviewItem.deal_id == funnel.fine))
    moved = decisions.move(
        session, item.id, stage_id(session, "Proposal sent"), now=now, today=today
    )
    warmer = decisions.change_temperature(session, item.id, "hot", now=now, today=today)
    assert not moved.left and not warmer.left
    assert decisions.keep(session, item.id, now=now, today=today).kind == DecisionKind.TEMPERATURE


def test_keep_is_refused_until_the_checklist_is_complete(session, now, today, review, funnel):
    item = session.scalar(select(ReviewItem).where(ReviewItem.deal_id == funnel.stalled_less))
    with pytest.raises(ValidationError, match="next_step"):
        decisions.keep(session, item.id, now=now, today=today)


def test_a_deal_decided_once_cannot_be_decided_again_in_the_same_review(
    session, now, today, review
):
    first = step(session, review, today)
    decisions.win(session, first.item.id, now=now, today=today)
    with pytest.raises(ValidationError, match="already been decided"):
        decisions.lose(session, first.item.id, reason="Price", now=now, today=today)


def test_a_deal_closed_elsewhere_meanwhile_is_passed_over(session, now, today, review, funnel):
    archive_deal(session, funnel.stalled_most, now=now)
    assert step(session, review, today).facts.deal_id == funnel.stalled_less


def test_undoing_a_decision_reverts_the_move_and_brings_the_deal_back(
    session, now, today, review, funnel
):
    first = step(session, review, today)
    result = decisions.win(session, first.item.id, now=now, today=today)
    decision_log.revert_decision(session, result, now=now)
    assert session.get(Deal, funnel.stalled_most).status == DealStatus.OPEN
    assert step(session, review, today).facts.deal_id == funnel.stalled_most
    again = decision_log.reapply_decision(session, result, now=now)
    assert again.moves[0].after.status == DealStatus.WON
    assert session.get(Deal, funnel.stalled_most).status == DealStatus.WON
    assert step(session, review, today).facts.deal_id == funnel.stalled_less


def test_a_rejected_demotion_is_not_proposed_again_in_the_same_review(session, now, today, funnel):
    silent_client = session.get(Deal, funnel.silent).client_id
    # The client's last activity ages past the 30 quiet days.
    later = today + timedelta(days=40)
    review = start_review(session, now=now + timedelta(days=40), today=later)
    item = session.scalar(
        select(ReviewItem).where(
            ReviewItem.review_id == review.id, ReviewItem.deal_id == funnel.silent
        )
    )
    assert step_of(session, item.id, today=later).facts.demotion is not None
    decisions.answer_demotion(
        session, review.id, silent_client, accept=False, now=now, item_id=item.id
    )
    assert step_of(session, item.id, today=later).facts.demotion is None


def test_finishing_records_duration_and_the_pipeline_snapshot(session, now, today, review):
    first = step(session, review, today)
    decisions.park(session, first.item.id, now=now + timedelta(minutes=2), today=today, months=3)
    done = finish_review(session, review.id, now=now + timedelta(minutes=5), today=today)
    assert (done.finished_on, done.active_seconds, done.done) == (today, 300, 1)
    with pytest.raises(ValidationError, match="already finished"):
        finish_review(session, review.id, now=now, today=today)


def test_long_pauses_do_not_count_as_time_spent(now):
    moments = [now, now + timedelta(minutes=3), now + timedelta(days=1)]
    assert active_seconds(moments) == 3 * 60 + 10 * 60


def test_a_review_of_an_empty_funnel_has_nothing_to_show(session, now, today):
    review = start_review(session, now=now, today=today)
    assert review.total == 0
    assert current_step(session, review.id, today=today) is None
    assert session.scalar(select(func.count(ReviewItem.id))) == 0


def test_a_returning_deal_still_not_ready_is_parked_again(session, now, today, review, funnel):
    item = session.scalar(select(ReviewItem).where(ReviewItem.deal_id == funnel.returning))
    result = decisions.park(session, item.id, now=now, today=today, months=3)
    assert [m.kind for m in result.moves] == ["unparked", "parked"]
    assert get_deal(session, funnel.returning, today=today).return_on == date(2027, 2, 23)
    decision_log.revert_decision(session, result, now=now)
    assert get_deal(session, funnel.returning, today=today).return_on == today - timedelta(days=10)


def test_moving_a_returning_deal_brings_it_back_into_that_stage(
    session, now, today, review, funnel
):
    item = session.scalar(select(ReviewItem).where(ReviewItem.deal_id == funnel.returning))
    decisions.move(session, item.id, stage_id(session, "Negotiation"), now=now, today=today)
    deal = get_deal(session, funnel.returning, today=today)
    assert (deal.stage, deal.return_on) == ("Negotiation", None)
