"""The checks of `funnel check` that read across tables: sales against
statuses, the history's chain against the deal's state, and the schema against
the revision the file claims.

Two writers that decide from a stale read leave exactly these marks: a second
purchase for one win, a purchase on a deal that was then lost, a history row
whose "from" is not the previous row's "to", a deal whose stage is not where
its last history row put it.
"""

from __future__ import annotations

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from funnel.store.models import Base, Deal, DealStatus, Purchase, StageChange

MAX_REPORTED = 50  # per kind of problem; the count says how many more


def _differ(a, b):
    """Both known and different (a removed stage leaves NULL behind: unknown)."""
    return and_(a.is_not(None), b.is_not(None), a != b)


def _report(problems: list[str], found: list[str]) -> None:
    problems.extend(found[:MAX_REPORTED])
    if len(found) > MAX_REPORTED:
        problems.append(f"… and {len(found) - MAX_REPORTED} more like the above")


def sales_problems(session: Session) -> list[str]:
    problems: list[str] = []
    not_won = session.execute(
        select(Purchase.id, Deal.id, Deal.status)
        .join(Deal, Deal.id == Purchase.deal_id)
        .where(Deal.status != DealStatus.WON.value)
        .order_by(Purchase.id)
    )
    _report(
        problems,
        [
            f"purchase {p} belongs to deal {d}, which is {status}, not won"
            for p, d, status in not_won
        ],
    )
    doubled = session.execute(
        select(Purchase.deal_id, func.count())
        .where(Purchase.deal_id.is_not(None))
        .group_by(Purchase.deal_id)
        .having(func.count() > 1)
        .order_by(Purchase.deal_id)
    )
    _report(problems, [f"deal {d} has {n} purchases for one win" for d, n in doubled])
    return problems


def history_problems(session: Session) -> list[str]:
    problems: list[str] = []
    order = (StageChange.changed_at, StageChange.id)
    chained = select(
        StageChange.id,
        StageChange.deal_id,
        StageChange.from_pipeline_id,
        StageChange.from_stage_id,
        StageChange.from_status,
        func.lag(StageChange.to_pipeline_id).over(partition_by=StageChange.deal_id, order_by=order)
        .label("prev_pipeline"),
        func.lag(StageChange.to_stage_id).over(partition_by=StageChange.deal_id, order_by=order)
        .label("prev_stage"),
        func.lag(StageChange.to_status).over(partition_by=StageChange.deal_id, order_by=order)
        .label("prev_status"),
        func.row_number().over(partition_by=StageChange.deal_id, order_by=order).label("n"),
    ).subquery()  # fmt: skip
    c = chained.c
    broken = session.execute(
        select(c.id, c.deal_id)
        .where(
            c.n > 1,
            or_(
                _differ(c.from_pipeline_id, c.prev_pipeline),
                _differ(c.from_stage_id, c.prev_stage),
                _differ(c.from_status, c.prev_status),
            ),
        )
        .order_by(c.deal_id, c.id)
    )
    _report(
        problems,
        [f"deal {d}: history row {i} does not start where the one before ended" for i, d in broken],
    )

    last = select(
        StageChange.deal_id,
        StageChange.to_pipeline_id,
        StageChange.to_stage_id,
        StageChange.to_status,
        func.row_number()
        .over(partition_by=StageChange.deal_id, order_by=(StageChange.changed_at.desc(),
                                                          StageChange.id.desc()))
        .label("n"),
    ).subquery()  # fmt: skip
    l = last.c  # noqa: E741
    drifted = session.execute(
        select(Deal.id, Deal.title)
        .join(last, and_(l.deal_id == Deal.id, l.n == 1))
        .where(
            or_(
                _differ(Deal.pipeline_id, l.to_pipeline_id),
                _differ(Deal.stage_id, l.to_stage_id),
                _differ(Deal.status, l.to_status),
            )
        )
        .order_by(Deal.id)
    )
    _report(
        problems,
        [f"deal {d} '{t}' is not where its last history row put it" for d, t in drifted],
    )
    return problems


def schema_problems(session: Session) -> list[str]:
    """Tables and columns the current schema needs and the file lacks (a file
    upgraded from a first schema without `search_text` once passed)."""
    problems: list[str] = []
    from sqlalchemy import inspect

    inspector = inspect(session.connection())
    present = set(inspector.get_table_names())
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            problems.append(f"table {table.name} is missing from the schema")
            continue
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in columns:
                problems.append(f"column {table.name}.{column.name} is missing from the schema")
    return problems
