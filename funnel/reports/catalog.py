"""The seven reports by name, for the `funnel report` command and the page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from funnel.reports.activity import activity
from funnel.reports.conversion import conversion
from funnel.reports.forecast import forecast
from funnel.reports.period import Filters, Period
from funnel.reports.stages import stage_times
from funnel.reports.trend import trend
from funnel.reports.velocity import velocity
from funnel.reports.wins import wins

REPORTS: dict[str, Callable[..., Any]] = {
    "conversion": lambda s, p, f, today: conversion(s, p, f),
    "stages": lambda s, p, f, today: stage_times(s, p, f),
    "wins": lambda s, p, f, today: wins(s, p, f),
    "forecast": lambda s, p, f, today: forecast(s, p, f, today=today),
    "trend": lambda s, p, f, today: trend(s, p, f, today=today),
    "activity": lambda s, p, f, today: activity(s, p, f, today=today),
    "velocity": lambda s, p, f, today: velocity(s, p, f, today=today),
}
NAMES = tuple(REPORTS)


def run_report(session: Session, name: str, period: Period, filters: Filters, *, today: date):
    return REPORTS[name](session, period, filters, today)


def report_currency(session: Session) -> str:
    """The currency report totals are shown in: the file's default one."""
    from funnel.store.settings import get_setting

    return str(get_setting(session, "default_currency", "USD"))
