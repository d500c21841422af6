"""Forecast: the open deals' value by expected close month, raw and weighted
by the probability of their stage, deals past their expected close flagged;
and what was forecast for last month against what was won in it.

Rules:
- Open deals of the sales pipelines (parked deals are not expected to close).
- A deal whose expected close is before today is *overdue*: it is counted in
  its own row, not in a month already gone. A deal without an expected close
  is counted in the "no date" row.
- Last month's forecast is rebuilt from the stage history: the deals open in
  a sales stage at the first moment of last month whose expected close falls
  in last month, weighted by the probability of the stage they were in then.
  The clean-up snapshots keep counts and values, not expected closes, so they
  cannot say it. The expected close itself is not historised: its value now is
  used, so a deal whose date was pushed out of last month is not in that
  forecast.
- The period does not apply (a forecast looks forward from today); the
  pipeline and owner filters do.
- Money is in the home currency. Deals in another currency count in it only
  through an exchange rate (funnel/rates.py, the latest on or before today):
  the report then says at which rates (`converted`); a currency without a
  rate is left out of the money columns and named (`converted.missing`) —
  never added as if it were the home currency. Deal counts count every deal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from funnel.rates import HomeTotal, Rate, rates_on
from funnel.reports.period import NO_FILTERS, Filters, Period, add_months, month_start
from funnel.reports.sql import dialect_of, month_key, sales_pipeline_ids
from funnel.store.models import Deal, DealStatus, Stage, StageChange, from_cents
from funnel.store.profile import home_currency

HORIZON_MONTHS = 12  # months shown one by one; later ones are added up


class Bucket:
    OVERDUE = "overdue"
    MONTH = "month"
    LATER = "later"
    NO_DATE = "no_date"


@dataclass(frozen=True)
class ForecastRow:
    kind: str  # a Bucket
    month: date | None  # for Bucket.MONTH
    deals: int
    value: Decimal
    weighted: Decimal

    def as_json(self) -> dict:
        return {
            "bucket": self.kind,
            "month": self.month.strftime("%Y-%m") if self.month else None,
            "deals": self.deals,
            "value": float(self.value),
            "weighted": float(self.weighted),
        }


@dataclass(frozen=True)
class LastMonth:
    month: date
    forecast_deals: int
    forecast_value: Decimal
    forecast_weighted: Decimal
    won_deals: int  # won in that month, forecast or not
    won_value: Decimal

    def as_json(self) -> dict:
        return {
            "month": self.month.strftime("%Y-%m"),
            "forecast_deals": self.forecast_deals,
            "forecast_value": float(self.forecast_value),
            "forecast_weighted": float(self.forecast_weighted),
            "won_deals": self.won_deals,
            "won_value": float(self.won_value),
        }


@dataclass(frozen=True)
class ForecastReport:
    today: date
    filters: Filters
    rows: tuple[ForecastRow, ...]
    last_month: LastMonth
    # How other currencies were brought to the home one; `total` is the open
    # deals' value (every row) when no currency lacked a rate.
    converted: HomeTotal | None = None

    @property
    def overdue(self) -> ForecastRow | None:
        return next((r for r in self.rows if r.kind == Bucket.OVERDUE), None)

    def as_json(self) -> dict:
        return {
            "today": self.today.isoformat(),
            "rows": [r.as_json() for r in self.rows],
            "last_month": self.last_month.as_json(),
            **({"converted": self.converted.as_json()} if self.converted else {}),
        }


def _weighted(cents: int | None) -> Decimal:
    """Sums of cents × percent, back to money."""
    return from_cents(round((cents or 0) / 100))


class _Money:
    """Amounts of several currencies brought to the home currency with the
    day's rates; what has no rate is noted, not added."""

    def __init__(self, home: str, rates: dict[str, Rate]) -> None:
        self.home, self.rates = home, rates
        self.used: list[date] = []
        self.missing: set[str] = set()
        self.foreign = False

    def add(self, currency: str, amount: Decimal) -> Decimal:
        if currency == self.home:
            return amount
        if amount:
            self.foreign = True
        rate = self.rates.get(currency)
        if rate is None:
            if amount:
                self.missing.add(currency)
            return Decimal(0)
        self.used.append(rate.as_of)
        return amount * rate.rate

    def summary(self, total: Decimal) -> HomeTotal:
        if self.missing:
            return HomeTotal(self.home, self.foreign, None, None, tuple(sorted(self.missing)))
        return HomeTotal(self.home, self.foreign, total, min(self.used, default=None), ())


def _cent(amount: Decimal) -> Decimal:
    return amount.quantize(Decimal("0.01"))


