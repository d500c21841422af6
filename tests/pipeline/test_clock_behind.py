"""A clock set back never writes a deal's story out of order."""

from datetime import timedelta

from funnel.pipeline.clock import clock_behind
from funnel.pipeline.history import deal_history
from funnel.pipeline.moves import move_deal, win_deal
from funnel.pipeline.pipelines import find_stage, first_pipeline
from funnel.store.models import Deal
from tests.factories import make_deal


def test_winning_under_a_clock_a_year_behind_closes_no_earlier_than_the_last_event(
    session, now, today
):
    deal_id = make_deal(session, now)
    stage = find_stage(session, first_pipeline(session).id, "Proposal sent")
    move_deal(session, deal_id, stage.id, now=now + timedelta(hours=2))
    win_deal(session, deal_id, now=now - timedelta(days=365))
    deal = session.get(Deal, deal_id)
    assert deal.closed_at >= deal.created_at
    assert deal.closed_at == (now + timedelta(hours=2)).replace(tzinfo=None)
    history = deal_history(session, deal_id, today=today)
    assert [h.days_spent for h in history][-2] == 0


def test_the_clock_behind_the_files_newest_event_is_noticed(session, now):
    make_deal(session, now)
    assert clock_behind(session, now=now) is None
    assert clock_behind(session, now=now - timedelta(days=2)) is not None
    assert clock_behind(session, now=now - timedelta(minutes=1)) is None  # drift, not a warning
