"""The sales pipelines' figures at one moment: open deals, their value per
currency, and how many are stalled. A finished review keeps them as its
snapshot, and the next review's summary compares with it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from funnel.pipeline.stalls import stalled_counts
from funnel.store.models import Deal, DealStatus, Pipeline, PipelineKind, from_cents


@dataclass(frozen=True)
class PipelineFigures:
    """The open deals of the sales pipelines at one moment."""

    open_count: int
    value: dict[str, Decimal]  # per currency
    stalled: int

    def as_json(self) -> dict:
        return {
            "open": self.open_count,
            "value": {cur: float(v) for cur, v in sorted(self.value.items())},
            "stalled": self.stalled,
        }

    @classmethod
    def from_json(cls, data: dict | None) -> PipelineFigures | None:
        if not isinstance(data, dict):
            return None
        values = data.get("value") or {}
        return cls(
            int(data.get("open", 0)),
            {str(c): Decimal(str(v)).quantize(Decimal("0.01")) for c, v in values.items()},
            int(data.get("stalled", 0)),
        )


def pipeline_figures(session: Session, *, today: date) -> PipelineFigures:
    """One grouped SELECT for count and value, one per-stage count for stalls."""
    sales = select(Pipeline.id).where(Pipeline.kind == PipelineKind.SALES.value)
    rows = session.execute(
        select(Deal.currency, func.count(), func.sum(Deal.value_cents))
        .where(Deal.status == DealStatus.OPEN.value, Deal.pipeline_id.in_(sales))
        .group_by(Deal.currency)
    ).all()
    stalled = sum(stalled_counts(session, None, today=today).values())
    return PipelineFigures(
        sum(n for _, n, _ in rows), {cur: from_cents(c) for cur, _, c in rows}, stalled
    )
