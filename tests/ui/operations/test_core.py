"""The operations door: one transaction, one undo step of one command class,
one announcement — and nothing of the three when the service refuses."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from funnel.deals.service import get_deal
from funnel.errors import ValidationError
from funnel.pipeline import moves, undo
from tests.factories import make_deal, stage_id
from ui.context import Changes
from ui.operations.core import Op, OpCommand, Operations
from ui.operations.deals import changes_of


@pytest.fixture
def ops(ctx):
    return Operations(ctx, QUndoStack())


def move(ctx, deal_id: int, stage: str) -> Op:
    with ctx.db.begin() as s:
        target = stage_id(s, stage)
    return Op(
        "Move deal",
        moves.move_deal,
        (deal_id, target),
        {"now": ctx.now()},
        changes=lambda r: changes_of([r]),
        undo=undo.revert_move,
        redo=undo.reapply_move,
    )


def test_an_op_is_done_pushed_once_and_announced_with_what_it_touched(db, now, ctx, ops):
    with db.begin() as s:
        deal = make_deal(s, now)
    heard: list[Changes] = []
    ctx.changed.connect(heard.append)
    ops.run(move(ctx, deal, "Negotiation"))
    assert ctx.read(get_deal, deal, today=ctx.today()).stage == "Negotiation"
    assert ops.undo_stack.count() == 1
    assert isinstance(ops.undo_stack.command(0), OpCommand)
    assert [c.deals for c in heard] == [frozenset({deal})]

    ops.undo_stack.undo()
    assert ctx.read(get_deal, deal, today=ctx.today()).stage == "New lead"
    ops.undo_stack.redo()
    assert ctx.read(get_deal, deal, today=ctx.today()).stage == "Negotiation"
    assert len(heard) == 3  # done, undone, redone: each announced once


def test_a_refused_op_writes_pushes_and_announces_nothing(db, now, ctx, ops):
    with db.begin() as s:
        deal = make_deal(s, now)
    heard: list[Changes] = []
    ctx.changed.connect(heard.append)

    def half_then_refuse(session, deal_id: int, *, now):
        moves.move_deal(session, deal_id, stage_id(session, "Negotiation"), now=now)
        raise ValidationError("No.")

    with pytest.raises(ValidationError):
        ops.run(Op("Move", half_then_refuse, (deal,), {"now": now}, undo=undo.revert_move))
    assert ctx.read(get_deal, deal, today=ctx.today()).stage == "New lead"
    assert (ops.undo_stack.count(), heard) == (0, [])


def test_an_op_without_a_revert_leaves_no_step(db, now, ctx, ops):
    with db.begin() as s:
        deal = make_deal(s, now)
    op = move(ctx, deal, "Negotiation")
    ops.run(Op(op.text, op.do, op.args, op.kwargs, changes=None))
    assert ops.undo_stack.count() == 0
