"""Exchange rates: set, list, remove, and totals converted with them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from funnel.errors import NotFoundError, ValidationError
from funnel.rates import (
    home_total,
    list_rates,
    rates_on,
    remove_rate,
    restore_rates,
    set_rate,
    undo_set_rate,
)
from funnel.store.profile import Profile, save_profile

DEC1, DEC3, DEC10 = date(2026, 12, 1), date(2026, 12, 3), date(2026, 12, 10)


@pytest.fixture
def brl(session):
    save_profile(session, Profile("", "BRL", "BR"))
    return session


def test_a_total_uses_the_latest_rate_on_or_before_the_day(brl):
    set_rate(brl, "EUR", "5.40", on=DEC1)
    set_rate(brl, "EUR", "6.00", on=DEC10)
    assert rates_on(brl, DEC3)["EUR"].rate == Decimal("5.40")
    assert rates_on(brl, DEC10)["EUR"].rate == Decimal("6.00")
    assert "EUR" not in rates_on(brl, date(2026, 11, 30))
    total = home_total(brl, [("BRL", Decimal("2000")), ("EUR", Decimal("1000"))], today=DEC3)
    assert (total.needed, total.total, total.as_of) == (True, Decimal("7400.00"), DEC1)


def test_conversion_is_exact_decimal_money(brl):
    set_rate(brl, "USD", "0.1", on=DEC1)
    total = home_total(brl, [("USD", Decimal("0.10"))] * 3, today=DEC1)
    assert total.total == Decimal("0.03")  # a float sum would give 0.030000000000000006
    assert isinstance(total.total, Decimal)


def test_currencies_without_a_rate_are_named_and_nothing_is_added(brl):
    set_rate(brl, "EUR", "5.45", on=DEC1)
    total = home_total(
        brl,
        [("BRL", Decimal(10)), ("EUR", Decimal(1)), ("USD", Decimal(5)), ("RUB", Decimal(7))],
        today=DEC3,
    )
    assert total.total is None
    assert total.missing == ("RUB", "USD")


def test_only_the_home_currency_needs_no_line(brl):
    total = home_total(brl, [("BRL", Decimal(10)), ("EUR", Decimal(0))], today=DEC3)
    assert not total.needed
    assert total.missing == ()


def test_rates_set_in_another_home_currency_are_kept_but_not_used(brl):
    set_rate(brl, "EUR", "5.45", on=DEC1)
    save_profile(brl, Profile("", "RUB", "RU"))
    assert rates_on(brl, DEC3) == {}
    assert [(r.currency, r.home_currency) for r in list_rates(brl)] == [("EUR", "BRL")]


def test_setting_the_same_day_again_replaces_it_and_undo_restores_it(brl):
    set_rate(brl, "EUR", "5.45", on=DEC1)
    change = set_rate(brl, "eur", "5,50", on=DEC1)
    assert [(r.currency, r.rate) for r in list_rates(brl)] == [("EUR", Decimal("5.50"))]
    undo_set_rate(brl, change)
    assert [r.rate for r in list_rates(brl)] == [Decimal("5.45")]


def test_remove_one_day_or_every_day_and_put_them_back(brl):
    set_rate(brl, "EUR", "5.45", on=DEC1)
    set_rate(brl, "EUR", "5.60", on=DEC10)
    remove_rate(brl, "EUR", on=DEC10)
    assert [r.as_of for r in list_rates(brl)] == [DEC1]
    removed = remove_rate(brl, "EUR")
    assert list_rates(brl) == []
    restore_rates(brl, removed)
    assert [r.as_of for r in list_rates(brl)] == [DEC1]
    with pytest.raises(NotFoundError, match="no rate for EUR on 2026-12-10"):
        remove_rate(brl, "EUR", on=DEC10)


@pytest.mark.parametrize(
    ("currency", "rate", "message"),
    [
        ("EUE", "5", "not a known currency"),
        ("E1", "5", "not a currency code"),
        ("BRL", "5", "is the home currency"),
        ("EUR", "0", "more than zero"),
        ("EUR", "-2", "more than zero"),
        ("EUR", "abc", "not a rate"),
        ("EUR", "NaN", "not a rate"),
        ("EUR", "1e10", "out of range"),
        ("EUR", "0.0000000000001", "out of range"),
    ],
)
def test_bad_input_is_refused_with_what_was_wrong_and_nothing_written(brl, currency, rate, message):
    with pytest.raises(ValidationError, match=message):
        set_rate(brl, currency, rate, on=DEC1)
    assert list_rates(brl) == []
