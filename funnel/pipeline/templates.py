"""Starting funnels for a new file: a few trades' usual stages, or the stages
of an export from another CRM, applied to the file's sales pipeline.

Stage names are the user's data, not UI strings (see `funnel.store.defaults`):
each template carries its names in every language we ship and is written once
in the language chosen. Stall days say when a deal left in a stage is going
cold in that trade (a shop's inquiry in a day or two, a flat's paperwork in
weeks); probabilities feed the weighted forecast.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from funnel.errors import NotFoundError, ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.imports.csvfile import CsvTable
from funnel.imports.headers import auto_map
from funnel.imports.statuses import StatusWords
from funnel.pipeline.edits import PipelinePlan, StagePlan, StageRemoval, apply_pipeline_plans
from funnel.pipeline.pipelines import create_pipeline, first_pipeline, list_pipelines
from funnel.store.defaults import (
    _FUTURE_STAGES,
    _LOST_REASONS,
    _PIPELINES,
    _WIN_REASONS,
    normalize_language,
    reason_rows,
)
from funnel.store.models import (
    CloseReason,
    Deal,
    DealStatus,
    Owner,
    PipelineKind,
    ReasonKind,
    Stage,
)

TEMPLATE_KEYS = ("b2b", "retail", "real_estate", "education")
DEFAULT_TEMPLATE = "b2b"
EXPORT_ROT_DAYS = 7  # an export says nothing about stalls: a week, as the default funnel
EXPORT_MAX_STAGES = 30  # more than this is not a funnel but a column of free text


@dataclass(frozen=True)
class TemplateStage:
    name: str
    rot_days: int | None
    probability: int


_T = tuple[tuple[str, int | None, int], ...]

_TEMPLATES: dict[str, dict[str, _T]] = {
    # Agencies, consultants, IT and other services sold to companies.
    "b2b": {
        "en": (("New lead", 3, 10), ("Qualified", 7, 20), ("Meeting held", 10, 40),
               ("Proposal sent", 14, 60), ("Negotiation", 14, 80), ("Contract", 7, 90)),
        "ru": (("Новый лид", 3, 10), ("Квалификация", 7, 20), ("Встреча проведена", 10, 40),
               ("КП отправлено", 14, 60), ("Переговоры", 14, 80), ("Договор", 7, 90)),
        "pt_BR": (("Novo lead", 3, 10), ("Qualificado", 7, 20), ("Reunião feita", 10, 40),
                  ("Proposta enviada", 14, 60), ("Negociação", 14, 80), ("Contrato", 7, 90)),
    },
    # A shop or an online store: an inquiry goes cold within a day or two.
    "retail": {
        "en": (("New inquiry", 1, 10), ("Consultation", 2, 30), ("Order placed", 3, 60),
               ("Paid", 2, 85), ("Delivery", 5, 95)),
        "ru": (("Новая заявка", 1, 10), ("Консультация", 2, 30), ("Заказ оформлен", 3, 60),
               ("Оплачен", 2, 85), ("Доставка", 5, 95)),
        "pt_BR": (("Novo pedido de contato", 1, 10), ("Atendimento", 2, 30),
                  ("Pedido feito", 3, 60), ("Pago", 2, 85), ("Entrega", 5, 95)),
    },
    # Buying, selling or renting property: viewings and paperwork take weeks.
    "real_estate": {
        "en": (("New lead", 2, 10), ("Needs clarified", 5, 20), ("Viewing scheduled", 7, 35),
               ("Viewing done", 7, 50), ("Offer made", 10, 70), ("Paperwork", 21, 90)),
        "ru": (("Новый лид", 2, 10), ("Запрос уточнён", 5, 20), ("Показ назначен", 7, 35),
               ("Показ проведён", 7, 50), ("Предложение сделано", 10, 70),
               ("Оформление документов", 21, 90)),
        "pt_BR": (("Novo lead", 2, 10), ("Necessidade esclarecida", 5, 20),
                  ("Visita agendada", 7, 35), ("Visita feita", 7, 50),
                  ("Proposta feita", 10, 70), ("Documentação", 21, 90)),
    },
    # Schools, courses, tutors: from an application to a paid place.
    "education": {
        "en": (("Application", 1, 10), ("Contacted", 3, 25), ("Trial lesson", 7, 45),
               ("Offer sent", 5, 65), ("Awaiting payment", 5, 85)),
        "ru": (("Заявка", 1, 10), ("Связались", 3, 25), ("Пробное занятие", 7, 45),
               ("Предложение отправлено", 5, 65), ("Ожидает оплаты", 5, 85)),
        "pt_BR": (("Inscrição", 1, 10), ("Contato feito", 3, 25), ("Aula experimental", 7, 45),
                  ("Proposta enviada", 5, 65), ("Aguardando pagamento", 5, 85)),
    },
}  # fmt: skip


@dataclass(frozen=True)
class FunnelApplied:
    """What applying a funnel did: the sales pipeline now holding the stages
    (`created`: a new one, because the old one already held deals) and the
    future-sales pipeline that goes with it."""

    pipeline_id: int
    created: bool
    future_pipeline_id: int


def template_stages(key: str, language: str) -> tuple[TemplateStage, ...]:
    if key not in _TEMPLATES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no funnel template '{key}'."), key=key
        )
    rows = _TEMPLATES[key][normalize_language(language)]
    return tuple(TemplateStage(n, r, p) for n, r, p in rows)


def sales_pipeline_name(language: str) -> str:
    return _PIPELINES[normalize_language(language)][0]


def stages_from_export(
    table: CsvTable, mapping: Mapping[str, str] | None = None
) -> tuple[TemplateStage, ...]:
    """The stages an amoCRM/Kommo, Pipedrive or similar export's deals stand
    in, in order of first appearance (as the deals import orders new stages),
    without outcomes such as «Успешно реализовано» or "Won". When the file
    holds several pipelines, the one with the most deals is taken."""
    mapping = auto_map(table.columns) if mapping is None else mapping
    column = mapping.get("stage")
    if not column:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} has no stage column that Funnel recognises. Its columns: {columns}.",
            ),
            file=table.name,
            columns=", ".join(table.columns),
        )
    stage_at = table.column_index(column)
    pipeline_at = table.column_index(mapping["pipeline"]) if mapping.get("pipeline") else None
    words = StatusWords()
    per_pipeline: Counter[str] = Counter()
    order: dict[str, dict[str, str]] = {}  # pipeline → folded stage → stage as written
    for row in table.rows:
        if stage_at >= len(row):
            continue
        stage = " ".join(row[stage_at].split())
        if not stage or words.closing_status_of(stage):
            continue
        pipeline = (
            row[pipeline_at].strip() if pipeline_at is not None and pipeline_at < len(row) else ""
        )
        per_pipeline[pipeline] += 1
        order.setdefault(pipeline, {}).setdefault(stage.casefold(), stage)
    if not per_pipeline:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} has no open deal with a stage to learn from."),
            file=table.name,
        )
    names = list(order[per_pipeline.most_common(1)[0][0]].values())[:EXPORT_MAX_STAGES]
    last = max(len(names) - 1, 1)
    # Without the CRM's own probabilities, spread them evenly from 10 % to 90 %.
    return tuple(
        TemplateStage(name[:200], EXPORT_ROT_DAYS, 10 + round(80 * i / last))
        for i, name in enumerate(names)
    )


def _holds_deals(session: Session, pipeline_id: int) -> bool:
    return bool(session.scalar(select(func.count(Deal.id)).where(Deal.pipeline_id == pipeline_id)))


def _future_pipeline(session: Session, language: str, now: datetime) -> int:
    """The future-sales pipeline, made if missing; an untouched built-in one
    (its default name, no deals) takes the chosen language's names."""
    lang = normalize_language(language)
    future_name = _PIPELINES[lang][1]
    future = [p for p in list_pipelines(session) if p.kind == PipelineKind.FUTURE.value]
    if not future:
        names = [n for n, _r, _p in _FUTURE_STAGES[lang]]
        info = create_pipeline(session, future_name, kind=PipelineKind.FUTURE, stages=names)
        for stage, (_n, rot, probability) in zip(info.stages, _FUTURE_STAGES[lang], strict=True):
            stored = session.get(Stage, stage.id)
            assert stored is not None
            stored.rot_days, stored.probability = rot, probability
        session.flush()
        return info.id
    pipeline = future[0]
    default_names = {names[1] for names in _PIPELINES.values()}
    taken = {p.name.casefold() for p in list_pipelines(session) if p.id != pipeline.id}
    if (
        pipeline.name in default_names
        and pipeline.name != future_name
        and future_name.casefold() not in taken
        and not _holds_deals(session, pipeline.id)
    ):
        default_stages = {s[0][0] for s in _FUTURE_STAGES.values()}
        stages = tuple(
            StagePlan(
                f"s{s.id}",
                _FUTURE_STAGES[lang][0][0] if s.name in default_stages else s.name,
                s.rot_days,
                s.probability,
                s.id,
            )
            for s in pipeline.stages
        )
        plan = PipelinePlan(pipeline.id, future_name, PipelineKind.FUTURE.value, stages)
        apply_pipeline_plans(session, [plan], now=now)
    return pipeline.id


