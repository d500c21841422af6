"""One chart per report, in the app's palette, numbers in the user's locale."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from funnel.reports.activity import ActivityReport
from funnel.reports.conversion import ConversionReport
from funnel.reports.forecast import Bucket, ForecastReport
from funnel.reports.stages import StagesReport
from funnel.reports.trend import TrendReport
from funnel.reports.velocity import VelocityReport
from funnel.reports.wins import WinsReport
from ui.board.delegate import STALLED, mix
from ui.i18n import qdate
from ui.reports.text import column_text

MUTED = QColor("#8a94a6")
WARM = QColor("#d9a20b")


def _palette() -> QPalette:
    return QApplication.palette()


def accent() -> QColor:
    return _palette().color(QPalette.ColorRole.Highlight)


def light() -> QColor:
    return mix(accent(), _palette().color(QPalette.ColorRole.Base), 0.5)


def _styled(chart: QChart) -> QChart:
    palette = _palette()
    chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    text = palette.color(QPalette.ColorRole.Text)
    chart.setTitleBrush(text)
    chart.legend().setLabelColor(text)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    grid = mix(palette.color(QPalette.ColorRole.Base), text, 0.15)
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setGridLineColor(grid)
        axis.setLinePenColor(grid)
        font = QFont(axis.labelsFont())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        axis.setLabelsFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLocalizeNumbers(True)  # axis numbers in the user's digits
    chart.setLocale(QLocale())
    return chart


def _bar_set(name: str, values, color: QColor) -> QBarSet:
    bars = QBarSet(name)
    bars.append([float(v or 0) for v in values])
    bars.setColor(color)
    bars.setBorderColor(color)
    return bars


def bar_chart(categories, sets, *, stacked=False, horizontal=False, label_format="") -> QChart:
    chart = QChart()
    series = (
        QHorizontalBarSeries() if horizontal else QStackedBarSeries() if stacked else QBarSeries()
    )
    for name, values, color in sets:
        series.append(_bar_set(name, values, color))
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append(list(categories) or [""])
    values = QValueAxis()
    values.setLabelFormat(label_format or "%.0f")
    if horizontal:
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    series.attachAxis(values)
    # The scale holds the tallest bar, or the tallest stack, with round ticks.
    columns = [[float(v or 0) for v in vs] for _, vs, _ in sets]
    heights = (
        [sum(c) for c in zip(*columns, strict=True)] if stacked else [v for c in columns for v in c]
    )
    values.setRange(0, max([1.0, *heights]))
    values.applyNiceNumbers()
    if len(sets) == 1:
        chart.legend().hide()
    return _styled(chart)


def _month(day) -> str:
    return QLocale().toString(qdate(day), "MMM yy")


def conversion_chart(r: ConversionReport) -> QChart:
    names = [s.name for s in reversed(r.stages)]
    return bar_chart(
        names,
        [
            (
                QCoreApplication.translate("ReportCharts", "Won"),
                [s.won for s in reversed(r.stages)],
                WARM,
            ),
            (
                QCoreApplication.translate("ReportCharts", "Reached the next stage"),
                [s.advanced for s in reversed(r.stages)],
                light(),
            ),
            (
                QCoreApplication.translate("ReportCharts", "Entered"),
                [s.entered for s in reversed(r.stages)],
                accent(),
            ),
        ],
        horizontal=True,
    )


def stages_chart(r: StagesReport) -> QChart:
    names = [s.name for s in r.stages]
    return bar_chart(
        names,
        [
            (
                QCoreApplication.translate("ReportCharts", "Median days"),
                [s.median_days for s in r.stages],
                accent(),
            ),
            (
                QCoreApplication.translate("ReportCharts", "Average days"),
                [s.mean_days for s in r.stages],
                light(),
            ),
            (
                QCoreApplication.translate("ReportCharts", "Limit (days)"),
                [s.rot_days for s in r.stages],
                STALLED,
            ),
        ],
    )


def wins_chart(r: WinsReport) -> QChart:
    return bar_chart(
        [_month(m.month) for m in r.months],
        [
            (
                QCoreApplication.translate("ReportCharts", "Won"),
                [m.won for m in r.months],
                accent(),
            ),
            (
                QCoreApplication.translate("ReportCharts", "Lost"),
                [m.lost for m in r.months],
                STALLED,
            ),
        ],
    )


def forecast_chart(r: ForecastReport) -> QChart:
    words = {Bucket.OVERDUE: column_text("Overdue"), Bucket.LATER: column_text("Later"),
             Bucket.NO_DATE: column_text("No date")}  # fmt: skip
    rows = [row for row in r.rows if row.kind != Bucket.MONTH or row.deals]
    return bar_chart(
        [_month(row.month) if row.month else words[row.kind] for row in rows],
        [
            (
                QCoreApplication.translate("ReportCharts", "Value"),
                [row.value for row in rows],
                light(),
            ),
            (
                QCoreApplication.translate("ReportCharts", "Weighted"),
                [row.weighted for row in rows],
                accent(),
            ),
        ],
    )


def trend_chart(r: TrendReport) -> QChart:
    """Weeks on a date axis: a year of weekly labels would not fit."""
    chart = QChart()
    days = QDateTimeAxis()
    english = QLocale().language() == QLocale.Language.English
    days.setFormat("MMM yy" if len(r.weeks) > 10 else "M/d" if english else "dd.MM")
    days.setTickCount(min(max(len(r.weeks), 2), 8))
    values = QValueAxis()
    values.setLabelFormat("%.0f")
    chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    top = 1.0
    lines = (
        (QCoreApplication.translate("ReportCharts", "Open deals"),
         [w.open_count for w in r.weeks], accent()),
        (QCoreApplication.translate("ReportCharts", "Stalled"),
         [w.stalled for w in r.weeks], STALLED),
    )  # fmt: skip
    for name, points, color in lines:
        series = QLineSeries()
        series.setName(name)
        for week, v in zip(r.weeks, points, strict=True):
            moment = QDateTime(qdate(week.as_of), QTime(12, 0))
            series.append(float(moment.toMSecsSinceEpoch()), float(v))
            top = max(top, float(v))
        pen = series.pen()
        pen.setColor(color)
        pen.setWidthF(2.0)
        series.setPen(pen)
        chart.addSeries(series)
        series.attachAxis(days)
        series.attachAxis(values)
    values.setRange(0, top * 1.1)
    values.applyNiceNumbers()
    return _styled(chart)


def activity_chart(r: ActivityReport) -> QChart:
    owners = list(r.owners)
    none = QCoreApplication.translate("Reports", "(none)")
    return bar_chart(
        [o.owner or none for o in owners],
        [
            (
                QCoreApplication.translate("ReportCharts", "Calls"),
                [o.calls for o in owners],
                accent(),
            ),
            (
                QCoreApplication.translate("ReportCharts", "E-mails"),
                [o.emails for o in owners],
                light(),
            ),
            (
                QCoreApplication.translate("ReportCharts", "Meetings"),
                [o.meetings for o in owners],
                WARM,
            ),
        ],
        stacked=True,
    )


def velocity_chart(r: VelocityReport) -> QChart:
    rows = [v for v in r.rows if v.group != "all"]
    none = QCoreApplication.translate("Reports", "(none)")
    return bar_chart(
        [v.name or none for v in rows],
        [
            (
                QCoreApplication.translate("ReportCharts", "This period, per day"),
                [v.now.per_day for v in rows],
                accent(),
            ),
            (
                QCoreApplication.translate("ReportCharts", "Previous period, per day"),
                [v.before.per_day for v in rows],
                MUTED,
            ),
        ],
    )


CHARTS = {
    ConversionReport: conversion_chart, StagesReport: stages_chart, WinsReport: wins_chart,
    ForecastReport: forecast_chart, TrendReport: trend_chart, ActivityReport: activity_chart,
    VelocityReport: velocity_chart,
}  # fmt: skip


def chart_of(report) -> QChart:
    return CHARTS[type(report)](report)
