"""The pipeline editor's changes, applied together.

A person edits a pipeline as a whole — renames, new stages, a new order,
stages removed with their deals sent elsewhere — and confirms once. The plan
is checked first and then applied in one transaction through the single-step
services of `funnel.pipeline.pipelines`, so a failure anywhere changes nothing.

Stage names are unique within a pipeline at every moment (a database
constraint), yet a plan may swap two names or give a new stage the name of
one being removed. Names that are still taken are first given a stand-in
(the name followed by a zero-width space, which reads the same in any history
written meanwhile) and set for real once the names are free.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from funnel.errors import ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.pipeline.pipelines import (
    PipelineInfo,
    add_stage,
    create_pipeline,
    delete_stage,
    get_pipeline,
    list_pipelines,
    rename_pipeline,
    reorder_stages,
    update_stage,
)
from funnel.store.models import Deal, PipelineKind

_STAND_IN = "\u200b"


@dataclass(frozen=True)
class StagePlan:
    """A stage as it should be; `key` names it within the plan ("s12" for the
    stored stage 12, anything unique for a new one)."""

    key: str
    name: str
    rot_days: int | None = None
    probability: int = 0
    stage_id: int | None = None


@dataclass(frozen=True)
class StageRemoval:
    """A stored stage to remove; its deals go to the plan's stage `move_to`."""

    stage_id: int
    name: str
    move_to: str | None = None


@dataclass(frozen=True)
class PipelinePlan:
    pipeline_id: int | None  # None: a new pipeline
    name: str
    kind: str = PipelineKind.SALES.value
    stages: tuple[StagePlan, ...] = ()  # in their new order
    removals: tuple[StageRemoval, ...] = ()  # in the order they were decided


def stage_deal_counts(session: Session, pipeline_id: int | None = None) -> dict[int, int]:
    """How many deals (of any status) each stage holds — of one pipeline, or of
    all; these are the deals that must go somewhere when the stage is removed."""
    query = select(Deal.stage_id, func.count(Deal.id)).group_by(Deal.stage_id)
    if pipeline_id is not None:
        query = query.where(Deal.pipeline_id == pipeline_id)
        counts = {s.id: 0 for s in get_pipeline(session, pipeline_id).stages}
    else:
        counts = {s.id: 0 for p in list_pipelines(session) for s in p.stages}
    counts.update({sid: n for sid, n in session.execute(query)})
    return counts


def pipelines_for_editor(session: Session) -> tuple[list[PipelineInfo], dict[int, int]]:
    """Every pipeline with its stages, and the deals each stage holds."""
    return list_pipelines(session), stage_deal_counts(session)


def check_plan(plan: PipelinePlan) -> None:
    """Problems a person can fix in the editor, before anything is written."""
    if not plan.name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A pipeline needs a name."))
    if not plan.stages:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Pipeline '{pipeline}' needs at least one stage."),
            pipeline=plan.name,
        )
    seen: dict[str, str] = {}
    for stage in plan.stages:
        name = stage.name.strip()
        if not name:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Every stage of '{pipeline}' needs a name."),
                pipeline=plan.name,
            )
        if name.casefold() in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Pipeline '{pipeline}' has two stages named '{name}'."),
                pipeline=plan.name,
                name=name,
            )
        seen[name.casefold()] = stage.key
    keys = {s.key for s in plan.stages}
    kept = {s.stage_id for s in plan.stages if s.stage_id is not None}
    for removal in plan.removals:
        if removal.stage_id in kept:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Stage '{stage}' cannot be both kept and removed."),
                stage=removal.name,
            )
        if removal.move_to is not None and removal.move_to not in keys:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The deals of removed stage '{stage}' must go to a stage that stays."
                ),
                stage=removal.name,
            )


def apply_pipeline_plans(
    session: Session, plans: Sequence[PipelinePlan], *, now: datetime
) -> list[int]:
    """Apply every plan; returns the pipelines' ids (new ones included), in order."""
    for plan in plans:
        check_plan(plan)
    return [_apply(session, plan, now) for plan in plans]


def _apply(session: Session, plan: PipelinePlan, now: datetime) -> int:
    if plan.pipeline_id is None:
        info = create_pipeline(
            session, plan.name, kind=plan.kind, stages=[s.name for s in plan.stages]
        )
        for stage, saved in zip(plan.stages, info.stages, strict=True):
            update_stage(session, saved.id, rot_days=stage.rot_days, probability=stage.probability)
        return info.id

    pipeline_id = plan.pipeline_id
    current = get_pipeline(session, pipeline_id)
    if current.name != plan.name.strip():
        rename_pipeline(session, pipeline_id, plan.name)
    stored = {s.id: s for s in current.stages}
    holder = {s.name.casefold(): s.id for s in current.stages}  # who holds each name now
    pending: dict[int, str] = {}  # stage id -> final name, while it holds a stand-in

    def set_name(stage_id: int, old: str | None, name: str) -> None:
        wanted = name.strip()
        if old is not None:
            holder.pop(old.casefold(), None)
        taken = holder.get(wanted.casefold(), stage_id) != stage_id
        given = wanted + _STAND_IN if taken else wanted
        if old != given:
            update_stage(session, stage_id, name=given)
        holder[given.casefold()] = stage_id
        if taken:
            pending[stage_id] = wanted

    for stage in plan.stages:
        if stage.stage_id is not None and stored[stage.stage_id].name != stage.name.strip():
            set_name(stage.stage_id, stored[stage.stage_id].name, stage.name)

    ids: dict[str, int] = {}
    for i, stage in enumerate(plan.stages):
        if stage.stage_id is not None:
            ids[stage.key] = stage.stage_id
            continue
        wanted = stage.name.strip()
        taken = wanted.casefold() in holder
        added = add_stage(
            session,
            pipeline_id,
            wanted + _STAND_IN if taken else wanted,
            rot_days=stage.rot_days,
            probability=stage.probability,
            position=i,
        )
        ids[stage.key] = added.id
        holder[added.name.casefold()] = added.id
        if taken:
            pending[added.id] = wanted

    for removal in plan.removals:
        target = ids[removal.move_to] if removal.move_to is not None else None
        delete_stage(session, removal.stage_id, move_to_stage_id=target, now=now)
        holder = {n: sid for n, sid in holder.items() if sid != removal.stage_id}

    for stage_id, name in pending.items():
        update_stage(session, stage_id, name=name)

    for stage in plan.stages:
        if stage.stage_id is None:
            continue
        before = stored[stage.stage_id]
        if (before.rot_days, before.probability) != (stage.rot_days, stage.probability):
            update_stage(
                session, stage.stage_id, rot_days=stage.rot_days, probability=stage.probability
            )
    reorder_stages(session, pipeline_id, [ids[s.key] for s in plan.stages])
    return pipeline_id
