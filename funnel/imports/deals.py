"""Importing an existing pipeline of deals from a CSV table.

Two steps, so that nothing is written before the person has seen what will be:
`plan_import` reads every row, reports the ones it cannot read with their line
numbers, and lists what would be created (stages, pipelines, clients, owners);
`apply_import` writes a plan with bulk inserts inside the caller's transaction,
so a failure or a cancel anywhere leaves the database as it was.

Where a deal stands: its stage comes from the stage column (a new name becomes
a new stage, appended in order of first appearance, unless `stage_map` sends
it to an existing one); its status from the status column, or from the stage
column when that holds an outcome such as amoCRM's «Успешно реализовано». A
deal closed that way did go through the whole funnel, so it is put in the
pipeline's last stage; a deal without a stage starts in the first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy.orm import Session

from funnel.errors import ValidationError
from funnel.imports.csvfile import CsvTable
from funnel.imports.headers import DATE_FIELDS, FIELDS, auto_map, merge_mapping
from funnel.imports.plan import (
    CancelCheck,
    ImportCancelled,
    ImportOptions,
    ImportPlan,
    ImportResult,
    NewStage,
    PlannedDeal,
    Progress,
)
from funnel.imports.planner import Planner, check_mapping
from funnel.imports.writer import write_plan
from funnel.timeutil import utc_naive

__all__ = [
    "DATE_FIELDS",
    "FIELDS",
    "ImportCancelled",
    "ImportOptions",
    "ImportPlan",
    "ImportResult",
    "NewStage",
    "PlannedDeal",
    "apply_import",
    "auto_map",
    "check_mapping",
    "merge_mapping",
    "plan_import",
]


def plan_import(
    session: Session,
    table: CsvTable,
    mapping: Mapping[str, str] | None = None,
    options: ImportOptions | None = None,
    *,
    progress: Progress | None = None,
) -> ImportPlan:
    """Read and check every row without writing anything. `mapping` is
    field → column name (default: the columns Funnel recognises)."""
    options = options or ImportOptions()
    mapping = auto_map(table.columns) if mapping is None else mapping
    planner = Planner(session, table, mapping, options)
    deals, errors, slots = planner.run(progress)
    # Rows that turned out bad may have named stages, pipelines or owners that
    # no good row uses: those are not created.
    planner.keep_only({(d.pipeline, d.stage) for d in deals if d.stage})
    planner.fill_slots(deals, slots)
    errors.sort(key=lambda e: e.line)
    used_pipelines = {d.pipeline for d in deals} | {planner.target_key}
    used_stages = {(d.pipeline, d.stage) for d in deals}
    used_owners = {d.owner for d in deals if d.owner}
    owners = {k: v for k, v in planner.owners.items() if k in used_owners}
    return ImportPlan(
        file=table.name,
        rows=table.row_count,
        mapping={f: c for f, c in planner.mapping.items() if c},
        pipeline=planner.target.name,
        deals=tuple(deals),
        errors=tuple(errors),
        pipelines={k: v for k, v in planner.pipelines.items() if k in used_pipelines},
        stages={k: v for k, v in planner.stages.items() if k in used_stages},
        people=planner.people.planned(),
        client_additions={
            k: v
            for k, v in planner.people.additions.items()
            if v.phones or v.emails or v.external_id
        },
        matched_clients=len(planner.people.matched),
        owners=owners,
        new_pipelines=tuple(v for k, v in planner.new_pipelines.items() if k in used_pipelines),
        new_stages=tuple(planner.new_stages.values()),
        new_owners=tuple(
            name for key, name in owners.items() if key not in planner.existing_owners
        ),
        by_status=dict(Counter(d.status for d in deals)),
        unknown_statuses=tuple(planner.unknown_statuses),
        skip_bad_rows=options.skip_bad_rows,
        currency=planner.currency,
        date_order=planner.date_order,
        dates_ambiguous=planner.dates_ambiguous,
    )


def apply_import(
    session: Session,
    plan: ImportPlan,
    *,
    now: datetime,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportResult:
    """Write a plan in the caller's transaction. Raises `ImportCancelled` when
    `cancelled()` turns true; the caller's rollback then undoes everything."""
    if plan.errors and not plan.skip_bad_rows:
        raise ValidationError(
            f"{len(plan.errors)} row(s) of {plan.file} cannot be imported; "
            "nothing was written. Fix them or skip the bad rows."
        )
    if not plan.deals:
        raise ValidationError(f"{plan.file} has no deals to import.")
    return write_plan(session, plan, now=utc_naive(now), progress=progress, cancelled=cancelled)
