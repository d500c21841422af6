"""Pipeline trend: open deals, their value and the stalled ones, week by week.

Rules:
- A week runs Monday to Sunday; its figures are as of the end of its Sunday
  (or of the period's last day, or of today, whichever comes first).
- Open deals are those in a stage of a sales pipeline then; parked deals are
  not in the pipeline. The past is rebuilt from the stage history: each stay
  adds one deal when it starts and takes it away when it ends; value is the
  deal's value now (values are not historised).
- A deal is stalled from the day its days in the stage exceed the stage's
  `rot_days`, in calendar days (the business-days setting of the stall rule is
  not applied to the past).
- Where a finished weekly clean-up kept a snapshot in that week, and no
  pipeline or owner filter is set (a snapshot covers every sales pipeline and
  owner), the snapshot's figures are shown instead, marked as such.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import (
    Float,
    and_,
    case,
    cast,
    func,
    literal,
    literal_column,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from funnel.cleanup.summary import PipelineFigures
from funnel.reports.period import NO_FILTERS, Filters, Period
from funnel.reports.sql import (
    day_number,
    day_number_of,
    dialect_of,
    next_change,
    open_between,
    sales_pipeline_ids,
    whole,
)
from funnel.store.models import Deal, DealStatus, Review, Stage, StageChange, from_cents


@dataclass(frozen=True)
class TrendWeek:
    week_of: date  # its Monday
    as_of: date  # the day its figures describe
    open_count: int
    value: Decimal
    stalled: int
    from_snapshot: bool

    def as_json(self) -> dict:
        return {
            "week_of": self.week_of.isoformat(),
            "as_of": self.as_of.isoformat(),
            "open": self.open_count,
            "value": float(self.value),
            "stalled": self.stalled,
            "source": "snapshot" if self.from_snapshot else "history",
        }


@dataclass(frozen=True)
class TrendReport:
    period: Period
    filters: Filters
    weeks: tuple[TrendWeek, ...]

    def as_json(self) -> dict:
        return {"period": self.period.as_json(), "weeks": [w.as_json() for w in self.weeks]}


def _weeks(period: Period, today: date) -> list[tuple[date, date]]:
    """(Monday, as-of day) of every week the period touches, up to today."""
    last_day = min(period.end, today)
    monday = period.start - timedelta(days=period.start.weekday())
    out = []
    while monday <= last_day:
        out.append((monday, min(monday + timedelta(days=6), last_day)))
        monday += timedelta(days=7)
    return out


def _deltas(session: Session, filters: Filters, first: date, stop: datetime) -> dict[int, tuple]:
    """Per week index (-1: before the first week): the change in open count,
    value and stalled count. One pass over the stays, three kinds of event."""
    dialect = dialect_of(session)
    sc = StageChange
    # Each change into an open sales stage starts a stay; the deal's next change
    # (one index step along its changes) ends it. Materialised: read once.
    raw = (
        select(
            # Day numbers computed here, once per stay: the weeks below use
            # each of them several times.
            day_number(dialect, sc.changed_at).label("start"),
            day_number(dialect, next_change(sc)).label("end"),
            Stage.rot_days.label("rot_days"),
            Deal.value_cents.label("cents"),
        )
        .join(Stage, Stage.id == sc.to_stage_id)
        .join(Deal, Deal.id == sc.deal_id)
        .where(
            sc.to_status == DealStatus.OPEN.value,
            sc.to_pipeline_id.in_(sales_pipeline_ids(session, filters.pipeline_id)),
            sc.deal_id.in_(open_between(datetime.combine(first, time()), stop)),
            sc.changed_at < stop,
        )
    )
    if filters.owner_id is not None:
        raw = raw.where(Deal.owner_id == filters.owner_id)
    r = raw.cte("raw").prefix_with("MATERIALIZED")
    origin, limit = day_number_of(first), day_number_of(stop)
    days = r

    def week(moment):
        return case((moment < origin, -1), else_=whole(dialect, (moment - origin) / 7.0))

    # Stalled from the first moment of the day after `rot_days` full days.
    stall = cast(whole(dialect, days.c.start) + days.c.rot_days + 1, Float)
    stalls = and_(
        days.c.rot_days.is_not(None),
        or_(days.c.end.is_(None), stall < days.c.end),
        stall < limit,
    )
    # The stays grouped by the weeks they start, end and stall in: a few
    # thousand groups, which the four kinds of event then add up.
    g = (
        select(
            week(days.c.start).label("ws"),
            case((days.c.end < limit, week(days.c.end))).label("we"),
            case((stalls, week(stall))).label("wst"),
            func.count().label("n"),
            func.sum(days.c.cents).label("v"),
        )
        .group_by(literal_column("ws"), literal_column("we"), literal_column("wst"))
        .cte("weeks")
        .prefix_with("MATERIALIZED")
    )
    zero = literal(0)
    events = union_all(
        select(g.c.ws.label("w"), func.sum(g.c.n).label("n"), func.sum(g.c.v).label("v"),
               zero.label("s")).group_by(g.c.ws),
        select(g.c.we, -func.sum(g.c.n), -func.sum(g.c.v), zero)
        .where(g.c.we.is_not(None)).group_by(g.c.we),
        select(g.c.wst, zero, zero, func.sum(g.c.n))
        .where(g.c.wst.is_not(None)).group_by(g.c.wst),
        select(g.c.we, zero, zero, -func.sum(g.c.n))
        .where(g.c.wst.is_not(None), g.c.we.is_not(None)).group_by(g.c.we),
    ).subquery("events")  # fmt: skip
    rows = session.execute(
        select(
            events.c.w, func.sum(events.c.n), func.sum(events.c.v), func.sum(events.c.s)
        ).group_by(events.c.w)
    ).all()
    return {int(w): (int(n or 0), int(v or 0), int(s or 0)) for w, n, v, s in rows}


def _snapshots(session: Session, first: date, last: date) -> dict[date, PipelineFigures]:
    """The latest clean-up snapshot of each week, by its Monday."""
    out: dict[date, PipelineFigures] = {}
    for finished_on, snapshot in session.execute(
        select(Review.finished_on, Review.snapshot)
        .where(Review.finished_on >= first, Review.finished_on <= last)
        .order_by(Review.finished_at)
    ):
        figures = PipelineFigures.from_json(snapshot)
        if figures is not None:
            out[finished_on - timedelta(days=finished_on.weekday())] = figures
    return out


def trend(
    session: Session, period: Period, filters: Filters = NO_FILTERS, *, today: date
) -> TrendReport:
    weeks = _weeks(period, today)
    if not weeks:
        return TrendReport(period, filters, ())
    first = weeks[0][0]
    stop = datetime.combine(weeks[-1][1] + timedelta(days=1), time())
    deltas = _deltas(session, filters, first, stop)
    snapshots = (
        _snapshots(session, first, weeks[-1][1])
        if filters.pipeline_id is None and filters.owner_id is None
        else {}
    )
    count, cents, stalled = deltas.get(-1, (0, 0, 0))
    out = []
    # A running total over the weeks (a few dozen), not over deals.
    for i, (monday, as_of) in enumerate(weeks):
        n, v, s = deltas.get(i, (0, 0, 0))
        count, cents, stalled = count + n, cents + v, stalled + s
        snap = snapshots.get(monday)
        if snap is not None:
            total = sum(snap.value.values(), Decimal(0))
            out.append(TrendWeek(monday, as_of, snap.open_count, total, snap.stalled, True))
        else:
            out.append(TrendWeek(monday, as_of, count, from_cents(cents), stalled, False))
    return TrendReport(period, filters, tuple(out))
