"""One stage choice, whatever the deal's state: the deal card's stage box."""

from datetime import date, timedelta

from funnel.deals.service import get_deal
from funnel.pipeline.history import deal_history
from funnel.pipeline.moves import move_deals, win_deal
from funnel.pipeline.parking import park_deal
from funnel.pipeline.stage_change import change_stage, reapply_moves, revert_moves
from funnel.pipeline.undo import revert_move
from tests.factories import make_deal, stage_id


def test_an_open_deal_is_moved(session, now, today):
    deal = make_deal(session, now)
    result = change_stage(session, deal, stage_id(session, "Negotiation"), now=now)
    assert result is not None and result.kind == "moved"
    assert get_deal(session, deal, today=today).stage == "Negotiation"


def test_the_stage_it_is_in_changes_nothing(session, now, today):
    deal = make_deal(session, now, stage="Negotiation")
    assert change_stage(session, deal, stage_id(session, "Negotiation"), now=now) is None
    assert [h.kind for h in deal_history(session, deal, today=today)] == ["created"]


def test_a_closed_deal_is_reopened_in_the_chosen_stage(session, now, today):
    deal = make_deal(session, now)
    win_deal(session, deal, now=now)
    result = change_stage(session, deal, stage_id(session, "Proposal sent"), now=now)
    row = get_deal(session, deal, today=today)
    assert (result.kind, row.status, row.stage) == ("reopened", "open", "Proposal sent")


def test_a_parked_deal_chosen_into_a_sales_stage_comes_back_and_forgets_its_return(
    session, now, today
):
    deal = make_deal(session, now - timedelta(days=3), stage="Proposal sent")
    park_deal(session, deal, today=today, now=now - timedelta(days=1), months=1)
    result = change_stage(session, deal, stage_id(session, "Negotiation"), now=now)
    row = get_deal(session, deal, today=today)
    assert (result.kind, row.stage, row.return_on) == ("unparked", "Negotiation", None)
    revert_move(session, result)  # undone: parked again, with its return date
    assert get_deal(session, deal, today=today).return_on == date(2026, 12, 23)


def test_moves_made_together_are_undone_and_redone_together(session, now, today):
    deals = [make_deal(session, now, title) for title in ("A", "B")]
    results = move_deals(session, deals, stage_id(session, "Negotiation"), now=now)
    revert_moves(session, results)
    assert {get_deal(session, d, today=today).stage for d in deals} == {"New lead"}
    again = reapply_moves(session, results)
    assert {get_deal(session, d, today=today).stage for d in deals} == {"Negotiation"}
    assert [r.deal_id for r in again] == deals
