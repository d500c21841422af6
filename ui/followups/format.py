"""Dates, times and kinds as the follow-up screens (Today, snooze, park, the
activity dialogs) say them. Patterns are translatable, so each language puts
day, month and weekday in its own order; QLocale supplies the names."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QWidget

from funnel.store.models import ActivityKind
from ui.i18n import day_text, qdate, time_text


def kind_name(kind: str) -> str:
    names = {
        ActivityKind.CALL.value: QCoreApplication.translate("Followups", "Call"),
        ActivityKind.EMAIL.value: QCoreApplication.translate("Followups", "E-mail"),
        ActivityKind.MEETING.value: QCoreApplication.translate("Followups", "Meeting"),
        ActivityKind.TASK.value: QCoreApplication.translate("Followups", "Task"),
    }
    return names.get(kind, kind)


def long_date(day: date) -> str:
    """'23 Feb 2027'."""
    pattern = QCoreApplication.translate(
        "Followups", "d MMM yyyy", "a date as QDate patterns write it: 23 Feb 2027"
    )
    return QLocale().toString(qdate(day), pattern)


def weekday_date(day: date, today: date) -> str:
    """'Wed 25 Nov' (with the year when it is not this year's)."""
    if day.year == today.year:
        pattern = QCoreApplication.translate(
            "Followups", "ddd d MMM", "weekday, day and month: Wed 25 Nov"
        )
    else:
        pattern = QCoreApplication.translate(
            "Followups", "ddd d MMM yyyy", "weekday, day, month and year: Wed 25 Nov 2027"
        )
    return QLocale().toString(qdate(day), pattern)


def relative_day(day: date, today: date) -> str:
    """'Today', 'Tomorrow', 'Yesterday', else 'Wed 25 Nov'."""
    if abs((day - today).days) <= 1:
        return day_text(day, today)
    return weekday_date(day, today)


def moment_text(day: date, at: time | None, today: date) -> str:
    """'Tomorrow, 09:00' or 'Wed 25 Nov'."""
    text = relative_day(day, today)
    if at is None:
        return text
    return (
        QCoreApplication.translate("Followups", "%1, %2", "day, time")
        .replace("%1", text)
        .replace("%2", time_text(at))
    )


def date_edit_format() -> str:
    """How date boxes show a date: 'Wed 25 Nov 2026', unmistakable in any order."""
    return QCoreApplication.translate("Followups", "ddd d MMM yyyy", "a date box: Wed 25 Nov 2026")


def themed_icon(widget: QWidget, name: str, fallback: QStyle.StandardPixmap) -> QIcon:
    return QIcon.fromTheme(name, widget.style().standardIcon(fallback))
