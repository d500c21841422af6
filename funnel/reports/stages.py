"""Time in stage and the sales cycle.

Rules:
- A *stay* in a stage starts with a change into it (created, moved, reopened,
  unparked) and ends with the deal's next change, whatever it is (a move, a
  win or loss, a park). Stays that ended in the period count, however long
  before it they began; a deal still in its stage is not counted (it has not
  left), so the figures are those of deals that left.
- Only sales pipelines have stages here: time parked in Future sales is not
  time in a sales stage, and a deal unparked into a stage starts a new stay.
- A deal reopened after it was lost starts a new stay where it is reopened;
  the time it spent closed counts nowhere.
- A deal moved to another pipeline leaves its stage there and then.
- Days are calendar days with fractions, moment to moment; the median is read
  to the hour.
- The sales cycle is the days from a deal's creation to its win, for deals
  won in the period (reopened deals included: created is when it was created);
  its buckets count whole days (7 days and 5 hours is 7 days).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, case, func, select, true
from sqlalchemy.orm import Session

from funnel.reports.period import NO_FILTERS, Filters, Period
from funnel.reports.sql import (
    day_number,
    dialect_of,
    distribution,
    previous_change,
    sales_pipeline_ids,
    scanned,
    whole,
)
from funnel.store.models import Deal, DealStatus, Pipeline, Stage, StageChange

# Upper bounds (days, included) of the sales-cycle buckets; the last is open.
CYCLE_BUCKETS = (7, 14, 30, 60, 90, 180)


@dataclass(frozen=True)
class StageTime:
    stage_id: int
    pipeline: str
    name: str
    rot_days: int | None
    left: int  # stays that ended in the period
    mean_days: float | None
    median_days: float | None

    @property
    def over_limit(self) -> bool:
        """The median stay is longer than the stage allows."""
        return (
            self.rot_days is not None
            and self.median_days is not None
            and self.median_days > self.rot_days
        )

    def as_json(self) -> dict:
        return {
            "pipeline": self.pipeline,
            "stage": self.name,
            "rot_days": self.rot_days,
            "left": self.left,
            "mean_days": self.mean_days,
            "median_days": self.median_days,
            "over_limit": self.over_limit,
        }


@dataclass(frozen=True)
class CycleBucket:
    low: int  # days, included
    high: int | None  # days, included; None: no upper bound
    deals: int

    def as_json(self) -> dict:
        return {"from_days": self.low, "to_days": self.high, "deals": self.deals}


@dataclass(frozen=True)
class StagesReport:
    period: Period
    filters: Filters
    stages: tuple[StageTime, ...]
    cycle: tuple[CycleBucket, ...]
    won: int
    cycle_mean_days: float | None
    cycle_median_days: float | None

    def as_json(self) -> dict:
        return {
            "period": self.period.as_json(),
            "stages": [s.as_json() for s in self.stages],
            "cycle": {
                "won": self.won,
                "mean_days": self.cycle_mean_days,
                "median_days": self.cycle_median_days,
                "buckets": [b.as_json() for b in self.cycle],
            },
        }


def _stage_times(session: Session, period: Period, filters: Filters) -> tuple[StageTime, ...]:
    dialect = dialect_of(session)
    pipelines = sales_pipeline_ids(session, filters.pipeline_id)
    # Each change out of an open stage ends a stay; it began with the deal's
    # change before (one index step back along the deal's changes).
    left = StageChange
    began = previous_change(left)
    stays = select(
        left.from_stage_id.label("stage_id"),
        (day_number(dialect, left.changed_at) - day_number(dialect, began)).label("days"),
    ).where(
        left.from_status == DealStatus.OPEN.value,
        left.from_pipeline_id.in_(pipelines),
        left.changed_at >= period.since,
        left.changed_at < period.until,
    )
    if filters.owner_id is not None:
        stays = stays.join(Deal, Deal.id == left.deal_id).where(Deal.owner_id == filters.owner_id)
    # Materialised: each stay's days are computed once, not once per use.
    table = stays.cte("stays").prefix_with("MATERIALIZED")
    figures = {
        g: (n, mean, median)
        for g, n, mean, median in session.execute(distribution(dialect, table, "stage_id", "days"))
    }
    rows = session.execute(
        select(Stage.id, Pipeline.name, Stage.name, Stage.rot_days)
        .join(Pipeline, Pipeline.id == Stage.pipeline_id)
        .where(Stage.pipeline_id.in_(pipelines))
        .order_by(Pipeline.position, Pipeline.id, Stage.position)
    ).all()
    out = []
    for stage_id, pipeline, name, rot_days in rows:
        n, mean, median = figures.get(stage_id, (0, None, None))
        out.append(StageTime(stage_id, pipeline, name, rot_days, int(n), mean, median))
    return tuple(out)


def won_in(period: Period, filters: Filters):
    """The conditions of "won in the period" under the filters."""
    conditions = [
        scanned(Deal.status) == DealStatus.WON.value,
        Deal.closed_at >= period.since,
        Deal.closed_at < period.until,
    ]
    if filters.pipeline_id is not None:
        conditions.append(Deal.pipeline_id == filters.pipeline_id)
    if filters.owner_id is not None:
        conditions.append(Deal.owner_id == filters.owner_id)
    return and_(*conditions)


def _cycle(session: Session, period: Period, filters: Filters):
    """One statement: an hourly histogram of the won deals' cycles, a running
    total over it for the median, and the buckets added up from it."""
    dialect = dialect_of(session)
    days = day_number(dialect, Deal.closed_at) - day_number(dialect, Deal.created_at)
    cycles = select(days.label("days")).where(won_in(period, filters)).subquery("cycles")
    # One expression object for the selected and the grouped hour: built twice,
    # its bound parameters would differ and PostgreSQL would refuse the GROUP BY.
    hour = whole(dialect, cycles.c.days * 24.0)
    hist = (
        select(hour.label("hr"), func.count().label("n"), func.sum(cycles.c.days).label("s"))
        .group_by(hour)
        .subquery("hist")
    )
    running = select(
        hist.c.hr, hist.c.n, hist.c.s,
        func.sum(hist.c.n).over(order_by=hist.c.hr).label("cum"),
        func.sum(hist.c.n).over().label("tot"),
    ).subquery("running")  # fmt: skip
    lows = (0, *(h + 1 for h in CYCLE_BUCKETS))
    highs = (*CYCLE_BUCKETS, None)
    # Whole days: a cycle of 7 days and 5 hours is one of 7 days.
    buckets = [
        func.sum(case((running.c.hr < (high + 1) * 24 if high is not None else true(),
                       case((running.c.hr >= low * 24, running.c.n), else_=0)), else_=0))
        for low, high in zip(lows, highs, strict=True)
    ]  # fmt: skip
    row = session.execute(
        select(
            func.sum(running.c.n),
            func.sum(running.c.s) / func.sum(running.c.n),
            func.min(case((running.c.cum * 2 >= running.c.tot, running.c.hr))) / 24.0,
            *buckets,
        )
    ).one()
    counts = [int(n or 0) for n in row[3:]]
    out = tuple(CycleBucket(low, high, n) for low, high, n in zip(lows, highs, counts, strict=True))
    return out, int(row[0] or 0), row[1], row[2]


def stage_times(session: Session, period: Period, filters: Filters = NO_FILTERS) -> StagesReport:
    buckets, won, mean, median = _cycle(session, period, filters)
    return StagesReport(
        period, filters, _stage_times(session, period, filters), buckets, won, mean, median
    )
