"""The words of the Reports page that come from the domain: report names,
column titles (the English ones of `funnel.reports.tables`), bucket names.
Marked here so lupdate collects them; translated when shown."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

REPORT_TITLES = {
    "conversion": QT_TRANSLATE_NOOP("Reports", "Conversion"),
    "stages": QT_TRANSLATE_NOOP("Reports", "Time in stage"),
    "wins": QT_TRANSLATE_NOOP("Reports", "Won and lost"),
    "forecast": QT_TRANSLATE_NOOP("Reports", "Forecast"),
    "trend": QT_TRANSLATE_NOOP("Reports", "Pipeline trend"),
    "activity": QT_TRANSLATE_NOOP("Reports", "Activity"),
    "velocity": QT_TRANSLATE_NOOP("Reports", "Sales velocity"),
}

# Every column and table title of funnel/reports/tables.py.
_TITLES = (
    QT_TRANSLATE_NOOP("ReportColumns", "Stage"),
    QT_TRANSLATE_NOOP("ReportColumns", "Entered"),
    QT_TRANSLATE_NOOP("ReportColumns", "Reached next"),
    QT_TRANSLATE_NOOP("ReportColumns", "Dropped"),
    QT_TRANSLATE_NOOP("ReportColumns", "To next"),
    QT_TRANSLATE_NOOP("ReportColumns", "Won"),
    QT_TRANSLATE_NOOP("ReportColumns", "Won of entered"),
    QT_TRANSLATE_NOOP("ReportColumns", "Pipeline"),
    QT_TRANSLATE_NOOP("ReportColumns", "Left"),
    QT_TRANSLATE_NOOP("ReportColumns", "Median days"),
    QT_TRANSLATE_NOOP("ReportColumns", "Average days"),
    QT_TRANSLATE_NOOP("ReportColumns", "Limit (days)"),
    QT_TRANSLATE_NOOP("ReportColumns", "From (days)"),
    QT_TRANSLATE_NOOP("ReportColumns", "To (days)"),
    QT_TRANSLATE_NOOP("ReportColumns", "Won deals"),
    QT_TRANSLATE_NOOP("ReportColumns", "Lost"),
    QT_TRANSLATE_NOOP("ReportColumns", "Win rate"),
    QT_TRANSLATE_NOOP("ReportColumns", "Won value"),
    QT_TRANSLATE_NOOP("ReportColumns", "Month"),
    QT_TRANSLATE_NOOP("ReportColumns", "Lost value"),
    QT_TRANSLATE_NOOP("ReportColumns", "Lost reason"),
    QT_TRANSLATE_NOOP("ReportColumns", "Win reason"),
    QT_TRANSLATE_NOOP("ReportColumns", "Deals"),
    QT_TRANSLATE_NOOP("ReportColumns", "Value"),
    QT_TRANSLATE_NOOP("ReportColumns", "Owner"),
    QT_TRANSLATE_NOOP("ReportColumns", "Source"),
    QT_TRANSLATE_NOOP("ReportColumns", "Expected close"),
    QT_TRANSLATE_NOOP("ReportColumns", "Weighted"),
    QT_TRANSLATE_NOOP("ReportColumns", "Forecast deals"),
    QT_TRANSLATE_NOOP("ReportColumns", "Forecast value"),
    QT_TRANSLATE_NOOP("ReportColumns", "Forecast weighted"),
    QT_TRANSLATE_NOOP("ReportColumns", "Week of"),
    QT_TRANSLATE_NOOP("ReportColumns", "Open"),
    QT_TRANSLATE_NOOP("ReportColumns", "Stalled"),
    QT_TRANSLATE_NOOP("ReportColumns", "Calls"),
    QT_TRANSLATE_NOOP("ReportColumns", "E-mails"),
    QT_TRANSLATE_NOOP("ReportColumns", "Meetings"),
    QT_TRANSLATE_NOOP("ReportColumns", "Overdue"),
    QT_TRANSLATE_NOOP("ReportColumns", "Group"),
    QT_TRANSLATE_NOOP("ReportColumns", "Name"),
    QT_TRANSLATE_NOOP("ReportColumns", "Average won"),
    QT_TRANSLATE_NOOP("ReportColumns", "Cycle days"),
    QT_TRANSLATE_NOOP("ReportColumns", "Per day"),
    QT_TRANSLATE_NOOP("ReportColumns", "Previous per day"),
    # table titles
    QT_TRANSLATE_NOOP("ReportColumns", "Conversion"),
    QT_TRANSLATE_NOOP("ReportColumns", "Time in stage"),
    QT_TRANSLATE_NOOP("ReportColumns", "Sales cycle"),
    QT_TRANSLATE_NOOP("ReportColumns", "Won and lost by month"),
    QT_TRANSLATE_NOOP("ReportColumns", "Win rate by owner"),
    QT_TRANSLATE_NOOP("ReportColumns", "Win rate by source"),
    QT_TRANSLATE_NOOP("ReportColumns", "Win rate by pipeline"),
    QT_TRANSLATE_NOOP("ReportColumns", "Lost reasons"),
    QT_TRANSLATE_NOOP("ReportColumns", "Win reasons"),
    QT_TRANSLATE_NOOP("ReportColumns", "Forecast"),
    QT_TRANSLATE_NOOP("ReportColumns", "Last month: forecast and won"),
    QT_TRANSLATE_NOOP("ReportColumns", "Pipeline trend"),
    QT_TRANSLATE_NOOP("ReportColumns", "Activity by owner"),
    QT_TRANSLATE_NOOP("ReportColumns", "Activity by week"),
    QT_TRANSLATE_NOOP("ReportColumns", "Sales velocity"),
    # cell words
    QT_TRANSLATE_NOOP("ReportColumns", "Later"),
    QT_TRANSLATE_NOOP("ReportColumns", "No date"),
    QT_TRANSLATE_NOOP("ReportColumns", "snapshot"),
    QT_TRANSLATE_NOOP("ReportColumns", "history"),
    QT_TRANSLATE_NOOP("ReportColumns", "all"),
    QT_TRANSLATE_NOOP("ReportColumns", "pipeline"),
    QT_TRANSLATE_NOOP("ReportColumns", "owner"),
)


def report_title(key: str) -> str:
    return QCoreApplication.translate("Reports", REPORT_TITLES[key])


def column_text(english: str) -> str:
    return QCoreApplication.translate("ReportColumns", english)
