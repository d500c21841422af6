import pytest

from funnel.deals.service import get_deal
from funnel.errors import ValidationError
from funnel.pipeline.history import deal_history
from funnel.pipeline.pipelines import (
    add_stage,
    create_pipeline,
    delete_stage,
    find_pipeline,
    get_pipeline,
    rename_pipeline,
    reorder_stages,
    update_stage,
)
from tests.factories import make_deal, sales, stage_id


def test_add_stage_in_the_middle_shifts_later_stages(session):
    pipeline = sales(session)
    add_stage(session, pipeline.id, "Demo booked", rot_days=5, probability=50, position=3)
    names = [s.name for s in get_pipeline(session, pipeline.id).stages]
    assert names[3] == "Demo booked"
    assert [s.position for s in get_pipeline(session, pipeline.id).stages] == list(range(6))


def test_stage_names_are_unique_within_a_pipeline(session):
    with pytest.raises(ValidationError, match="already has a stage"):
        add_stage(session, sales(session).id, "new LEAD")


def test_rename_and_set_rot_days_and_probability(session):
    sid = stage_id(session, "Negotiation")
    update_stage(session, sid, name="Contract", rot_days=21, probability=90)
    stage = sales(session).stage_named("Contract")
    assert (stage.rot_days, stage.probability) == (21, 90)


@pytest.mark.parametrize(
    "field, value, message",
    [("probability", 101, "between 0 and 100"), ("rot_days", 0, "at least 1")],
)
def test_bad_stage_settings_are_refused(session, field, value, message):
    with pytest.raises(ValidationError, match=message):
        update_stage(session, stage_id(session, "New lead"), **{field: value})


def test_reorder_stages(session):
    pipeline = sales(session)
    ids = [s.id for s in pipeline.stages]
    reorder_stages(session, pipeline.id, list(reversed(ids)))
    assert [s.id for s in get_pipeline(session, pipeline.id).stages] == list(reversed(ids))


def test_reorder_must_name_every_stage(session):
    pipeline = sales(session)
    with pytest.raises(ValidationError, match="every stage"):
        reorder_stages(session, pipeline.id, [pipeline.stages[0].id])


def test_a_stage_with_deals_is_removed_only_after_they_are_moved(session, now, today):
    deal = make_deal(session, now, stage="Needs identified")
    doomed = stage_id(session, "Needs identified")
    with pytest.raises(ValidationError, match="holds 1 deal"):
        delete_stage(session, doomed, now=now)
    target = stage_id(session, "Proposal sent")
    assert delete_stage(session, doomed, move_to_stage_id=target, now=now) == 1
    assert get_deal(session, deal, today=today).stage == "Proposal sent"
    assert deal_history(session, deal, today=today)[-1].reason == "Stage 'Needs identified' removed"
    assert sales(session).stage_named("Needs identified") is None


def test_create_and_rename_pipeline(session):
    p = create_pipeline(session, "Wholesale", stages=["Inquiry", "Quote", "Order"])
    rename_pipeline(session, p.id, "B2B")
    assert [s.name for s in find_pipeline(session, "b2b").stages] == ["Inquiry", "Quote", "Order"]
    with pytest.raises(ValidationError, match="already exists"):
        create_pipeline(session, "b2b")
