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

from sqlalchemy import Float, case, cast, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from funnel.cleanup.summary import PipelineFigures
from funnel.reports.period import NO_FILTERS, Filters, Period
from funnel.reports.sql import (
    day_number,
    day_number_of,
    dialect_of,
    sales_pipeline_ids,
    stints,
    whole,
)
from funnel.store.models import Deal, DealStatus, Review, Stage, from_cents


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
    s = stints(dialect, datetime.combine(first, time()), stop)
    origin = day_number_of(first)
    start = day_number(dialect, s.c.entered_at)
    end = day_number(dialect, s.c.left_at)
    # Stalled from the first moment of the day after `rot_days` full days.
    stall = whole(dialect, start) + Stage.rot_days + 1
    stays = (
        select(
            start.label("start"),
            end.label("end"),
            case(
                (Stage.rot_days.is_(None), None),
                (or_(s.c.left_at.is_(None), cast(stall, Float) < end), cast(stall, Float)),
            ).label("stall"),
            Deal.value_cents.label("cents"),
        )
        .select_from(s)
        .join(Stage, Stage.id == s.c.stage_id)
        .join(Deal, Deal.id == s.c.deal_id)
        .where(
            s.c.status == DealStatus.OPEN.value,
            s.c.pipeline_id.in_(sales_pipeline_ids(session, filters.pipeline_id)),
            s.c.entered_at < stop,
        )
    )
    if filters.owner_id is not None:
        stays = stays.where(Deal.owner_id == filters.owner_id)
    st = stays.cte("stays")
    limit = day_number_of(stop)

    def week(moment):
        return case((moment < origin, -1), else_=whole(dialect, (moment - origin) / 7.0))

    events = union_all(
        select(week(st.c.start).label("w"), literal(1).label("n"), st.c.cents.label("v"),
               literal(0).label("s")),
        select(week(st.c.end), literal(-1), -st.c.cents, literal(0)).where(st.c.end < limit),
        select(week(st.c.stall), literal(0), literal(0), literal(1)).where(st.c.stall < limit),
        select(week(st.c.end), literal(0), literal(0), literal(-1)).where(
            st.c.stall.is_not(None), st.c.end < limit
        ),
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
