"""Pipelines and their stages: listing and editing."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from funnel.errors import NotFoundError, ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.models import Deal, Pipeline, PipelineKind, Stage

_UNSET = object()


@dataclass(frozen=True)
class StageInfo:
    id: int
    pipeline_id: int
    name: str
    position: int
    rot_days: int | None
    probability: int


@dataclass(frozen=True)
class PipelineInfo:
    id: int
    name: str
    kind: str
    position: int
    stages: tuple[StageInfo, ...]

    def stage_named(self, name: str) -> StageInfo | None:
        key = name.strip().casefold()
        return next((s for s in self.stages if s.name.casefold() == key), None)


def _stage_info(stage: Stage) -> StageInfo:
    return StageInfo(
        stage.id, stage.pipeline_id, stage.name, stage.position, stage.rot_days, stage.probability
    )


def _pipeline_info(p: Pipeline) -> PipelineInfo:
    return PipelineInfo(p.id, p.name, p.kind, p.position, tuple(_stage_info(s) for s in p.stages))


def list_pipelines(session: Session) -> list[PipelineInfo]:
    pipelines = session.scalars(select(Pipeline).order_by(Pipeline.position, Pipeline.id)).all()
    return [_pipeline_info(p) for p in pipelines]


def get_pipeline(session: Session, pipeline_id: int) -> PipelineInfo:
    return _pipeline_info(_pipeline(session, pipeline_id))


def _pipeline(session: Session, pipeline_id: int) -> Pipeline:
    pipeline = session.get(Pipeline, pipeline_id)
    if pipeline is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no pipeline with id {pipeline_id}."),
            pipeline_id=pipeline_id,
        )
    return pipeline


def _stage(session: Session, stage_id: int) -> Stage:
    stage = session.get(Stage, stage_id)
    if stage is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no stage with id {stage_id}."), stage_id=stage_id
        )
    return stage


def find_pipeline(session: Session, name: str) -> PipelineInfo:
    """A pipeline by name, ignoring case; the error lists the names that exist."""
    pipelines = list_pipelines(session)
    key = name.strip().casefold()
    for p in pipelines:
        if p.name.casefold() == key:
            return p
    names = ", ".join(p.name for p in pipelines)
    raise NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "There is no pipeline named '{name}'. Pipelines: {names}."),
        name=name,
        names=names,
    )


def find_stage(session: Session, pipeline_id: int, name: str) -> StageInfo:
    pipeline = get_pipeline(session, pipeline_id)
    stage = pipeline.stage_named(name)
    if stage is None:
        names = ", ".join(s.name for s in pipeline.stages)
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors", "Pipeline '{pipeline}' has no stage named '{name}'. Stages: {names}."
            ),
            pipeline=pipeline.name,
            name=name,
            names=names,
        )
    return stage


def first_pipeline(session: Session, kind: PipelineKind | str = PipelineKind.SALES) -> PipelineInfo:
    pipeline = session.scalars(
        select(Pipeline).where(Pipeline.kind == str(kind)).order_by(Pipeline.position, Pipeline.id)
    ).first()
    if pipeline is None:
        if str(kind) == PipelineKind.FUTURE:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no future pipeline."))
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no sales pipeline."))
    return _pipeline_info(pipeline)


# Whole sentences per kind of name, so each language can word them its own way.
_NAME_ERRORS = {
    "pipeline": (
        QT_TRANSLATE_NOOP("Errors", "A pipeline needs a name."),
        QT_TRANSLATE_NOOP("Errors", "A pipeline name is at most 200 characters."),
    ),
    "stage": (
        QT_TRANSLATE_NOOP("Errors", "A stage needs a name."),
        QT_TRANSLATE_NOOP("Errors", "A stage name is at most 200 characters."),
    ),
}


def _clean_name(name: str, what: str) -> str:
    empty, too_long = _NAME_ERRORS[what]
    name = (name or "").strip()
    if not name:
        raise ValidationError(empty)
    if len(name) > 200:
        raise ValidationError(too_long)
    return name


def _check_rot_days(rot_days: int | None) -> int | None:
    if rot_days is None:
        return None
    if not isinstance(rot_days, int) or rot_days < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Days before a deal stalls must be a whole number of at least 1 (got {rot_days}).",
            ),
            rot_days=rot_days,
        )
    return rot_days


def _check_probability(probability: int) -> int:
    if not isinstance(probability, int) or not 0 <= probability <= 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Probability must be between 0 and 100 (got {probability})."
            ),
            probability=probability,
        )
    return probability


def create_pipeline(
    session: Session,
    name: str,
    *,
    kind: PipelineKind | str = PipelineKind.SALES,
    stages: list[str] | None = None,
) -> PipelineInfo:
    name = _clean_name(name, "pipeline")
    if str(kind) not in {k.value for k in PipelineKind}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A pipeline kind is 'sales' or 'future' (got '{kind}')."),
            kind=kind,
        )
    if session.scalar(select(Pipeline.id).where(func.lower(Pipeline.name) == name.lower())):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A pipeline named '{name}' already exists."), name=name
        )
    position = (session.scalar(select(func.max(Pipeline.position))) or 0) + 1
    pipeline = Pipeline(name=name, kind=str(kind), position=position)
    names = stages or ["New"]
    pipeline.stages = [Stage(name=_clean_name(n, "stage"), position=i) for i, n in enumerate(names)]
    session.add(pipeline)
    session.flush()
    return _pipeline_info(pipeline)


def rename_pipeline(session: Session, pipeline_id: int, name: str) -> None:
    pipeline = _pipeline(session, pipeline_id)
    name = _clean_name(name, "pipeline")
    clash = session.scalar(
        select(Pipeline.id).where(
            func.lower(Pipeline.name) == name.lower(), Pipeline.id != pipeline_id
        )
    )
    if clash:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A pipeline named '{name}' already exists."), name=name
        )
    pipeline.name = name
    session.flush()


def _check_stage_name_free(session: Session, pipeline_id: int, name: str, skip: int | None) -> None:
    query = select(Stage.id).where(
        Stage.pipeline_id == pipeline_id, func.lower(Stage.name) == name.lower()
    )
    if skip is not None:
        query = query.where(Stage.id != skip)
    if session.scalar(query):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This pipeline already has a stage named '{name}'."),
            name=name,
        )


def add_stage(
    session: Session,
    pipeline_id: int,
    name: str,
    *,
    rot_days: int | None = None,
    probability: int = 0,
    position: int | None = None,
) -> StageInfo:
    """Add a stage at `position` (0-based; default: last), shifting later stages."""
    pipeline = _pipeline(session, pipeline_id)
    name = _clean_name(name, "stage")
    _check_stage_name_free(session, pipeline_id, name, None)
    stages = list(pipeline.stages)
    position = len(stages) if position is None else max(0, min(position, len(stages)))
    stage = Stage(
        name=name,
        rot_days=_check_rot_days(rot_days),
        probability=_check_probability(probability),
    )
    stages.insert(position, stage)
    pipeline.stages.append(stage)
    for i, s in enumerate(stages):
        s.position = i
    session.flush()
    session.expire(pipeline, ["stages"])
    return _stage_info(stage)


def update_stage(
    session: Session,
    stage_id: int,
    *,
    name: str | object = _UNSET,
    rot_days: int | object | None = _UNSET,
    probability: int | object = _UNSET,
) -> StageInfo:
    stage = _stage(session, stage_id)
    if name is not _UNSET:
        clean = _clean_name(name, "stage")  # type: ignore[arg-type]
        _check_stage_name_free(session, stage.pipeline_id, clean, stage.id)
        stage.name = clean
    if rot_days is not _UNSET:
        stage.rot_days = _check_rot_days(rot_days)  # type: ignore[arg-type]
    if probability is not _UNSET:
        stage.probability = _check_probability(probability)  # type: ignore[arg-type]
    session.flush()
    return _stage_info(stage)


def rename_stage(session: Session, stage_id: int, name: str) -> StageInfo:
    return update_stage(session, stage_id, name=name)


def reorder_stages(session: Session, pipeline_id: int, stage_ids: list[int]) -> None:
    """Give the pipeline's stages the order of `stage_ids` (all of them, once each)."""
    pipeline = _pipeline(session, pipeline_id)
    current = {s.id: s for s in pipeline.stages}
    if sorted(stage_ids) != sorted(current):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The new order must list every stage of the pipeline once.")
        )
    for i, sid in enumerate(stage_ids):
        current[sid].position = i
    session.flush()
    session.expire(pipeline, ["stages"])


