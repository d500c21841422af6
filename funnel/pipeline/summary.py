"""Per-stage figures of a pipeline: count, value, weighted value.

One grouped SELECT does the work; Python only multiplies a handful of stage
totals by their probability.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from funnel.store.models import Deal, DealStatus, Stage, from_cents


@dataclass(frozen=True)
class StageSummary:
    stage_id: int
    name: str
    position: int
    rot_days: int | None
    probability: int
    count: int
    value: Decimal
    weighted: Decimal

    def as_json(self) -> dict:
        return {
            "stage_id": self.stage_id,
            "stage": self.name,
            "count": self.count,
            "value": float(self.value),
            "weighted": float(self.weighted),
            "probability": self.probability,
            "rot_days": self.rot_days,
        }


def stage_summary(session: Session, pipeline_id: int) -> list[StageSummary]:
    """Open deals of each stage of the pipeline, stages in order (empty ones too)."""
    query = (
        select(
            Stage.id,
            Stage.name,
            Stage.position,
            Stage.rot_days,
            Stage.probability,
            func.count(Deal.id),
            func.coalesce(func.sum(Deal.value_cents), 0),
        )
        .outerjoin(Deal, and_(Deal.stage_id == Stage.id, Deal.status == DealStatus.OPEN.value))
        .where(Stage.pipeline_id == pipeline_id)
        .group_by(Stage.id)
        .order_by(Stage.position)
    )
    out = []
    for sid, name, pos, rot, prob, count, cents in session.execute(query):
        value = from_cents(cents)
        weighted = (value * prob / 100).quantize(Decimal("0.01"))
        out.append(StageSummary(sid, name, pos, rot, prob, count, value, weighted))
    return out
