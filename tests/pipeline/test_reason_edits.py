"""Editing both reason lists is one action that can be taken back exactly."""

from funnel.pipeline.moves import lose_deal, win_deal
from funnel.pipeline.reason_edits import edit_reasons, redo_reasons_edit, undo_reasons_edit
from funnel.pipeline.reasons import ReasonPlan, list_reasons, save_reasons
from funnel.store.models import Deal, ReasonKind
from tests.factories import make_deal


def _plan(session, kind):
    return [ReasonPlan(r.text, r.id, r.retired) for r in list_reasons(session, kind)]


def _lists(session):
    return [
        [(r.text, r.retired, r.deals) for r in list_reasons(session, kind)]
        for kind in (ReasonKind.LOST, ReasonKind.WON)
    ]


def test_swapping_two_names_swaps_them_on_their_deals(session, now):
    price, budget = make_deal(session, now, "A"), make_deal(session, now, "B")
    lose_deal(session, price, reason="Price too high", now=now)
    lose_deal(session, budget, reason="No budget", now=now)
    swap = {"Price too high": "No budget", "No budget": "Price too high"}
    plan = [ReasonPlan(swap.get(p.text, p.text), p.id) for p in _plan(session, ReasonKind.LOST)]
    save_reasons(session, ReasonKind.LOST, plan)
    assert session.get(Deal, price).lost_reason == "No budget"
    assert session.get(Deal, budget).lost_reason == "Price too high"


def test_undo_puts_back_both_lists_and_the_deals_words_and_redo_saves_again(session, now):
    lost, won = make_deal(session, now, "A"), make_deal(session, now, "B")
    lose_deal(session, lost, reason="No budget", now=now)
    win_deal(session, won, reason="Good price", now=now)
    before = _lists(session)
    lost_plan = [
        ReasonPlan("Budget frozen" if p.text == "No budget" else p.text, p.id)
        for p in _plan(session, ReasonKind.LOST)
        if p.text != "Not a fit"  # unused: deleted
    ]
    won_plan = [ReasonPlan("Trust"), *_plan(session, ReasonKind.WON)]
    edit = edit_reasons(session, {ReasonKind.LOST: lost_plan, ReasonKind.WON: won_plan})
    assert edit.deals_renamed == 1
    assert session.get(Deal, lost).lost_reason == "Budget frozen"
    after = _lists(session)
    assert after != before

    undo_reasons_edit(session, edit)
    assert _lists(session) == before
    assert session.get(Deal, lost).lost_reason == "No budget"

    again = redo_reasons_edit(session, edit)
    assert _lists(session) == after
    assert session.get(Deal, lost).lost_reason == "Budget frozen"
    undo_reasons_edit(session, again)
    assert _lists(session) == before
