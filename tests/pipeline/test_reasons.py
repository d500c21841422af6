"""Win and lost reasons are the user's lists: add, rename, reorder, retire."""

import pytest

from funnel.errors import ValidationError
from funnel.pipeline.moves import lose_deal
from funnel.pipeline.reasons import (
    ReasonPlan,
    list_lost_reasons,
    list_reasons,
    list_win_reasons,
    save_reasons,
)
from funnel.store.models import Deal, ReasonKind
from tests.factories import make_deal


def _plan(session, kind):
    return [ReasonPlan(r.text, r.id, r.retired) for r in list_reasons(session, kind)]


def test_a_new_file_offers_default_win_and_lost_reasons(session):
    assert list_lost_reasons(session)[0] == "Price too high"
    assert list_win_reasons(session)[0] == "Good price"


def test_renaming_a_used_reason_renames_it_on_its_deals(session, now):
    deal = make_deal(session, now)
    lose_deal(session, deal, reason="No budget", now=now)
    plan = [p if p.text != "No budget" else ReasonPlan("Budget cut", p.id) for p in
            _plan(session, ReasonKind.LOST)]  # fmt: skip
    saved = save_reasons(session, ReasonKind.LOST, list(reversed(plan)))
    assert saved.renamed == 1
    assert session.get(Deal, deal).lost_reason == "Budget cut"
    assert list_lost_reasons(session)[0] == "Not a fit"  # reordered


def test_a_removed_reason_deals_carry_is_retired_and_an_unused_one_deleted(session, now):
    deal = make_deal(session, now)
    lose_deal(session, deal, reason="No budget", now=now)
    plan = [p for p in _plan(session, ReasonKind.LOST) if p.text not in ("No budget", "Not a fit")]
    saved = save_reasons(session, ReasonKind.LOST, [*plan, ReasonPlan("Went silent")])
    assert (saved.added, saved.retired, saved.deleted) == (1, 1, 1)
    assert "No budget" not in list_lost_reasons(session)
    retired = [r for r in list_reasons(session, ReasonKind.LOST) if r.retired]
    assert [(r.text, r.deals) for r in retired] == [("No budget", 1)]


@pytest.mark.parametrize(
    "texts, message",
    [(["Price", " "], "Reason 2 is empty"), (["Price", "price"], "Reasons 1 and 2 are the same")],
)
def test_a_bad_list_is_refused_naming_the_line(session, texts, message):
    with pytest.raises(ValidationError, match=message):
        save_reasons(session, ReasonKind.WON, [ReasonPlan(t) for t in texts])
