from datetime import timedelta

import pytest

from funnel.deals.service import get_deal
from funnel.errors import ValidationError
from funnel.pipeline.edits import (
    PipelinePlan,
    StagePlan,
    StageRemoval,
    apply_pipeline_plans,
    new_stage_defaults,
    stage_deal_counts,
)
from funnel.pipeline.history import deal_history
from funnel.pipeline.moves import win_deal
from funnel.pipeline.pipelines import find_pipeline, get_pipeline
from tests.factories import make_deal, sales


def plan_of(session, **changes) -> PipelinePlan:
    """The sales pipeline as it stands, as a plan to edit."""
    p = sales(session)
    stages = tuple(StagePlan(f"s{s.id}", s.name, s.rot_days, s.probability, s.id) for s in p.stages)
    return PipelinePlan(p.id, p.name, p.kind, **{"stages": stages, **changes})


def names(session) -> list[str]:
    return [s.name for s in sales(session).stages]


def test_a_plan_reorders_renames_and_tunes_stages_at_once(session, now):
    plan = plan_of(session)
    first, second, *rest = plan.stages
    second = StagePlan(second.key, "First call", 5, 25, second.stage_id)
    apply_pipeline_plans(session, [plan_of(session, stages=(second, first, *rest))], now=now)
    stages = sales(session).stages
    assert [s.name for s in stages[:2]] == ["First call", "New lead"]
    assert (stages[0].rot_days, stages[0].probability) == (5, 25)


def test_two_stages_can_swap_names(session, now):
    a, b, *rest = plan_of(session).stages
    swapped = (
        StagePlan(a.key, b.name, a.rot_days, a.probability, a.stage_id),
        StagePlan(b.key, a.name, b.rot_days, b.probability, b.stage_id),
    )
    apply_pipeline_plans(session, [plan_of(session, stages=(*swapped, *rest))], now=now)
    assert names(session)[:2] == ["Contact made", "New lead"]


def test_removed_stage_sends_its_deals_to_the_chosen_stage_with_history(session, now, today):
    deal = make_deal(session, now - timedelta(days=2), stage="Proposal sent")
    plan = plan_of(session)
    proposal = next(s for s in plan.stages if s.name == "Proposal sent")
    negotiation = next(s for s in plan.stages if s.name == "Negotiation")
    kept = tuple(s for s in plan.stages if s is not proposal)
    removal = StageRemoval(proposal.stage_id, proposal.name, move_to=negotiation.key)
    apply_pipeline_plans(session, [plan_of(session, stages=kept, removals=(removal,))], now=now)
    assert "Proposal sent" not in names(session)
    assert get_deal(session, deal, today=today).stage == "Negotiation"
    last = deal_history(session, deal, today=today)[-1]
    assert (last.from_stage, last.to_stage, last.reason) == (
        "Proposal sent",
        "Negotiation",
        "Stage 'Proposal sent' removed",
    )


def test_a_new_stage_may_take_the_name_of_a_removed_one(session, now, today):
    deal = make_deal(session, now, stage="Negotiation")
    plan = plan_of(session)
    old = plan.stages[-1]
    new = StagePlan("n1", "Negotiation", 30, 90)
    removal = StageRemoval(old.stage_id, old.name, move_to="n1")
    apply_pipeline_plans(
        session, [plan_of(session, stages=(*plan.stages[:-1], new), removals=(removal,))], now=now
    )
    assert names(session)[-1] == "Negotiation"
    assert sales(session).stages[-1].id != old.stage_id
    assert get_deal(session, deal, today=today).stage == "Negotiation"


def test_a_new_pipeline_is_created_with_its_stages(session, now):
    plan = PipelinePlan(
        None, "Wholesale", "sales", (StagePlan("a", "Inquiry", 2, 10), StagePlan("b", "Order"))
    )
    (pid,) = apply_pipeline_plans(session, [plan], now=now)
    stages = get_pipeline(session, pid).stages
    assert [(s.name, s.rot_days, s.probability) for s in stages] == [
        ("Inquiry", 2, 10),
        ("Order", None, 0),
    ]
    assert find_pipeline(session, "wholesale").id == pid


@pytest.mark.parametrize(
    "stage_names, message",
    [
        (["Lead", "lead"], "two stages named 'lead'"),
        (["Lead", "  "], "needs a name"),
        ([], "at least one stage"),
    ],
)
def test_a_plan_with_a_problem_writes_nothing(db, now, stage_names, message):
    stages = tuple(StagePlan(f"n{i}", n) for i, n in enumerate(stage_names))
    with db.begin() as session:
        before = names(session)
        plan = plan_of(session, stages=stages)
    with pytest.raises(ValidationError, match=message), db.begin() as session:
        apply_pipeline_plans(session, [plan], now=now)
    with db.begin() as session:
        assert names(session) == before


def test_stage_deal_counts_count_every_status(session, now):
    make_deal(session, now, stage="Negotiation")
    win_deal(session, make_deal(session, now, stage="Negotiation"), now=now)
    counts = stage_deal_counts(session, sales(session).id)
    negotiation = sales(session).stage_named("Negotiation").id
    assert counts[negotiation] == 2
    assert sum(counts.values()) == 2


@pytest.mark.parametrize(
    ("before", "after", "limits", "expected"),
    [
        (60, 80, [3, 7, 14, None], (7, 70)),  # between two stages: halfway; median limit
        (80, None, [5], (5, 90)),  # after the last: halfway to 100
        (None, 10, [], (None, 5)),  # before the first, no limits anywhere: none
    ],
)
def test_a_new_stage_sits_between_its_neighbours(before, after, limits, expected):
    assert new_stage_defaults(before, after, limits) == expected
