"""Finishing a follow-up with its next step, as one action and one undo."""

from datetime import timedelta

import pytest

from funnel.errors import ValidationError
from funnel.followups.activities import NextStepSuggestion, add_activity, complete_activity
from funnel.followups.activity_list import list_activities
from funnel.followups.completion import finish_activity, revert_finish
from tests.factories import make_deal


def test_finishing_schedules_the_next_step_and_the_undo_takes_both_back(session, now, today):
    deal = make_deal(session, now)
    call = add_activity(session, kind="call", subject="Call", due_date=today, deal_id=deal, now=now)
    step = NextStepSuggestion(
        "email", "Send the offer", today + timedelta(days=2), None, deal, None, None
    )
    finished = finish_activity(
        session, call, now=now, today=today, outcome="Interested", next_step=step
    )
    assert finished.deal_id == deal
    rows = list_activities(session, deal_id=deal)
    assert {(a.subject, a.done_at is not None) for a in rows} == {
        ("Call", True),
        ("Send the offer", False),
    }
    revert_finish(session, finished)
    (back,) = list_activities(session, deal_id=deal)
    assert (back.subject, back.done_at, back.outcome) == ("Call", None, None)


def test_a_next_step_already_done_stays_when_the_finish_is_undone(session, now, today):
    deal = make_deal(session, now)
    call = add_activity(session, kind="call", subject="Call", due_date=today, deal_id=deal, now=now)
    step = NextStepSuggestion("task", "Prepare", today, None, deal, None, None)
    finished = finish_activity(session, call, now=now, today=today, next_step=step)
    complete_activity(session, finished.next_step_id, now=now, today=today)
    revert_finish(session, finished)
    assert {(a.subject, a.done_at is None) for a in list_activities(session, deal_id=deal)} == {
        ("Call", True),
        ("Prepare", False),
    }


def test_an_activity_finished_twice_is_refused(session, now, today):
    deal = make_deal(session, now)
    call = add_activity(session, kind="call", subject="Call", due_date=today, deal_id=deal, now=now)
    finish_activity(session, call, now=now, today=today)
    with pytest.raises(ValidationError):
        finish_activity(session, call, now=now, today=today)
