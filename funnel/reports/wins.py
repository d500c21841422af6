"""Won and lost: counts and value by month, win rates by owner, source and
pipeline, lost reasons ranked.

Rules:
- A deal counts by its status now and the moment it was closed
  (`closed_at`): a deal lost, reopened and won is one win, in the month of the
  win; its earlier loss is not counted.
- Win rate = won ÷ (won + lost) of the deals closed in the period. Archived
  deals were neither won nor lost and stay out of it.
- Owner, source (the client's channel) and pipeline are those of the deal now;
  a deal moved to another pipeline counts where it was closed. Every active
  owner is listed, one with no closed deals with no rate rather than 0 %.
- Values add up whatever the currency (a file keeps one currency in practice).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from funnel.reports.period import NO_FILTERS, Filters, Period
from funnel.reports.sql import dialect_of, month_key, ratio
from funnel.store.models import Client, Deal, DealStatus, Owner, Pipeline, from_cents

CLOSED = (DealStatus.WON.value, DealStatus.LOST.value)


@dataclass(frozen=True)
class MonthWins:
    month: date  # its first day
    won: int
    won_value: Decimal
    lost: int
    lost_value: Decimal

    @property
    def win_rate(self) -> float | None:
        return ratio(self.won, self.won + self.lost)

    def as_json(self) -> dict:
        return {
            "month": self.month.strftime("%Y-%m"),
            "won": self.won,
            "won_value": float(self.won_value),
            "lost": self.lost,
            "lost_value": float(self.lost_value),
            "win_rate": self.win_rate,
        }


@dataclass(frozen=True)
class RateRow:
    """Win rate of one owner, source or pipeline (`name` None: no source)."""

    name: str | None
    won: int
    lost: int
    won_value: Decimal

    @property
    def win_rate(self) -> float | None:
        return ratio(self.won, self.won + self.lost)

    def as_json(self) -> dict:
        return {
            "name": self.name,
            "won": self.won,
            "lost": self.lost,
            "won_value": float(self.won_value),
            "win_rate": self.win_rate,
        }


@dataclass(frozen=True)
class LostReasonRow:
    reason: str | None  # None: no reason given
    deals: int
    value: Decimal

    def as_json(self) -> dict:
        return {"reason": self.reason, "deals": self.deals, "value": float(self.value)}


@dataclass(frozen=True)
class WinsReport:
    period: Period
    filters: Filters
    months: tuple[MonthWins, ...]
    by_owner: tuple[RateRow, ...]
    by_source: tuple[RateRow, ...]
    by_pipeline: tuple[RateRow, ...]
    lost_reasons: tuple[LostReasonRow, ...]

    @property
    def won(self) -> int:
        return sum(m.won for m in self.months)

    @property
    def lost(self) -> int:
        return sum(m.lost for m in self.months)

    @property
    def win_rate(self) -> float | None:
        return ratio(self.won, self.won + self.lost)

    def as_json(self) -> dict:
        return {
            "period": self.period.as_json(),
            "won": self.won,
            "lost": self.lost,
            "win_rate": self.win_rate,
            "months": [m.as_json() for m in self.months],
            "by_owner": [r.as_json() for r in self.by_owner],
            "by_source": [r.as_json() for r in self.by_source],
            "by_pipeline": [r.as_json() for r in self.by_pipeline],
            "lost_reasons": [r.as_json() for r in self.lost_reasons],
        }


def closed_in(period: Period, filters: Filters, statuses=CLOSED):
    conditions = [
        Deal.status.in_(statuses),
        Deal.closed_at >= period.since,
        Deal.closed_at < period.until,
    ]
    if filters.pipeline_id is not None:
        conditions.append(Deal.pipeline_id == filters.pipeline_id)
    if filters.owner_id is not None:
        conditions.append(Deal.owner_id == filters.owner_id)
    return and_(*conditions)


def _counts():
    won = Deal.status == DealStatus.WON.value
    return (
        func.sum(case((won, 1), else_=0)),
        func.sum(case((won, Deal.value_cents), else_=0)),
        func.sum(case((won, 0), else_=1)),
        func.sum(case((won, 0), else_=Deal.value_cents)),
    )


def _months(session: Session, period: Period, filters: Filters) -> tuple[MonthWins, ...]:
    key = month_key(dialect_of(session), Deal.closed_at)
    found = {
        k: (int(w or 0), from_cents(wv), int(lo or 0), from_cents(lv))
        for k, w, wv, lo, lv in session.execute(
            select(key, *_counts()).where(closed_in(period, filters)).group_by(key)
        )
    }
    empty = (0, from_cents(0), 0, from_cents(0))
    return tuple(MonthWins(m, *found.get(m.strftime("%Y-%m"), empty)) for m in period.months())


def _rates(session: Session, period: Period, filters: Filters, name, join=None) -> list[RateRow]:
    won, won_value, lost, _ = _counts()
    query = select(name, won, lost, won_value).where(closed_in(period, filters))
    if join is not None:
        query = query.outerjoin(*join)
    rows = session.execute(query.group_by(name).order_by(won.desc(), name)).all()
    return [RateRow(n, int(w or 0), int(lo or 0), from_cents(v)) for n, w, lo, v in rows]


def _by_owner(session: Session, period: Period, filters: Filters) -> tuple[RateRow, ...]:
    rows = _rates(session, period, filters, Owner.name, (Owner, Owner.id == Deal.owner_id))
    seen = {r.name for r in rows}
    idle = select(Owner.name).where(Owner.active.is_(True)).order_by(Owner.name)
    if filters.owner_id is not None:
        idle = idle.where(Owner.id == filters.owner_id)
    for name in session.scalars(idle):
        if name not in seen:
            rows.append(RateRow(name, 0, 0, from_cents(0)))
    return tuple(rows)


def _lost_reasons(session: Session, period: Period, filters: Filters):
    count = func.count()
    rows = session.execute(
        select(Deal.lost_reason, count, func.sum(Deal.value_cents))
        .where(closed_in(period, filters, (DealStatus.LOST.value,)))
        .group_by(Deal.lost_reason)
        .order_by(count.desc(), Deal.lost_reason)
    ).all()
    return tuple(LostReasonRow(r, int(n), from_cents(v)) for r, n, v in rows)


def wins(session: Session, period: Period, filters: Filters = NO_FILTERS) -> WinsReport:
    return WinsReport(
        period,
        filters,
        _months(session, period, filters),
        _by_owner(session, period, filters),
        tuple(
            _rates(session, period, filters, Client.source, (Client, Client.id == Deal.client_id))
        ),
        tuple(
            _rates(
                session, period, filters, Pipeline.name, (Pipeline, Pipeline.id == Deal.pipeline_id)
            )
        ),
        _lost_reasons(session, period, filters),
    )
