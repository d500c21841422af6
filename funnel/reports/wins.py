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

from sqlalchemy import and_, case, func, literal, select, union_all
from sqlalchemy.orm import Session

from funnel.reports.period import NO_FILTERS, Filters, Period
from funnel.reports.sql import dialect_of, month_key, ratio, scanned
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
    win_reasons: tuple[LostReasonRow, ...] = ()

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
            "win_reasons": [r.as_json() for r in self.win_reasons],
        }


def closed_between(since, until, filters: Filters, statuses=CLOSED):
    """Deals closed as one of `statuses` in [since, until), under the filters."""
    conditions = [
        scanned(Deal.status).in_(statuses),
        Deal.closed_at >= since,
        Deal.closed_at < until,
    ]
    if filters.pipeline_id is not None:
        conditions.append(Deal.pipeline_id == filters.pipeline_id)
    if filters.owner_id is not None:
        conditions.append(Deal.owner_id == filters.owner_id)
    return and_(*conditions)


def closed_in(period: Period, filters: Filters, statuses=CLOSED):
    return closed_between(period.since, period.until, filters, statuses)


def _grouped(session: Session, period: Period, filters: Filters) -> dict[str, list]:
    """Every table in one statement: the closed deals of the period are read
    once into a materialised CTE, then grouped five ways (UNION ALL)."""
    dialect = dialect_of(session)
    closed = (
        select(
            month_key(dialect, Deal.closed_at).label("month"),
            Owner.name.label("owner"),
            Client.source.label("source"),
            Pipeline.name.label("pipeline"),
            Deal.lost_reason.label("reason"),
            Deal.win_reason.label("win_reason"),
            Deal.status.label("status"),
            Deal.value_cents.label("cents"),
        )
        .select_from(Deal)
        .outerjoin(Owner, Owner.id == Deal.owner_id)
        .outerjoin(Client, Client.id == Deal.client_id)
        .outerjoin(Pipeline, Pipeline.id == Deal.pipeline_id)
        .where(closed_in(period, filters))
        .cte("closed")
        .prefix_with("MATERIALIZED")  # read once, grouped five times
    )
    won = closed.c.status == DealStatus.WON.value
    counts = (
        func.sum(case((won, 1), else_=0)),
        func.sum(case((won, closed.c.cents), else_=0)),
        func.sum(case((won, 0), else_=1)),
        func.sum(case((won, 0), else_=closed.c.cents)),
    )
    parts = [
        select(literal(name).label("table"), closed.c[name].label("key"), *counts).group_by(
            closed.c[name]
        )
        for name in ("month", "owner", "source", "pipeline")
    ]
    parts.append(
        select(literal("reason"), closed.c.reason, *counts).where(~won).group_by(closed.c.reason)
    )
    parts.append(
        select(literal("win_reason"), closed.c.win_reason, *counts)
        .where(won)
        .group_by(closed.c.win_reason)
    )
    out: dict[str, list] = {
        "month": [], "owner": [], "source": [], "pipeline": [], "reason": [], "win_reason": []
    }  # fmt: skip
    for table, key, w, wv, lo, lv in session.execute(union_all(*parts)):
        out[table].append((key, int(w or 0), from_cents(wv), int(lo or 0), from_cents(lv)))
    return out


def _months(period: Period, rows: list) -> tuple[MonthWins, ...]:
    found = {key: (w, wv, lo, lv) for key, w, wv, lo, lv in rows}
    empty = (0, from_cents(0), 0, from_cents(0))
    return tuple(MonthWins(m, *found.get(m.strftime("%Y-%m"), empty)) for m in period.months())


def _rates(rows: list) -> list[RateRow]:
    out = [RateRow(key, w, lo, wv) for key, w, wv, lo, _ in rows]
    return sorted(out, key=lambda r: (-r.won, r.name is None, r.name or ""))


def _by_owner(session: Session, filters: Filters, rows: list) -> tuple[RateRow, ...]:
    out = _rates(rows)
    seen = {r.name for r in out}
    idle = select(Owner.name).where(Owner.active.is_(True)).order_by(Owner.name)
    if filters.owner_id is not None:
        idle = idle.where(Owner.id == filters.owner_id)
    out += [
        RateRow(name, 0, 0, from_cents(0)) for name in session.scalars(idle) if name not in seen
    ]
    return tuple(out)


def _lost_reasons(rows: list) -> tuple[LostReasonRow, ...]:
    out = [LostReasonRow(key, lo, lv) for key, _, _, lo, lv in rows]
    return tuple(sorted(out, key=lambda r: (-r.deals, r.reason is None, r.reason or "")))


def _win_reasons(rows: list) -> tuple[LostReasonRow, ...]:
    out = [LostReasonRow(key, w, wv) for key, w, wv, _, _ in rows]
    return tuple(sorted(out, key=lambda r: (-r.deals, r.reason is None, r.reason or "")))


def wins(session: Session, period: Period, filters: Filters = NO_FILTERS) -> WinsReport:
    grouped = _grouped(session, period, filters)
    return WinsReport(
        period,
        filters,
        _months(period, grouped["month"]),
        _by_owner(session, filters, grouped["owner"]),
        tuple(_rates(grouped["source"])),
        tuple(_rates(grouped["pipeline"])),
        _lost_reasons(grouped["reason"]),
        _win_reasons(grouped["win_reason"]),
    )
