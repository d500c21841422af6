"""SQL pieces whose spelling differs between SQLite and PostgreSQL.

Services call these instead of writing `julianday` (SQLite) or date
subtraction (PostgreSQL) themselves, so a later team mode on PostgreSQL
changes one file.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Integer, cast, func
from sqlalchemy.orm import Session


def dialect_name(session: Session) -> str:
    return session.get_bind().dialect.name


def days_between(session: Session, later: ColumnElement, earlier: ColumnElement) -> ColumnElement:
    """Whole days from `earlier` to `later` (two dates), as an integer column."""
    if dialect_name(session) == "postgresql":
        return later - earlier  # date - date is a whole number of days there
    return cast(func.julianday(later) - func.julianday(earlier), Integer)