def _localize_reasons(session: Session, language: str) -> None:
    """The built-in win and lost reasons of another language, unused yet, are
    rewritten in this one (someone chose their language on the first start)."""
    lang = normalize_language(language)
    for kind, defaults, status in (
        (ReasonKind.LOST, _LOST_REASONS, DealStatus.LOST),
        (ReasonKind.WON, _WIN_REASONS, DealStatus.WON),
    ):
        reasons = list(
            session.scalars(
                select(CloseReason).where(CloseReason.kind == kind).order_by(CloseReason.position)
            )
        )
        texts = [r.text for r in reasons]
        wanted = defaults[lang]
        if texts == wanted or texts not in list(defaults.values()):
            continue
        if session.scalar(select(func.count(Deal.id)).where(Deal.status == status)):
            continue
        for reason in reasons:
            session.delete(reason)
        session.flush()
        session.add_all(reason_rows(kind, wanted))
        session.flush()


def _localize_owner(session: Session, language: str) -> None:
    owner = session.scalar(select(Owner).where(Owner.is_default.is_(True)).limit(1))
    defaults = {names[2] for names in _PIPELINES.values()}
    if owner is not None and owner.name in defaults:
        me = _PIPELINES[normalize_language(language)][2]
        if not session.scalar(select(Owner.id).where(Owner.name == me, Owner.id != owner.id)):
            owner.name = me
            session.flush()


