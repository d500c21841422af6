from datetime import date, datetime

import pytest

from funnel.pipeline.stalls import business_days_between, days_over, stalled_cutoff

MONDAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    "entered, rot, over",
    [
        (date(2026, 11, 16), 7, 0),  # exactly rot_days: not yet stalled
        (date(2026, 11, 15), 7, 1),  # rot_days + 1: stalled by one day
        (date(2026, 11, 1), None, 0),  # a stage without a limit never stalls
    ],
)
def test_calendar_stall_boundary(entered, rot, over):
    assert days_over(entered, MONDAY, rot, business_days=False) == over


def test_a_weekend_does_not_age_a_deal_in_business_days():
    friday = date(2026, 11, 20)
    assert business_days_between(friday, MONDAY) == 1
    assert days_over(friday, MONDAY, 1, business_days=True) == 0
    assert days_over(friday, MONDAY, 1, business_days=False) == 2


def test_datetimes_count_by_their_date():
    assert days_over(datetime(2026, 11, 15, 23, 59), MONDAY, 7, business_days=False) == 1


@pytest.mark.parametrize("business", [False, True])
@pytest.mark.parametrize("rot", [1, 3, 5, 7, 10, 14])
def test_cutoff_agrees_with_the_rule(business, rot):
    cutoff = stalled_cutoff(MONDAY, rot, business_days=business)
    assert days_over(cutoff, MONDAY, rot, business_days=business) > 0
    next_day = date.fromordinal(cutoff.toordinal() + 1)
    assert days_over(next_day, MONDAY, rot, business_days=business) == 0
