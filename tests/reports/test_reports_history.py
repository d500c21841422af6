"""Conversion and time in stage, pinned on small hand-made histories."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from funnel.pipeline.moves import lose_deal, move_deal, reopen_deal, win_deal
from funnel.pipeline.parking import park_deal, unpark_deal
from funnel.pipeline.pipelines import create_pipeline
from funnel.reports.conversion import conversion
from funnel.reports.period import Filters, Period
from funnel.reports.stages import stage_times
from tests.factories import make_deal, sales, stage_id

OCTOBER = Period(date(2026, 10, 1), date(2026, 10, 31))
NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))


def at(month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def by_stage(report) -> dict[str, tuple[int, int, int]]:
    return {s.name: (s.entered, s.advanced, s.won) for s in report.stages}


def times(report) -> dict[str, tuple[int, float | None, float | None]]:
    return {s.name: (s.left, s.mean_days, s.median_days) for s in report.stages}


def test_a_deal_that_skips_a_stage_counts_as_having_passed_it(session):
    deal = make_deal(session, at(11, 2), stage="New lead")
    move_deal(session, deal, stage_id(session, "Needs identified"), now=at(11, 4))
    report = by_stage(conversion(session, NOVEMBER))
    assert report["New lead"] == (1, 1, 0)
    assert report["Contact made"] == (1, 1, 0)  # skipped, so passed on 4 November
    assert report["Needs identified"] == (1, 0, 0)
    assert report["Proposal sent"] == (0, 0, 0)


def test_a_won_deal_has_passed_every_stage_and_counts_won_at_each(session):
    deal = make_deal(session, at(11, 2), stage="Contact made")
    win_deal(session, deal, now=at(11, 10))
    report = by_stage(conversion(session, NOVEMBER))
    assert report["New lead"] == (1, 1, 1)  # created past it
    assert report["Negotiation"] == (1, 1, 1)  # the last stage's "next" is the win


def test_a_deal_reopened_after_it_was_lost_enters_each_stage_once_and_is_won(session):
    deal = make_deal(session, at(11, 2), stage="New lead")
    lose_deal(session, deal, reason="No budget", now=at(11, 3))
    reopen_deal(session, deal, now=at(11, 9))
    move_deal(session, deal, stage_id(session, "Contact made"), now=at(11, 10))
    win_deal(session, deal, now=at(11, 12))
    report = conversion(session, NOVEMBER)
    assert by_stage(report)["New lead"] == (1, 1, 1)
    assert report.entered == 1 and report.won == 1
    # New lead: two stays (2→3 Nov, 9→10 Nov), each a day; the closed week is in neither.
    assert times(stage_times(session, NOVEMBER))["New lead"] == (2, 1.0, 1.0)


def test_a_deal_moved_to_another_pipeline_drops_out_of_the_first_and_enters_the_second(session):
    wholesale = create_pipeline(session, "Wholesale", stages=["Request", "Contract"])
    request, contract = wholesale.stages
    deal = make_deal(session, at(11, 2), stage="Contact made")
    move_deal(session, deal, contract.id, now=at(11, 6))
    win_deal(session, deal, now=at(11, 8))
    current = by_stage(conversion(session, NOVEMBER))
    assert current["Contact made"] == (1, 0, 0)  # left the pipeline: dropped, not won here
    there = conversion(session, NOVEMBER, Filters(pipeline_id=wholesale.id))
    assert [(s.name, s.entered, s.advanced, s.won) for s in there.stages] == [
        (request.name, 1, 1, 1),  # entered at Contract, so passed Request
        (contract.name, 1, 1, 1),
    ]
    # Four days in Contact made until the move; time in stage follows the deal.
    assert times(stage_times(session, NOVEMBER))["Contact made"] == (1, 4.0, 4.0)


def test_time_parked_in_future_sales_is_not_time_in_a_sales_stage(session, today):
    deal = make_deal(session, at(10, 1), stage="Contact made")
    park_deal(session, deal, today=date(2026, 10, 4), now=at(10, 4), months=1)
    unpark_deal(session, deal, now=at(11, 4))
    move_deal(session, deal, stage_id(session, "Needs identified"), now=at(11, 6))
    report = stage_times(session, Period(date(2026, 10, 1), date(2026, 11, 30)))
    # Two stays of 3 and 2 days, not one of 36; the parked month is in no sales stage.
    assert times(report)["Contact made"] == (2, 2.5, 2.0)
    assert "Parked" not in times(report)
    # Unparking is not a new entry into the stage.
    assert by_stage(conversion(session, NOVEMBER))["Contact made"] == (0, 0, 0)


def test_a_deal_still_in_its_stage_has_not_left_it(session):
    make_deal(session, at(11, 2), stage="Proposal sent")
    assert times(stage_times(session, NOVEMBER))["Proposal sent"] == (0, None, None)


def test_the_median_and_average_of_three_stays_against_the_stage_limit(session):
    for start, days in ((2, 1), (3, 2), (4, 9)):
        deal = make_deal(session, at(11, start), stage="New lead", client=None)
        move_deal(session, deal, stage_id(session, "Contact made"), now=at(11, start + days))
    stage = next(s for s in stage_times(session, NOVEMBER).stages if s.name == "New lead")
    assert (stage.left, stage.median_days, stage.mean_days) == (3, 2.0, 4.0)
    assert stage.rot_days == 3 and not stage.over_limit


@pytest.mark.parametrize(
    "moment, in_november",
    [
        (datetime(2026, 10, 31, 23, 59, tzinfo=UTC), False),
        (datetime(2026, 11, 1, 0, 0, tzinfo=UTC), True),
        (datetime(2026, 11, 30, 23, 59, tzinfo=UTC), True),
        (datetime(2026, 12, 1, 0, 0, tzinfo=UTC), False),
    ],
)
def test_the_period_holds_its_first_and_last_day_whole(session, moment, in_november):
    make_deal(session, moment, stage="New lead")
    entered = conversion(session, NOVEMBER).entered
    assert entered == (1 if in_november else 0)


def test_the_owner_filter_keeps_only_that_owners_deals(session):
    from funnel.owners import create_owner

    sarah = create_owner(session, "Sarah Miller")
    make_deal(session, at(11, 2), stage="New lead")
    make_deal(session, at(11, 3), stage="New lead", owner_id=sarah.id, client=None)
    assert conversion(session, NOVEMBER).entered == 2
    assert conversion(session, NOVEMBER, Filters(owner_id=sarah.id)).entered == 1


def test_the_sales_cycle_is_created_to_won_in_buckets(session):
    for created, won in ((1, 5), (1, 20), (2, 29)):
        deal = make_deal(session, at(10, created), client=None)
        win_deal(session, deal, now=at(10, won))
    report = stage_times(session, OCTOBER)
    assert report.won == 3
    assert report.cycle_mean_days == pytest.approx((4 + 19 + 27) / 3)
    assert report.cycle_median_days == 19.0
    assert [(b.low, b.high, b.deals) for b in report.cycle][:3] == [
        (0, 7, 1),
        (8, 14, 0),
        (15, 30, 2),
    ]
    assert sales(session).name  # the default pipeline is the one counted
