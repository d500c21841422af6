"""The forecast counts money in the home currency: other currencies only
through an exchange rate, and says which were left out."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from funnel.rates import set_rate
from funnel.reports.forecast import Bucket, forecast
from funnel.store.profile import Profile, save_profile
from tests.factories import make_deal


@pytest.fixture
def mixed(session, now):
    save_profile(session, Profile("", "BRL", "BR"))
    make_deal(session, now, "Site", value=2000, currency="BRL")
    make_deal(session, now, "Shop", value=1000, currency="EUR", client="Bruno Lima")
    return session


def no_date(report):
    return next(r for r in report.rows if r.kind == Bucket.NO_DATE)


def test_a_currency_without_a_rate_is_left_out_and_named(mixed, today):
    report = forecast(mixed, None, today=today)
    row = no_date(report)
    assert (row.deals, row.value) == (2, Decimal("2000.00"))  # not 3,000 "BRL"
    assert report.converted.missing == ("EUR",)
    assert report.as_json()["converted"]["missing_rates"] == ["EUR"]


def test_with_a_rate_the_money_is_converted_and_the_rate_day_given(mixed, today):
    set_rate(mixed, "EUR", "5.45", on=date(2026, 11, 1))
    report = forecast(mixed, None, today=today)
    assert no_date(report).value == Decimal("7450.00")
    assert (report.converted.total, report.converted.as_of) == (
        Decimal("7450.00"),
        date(2026, 11, 1),
    )


def test_only_home_currency_deals_need_no_note(session, now, today):
    save_profile(session, Profile("", "BRL", "BR"))
    make_deal(session, now, "Site", value=2000, currency="BRL")
    assert forecast(session, None, today=today).converted is None
