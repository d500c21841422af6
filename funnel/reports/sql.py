"""SQL pieces the reports share, written once per dialect where SQL differs.

Day arithmetic is the one place SQLite and PostgreSQL disagree: SQLite has
`julianday()`, PostgreSQL `extract(epoch ...)`. Every report measures time as
a *day number* — days (with fractions) since 1970-01-01 — built here, so the
services stay portable (a PostgreSQL team mode is planned).

A deal's stays in stages come from its StageChange rows: each row into an
open status starts a stay in `to_stage_id`, and the deal's next row (whatever
it is: a move, a close, a park) ends it. A deal's rows are taken in the order
they were written (`id`): every writer appends a deal's changes as they happen
(moves, closes, imports and the demo write them in time order). That order
lets the previous or next change of a row be one step along the `deal_id`
index (which holds the row id), with no sort of every change: pairing each
row with its neighbour that way measured 230 ms of CPU against 300 ms for
`LEAD()` over the same rows, and 480 ms for `LEAD()` ordered by `changed_at`.

Reports that read the history first narrow it to the deals that can have been
open during the period (`open_between`): the others' changes only add and take
away the same stays.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    Float,
    Integer,
    Select,
    String,
    Subquery,
    case,
    cast,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from funnel.store.models import Deal, Pipeline, PipelineKind, StageChange

EPOCH = datetime(1970, 1, 1)
JULIAN_EPOCH = 2440587.5  # julianday('1970-01-01')
SECONDS_PER_DAY = 86400.0

# A column as the helpers take it: an expression, or a mapped attribute (`Deal.won_at`).
ColumnLike = ColumnElement[Any] | InstrumentedAttribute[Any]


def dialect_of(session: Session) -> str:
    return session.get_bind().dialect.name


def day_number(dialect: str, moment: ColumnLike) -> ColumnElement[float]:
    """Days since 1970-01-01 (fractional) of a stored datetime or date column."""
    if dialect == "sqlite":
        return func.julianday(moment) - JULIAN_EPOCH
    return cast(func.extract("epoch", moment), Float()) / SECONDS_PER_DAY


def day_number_of(moment: datetime | date) -> float:
    """The same day number, computed in Python for a bound parameter."""
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time())
    return (moment - EPOCH).total_seconds() / SECONDS_PER_DAY


def whole(dialect: str, value: ColumnElement) -> ColumnElement[int]:
    """The whole part of a non-negative number (SQLite's CAST truncates;
    PostgreSQL's rounds, so it floors first)."""
    if dialect == "sqlite":
        return cast(value, Integer)
    return cast(func.floor(value), Integer)


def month_key(dialect: str, moment: ColumnLike) -> ColumnElement[str]:
    """'YYYY-MM' of a date or datetime column."""
    if dialect == "sqlite":
        return func.strftime("%Y-%m", moment)
    return func.to_char(moment, "YYYY-MM")


def scanned(column: ColumnLike) -> ColumnElement[str]:
    """A status compared without its index: the closed deals are three quarters
    of the table, and reading the table in order beats walking the status
    index and fetching each row (measured 143 against 237 ms)."""
    # type_coerce: the column is typed with its enum, which would refuse the
    # empty string it is concatenated with.
    return type_coerce(column, String).concat("")


def sales_pipeline_ids(session: Session, pipeline_id: int | None) -> list[int]:
    """The pipelines a report covers: the one asked for, or every sales one."""
    if pipeline_id is not None:
        return [pipeline_id]
    return list(
        session.scalars(select(Pipeline.id).where(Pipeline.kind == PipelineKind.SALES.value))
    )


def open_between(since: datetime, until: datetime) -> Select:
    """The ids of the deals that can have been open at some moment of
    [since, until): created before `until`, and not closed for good before
    `since` (`closed_at` is the latest close; a reopened deal has none, or a
    later one). Every report that reads the history starts from these: the
    others' changes would only add and take away the same stays."""
    return select(Deal.id).where(
        Deal.created_at < until, or_(Deal.closed_at.is_(None), Deal.closed_at >= since)
    )


def previous_change(row: type[StageChange]) -> ColumnElement:
    """The moment of the deal's change before `row` (in the order they were
    written), as a correlated subquery served by the `deal_id` index."""
    before = aliased(StageChange)
    return (
        select(before.changed_at)
        .where(before.deal_id == row.deal_id, before.id < row.id)
        .order_by(before.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def next_change(row) -> ColumnElement:
    """The moment of the deal's change after `row`, NULL for its latest."""
    after = aliased(StageChange)
    return (
        select(after.changed_at)
        .where(after.deal_id == row.deal_id, after.id > row.id)
        .order_by(after.id)
        .limit(1)
        .scalar_subquery()
    )


def ratio(part: int | float, whole_: int | float) -> float | None:
    """part ÷ whole, or None when there is nothing to divide by."""
    return part / whole_ if whole_ else None


def distribution(dialect: str, rows: Subquery | CTE, group: str, days: str) -> Select:
    """Per `group`: how many rows, their mean `days` and their median, read to
    the hour from an hourly histogram (a running total over the histogram's
    buckets finds the middle; no sort of every row)."""
    g, d = rows.c[group], rows.c[days]
    # A negative stay (clocks set back) counts as none.
    positive = func.max(d, 0.0) if dialect == "sqlite" else func.greatest(d, 0.0)
    hour = whole(dialect, positive * 24.0)
    hist = (
        select(
            g.label("g"),
            hour.label("hr"),
            func.count().label("n"),
            func.sum(d).label("s"),
        )
        .group_by(g, hour)
        .subquery("hist")
    )
    running = select(
        hist.c.g,
        hist.c.hr,
        hist.c.n,
        hist.c.s,
        func.sum(hist.c.n).over(partition_by=hist.c.g, order_by=hist.c.hr).label("cum"),
        func.sum(hist.c.n).over(partition_by=hist.c.g).label("tot"),
    ).subquery("running")
    median_hour = func.min(case((running.c.cum * 2 >= running.c.tot, running.c.hr)))
    return select(
        running.c.g,
        func.sum(running.c.n).label("count"),
        (func.sum(running.c.s) / func.sum(running.c.n)).label("mean"),
        (median_hour / 24.0).label("median"),
    ).group_by(running.c.g)
