"""Wins, forecast, trend, activity and velocity on small hand-made data."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from funnel.cleanup.review import finish_review, start_review
from funnel.followups.activities import add_activity, complete_activity
from funnel.owners import create_owner
from funnel.pipeline.moves import lose_deal, move_deal, reopen_deal, win_deal
from funnel.reports.activity import activity
from funnel.reports.forecast import Bucket, forecast
from funnel.reports.period import Filters, Period
from funnel.reports.trend import trend
from funnel.reports.velocity import velocity
from funnel.reports.wins import wins
from tests.factories import make_deal, stage_id

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))


def at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


def test_won_and_lost_by_month_count_a_reopened_loss_only_as_its_win(session):
    reopened = make_deal(session, at(10, 1), value=500)
    lose_deal(session, reopened, reason="No budget", now=at(10, 5))
    reopen_deal(session, reopened, now=at(10, 20))
    win_deal(session, reopened, now=at(11, 3))
    lost = make_deal(session, at(10, 1), value=200, client=None)
    lose_deal(session, lost, reason="Price too high", now=at(11, 4))
    report = wins(session, Period(date(2026, 10, 1), date(2026, 11, 30)))
    months = {m.month: (m.won, m.won_value, m.lost) for m in report.months}
    assert months == {date(2026, 10, 1): (0, 0, 0), date(2026, 11, 1): (1, Decimal(500), 1)}
    assert report.win_rate == 0.5
    assert [(r.reason, r.deals) for r in report.lost_reasons] == [("Price too high", 1)]


def test_an_owner_without_closed_deals_is_listed_without_a_rate(session):
    create_owner(session, "Sarah Miller")
    deal = make_deal(session, at(11, 1))
    win_deal(session, deal, now=at(11, 2))
    rates = {r.name: (r.won, r.lost, r.win_rate) for r in wins(session, NOVEMBER).by_owner}
    assert rates["Me"] == (1, 0, 1.0)
    assert rates["Sarah Miller"] == (0, 0, None)


def test_archived_deals_are_neither_won_nor_lost(session):
    from funnel.pipeline.moves import archive_deal

    archive_deal(session, make_deal(session, at(11, 1)), now=at(11, 2))
    assert wins(session, NOVEMBER).win_rate is None


def test_forecast_by_expected_close_month_weighted_with_overdue_apart(session, today):
    make_deal(session, at(11, 1), value=1000, stage="Proposal sent",
              expected_close=date(2026, 12, 15))  # fmt: skip
    make_deal(session, at(11, 1), value=2000, stage="New lead", client=None,
              expected_close=date(2026, 11, 20))  # fmt: skip
    make_deal(session, at(11, 1), value=400, stage="New lead", client=None)
    rows = {(r.kind, r.month): (r.deals, r.value, r.weighted)
            for r in forecast(session, None, today=today).rows}  # fmt: skip
    assert rows[(Bucket.MONTH, date(2026, 12, 1))] == (1, Decimal(1000), Decimal(600))
    assert rows[(Bucket.OVERDUE, None)] == (1, Decimal(2000), Decimal(200))
    assert rows[(Bucket.NO_DATE, None)] == (1, Decimal(400), Decimal(40))
    assert rows[(Bucket.MONTH, date(2026, 11, 1))] == (0, Decimal(0), Decimal(0))


def test_last_months_forecast_is_rebuilt_from_the_stage_the_deal_was_in_then(session, today):
    # Open in "Proposal sent" (60 %) on 1 October, expected in October, moved on later.
    deal = make_deal(session, at(9, 10), value=1000, stage="Proposal sent",
                     expected_close=date(2026, 10, 20))  # fmt: skip
    move_deal(session, deal, stage_id(session, "Negotiation"), now=at(10, 10))
    win_deal(session, deal, now=at(10, 20))
    # Created during October: not in the forecast made on its first day.
    late = make_deal(session, at(10, 5), value=300, client=None, expected_close=date(2026, 10, 30))
    win_deal(session, late, now=at(10, 29))
    last = forecast(session, None, today=today).last_month
    assert last.month == date(2026, 10, 1)
    assert (last.forecast_deals, last.forecast_value, last.forecast_weighted) == (
        1, Decimal(1000), Decimal(600),
    )  # fmt: skip
    assert (last.won_deals, last.won_value) == (2, Decimal(1300))


def test_the_trend_rebuilds_open_and_stalled_week_by_week(session, today):
    # New lead stalls after 3 days: entered Mon 2 Nov, stalled from Fri 6 Nov.
    make_deal(session, at(11, 2), value=100, stage="New lead")
    later = make_deal(session, at(11, 10), value=50, stage="Negotiation", client=None)
    win_deal(session, later, now=at(11, 18))
    report = trend(session, NOVEMBER, today=today)
    weeks = [(w.week_of, w.as_of, w.open_count, w.value, w.stalled) for w in report.weeks]
    assert weeks == [
        (date(2026, 10, 26), date(2026, 11, 1), 0, 0, 0),
        (date(2026, 11, 2), date(2026, 11, 8), 1, 100, 1),
        (date(2026, 11, 9), date(2026, 11, 15), 2, 150, 1),
        (date(2026, 11, 16), date(2026, 11, 22), 1, 100, 1),
        (date(2026, 11, 23), date(2026, 11, 23), 1, 100, 1),  # up to today
    ]


def test_a_clean_up_snapshot_stands_for_its_week(session, now, today):
    make_deal(session, at(11, 20), stage="New lead")
    review = start_review(session, now=now, today=today)
    finish_review(session, review.id, now=now, today=today)
    week = trend(session, NOVEMBER, today=today).weeks[-1]
    assert week.from_snapshot and week.open_count == 1
    assert not trend(session, NOVEMBER, Filters(owner_id=1), today=today).weeks[-1].from_snapshot


def test_activity_counts_done_calls_emails_meetings_per_owner_per_week(session, today):
    deal = make_deal(session, at(11, 1))
    for kind, day in (("call", 2), ("call", 3), ("email", 10), ("meeting", 11), ("task", 11)):
        done = add_activity(session, kind=kind, subject=kind, due_date=date(2026, 11, day),
                            now=at(11, 1), deal_id=deal)  # fmt: skip
        complete_activity(session, done, now=at(11, day))
    add_activity(session, kind="call", subject="late", due_date=date(2026, 11, 20),
                 now=at(11, 1), deal_id=deal)  # fmt: skip
    report = activity(session, NOVEMBER, today=today)
    # Tasks are not counted; a week with nothing done has no row.
    assert [(w.owner, w.week_of, w.calls, w.emails, w.meetings) for w in report.weeks] == [
        ("Me", date(2026, 11, 2), 2, 0, 0),
        ("Me", date(2026, 11, 9), 0, 1, 1),
    ]
    assert [(o.owner, o.calls, o.emails, o.meetings, o.overdue) for o in report.owners] == [
        ("Me", 2, 1, 1, 1)
    ]


def test_velocity_is_open_times_win_rate_times_average_won_over_cycle_days(session, today):
    for value, created, closed in ((1000, 1, 11), (3000, 2, 22)):
        deal = make_deal(session, at(11, created), value=value, client=None)
        win_deal(session, deal, now=at(11, closed))
    lose_deal(session, make_deal(session, at(11, 3), client=None), reason="x", now=at(11, 4))
    for _ in range(3):
        make_deal(session, at(11, 5), client=None)
    row = velocity(session, NOVEMBER, today=today).rows[0]
    assert row.group == "all"
    assert row.now.open_count == 3
    assert row.now.win_rate == pytest.approx(2 / 3)
    assert row.now.average_won == Decimal(2000)
    assert row.now.cycle == pytest.approx(15.0)
    assert row.now.per_day == Decimal("266.67")  # 3 × 2/3 × 2000 ÷ 15
    assert row.before.per_day is None  # nothing closed in October
