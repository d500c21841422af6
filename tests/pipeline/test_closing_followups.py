"""Closing or parking a deal cancels its open follow-ups (or keeps them, if
asked); undo and reopening bring back exactly those."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from funnel.errors import ValidationError
from funnel.followups.activities import add_activity, complete_activity
from funnel.followups.activity_list import list_activities, next_steps
from funnel.followups.agenda import agenda
from funnel.followups.cancelling import followup_choice, open_followup_count
from funnel.followups.ics import export_calendar
from funnel.pipeline.moves import archive_deal, lose_deal, reopen_deal, win_deal
from funnel.pipeline.parking import park_deal
from funnel.pipeline.undo import reapply_move, revert_move
from funnel.store.models import Activity
from tests.factories import make_deal


def _deal_with_recap(session, now, today):
    deal = make_deal(session, now - timedelta(days=3), stage="Proposal sent")
    recap = add_activity(
        session, kind="meeting", subject="Meeting recap", due_date=today, deal_id=deal, now=now
    )
    return deal, recap


def _today_subjects(session, today):
    day = agenda(session, today=today)
    return [line.subject for line in (*day.overdue, *day.due_today, *day.upcoming)]


@pytest.mark.parametrize(
    "close",
    [
        lambda s, d, now: win_deal(s, d, now=now),
        lambda s, d, now: lose_deal(s, d, reason="No budget", now=now),
        lambda s, d, now: archive_deal(s, d, now=now),
    ],
    ids=["won", "lost", "archived"],
)
def test_a_closed_deal_leaves_today_and_its_followup_shows_cancelled(session, now, today, close):
    deal, recap = _deal_with_recap(session, now, today)
    result = close(session, deal, now)
    assert result.cancelled == (recap,)
    assert "Meeting recap" not in _today_subjects(session, today)
    assert next_steps(session, [deal]) == {}
    [row] = list_activities(session, deal_id=deal)
    assert row.is_cancelled and not row.is_open
    assert open_followup_count(session, deal) == 0


def test_undoing_the_close_restores_exactly_the_cancelled_followups(session, now, today):
    deal, recap = _deal_with_recap(session, now, today)
    done = add_activity(session, kind="call", subject="First call", due_date=today, deal_id=deal,
                        now=now)  # fmt: skip
    complete_activity(session, done, now=now, outcome="Interested")
    result = lose_deal(session, deal, reason="No budget", now=now)
    revert_move(session, result)
    assert _today_subjects(session, today) == ["Meeting recap"]
    assert session.get(Activity, recap).cancelled_at is None
    first = session.get(Activity, done)
    assert (first.done_at, first.cancelled_at) == (now.replace(tzinfo=None), None)
    again = reapply_move(session, result)
    assert again.cancelled == (recap,)
    assert "Meeting recap" not in _today_subjects(session, today)


def test_keep_leaves_the_followups_open(session, now, today):
    deal, _ = _deal_with_recap(session, now, today)
    result = win_deal(session, deal, now=now, followups="keep")
    assert result.cancelled == ()
    assert _today_subjects(session, today) == ["Meeting recap"]


def test_reopening_a_lost_deal_brings_its_followups_back(session, now, today):
    deal, recap = _deal_with_recap(session, now, today)
    lose_deal(session, deal, reason="No budget", now=now)
    win_deal(session, deal, now=now + timedelta(hours=1))  # lost, then won after all
    reopened = reopen_deal(session, deal, now=now + timedelta(hours=2))
    assert [a for a, _ in reopened.restored] == [recap]
    assert _today_subjects(session, today) == ["Meeting recap"]
    revert_move(session, reopened)  # undoing the reopen cancels it again
    assert _today_subjects(session, today) == []


def test_parking_cancels_the_followups_but_keeps_its_call_back(session, now, today):
    deal, recap = _deal_with_recap(session, now, today)
    result = park_deal(session, deal, today=today, now=now, months=1)
    assert result.cancelled == (recap,)
    steps = next_steps(session, [deal])
    assert steps[deal].activity_id == result.park.activity_id
    assert "Meeting recap" not in _today_subjects(session, today)
    revert_move(session, result)
    assert session.get(Activity, recap).done_at is None
    assert session.scalars(select(Activity.id).where(Activity.deal_id == deal)).all() == [recap]
    again = reapply_move(session, result)
    assert again.cancelled == (recap,) and session.get(Activity, recap).cancelled_at is not None


def test_a_cancelled_followup_is_not_in_the_calendar(session, now, today):
    deal, _ = _deal_with_recap(session, now, today)
    archive_deal(session, deal, now=now)
    calendar = export_calendar(session, now=now, today=today, include_done=True)
    assert calendar.events == 0
    assert b"Meeting recap" not in calendar.data


def test_an_unknown_choice_is_refused_by_name():
    with pytest.raises(ValidationError, match=r"'cancel' or 'keep'.*'drop'"):
        followup_choice("drop")


def test_the_wins_report_counts_won_deals_by_win_reason(session, now, today):
    from funnel.reports.period import Period
    from funnel.reports.wins import wins

    for title, reason in (("A", "Good price"), ("B", "Good price"), ("C", None)):
        win_deal(session, make_deal(session, now, title, client=None), now=now, reason=reason)
    report = wins(session, Period(today - timedelta(days=30), today))
    rows = {r.reason: r.deals for r in report.win_reasons}
    assert rows == {"Good price": 2, None: 1}
    assert report.as_json()["win_reasons"][0] == {
        "reason": "Good price",
        "deals": 2,
        "value": 2000.0,
    }