def _free_name(session: Session, name: str) -> str:
    """'Current sales', else 'Current sales 2', 'Current sales 3'…"""
    taken = {p.name.casefold() for p in list_pipelines(session)}
    candidate, n = name, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{name} {n}"
    return candidate


def apply_funnel(
    session: Session,
    stages: Sequence[TemplateStage],
    *,
    language: str,
    now: datetime,
    pipeline_name: str | None = None,
) -> FunnelApplied:
    """Give the file's first sales pipeline these stages (its old ones hold no
    deal; if it holds deals, a new pipeline is made instead, nothing moves),
    name it, and make sure a future-sales pipeline exists. The built-in names
    the file started with (pipelines, "Me", lost reasons) follow `language`."""
    name = (pipeline_name or "").strip() or sales_pipeline_name(language)
    plan_stages = tuple(
        StagePlan(f"new{i}", s.name, s.rot_days, s.probability) for i, s in enumerate(stages)
    )
    try:
        current = first_pipeline(session, PipelineKind.SALES)
    except NotFoundError:  # no sales pipeline at all: the plan below makes one
        current = None
    if current is not None and not _holds_deals(session, current.id):
        removals = tuple(StageRemoval(s.id, s.name) for s in current.stages)
        plan = PipelinePlan(current.id, name, PipelineKind.SALES.value, plan_stages, removals)
        created = False
    else:
        if not (pipeline_name or "").strip():
            name = _free_name(session, name)
        plan = PipelinePlan(None, name, PipelineKind.SALES.value, plan_stages)
        created = True
    (pipeline_id,) = apply_pipeline_plans(session, [plan], now=now)
    future_id = _future_pipeline(session, language, now)
    _localize_reasons(session, language)
    _localize_owner(session, language)
    return FunnelApplied(pipeline_id, created, future_id)