def _open_rows(
    session: Session, filters: Filters, today: date, money: _Money
) -> tuple[ForecastRow, ...]:
    pipelines = sales_pipeline_ids(session, filters.pipeline_id)
    first = month_start(today)
    last = add_months(first, HORIZON_MONTHS)
    key = case(
        (Deal.expected_close.is_(None), Bucket.NO_DATE),
        (Deal.expected_close < today, Bucket.OVERDUE),
        (Deal.expected_close >= last, Bucket.LATER),
        else_=month_key(dialect_of(session), Deal.expected_close),
    )
    query = (
        select(
            key,
            Deal.currency,
            func.count(),
            func.sum(Deal.value_cents),
            func.sum(Deal.value_cents * Stage.probability),
        )
        .join(Stage, Stage.id == Deal.stage_id)
        .where(Deal.status == DealStatus.OPEN.value, Deal.pipeline_id.in_(pipelines))
        .group_by(key, Deal.currency)
    )
    if filters.owner_id is not None:
        query = query.where(Deal.owner_id == filters.owner_id)
    found: dict[str, tuple[int, Decimal, Decimal]] = {}
    for k, currency, n, v, w in session.execute(query):
        count, value, weighted = found.get(k, (0, Decimal(0), Decimal(0)))
        found[k] = (
            count + int(n),
            value + money.add(currency, from_cents(v)),
            weighted + money.add(currency, _weighted(w)),
        )
    found = {k: (n, _cent(v), _cent(w)) for k, (n, v, w) in found.items()}
    empty = (0, from_cents(0), from_cents(0))
    rows = [ForecastRow(Bucket.OVERDUE, None, *found.pop(Bucket.OVERDUE, empty))]
    month = first
    while month < last:
        rows.append(ForecastRow(Bucket.MONTH, month, *found.pop(month.strftime("%Y-%m"), empty)))
        month = add_months(month, 1)
    rows.append(ForecastRow(Bucket.LATER, None, *found.pop(Bucket.LATER, empty)))
    rows.append(ForecastRow(Bucket.NO_DATE, None, *found.pop(Bucket.NO_DATE, empty)))
    return tuple(rows)


def _last_month(session: Session, filters: Filters, today: date, money: _Money) -> LastMonth:
    month = Period(add_months(month_start(today), -1), month_start(today) - timedelta(days=1))
    pipelines = sales_pipeline_ids(session, filters.pipeline_id)
    # The deal's state at the month's first moment: its latest change before it.
    latest = (
        select(func.max(StageChange.id))
        .where(StageChange.deal_id == Deal.id, StageChange.changed_at < month.since)
        .scalar_subquery()
    )
    then = aliased(StageChange)
    forecast = (
        select(
            Deal.currency,
            func.count(),
            func.sum(Deal.value_cents),
            func.sum(Deal.value_cents * Stage.probability),
        )
        .select_from(Deal)
        .join(then, then.id == latest)
        .join(Stage, Stage.id == then.to_stage_id)
        .where(
            Deal.expected_close >= month.start,
            Deal.expected_close <= month.end,
            then.to_status == DealStatus.OPEN.value,
            then.to_pipeline_id.in_(pipelines),
        )
        .group_by(Deal.currency)
    )
    won = (
        select(Deal.currency, func.count(), func.sum(Deal.value_cents))
        .where(
            Deal.status == DealStatus.WON.value,
            Deal.closed_at >= month.since,
            Deal.closed_at < month.until,
            Deal.pipeline_id.in_(pipelines),
        )
        .group_by(Deal.currency)
    )
    if filters.owner_id is not None:
        forecast = forecast.where(Deal.owner_id == filters.owner_id)
        won = won.where(Deal.owner_id == filters.owner_id)
    n, value, weighted = 0, Decimal(0), Decimal(0)
    for currency, count, v, w in session.execute(forecast):
        n += int(count)
        value += money.add(currency, from_cents(v))
        weighted += money.add(currency, _weighted(w))
    won_n, won_value = 0, Decimal(0)
    for currency, count, v in session.execute(won):
        won_n += int(count)
        won_value += money.add(currency, from_cents(v))
    return LastMonth(
        month.start, n, _cent(value), _cent(weighted), won_n, _cent(won_value)
    )  # fmt: skip


def forecast(
    session: Session, period: Period | None, filters: Filters = NO_FILTERS, *, today: date
) -> ForecastReport:
    """`period` is accepted for a uniform signature and not used."""
    money = _Money(home_currency(session), rates_on(session, today))
    rows = _open_rows(session, filters, today, money)
    last_month = _last_month(session, filters, today, money)
    converted = money.summary(sum((r.value for r in rows), Decimal(0)))
    return ForecastReport(today, filters, rows, last_month, converted if converted.needed else None)
