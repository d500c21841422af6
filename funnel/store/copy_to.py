"""`funnel copy-to URL`: a local file into an empty team database, whole.

Every row keeps its id, so history rows, purchases, undo records and links
between clients stay as they were; the server's id counters are moved past
the copied ids. The copy is one transaction on the server: it lands whole or
not at all. Afterwards the row counts of every table and the money sums are
compared between the two, and a difference refuses the copy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Table, func, select, text, update

from funnel.errors import DatabaseError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store import models_campaigns, review_models  # noqa: F401  (their tables)
from funnel.store.database import Database
from funnel.store.models import Base

BATCH = 5000
NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Errors",
    "The team database {path} already holds data ({table}: {count} rows); "
    "copy-to only fills an empty one, so nothing was copied.",
)
MISMATCH = QT_TRANSLATE_NOOP(
    "Errors", "The copy did not match the file ({what}); nothing was copied."
)
# Money columns whose sums must agree after the copy.
SUMS = {"deal": "value_cents", "purchase": "amount_cents"}

Progress = Callable[[str, int], None]


@dataclass
class CopyReport:
    rows: dict[str, int] = field(default_factory=dict)
    sums: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name != "alembic_version"]


def _self_links(table: Table) -> list[str]:
    return [
        fk.parent.name
        for fk in table.foreign_keys
        if fk.column.table is table and fk.parent.nullable
    ]


def _figures(conn: Connection) -> CopyReport:
    report = CopyReport()
    for table in _tables():
        report.rows[table.name] = conn.scalar(select(func.count()).select_from(table)) or 0
        if (column := SUMS.get(table.name)) is not None and column in table.c:
            report.sums[table.name] = int(
                conn.scalar(select(func.coalesce(func.sum(table.c[column]), 0))) or 0
            )
    return report


def _copy_table(source: Connection, target: Connection, table: Table) -> int:
    links = _self_links(table)
    later: list[dict] = []
    copied = 0
    result = source.execution_options(yield_per=BATCH).execute(
        select(table).order_by(*table.primary_key.columns)
    )
    for chunk in result.mappings().partitions(BATCH):
        rows = [dict(r) for r in chunk]
        if links:  # a row may point at one copied later: link once all are in
            for row in rows:
                pending = {c: row[c] for c in links if row[c] is not None}
                if pending:
                    later.append({"_id": row["id"], **pending})
                    for c in pending:
                        row[c] = None
        target.execute(table.insert(), rows)
        copied += len(rows)
    for row in later:
        values = {k: v for k, v in row.items() if k != "_id"}
        target.execute(update(table).where(table.c.id == row["_id"]).values(**values))
    return copied


def _reset_counters(target: Connection) -> None:
    for table in _tables():
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        target.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:t, 'id'), "
                f'COALESCE((SELECT MAX(id) FROM "{table.name}"), 0) + 1, false)'
            ),
            {"t": table.name},
        )


def copy_database(
    source: Database, target: Database, progress: Progress | None = None
) -> CopyReport:
    """Copy every row of `source` (a file at the current schema) into the empty
    team database `target`; returns the counts and sums both agree on."""
    if not target.is_server:
        raise DatabaseError("copy-to fills a team server database (postgresql://…).")
    # One read transaction: a single snapshot of the file for the whole copy.
    with source.engine.connect() as src, src.begin(), target.engine.begin() as dst:
        for table in _tables():
            count = dst.scalar(select(func.count()).select_from(table)) or 0
            if count:
                raise DatabaseError(NOT_EMPTY, path=target.display, table=table.name, count=count)
        for table in _tables():
            copied = _copy_table(src, dst, table)
            if progress is not None:
                progress(table.name, copied)
        _reset_counters(dst)
        before, after = _figures(src), _figures(dst)
        for name, count in before.rows.items():
            if after.rows.get(name) != count:
                what = f"{name}: {count} rows in the file, {after.rows.get(name)} copied"
                raise DatabaseError(MISMATCH, what=what)
        for name, total in before.sums.items():
            if after.sums.get(name) != total:
                raise DatabaseError(MISMATCH, what=f"{name} sums {total} ≠ {after.sums.get(name)}")
    return after
