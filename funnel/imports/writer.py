"""Writing an import plan: Core bulk inserts inside the caller's transaction (deals, and
the clients any import creates or adds phones and e-mails to).

Names in the plan are resolved again here, against the database as it is
now, so a plan made in one session can be written in another (the wizard
plans on the UI thread and writes in a worker).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import CallableColumnDefault, ScalarElementColumnDefault

from funnel.customers.matching import Additions, PlannedClient
from funnel.imports.plan import (
    CancelCheck,
    ImportCancelled,
    ImportPlan,
    ImportResult,
    PlannedDeal,
    Progress,
)
from funnel.store.client_summary import refresh_clients
from funnel.store.columns import table_of
from funnel.store.models import (
    ChangeKind,
    Client,
    ClientContact,
    ContactKind,
    Deal,
    DealStatus,
    Owner,
    Pipeline,
    PipelineKind,
    Purchase,
    Stage,
    StageChange,
    fold,
)

# Deals written per INSERT batch: big enough for executemany to pay off, small
# enough that progress moves and a cancel is honoured within a fraction of a second.
CHUNK_SIZE = 5000
# Tests turn this off to exercise the plain Core path other databases take.
FAST_SQLITE = True
IMPORT_CACHE_KIB = 262144

_CLOSING_KIND = {
    DealStatus.WON.value: ChangeKind.WON.value,
    DealStatus.LOST.value: ChangeKind.LOST.value,
    DealStatus.ARCHIVED.value: ChangeKind.ARCHIVED.value,
}


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def _search_text(*parts: str | None) -> str:
    """What search compares with (see `funnel.store.search_text`): folded parts."""
    return " ".join(p.casefold() for p in parts if p)


@lru_cache(maxsize=1 << 18)
def _datetime_text(moment: datetime) -> str:
    # Most moments are written twice (a deal's and its history's).
    return moment.isoformat(" ", "microseconds")


def _sqlite_converters() -> dict[type, Callable[[Any], Any]]:
    # The formats SQLAlchemy's SQLite types store, so imported rows compare and
    # read back exactly like rows the services write.
    return {
        DateTime: _datetime_text,
        Date: lambda v: v.isoformat(),
        JSON: json.dumps,
        Boolean: int,
    }


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """One executemany of `rows` (all with the same keys).

    On SQLite the rows go straight to the driver with the statement Core
    compiles: SQLAlchemy's per-row parameter processing would otherwise cost
    more than SQLite's own work (about 3 s of a 100,000-deal import). Other
    databases take the plain Core path."""
    if not rows:
        return
    dialect = session.get_bind().dialect
    if dialect.name != "sqlite" or not FAST_SQLITE:
        session.execute(insert(table), rows)
        return
    # Core would fill Python-side column defaults; the driver will not.
    defaults = {}
    for column in table.c:
        default = column.default
        if column.name in rows[0] or default is None or column.primary_key:
            continue
        if isinstance(default, ScalarElementColumnDefault):
            defaults[column.name] = default.arg
        elif isinstance(default, CallableColumnDefault):
            defaults[column.name] = default.arg(None)  # type: ignore[arg-type]  # no context needed
    compiled = insert(table).compile(dialect=dialect, column_keys=[*rows[0], *defaults])
    names = compiled.positiontup or []
    converters = _sqlite_converters()
    convert = [
        (i, conv)
        for i, name in enumerate(names)
        for kind, conv in converters.items()
        if isinstance(table.c[name].type, kind)
    ]
    getter = itemgetter(*names)
    params = []
    for row in rows:
        values = list(getter({**defaults, **row} if defaults else row))
        for i, conv in convert:
            if values[i] is not None:
                values[i] = conv(values[i])
        params.append(tuple(values))
    session.connection().exec_driver_sql(compiled.string, params)


def insert_returning_ids(session: Session, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert rows and return their ids, in the order given."""
    if not rows:
        return []
    if session.get_bind().dialect.name == "sqlite":
        # SQLite cannot return the ids of a batched INSERT in a guaranteed
        # order, so SQLAlchemy would send the rows one by one. SQLite has one
        # writer at a time and this runs inside the caller's write transaction,
        # so the ids after the largest are ours to take; had another connection
        # written meanwhile, SQLite refuses the stale transaction and it all
        # rolls back.
        first = (session.scalar(select(func.max(table.c.id))) or 0) + 1
        ids = list(range(first, first + len(rows)))
        for row, row_id in zip(rows, ids, strict=True):
            row["id"] = row_id
        insert_rows(session, table, rows)
        return ids
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(session.execute(stmt, rows).scalars())


def _pipelines(session: Session, plan: ImportPlan) -> tuple[dict[str, int], int]:
    ids = {_fold(name): pid for pid, name in session.execute(select(Pipeline.id, Pipeline.name))}
    missing = [(key, name) for key, name in plan.pipelines.items() if key not in ids]
    position = session.scalar(select(func.max(Pipeline.position))) or 0
    rows = [
        {"name": name, "kind": PipelineKind.SALES.value, "position": position + i}
        for i, (_key, name) in enumerate(missing, start=1)
    ]
    for (key, _name), pid in zip(
        missing, insert_returning_ids(session, table_of(Pipeline), rows), strict=True
    ):
        ids[key] = pid
    return ids, len(missing)


