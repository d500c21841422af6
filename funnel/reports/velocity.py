"""Sales velocity: open deals × win rate × average won value ÷ sales cycle in
days — the value the pipeline turns into wins per day — per pipeline and per
owner, against the previous period of the same length.

Rules:
- Open deals: deals in a stage of a sales pipeline at the end of the period
  (or now, if the period has not ended), rebuilt from the stage history.
- Win rate: won ÷ (won + lost) among the deals closed in the period.
- Average won value and cycle (days from creation to win): over the deals won
  in the period.
- No velocity (None) where a factor is missing: no closed deals, or no win.
- Pipeline and owner are those of the open stay, or of the closed deal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from funnel.reports.period import NO_FILTERS, Filters, Period
from funnel.reports.sql import (
    day_number,
    dialect_of,
    open_between,
    ratio,
    sales_pipeline_ids,
)
from funnel.reports.wins import closed_between
from funnel.store.models import Deal, DealStatus, Owner, Pipeline, StageChange, from_cents


@dataclass(frozen=True)
class Velocity:
    open_count: int
    won: int
    lost: int
    won_cents: int
    cycle_days: float  # summed over the won deals

    @property
    def win_rate(self) -> float | None:
        return ratio(self.won, self.won + self.lost)

    @property
    def average_won(self) -> Decimal | None:
        return from_cents(round(self.won_cents / self.won)) if self.won else None

    @property
    def cycle(self) -> float | None:
        return self.cycle_days / self.won if self.won else None

    @property
    def per_day(self) -> Decimal | None:
        rate, average, cycle = self.win_rate, self.average_won, self.cycle
        if rate is None or average is None or not cycle:
            return None
        return (
            Decimal(self.open_count) * Decimal(str(rate)) * average / Decimal(str(cycle))
        ).quantize(Decimal("0.01"))

    def __add__(self, other: Velocity) -> Velocity:
        return Velocity(
            self.open_count + other.open_count, self.won + other.won, self.lost + other.lost,
            self.won_cents + other.won_cents, self.cycle_days + other.cycle_days,
        )  # fmt: skip

    def as_json(self) -> dict:
        return {
            "open": self.open_count,
            "win_rate": self.win_rate,
            "average_won": float(self.average_won) if self.average_won is not None else None,
            "cycle_days": self.cycle,
            "per_day": float(self.per_day) if self.per_day is not None else None,
        }


NONE = Velocity(0, 0, 0, 0, 0.0)


@dataclass(frozen=True)
class VelocityRow:
    group: str  # "pipeline", "owner" or "all"
    name: str | None
    now: Velocity
    before: Velocity  # the previous period

    def as_json(self) -> dict:
        return {
            "group": self.group,
            "name": self.name,
            "period": self.now.as_json(),
            "previous": self.before.as_json(),
        }


@dataclass(frozen=True)
class VelocityReport:
    period: Period
    previous: Period
    filters: Filters
    rows: tuple[VelocityRow, ...]  # all, then each pipeline, then each owner

    def as_json(self) -> dict:
        return {
            "period": self.period.as_json(),
            "previous": self.previous.as_json(),
            "rows": [r.as_json() for r in self.rows],
        }


Key = tuple[int | None, int | None]  # (pipeline id, owner id)


def _open_counts(session: Session, filters: Filters, moment: datetime) -> dict[Key, int]:
    """Deals open in a sales stage at `moment`, per (pipeline, owner): every
    change into an open stage starts a stay and every change out of one ends
    it, so the open count is the stays started before the moment less those
    ended before it. Only the changes of deals that can have been open then are
    read; for every other deal the two cancel out."""
    sc = StageChange
    pipelines = sales_pipeline_ids(session, filters.pipeline_id)
    before = sc.changed_at < moment
    starts = and_(sc.to_status == DealStatus.OPEN.value, sc.to_pipeline_id.in_(pipelines))
    ends = and_(sc.from_status == DealStatus.OPEN.value, sc.from_pipeline_id.in_(pipelines))
    query = (
        select(
            sc.to_pipeline_id,
            sc.from_pipeline_id,
            Deal.owner_id,
            func.sum(case((starts, 1), else_=0)),
            func.sum(case((ends, 1), else_=0)),
        )
        .join(Deal, Deal.id == sc.deal_id)
        .where(
            sc.deal_id.in_(open_between(moment, moment + timedelta(microseconds=1))),
            before,
            or_(starts, ends),
        )
        .group_by(sc.to_pipeline_id, sc.from_pipeline_id, Deal.owner_id)
    )
    if filters.owner_id is not None:
        query = query.where(Deal.owner_id == filters.owner_id)
    counted: dict[Key, int] = {}
    for to_p, from_p, owner, started, ended in session.execute(query):  # a few dozen groups
        if to_p in pipelines:
            counted[(to_p, owner)] = counted.get((to_p, owner), 0) + int(started or 0)
        if from_p in pipelines:
            counted[(from_p, owner)] = counted.get((from_p, owner), 0) - int(ended or 0)
    return counted


def _closed(
    session: Session, periods: tuple[Period, Period], filters: Filters
) -> list[dict[Key, Velocity]]:
    """Per period and (pipeline, owner): won, lost, won value and cycle days;
    both periods in one scan of the deals (the previous one ends where the
    period starts)."""
    dialect = dialect_of(session)
    now, before = periods
    won = Deal.status == DealStatus.WON.value
    days = day_number(dialect, Deal.closed_at) - day_number(dialect, Deal.created_at)
    which = case((Deal.closed_at >= now.since, 0), else_=1)
    closed = (
        select(
            which,
            Deal.pipeline_id,
            Deal.owner_id,
            func.sum(case((won, 1), else_=0)),
            func.sum(case((won, 0), else_=1)),
            func.sum(case((won, Deal.value_cents), else_=0)),
            func.sum(case((won, days), else_=0.0)),
        )
        .where(closed_between(before.since, now.until, filters))
        .group_by(which, Deal.pipeline_id, Deal.owner_id)
    )
    out: list[dict[Key, Velocity]] = [{}, {}]
    for index, pid, oid, w, lo, cents, cycle in session.execute(closed):
        out[index][(pid, oid)] = Velocity(
            0, int(w or 0), int(lo or 0), int(cents or 0), float(cycle or 0.0)
        )
    return out


def _figures(
    session: Session, periods: tuple[Period, Period], filters: Filters, today: date
) -> list[dict[Key, Velocity]]:
    end_of_today = datetime.combine(today + timedelta(days=1), time())
    out = _closed(session, periods, filters)
    for period, figures in zip(periods, out, strict=True):
        counted = _open_counts(session, filters, min(period.until, end_of_today))
        for key, n in counted.items():
            if n:
                figures[key] = figures.get(key, NONE) + Velocity(n, 0, 0, 0, 0.0)
    return out


def _roll_up(figures: dict[Key, Velocity], index: int) -> dict[int | None, Velocity]:
    """Per pipeline (index 0) or owner (1): adding up a few grouped rows."""
    out: dict[int | None, Velocity] = {}
    for key, v in figures.items():
        out[key[index]] = out.get(key[index], NONE) + v
    return out


def velocity(
    session: Session, period: Period, filters: Filters = NO_FILTERS, *, today: date
) -> VelocityReport:
    previous = period.previous()
    current, before = _figures(session, (period, previous), filters, today)
    names: dict[str, dict[int | None, str]] = {
        "pipeline": dict(session.execute(select(Pipeline.id, Pipeline.name)).all()),
        "owner": dict(session.execute(select(Owner.id, Owner.name)).all()),
    }
    rows = [VelocityRow("all", None, sum(current.values(), NONE), sum(before.values(), NONE))]
    for index, group in ((0, "pipeline"), (1, "owner")):
        now_by, before_by = _roll_up(current, index), _roll_up(before, index)
        keys = sorted(set(now_by) | set(before_by), key=lambda k: names[group].get(k) or "")
        for key in keys:
            rows.append(
                VelocityRow(
                    group, names[group].get(key), now_by.get(key, NONE), before_by.get(key, NONE)
                )
            )
    return VelocityReport(period, previous, filters, tuple(rows))
