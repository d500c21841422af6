"""Bulk inserts of demo rows: one executemany per table and chunk.

The maker hands rows over as tuples already in SQLAlchemy's SQLite storage
form (datetimes as 'YYYY-MM-DD HH:MM:SS.ffffff', dates as ISO text, JSON as
text, booleans as 0/1). On SQLite the statement is compiled from Core
`insert(table)` once per table and the tuples go straight to the driver's
executemany: SQLAlchemy's per-row parameter processing would cost more than
SQLite's own work (measured 2–3× slower on the narrow `stage_change` rows).
Other databases get the ordinary Core executemany of dicts, with the values
turned back into Python objects.

Columns the demo does not fill (added by a later revision) get their Python
default, as Core would give them; columns the file does not have yet (an
older revision) are left out.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Date, DateTime, Table, Time, insert, inspect
from sqlalchemy.sql.schema import CallableColumnDefault, ScalarElementColumnDefault


def ts(moment: datetime) -> str:
    """A datetime as SQLAlchemy stores it in SQLite (microseconds always written,
    so text comparison orders moments correctly)."""
    return moment.isoformat(" ", "microseconds")


def day(value: date) -> str:
    return value.isoformat()


def clock_time(value: time) -> str:
    return value.isoformat("microseconds")


def python_value(column_type: Any) -> Callable[[Any], Any] | None:
    """The inverse of the storage form, for databases other than SQLite."""
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat
    if isinstance(column_type, Date):
        return date.fromisoformat
    if isinstance(column_type, Time):
        return time.fromisoformat
    if isinstance(column_type, JSON):
        return json.loads
    if isinstance(column_type, Boolean):
        return bool
    return None


def file_columns(conn: Connection, table: str) -> set[str]:
    if conn.dialect.name == "sqlite":
        return {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")}
    return {c["name"] for c in inspect(conn).get_columns(table)}


def _default(table: Table, name: str) -> Any:
    default = table.c[name].default
    if isinstance(default, ScalarElementColumnDefault):
        return default.arg
    if isinstance(default, CallableColumnDefault):
        return default.arg(None)  # type: ignore[arg-type]  # a context SQLAlchemy's own defaults ignore
    return None


class TableWriter:
    def __init__(self, conn: Connection, table: Table, columns: Sequence[str]) -> None:
        self.conn = conn
        self.table = table
        present = file_columns(conn, table.name)
        self.columns = tuple(columns)
        self.keys = [c for c in columns if c in present and c in table.c]
        self.sqlite = conn.dialect.name == "sqlite"
        compiled = insert(table).compile(dialect=conn.dialect, column_keys=self.keys)
        self.sql = compiled.string
        where = {c: i for i, c in enumerate(columns) if c in self.keys}
        order = list(compiled.positiontup or self.keys)
        # Per statement parameter: its index in the demo tuple, or a default value.
        self.plan = [(where.get(name), _default(table, name)) for name in order]
        if self.sqlite:
            self.plan = [
                (i, json.dumps(v) if isinstance(v, dict | list) else v) for i, v in self.plan
            ]
        self.passthrough = [i for i, _ in self.plan] == list(range(len(columns)))

    def write(self, rows: list[tuple]) -> None:
        if not rows:
            return
        if not self.sqlite:
            self.conn.execute(insert(self.table), [self._as_dict(r) for r in rows])
        elif self.passthrough:
            self.conn.exec_driver_sql(self.sql, rows)
        else:
            plan = self.plan
            self.conn.exec_driver_sql(
                self.sql, [tuple(v if i is None else r[i] for i, v in plan) for r in rows]
            )

    def _as_dict(self, row: tuple) -> dict:
        out = {}
        for name in self.keys:
            value = row[self.columns.index(name)]
            back = python_value(self.table.c[name].type)
            out[name] = back(value) if back is not None and value is not None else value
        return out
