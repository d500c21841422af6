from datetime import timedelta

import pytest
from sqlalchemy import func, select

from funnel.deals.service import get_deal
from funnel.errors import ValidationError
from funnel.pipeline.moves import move_deal, win_deal
from funnel.pipeline.undo import reapply_move, revert_move
from funnel.store.models import Purchase, StageChange
from tests.factories import make_deal, stage_id


def test_undo_a_move_restores_stage_and_history(session, now, today):
    deal = make_deal(session, now - timedelta(days=4))
    result = move_deal(session, deal, stage_id(session, "Proposal sent"), now=now)
    revert_move(session, result)
    row = get_deal(session, deal, today=today)
    assert (row.stage, row.days_in_stage) == ("New lead", 4)
    assert session.scalar(select(func.count(StageChange.id))) == 1
    redo = reapply_move(session, result)
    assert get_deal(session, deal, today=today).stage == "Proposal sent"
    revert_move(session, redo)
    assert get_deal(session, deal, today=today).stage == "New lead"


def test_undo_a_win_removes_the_purchase(session, now):
    deal = make_deal(session, now)
    result = win_deal(session, deal, now=now)
    revert_move(session, result)
    assert session.scalar(select(func.count(Purchase.id))) == 0


def test_undo_is_refused_when_the_deal_changed_since(session, now):
    deal = make_deal(session, now)
    first = move_deal(session, deal, stage_id(session, "Contact made"), now=now)
    move_deal(session, deal, stage_id(session, "Negotiation"), now=now)
    with pytest.raises(ValidationError, match="changed since"):
        revert_move(session, first)