def stage_deal_count(session: Session, stage_id: int) -> int:
    return session.scalar(select(func.count(Deal.id)).where(Deal.stage_id == stage_id)) or 0


def delete_stage(
    session: Session, stage_id: int, *, move_to_stage_id: int | None = None, now
) -> int:
    """Remove a stage. Its deals (of any status) must go somewhere first: pass
    `move_to_stage_id`, and each move is written to the deal's history.
    Returns how many deals were moved."""
    from funnel.pipeline.moves import move_deals

    stage = _stage(session, stage_id)
    pipeline = stage.pipeline
    if len(pipeline.stages) == 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{stage}' is the only stage of '{pipeline}'; keep one."),
            stage=stage.name,
            pipeline=pipeline.name,
        )
    deal_ids = list(session.scalars(select(Deal.id).where(Deal.stage_id == stage_id)))
    if deal_ids:
        if move_to_stage_id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Stage '{stage}' holds {count} deal(s); choose a stage to move them to.",
                ),
                stage=stage.name,
                count=len(deal_ids),
            )
        if move_to_stage_id == stage_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Deals cannot be moved to the stage being removed.")
            )
        move_deals(
            session,
            deal_ids,
            move_to_stage_id,
            now=now,
            reason=f"Stage '{stage.name}' removed",
            keep_status=True,
        )
    # Parked deals may remember this stage as their way back; send them to the target.
    for deal in session.scalars(select(Deal).where(Deal.return_stage_id == stage_id)):
        deal.return_stage_id = move_to_stage_id
    pipeline.stages.remove(stage)
    session.delete(stage)
    for i, s in enumerate(pipeline.stages):
        s.position = i
    session.flush()
    return len(deal_ids)
