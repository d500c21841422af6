"""SQL pieces whose spelling differs between SQLite and PostgreSQL.

Services call these instead of writing `julianday` (SQLite) or date
subtraction (PostgreSQL) themselves, so a later team mode on PostgreSQL
changes one file.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Date, Integer, cast, func
from sqlalchemy.orm import InstrumentedAttribute, Session


def dialect_name(session: Session) -> str:
    return session.get_bind().dialect.name


def days_between(session: Session, later: ColumnElement, earlier: ColumnElement) -> ColumnElement:
    """Whole days from `earlier` to `later` (two dates), as an integer column."""
    if dialect_name(session) == "postgresql":
        return later - earlier  # date - date is a whole number of days there
    return cast(func.julianday(later) - func.julianday(earlier), Integer)


def day_of(
    session: Session, moment: ColumnElement[Any] | InstrumentedAttribute[Any]
) -> ColumnElement:
    """The date part of a stored (naive UTC) datetime."""
    if dialect_name(session) == "postgresql":
        return cast(moment, Date)
    return func.date(moment)


def plus_days(session: Session, day: ColumnElement, days: int) -> ColumnElement:
    """A date column moved by a whole number of days."""
    if dialect_name(session) == "postgresql":
        return day + int(days)
    return func.date(day, f"{int(days):+d} days")
