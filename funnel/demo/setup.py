"""What the demo needs before its first deal: owners, the wholesale pipeline,
lost reasons, and the ids of the stages deals go into.

Made through the ordinary services (a handful of rows); the bulk of the data
is written with Core inserts by `funnel.demo.maker`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from funnel.demo.data import LANGUAGE_OF_CURRENCY, LOST_REASONS, OWNERS, WHOLESALE_PIPELINE
from funnel.demo.people import translit
from funnel.errors import NotFoundError, ValidationError
from funnel.pipeline.pipelines import (
    PipelineInfo,
    create_pipeline,
    first_pipeline,
    list_pipelines,
    update_stage,
)
from funnel.store.models import CloseReason, Owner, PipelineKind, ReasonKind
from funnel.store.settings import get_setting


@dataclass(frozen=True)
class StagePlace:
    id: int
    name: str
    rot_days: int | None


@dataclass(frozen=True)
class PipelinePlace:
    id: int
    name: str
    stages: tuple[StagePlace, ...]

    @classmethod
    def of(cls, info: PipelineInfo) -> PipelinePlace:
        return cls(
            info.id, info.name, tuple(StagePlace(s.id, s.name, s.rot_days) for s in info.stages)
        )


@dataclass(frozen=True)
class DemoSetup:
    language: str  # of the database: owners, tags, the wholesale pipeline's name
    main: PipelinePlace
    wholesale: PipelinePlace | None
    future: PipelinePlace | None
    owner_ids: tuple[int, ...]  # the default owner first
    owners_created: int
    lost_reasons: tuple[str, ...]


def database_language(session: Session) -> str:
    """The language the file was started in, told by its default currency."""
    return LANGUAGE_OF_CURRENCY.get(str(get_setting(session, "default_currency", "USD")), "en")


def _owners(session: Session, language: str) -> tuple[tuple[int, ...], int]:
    default = session.scalar(select(Owner.id).where(Owner.is_default.is_(True)).limit(1))
    existing = {name: oid for oid, name in session.execute(select(Owner.id, Owner.name))}
    created = 0
    ids = [default] if default is not None else []
    for name in OWNERS[language]:
        if name not in existing:
            first, _, last = name.partition(" ")
            owner = Owner(name=name, email=f"{translit(first)}.{translit(last)}@example.com")
            session.add(owner)
            session.flush()
            existing[name] = owner.id
            created += 1
        ids.append(existing[name])
    return tuple(ids), created


def _wholesale(session: Session, language: str, main_id: int) -> PipelinePlace | None:
    name, stages = WHOLESALE_PIPELINE[language]
    for p in list_pipelines(session):
        if p.name.casefold() == name.casefold():
            ok = p.id != main_id and p.kind == PipelineKind.SALES and p.stages
            return PipelinePlace.of(p) if ok else None
    info = create_pipeline(session, name, stages=[s for s, _, _ in stages])
    for stage, (_, rot_days, probability) in zip(info.stages, stages, strict=True):
        update_stage(session, stage.id, rot_days=rot_days, probability=probability)
    return PipelinePlace.of(next(p for p in list_pipelines(session) if p.id == info.id))


def _lost_reasons(session: Session, language: str) -> tuple[str, ...]:
    lost = CloseReason.kind == ReasonKind.LOST
    reasons = tuple(
        session.scalars(
            select(CloseReason.text)
            .where(lost, CloseReason.retired.is_(False))
            .order_by(CloseReason.position)
        )
    )
    if reasons:
        return reasons
    start = session.scalar(select(func.count(CloseReason.id)).where(lost)) or 0
    for i, text in enumerate(LOST_REASONS[language]):
        session.add(CloseReason(kind=ReasonKind.LOST, text=text, position=start + i, retired=False))
    session.flush()
    return LOST_REASONS[language]


def prepare(session: Session) -> DemoSetup:
    language = database_language(session)
    try:
        main = PipelinePlace.of(first_pipeline(session))
    except NotFoundError as exc:
        raise ValidationError("Demo data needs a sales pipeline; this file has none.") from exc
    if not main.stages:
        raise ValidationError(f"Pipeline '{main.name}' has no stages to put demo deals in.")
    try:
        future_info = first_pipeline(session, PipelineKind.FUTURE)
        future = PipelinePlace.of(future_info) if future_info.stages else None
    except NotFoundError:
        future = None
    owner_ids, created = _owners(session, language)
    return DemoSetup(
        language=language,
        main=main,
        wholesale=_wholesale(session, language, main.id),
        future=future,
        owner_ids=owner_ids,
        owners_created=created,
        lost_reasons=_lost_reasons(session, language),
    )
