"""`funnel copy-to URL`: a local file into an empty team database, whole;
and back: `funnel --db URL copy-to FILE` (File › Back up on a team server)
writes what the login can see into a new local file (`backup_to_file`).

Every row keeps its id, so history rows, purchases, undo records and links
between clients stay as they were; the server's id counters are moved past
the copied ids. The copy is one transaction on the server: it lands whole or
not at all. Afterwards the row counts of every table and the money sums are
compared between the two, and a difference refuses the copy.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    ForeignKey,
    Table,
    exists,
    false,
    func,
    or_,
    select,
    text,
    update,
)

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
    # A backup's references to rows its login cannot see (kept as they are):
    # deals whose client is a colleague's, and other rows per table.
    deals_without_client: int = 0
    unseen_references: dict[str, int] = field(default_factory=dict)

    @property
    def other_unseen(self) -> int:
        return sum(self.unseen_references.values())

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name != "alembic_version"]


def copied_tables() -> list[Table]:
    """The tables a copy goes through, one progress step each."""
    return _tables()


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
    return _copy(source, target.engine, target.display, progress)


def backup_to_file(
    source: Database, path: Path, *, now: datetime, progress: Progress | None = None
) -> CopyReport:
    """Everything the team server `source` shows its login (row-level security:
    a salesperson's own deals and clients and what hangs off them) into a new
    Funnel file at `path`, replacing the file there only once the copy is
    whole and its counts and sums agree with the server's.

    A salesperson's rows may point at rows they cannot see (their deal with a
    colleague's client): those references are kept as they are, so the file is
    written with its foreign keys off, as the server's snapshot shows it, and
    counted in the report (`deals_without_client`, `unseen_references`) so the
    person is told rather than surprised later."""
    if not source.is_server:
        raise DatabaseError("backup_to_file copies a team server; a file is copied whole.")
    from funnel.store import sqlite
    from funnel.store.db import open_database

    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        open_database(partial, now=now, seed=False).close()  # the schema, at head
        engine = sqlite.make_engine(partial, foreign_keys=False)
        try:
            report = _copy(source, engine, str(path), progress)
        finally:
            engine.dispose()
        engine = sqlite.make_engine(partial, foreign_keys=False)
        try:
            with engine.connect() as conn:
                _count_unseen(conn, report)
        finally:
            engine.dispose()
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return report


def _unseen(fk: ForeignKey) -> ColumnElement[bool]:
    """Rows whose foreign key `fk` names a row absent from the copy."""
    target = fk.column.table.alias()
    return fk.parent.is_not(None) & ~exists().where(target.c[fk.column.name] == fk.parent)


def _count_unseen(conn: Connection, report: CopyReport) -> None:
    for table in _tables():
        others: list[ColumnElement[bool]] = []
        for fk in table.foreign_keys:
            if table.name == "deal" and fk.parent.name == "client_id":
                report.deals_without_client = (
                    conn.scalar(select(func.count()).select_from(table).where(_unseen(fk))) or 0
                )
            else:
                others.append(_unseen(fk))
        if not others:
            continue
        count = conn.scalar(select(func.count()).select_from(table).where(or_(false(), *others)))
        if count:
            report.unseen_references[table.name] = count


def _copy(source: Database, engine: Engine, where: str, progress: Progress | None) -> CopyReport:
    # One read transaction: a single snapshot of the source for the whole copy
    # (a server's engine reads at REPEATABLE READ).
    with source.engine.connect() as src, src.begin(), engine.begin() as dst:
        for table in _tables():
            count = dst.scalar(select(func.count()).select_from(table)) or 0
            if count:
                raise DatabaseError(NOT_EMPTY, path=where, table=table.name, count=count)
        for table in _tables():
            copied = _copy_table(src, dst, table)
            if progress is not None:
                progress(table.name, copied)
        if dst.dialect.name == "postgresql":
            _reset_counters(dst)
        before, after = _figures(src), _figures(dst)
        for name, count in before.rows.items():
            if after.rows.get(name) != count:
                what = f"{name}: {count} rows in the source, {after.rows.get(name)} copied"
                raise DatabaseError(MISMATCH, what=what)
        for name, total in before.sums.items():
            if after.sums.get(name) != total:
                raise DatabaseError(MISMATCH, what=f"{name} sums {total} ≠ {after.sums.get(name)}")
    return after
