"""Every report as plain tables: the rows the page shows beside its chart, the
CLI prints and the CSV/XLSX export writes. Column titles here are English (the
CLI's); the page translates them by `key`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from funnel.reports.activity import ActivityReport
from funnel.reports.conversion import ConversionReport
from funnel.reports.forecast import Bucket, ForecastReport
from funnel.reports.stages import StagesReport
from funnel.reports.trend import TrendReport
from funnel.reports.velocity import VelocityReport
from funnel.reports.wins import RateRow, WinsReport


class Kind:
    TEXT = "text"
    COUNT = "count"
    MONEY = "money"
    DAYS = "days"
    PERCENT = "percent"  # a ratio 0..1
    MONTH = "month"  # a date, its month shown
    DATE = "date"


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: str = Kind.TEXT


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]


def _c(key: str, title: str, kind: str = Kind.TEXT) -> Column:
    return Column(key, title, kind)


def conversion_tables(r: ConversionReport) -> list[Table]:
    cols = (
        _c("stage", "Stage"), _c("entered", "Entered", Kind.COUNT),
        _c("advanced", "Reached next", Kind.COUNT), _c("dropped", "Dropped", Kind.COUNT),
        _c("advance_rate", "To next", Kind.PERCENT), _c("won", "Won", Kind.COUNT),
        _c("win_rate", "Won of entered", Kind.PERCENT),
    )  # fmt: skip
    rows = tuple(
        (s.name, s.entered, s.advanced, s.dropped, s.advance_rate, s.won, s.win_rate)
        for s in r.stages
    )
    return [Table("conversion", "Conversion", cols, rows)]


def stages_tables(r: StagesReport) -> list[Table]:
    cols = (
        _c("pipeline", "Pipeline"), _c("stage", "Stage"), _c("left", "Left", Kind.COUNT),
        _c("median", "Median days", Kind.DAYS), _c("mean", "Average days", Kind.DAYS),
        _c("rot_days", "Limit (days)", Kind.COUNT),
    )  # fmt: skip
    rows = tuple(
        (s.pipeline, s.name, s.left, s.median_days, s.mean_days, s.rot_days) for s in r.stages
    )
    cycle_cols = (_c("from", "From (days)", Kind.COUNT), _c("to", "To (days)", Kind.COUNT),
                  _c("deals", "Won deals", Kind.COUNT))  # fmt: skip
    cycle = tuple((b.low, b.high, b.deals) for b in r.cycle)
    return [
        Table("stages", "Time in stage", cols, rows),
        Table("cycle", "Sales cycle", cycle_cols, cycle),
    ]


def _rates(key: str, title: str, name: str, rows: tuple[RateRow, ...]) -> Table:
    cols = (
        _c("name", name), _c("won", "Won", Kind.COUNT), _c("lost", "Lost", Kind.COUNT),
        _c("win_rate", "Win rate", Kind.PERCENT), _c("won_value", "Won value", Kind.MONEY),
    )  # fmt: skip
    return Table(
        key, title, cols, tuple((r.name, r.won, r.lost, r.win_rate, r.won_value) for r in rows)
    )


def wins_tables(r: WinsReport) -> list[Table]:
    cols = (
        _c("month", "Month", Kind.MONTH), _c("won", "Won", Kind.COUNT),
        _c("won_value", "Won value", Kind.MONEY), _c("lost", "Lost", Kind.COUNT),
        _c("lost_value", "Lost value", Kind.MONEY), _c("win_rate", "Win rate", Kind.PERCENT),
    )  # fmt: skip
    months = tuple(
        (m.month, m.won, m.won_value, m.lost, m.lost_value, m.win_rate) for m in r.months
    )
    reasons = (_c("reason", "Lost reason"), _c("deals", "Deals", Kind.COUNT),
               _c("value", "Value", Kind.MONEY))  # fmt: skip
    return [
        Table("months", "Won and lost by month", cols, months),
        _rates("owners", "Win rate by owner", "Owner", r.by_owner),
        _rates("sources", "Win rate by source", "Source", r.by_source),
        _rates("pipelines", "Win rate by pipeline", "Pipeline", r.by_pipeline),
        Table("reasons", "Lost reasons", reasons,
              tuple((x.reason, x.deals, x.value) for x in r.lost_reasons)),
        Table("win_reasons", "Win reasons",
              (_c("reason", "Win reason"), *reasons[1:]),
              tuple((x.reason, x.deals, x.value) for x in r.win_reasons)),
    ]  # fmt: skip


BUCKET_TITLES = {Bucket.OVERDUE: "Overdue", Bucket.LATER: "Later", Bucket.NO_DATE: "No date"}


def forecast_tables(r: ForecastReport) -> list[Table]:
    cols = (
        _c("bucket", "Expected close"), _c("deals", "Deals", Kind.COUNT),
        _c("value", "Value", Kind.MONEY), _c("weighted", "Weighted", Kind.MONEY),
    )  # fmt: skip
    rows = tuple(
        (row.month if row.month else BUCKET_TITLES[row.kind], row.deals, row.value, row.weighted)
        for row in r.rows
    )
    last = r.last_month
    last_cols = (
        _c("month", "Month", Kind.MONTH), _c("forecast_deals", "Forecast deals", Kind.COUNT),
        _c("forecast_value", "Forecast value", Kind.MONEY),
        _c("forecast_weighted", "Forecast weighted", Kind.MONEY),
        _c("won_deals", "Won deals", Kind.COUNT), _c("won_value", "Won value", Kind.MONEY),
    )  # fmt: skip
    last_row = (last.month, last.forecast_deals, last.forecast_value, last.forecast_weighted,
                last.won_deals, last.won_value)  # fmt: skip
    return [
        Table("forecast", "Forecast", cols, rows),
        Table("last_month", "Last month: forecast and won", last_cols, (last_row,)),
    ]


def trend_tables(r: TrendReport) -> list[Table]:
    cols = (
        _c("week", "Week of", Kind.DATE), _c("open", "Open", Kind.COUNT),
        _c("value", "Value", Kind.MONEY), _c("stalled", "Stalled", Kind.COUNT),
        _c("source", "Source"),
    )  # fmt: skip
    rows = tuple(
        (w.week_of, w.open_count, w.value, w.stalled, "snapshot" if w.from_snapshot else "history")
        for w in r.weeks
    )
    return [Table("trend", "Pipeline trend", cols, rows)]


def activity_tables(r: ActivityReport) -> list[Table]:
    owner_cols = (
        _c("owner", "Owner"), _c("calls", "Calls", Kind.COUNT), _c("emails", "E-mails", Kind.COUNT),
        _c("meetings", "Meetings", Kind.COUNT), _c("overdue", "Overdue", Kind.COUNT),
    )  # fmt: skip
    week_cols = (
        _c("week", "Week of", Kind.DATE), _c("owner", "Owner"), _c("calls", "Calls", Kind.COUNT),
        _c("emails", "E-mails", Kind.COUNT), _c("meetings", "Meetings", Kind.COUNT),
    )  # fmt: skip
    return [
        Table("owners", "Activity by owner", owner_cols,
              tuple((o.owner, o.calls, o.emails, o.meetings, o.overdue) for o in r.owners)),
        Table("weeks", "Activity by week", week_cols,
              tuple((w.week_of, w.owner, w.calls, w.emails, w.meetings) for w in r.weeks)),
    ]  # fmt: skip


def velocity_tables(r: VelocityReport) -> list[Table]:
    cols = (
        _c("group", "Group"), _c("name", "Name"), _c("open", "Open", Kind.COUNT),
        _c("win_rate", "Win rate", Kind.PERCENT), _c("average", "Average won", Kind.MONEY),
        _c("cycle", "Cycle days", Kind.DAYS), _c("per_day", "Per day", Kind.MONEY),
        _c("before", "Previous per day", Kind.MONEY),
    )  # fmt: skip
    rows = tuple(
        (v.group, v.name, v.now.open_count, v.now.win_rate, v.now.average_won, v.now.cycle,
         v.now.per_day, v.before.per_day)
        for v in r.rows
    )  # fmt: skip
    return [Table("velocity", "Sales velocity", cols, rows)]


def tables_of(report: Any) -> list[Table]:
    # One isinstance per kind, so each call sees its report's own type.
    if isinstance(report, ConversionReport):
        return conversion_tables(report)
    if isinstance(report, StagesReport):
        return stages_tables(report)
    if isinstance(report, WinsReport):
        return wins_tables(report)
    if isinstance(report, ForecastReport):
        return forecast_tables(report)
    if isinstance(report, TrendReport):
        return trend_tables(report)
    if isinstance(report, ActivityReport):
        return activity_tables(report)
    if isinstance(report, VelocityReport):
        return velocity_tables(report)
    raise TypeError(f"not a report: {type(report).__name__}")