def _stages(
    session: Session, plan: ImportPlan, pipeline_ids: dict[str, int]
) -> tuple[dict[tuple[str, str], int], int]:
    """Stage ids by (pipeline key, stage key); missing ones are appended to their
    pipeline in the plan's order, which is the order of first appearance."""
    by_pipeline = {pid: key for key, pid in pipeline_ids.items()}
    ids: dict[tuple[str, str], int] = {}
    last_position: dict[int, int] = {}
    for sid, pid, name, position in session.execute(
        select(Stage.id, Stage.pipeline_id, Stage.name, Stage.position)
    ):
        if pid in by_pipeline:
            ids[(by_pipeline[pid], _fold(name))] = sid
            last_position[pid] = max(last_position.get(pid, -1), position)
    missing = [(key, name) for key, name in plan.stages.items() if key not in ids]
    rows = []
    for (pipeline_key, _stage_key), name in missing:
        pid = pipeline_ids[pipeline_key]
        last_position[pid] = last_position.get(pid, -1) + 1
        rows.append(
            {"pipeline_id": pid, "name": name, "position": last_position[pid], "probability": 0}
        )
    for (key, _name), sid in zip(
        missing, insert_returning_ids(session, table_of(Stage), rows), strict=True
    ):
        ids[key] = sid
    return ids, len(missing)


def _owners(session: Session, plan: ImportPlan) -> tuple[dict[str, int], int | None, int]:
    ids = {_fold(name): oid for oid, name in session.execute(select(Owner.id, Owner.name))}
    default = session.scalar(select(Owner.id).where(Owner.is_default.is_(True)).limit(1))
    missing = [(key, name) for key, name in plan.owners.items() if key not in ids]
    rows = [{"name": name, "is_default": False, "active": True} for _key, name in missing]
    for (key, _name), oid in zip(
        missing, insert_returning_ids(session, table_of(Owner), rows), strict=True
    ):
        ids[key] = oid
    return ids, default, len(missing)


MAX_LABEL = 50
MAX_CONTACT = 320


_NOT_DIGIT = re.compile(r"\D")


def _digits(value: str) -> str:
    return _NOT_DIGIT.sub("", value)


def _contact(client_id: int, kind: str, value: str, label: str | None, key: str | None) -> dict:
    value = value.strip()[:MAX_CONTACT]
    return {
        "client_id": client_id,
        "kind": kind,
        "value": value,
        "search": _digits(value) if kind == ContactKind.PHONE.value else value.lower(),
        "label": (label or None) and label[:MAX_LABEL],
        "normalized": key,
    }


def write_people(
    session: Session,
    new: tuple[PlannedClient, ...],
    additions: Mapping[int, Additions],
    *,
    now: datetime,
) -> list[int]:
    """Insert the new clients (returning their ids, in order) and add to
    existing ones what they lacked."""
    rows: list[dict[str, Any]] = [
        {
            "name": p.name,
            "company": p.company,
            "source": p.source,
            "temperature": p.temperature,
            "tags": ", ".join(p.tags),
            "birthday": p.birthday,
            "notes": p.notes or "",
            "custom_fields": {},
            "created_at": p.first_seen or now,
            "archived": False,
            "external_id": p.external_id,
            "search_text": fold(p.name, p.company),
        }
        for p in new
    ]
    ids = insert_returning_ids(session, Client.__table__, rows)  # type: ignore[arg-type]
    contacts: list[dict] = []
    phone, email = ContactKind.PHONE.value, ContactKind.EMAIL.value
    for p, client_id in zip(new, ids, strict=True):
        contacts += [_contact(client_id, phone, *c) for c in p.phones]
        contacts += [_contact(client_id, email, *c) for c in p.emails]
    for client_id, more in additions.items():
        contacts += [_contact(client_id, phone, *c) for c in more.phones]
        contacts += [_contact(client_id, email, *c) for c in more.emails]
    insert_rows(session, table_of(ClientContact), contacts)
    external = [
        {"cid": cid, "ext": more.external_id} for cid, more in additions.items() if more.external_id
    ]
    if external:
        table = table_of(Client)
        session.execute(
            update(table)
            .where(table.c.id == bindparam("cid"), table.c.external_id.is_(None))
            .values(external_id=bindparam("ext")),
            external,
        )
    return ids


