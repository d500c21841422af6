"""`funnel check`: SQLite's own checks (on a file) plus the rules of the domain."""

from __future__ import annotations

from sqlalchemy import String, select, text, type_coerce
from sqlalchemy.orm import Session

from funnel.store.client_summary import summary_problems
from funnel.store.consistency import history_problems, sales_problems, schema_problems
from funnel.store.models import Deal, DealStatus, Pipeline, PipelineKind, Stage


def check_database(session: Session) -> list[str]:
    """Problems found, as sentences; an empty list means the file is healthy."""
    problems: list[str] = []
    if session.get_bind().dialect.name == "sqlite":
        # A server checks its pages and enforces every foreign key itself.
        for (result,) in session.execute(text("PRAGMA integrity_check")):
            if result != "ok":
                problems.append(f"SQLite integrity: {result}")
        for table, rowid, parent, _ in session.execute(text("PRAGMA foreign_key_check")):
            problems.append(f"{table} row {rowid} points to a missing {parent} row")
    schema = schema_problems(session)
    if schema:  # the domain checks below would only fail on the missing columns
        return problems + schema
    mismatched = session.execute(
        select(Deal.id, Deal.title)
        .join(Stage, Stage.id == Deal.stage_id)
        .where(Stage.pipeline_id != Deal.pipeline_id)
    )
    for deal_id, title in mismatched:
        problems.append(f"deal {deal_id} '{title}' is in a stage of another pipeline")
    parked_without_date = session.execute(
        select(Deal.id, Deal.title)
        .join(Pipeline, Pipeline.id == Deal.pipeline_id)
        .where(
            Pipeline.kind == PipelineKind.FUTURE.value,
            Deal.status == DealStatus.OPEN.value,
            Deal.return_on.is_(None),
        )
    )
    for deal_id, title in parked_without_date:
        problems.append(f"deal {deal_id} '{title}' is parked without a return date")
    # Read as the plain text stored: the enum column would refuse the very
    # values this looks for.
    stored = type_coerce(Deal.status, String)
    bad_status = session.execute(
        select(Deal.id, stored).where(stored.not_in([s.value for s in DealStatus]))
    )
    for deal_id, status in bad_status:
        problems.append(f"deal {deal_id} has an unknown status '{status}'")
    problems += sales_problems(session)
    problems += history_problems(session)
    problems += summary_problems(session)
    return problems
