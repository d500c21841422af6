from datetime import timedelta

import pytest

from funnel.customers.clients import create_client
from funnel.deals.rows import SORT_KEYS, DealFilters, deal_ids, deal_rows
from funnel.deals.service import create_deal
from funnel.errors import ValidationError
from funnel.pipeline.moves import archive_deal, lose_deal, win_deal
from funnel.pipeline.pipelines import create_pipeline, first_pipeline, update_stage
from funnel.pipeline.stalls import BUSINESS_DAYS_SETTING
from funnel.store.models import PipelineKind
from funnel.store.settings import set_setting
from tests.factories import make_deal, stage_id


def test_deals_sort_by_value_both_ways(session, now):
    small = make_deal(session, now, "Small", value=100)
    big = make_deal(session, now, "Big", value=9000)
    middle = make_deal(session, now, "Middle", value=500)
    assert deal_ids(session, sort_key="value") == [small, middle, big]
    assert deal_ids(session, sort_key="value", descending=True) == [big, middle, small]


@pytest.mark.parametrize(
    ("status", "expected"),
    [("open", ["Open"]), ("won", ["Won"]), ("lost", ["Lost"]), ("all", ["Lost", "Open", "Won"])],
)
def test_deals_filter_by_status(session, now, today, status, expected):
    make_deal(session, now, "Open")
    win_deal(session, make_deal(session, now, "Won"), now=now, today=today)
    lose_deal(session, make_deal(session, now, "Lost"), reason="Price", now=now)
    ids = deal_ids(session, filters=DealFilters(status=status), sort_key="title")
    assert [r.title for r in deal_rows(session, ids, today=today)] == expected


def test_an_unknown_status_is_refused(session):
    with pytest.raises(ValidationError, match="Status is one of"):
        deal_ids(session, filters=DealFilters(status="done"))


def test_deals_filter_by_pipeline_and_stage(session, now):
    make_deal(session, now, "New one")
    contacted = make_deal(session, now, "Contacted", stage="Contact made")
    other = create_pipeline(session, "Wholesale", stages=["Request"])
    elsewhere = create_deal(session, title="Pallets", pipeline_id=other.id, now=now)
    assert deal_ids(session, filters=DealFilters(pipeline_id=other.id)) == [elsewhere]
    stage = stage_id(session, "Contact made")
    assert deal_ids(session, filters=DealFilters(stage_id=stage)) == [contacted]


def test_deals_filter_by_text_in_title_or_client(session, now):
    kitchen = make_deal(session, now, "Кухня", client="Борис")
    client = create_client(session, name="Анна", phones=["+7 912 345-00-00"], now=now)
    annas = create_deal(session, title="Шкаф", client_id=client, now=now)
    assert deal_ids(session, filters=DealFilters(text="КУХ")) == [kitchen]
    assert deal_ids(session, filters=DealFilters(text="анна")) == [annas]
    assert deal_ids(session, filters=DealFilters(text="(912) 345")) == [annas]


def test_sorting_by_stage_follows_the_pipeline_order(session, now):
    late = make_deal(session, now, "Late", stage="Negotiation")
    early = make_deal(session, now, "Early", stage="New lead")
    middle = make_deal(session, now, "Middle", stage="Needs identified")
    assert deal_ids(session, sort_key="stage") == [early, middle, late]


def test_sorting_by_days_in_stage_puts_the_longest_waiting_last(session, now):
    fresh = make_deal(session, now, "Fresh")
    old = make_deal(session, now - timedelta(days=20), "Old")
    assert deal_ids(session, sort_key="days_in_stage") == [fresh, old]
    assert deal_ids(session, sort_key="days_in_stage", descending=True) == [old, fresh]


def test_deals_without_a_client_sort_last_either_way(session, now):
    nobody = make_deal(session, now, "Nobody's", client=None)
    anna = make_deal(session, now, "Anna's", client="Anna")
    boris = make_deal(session, now, "Boris's", client="Boris")
    assert deal_ids(session, sort_key="client") == [anna, boris, nobody]
    assert deal_ids(session, sort_key="client", descending=True) == [boris, anna, nobody]


@pytest.mark.parametrize("key", SORT_KEYS)
def test_every_sort_key_lists_every_deal(session, now, key):
    ids = {make_deal(session, now, f"Deal {i}", value=i) for i in range(3)}
    assert set(deal_ids(session, sort_key=key)) == ids


def test_an_unknown_sort_key_is_refused(session):
    with pytest.raises(ValidationError, match="sorted by"):
        deal_ids(session, sort_key="colour")


def test_rows_come_in_the_order_asked(session, now, today):
    a = make_deal(session, now, "A")
    b = make_deal(session, now, "B")
    assert [r.id for r in deal_rows(session, [b, a], today=today)] == [b, a]


def test_a_deal_past_its_stage_limit_is_stalled_by_that_many_days(session, now, today):
    # "New lead" stalls after 3 days.
    deal = make_deal(session, now - timedelta(days=8), "Slow")
    (row,) = deal_rows(session, [deal], today=today)
    assert (row.days_in_stage, row.days_over, row.stalled) == (8, 5, True)


def test_business_days_count_when_the_team_chose_them(session, now, today):
    set_setting(session, BUSINESS_DAYS_SETTING, True)
    # Entered on Monday 16 November; by Monday 23rd five weekdays have passed.
    deal = make_deal(session, now - timedelta(days=7), "Slow")
    (row,) = deal_rows(session, [deal], today=today)
    assert (row.days_in_stage, row.days_over) == (5, 2)


def test_parked_deals_do_not_stall(session, now, today):
    future = first_pipeline(session, PipelineKind.FUTURE)
    update_stage(session, future.stages[0].id, rot_days=3)
    deal = create_deal(
        session, title="Later", stage_id=future.stages[0].id, now=now - timedelta(days=30)
    )
    (row,) = deal_rows(session, [deal], today=today)
    assert (row.days_in_stage, row.stalled) == (30, False)


def test_closed_deals_are_never_stalled(session, now, today):
    deal = make_deal(session, now - timedelta(days=30), "Old")
    archive_deal(session, deal, now=now)
    (row,) = deal_rows(session, [deal], today=today)
    assert not row.stalled


def test_rows_of_deals_that_are_gone_are_left_out(session, now, today):
    deal = make_deal(session, now)
    assert [r.id for r in deal_rows(session, [deal, 9999], today=today)] == [deal]