@contextmanager
def _roomy_page_cache(session: Session) -> Iterator[None]:
    """SQLite's default 2 MB page cache thrashes while a deal table's indexes
    grow by 100,000 entries; up to 256 MB (used only as pages are touched)
    makes the import about a third faster.
    The connection returns to the pool with its own setting back."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection()
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before)}")


def write_plan(
    session: Session,
    plan: ImportPlan,
    *,
    now: datetime,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> ImportResult:
    try:
        with _roomy_page_cache(session):
            return _write_plan(session, plan, now=now, progress=progress, cancelled=cancelled)
    finally:
        _datetime_text.cache_clear()  # the app lives on; the import's strings need not


def _write_plan(
    session: Session,
    plan: ImportPlan,
    *,
    now: datetime,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> ImportResult:
    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled("The import was cancelled; nothing was written.")

    total = len(plan.deals)
    if progress is not None:
        progress(0, total)
    check_cancel()
    pipeline_ids, new_pipelines = _pipelines(session, plan)
    stage_ids, new_stages = _stages(session, plan, pipeline_ids)
    stage_names = {key: name for key, name in plan.stages.items()}
    owner_ids, default_owner, new_owners = _owners(session, plan)
    new_ids = write_people(session, plan.people, plan.client_additions, now=now)
    check_cancel()

    deal_table = table_of(Deal)
    searchable = "search_text" in deal_table.c
    purchases = 0
    written = 0
    buyers: set[int] = set()
    for start in range(0, total, CHUNK_SIZE):
        chunk = plan.deals[start : start + CHUNK_SIZE]
        deal_rows: list[dict[str, Any]] = []
        for d in chunk:
            created = d.created_at or now
            entered = d.stage_entered_at or created
            closed = (d.closed_at or entered) if d.status in _CLOSING_KIND else None
            deal_rows.append(
                {
                    "title": d.title,
                    "client_id": _client_id(d.client, new_ids),
                    "value_cents": d.value_cents,
                    "currency": d.currency,
                    "pipeline_id": pipeline_ids[d.pipeline],
                    "stage_id": stage_ids[(d.pipeline, d.stage)],
                    "status": d.status,
                    "owner_id": owner_ids[d.owner] if d.owner else default_owner,
                    "created_at": created,
                    "stage_entered_at": entered,
                    "closed_at": closed,
                }
            )
        if searchable:
            for row in deal_rows:
                row["search_text"] = _search_text(row["title"])
        deal_ids = insert_returning_ids(session, deal_table, deal_rows)
        changes, sales = _history(chunk, deal_rows, deal_ids, stage_names)
        insert_rows(session, table_of(StageChange), changes)
        insert_rows(session, table_of(Purchase), sales)
        buyers.update(sale["client_id"] for sale in sales)
        purchases += len(sales)
        written += len(chunk)
        if progress is not None:
            progress(written, total)
        check_cancel()
    refresh_clients(session, buyers)
    session.flush()
    return ImportResult(
        deals=written,
        new_clients=len(new_ids),
        matched_clients=plan.matched_clients,
        new_owners=new_owners,
        new_stages=new_stages,
        new_pipelines=new_pipelines,
        purchases=purchases,
        by_status=dict(Counter(d.status for d in plan.deals)),
        skipped=len(plan.errors),
    )


def _client_id(ref: int | None, new_ids: list[int]) -> int | None:
    """A plan's client reference: an existing id, or -1 - i for the i-th new client."""
    if ref is None:
        return None
    return new_ids[-1 - ref] if ref < 0 else ref


def _history(
    chunk: tuple[PlannedDeal, ...],
    deal_rows: list[dict[str, Any]],
    deal_ids: list[int],
    stage_names: dict[tuple[str, str], str],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A `created` change per deal, a closing one for closed deals, and a
    Purchase for each won deal with a client, as `win_deal` would record."""
    changes: list[dict[str, Any]] = []
    sales: list[dict[str, Any]] = []
    opened, won = DealStatus.OPEN.value, DealStatus.WON.value
    created_kind = ChangeKind.CREATED.value
    for d, row, deal_id in zip(chunk, deal_rows, deal_ids, strict=True):
        name = stage_names[(d.pipeline, d.stage)]
        changes.append(
            {
                "deal_id": deal_id,
                "kind": created_kind,
                "from_pipeline_id": None,
                "from_stage_id": None,
                "from_stage_name": None,
                "from_status": None,
                "to_pipeline_id": row["pipeline_id"],
                "to_stage_id": row["stage_id"],
                "to_stage_name": name,
                "to_status": opened,
                "changed_at": row["created_at"],
            }
        )
        kind = _CLOSING_KIND.get(d.status)
        if kind is None:
            continue
        changes.append(
            {
                "deal_id": deal_id,
                "kind": kind,
                "from_pipeline_id": row["pipeline_id"],
                "from_stage_id": row["stage_id"],
                "from_stage_name": name,
                "from_status": opened,
                "to_pipeline_id": row["pipeline_id"],
                "to_stage_id": row["stage_id"],
                "to_stage_name": name,
                "to_status": d.status,
                "changed_at": row["closed_at"],
            }
        )
        if d.status == won and row["client_id"] is not None:
            sales.append(
                {
                    "client_id": row["client_id"],
                    "deal_id": deal_id,
                    "purchased_on": d.closed_on or row["closed_at"].date(),
                    "amount_cents": d.value_cents,
                    "currency": d.currency,
                }
            )
    return changes, sales
