"""Per-stage figures of a pipeline: count, and value and weighted value per
currency.

Money is totalled per currency: there are no exchange rates, and adding
roubles to dollars prints a number nobody can use. The home currency
(`funnel.store.profile.home_currency`) comes first, even at zero, so a header never
goes blank; other currencies follow, most deals first.

One grouped SELECT does the work; Python only multiplies a handful of stage
totals by their probability.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from funnel.store.models import Deal, DealStatus, Stage, from_cents
from funnel.store.profile import home_currency


@dataclass(frozen=True)
class CurrencyTotal:
    currency: str
    count: int
    value: Decimal
    weighted: Decimal  # value × the stage's probability

    def as_json(self) -> dict:
        return {
            "currency": self.currency,
            "count": self.count,
            "value": float(self.value),
            "weighted": float(self.weighted),
        }


@dataclass(frozen=True)
class StageSummary:
    stage_id: int
    name: str
    position: int
    rot_days: int | None
    probability: int
    count: int
    totals: tuple[CurrencyTotal, ...]

    def total(self, currency: str) -> CurrencyTotal:
        for t in self.totals:
            if t.currency == currency:
                return t
        return CurrencyTotal(currency, 0, Decimal(0), Decimal(0))

    def as_json(self) -> dict:
        return {
            "stage_id": self.stage_id,
            "stage": self.name,
            "count": self.count,
            "totals": [t.as_json() for t in self.totals],
            "probability": self.probability,
            "rot_days": self.rot_days,
        }


def currency_totals(
    money: dict[str, tuple[int, int]], default: str, probability: int
) -> tuple[CurrencyTotal, ...]:
    """Per-currency totals from currency -> (count, cents): the default
    currency first (even when zero), then the others, most deals first."""
    rows = sorted(money.items(), key=lambda kv: (kv[0] != default, -kv[1][0], kv[0]))
    if not rows or rows[0][0] != default:
        rows.insert(0, (default, (0, 0)))
    totals = []
    for currency, (count, cents) in rows:
        value = from_cents(cents)
        weighted = (value * probability / 100).quantize(Decimal("0.01"))
        totals.append(CurrencyTotal(currency, count, value, weighted))
    return tuple(totals)


def stage_summary(session: Session, pipeline_id: int) -> list[StageSummary]:
    """Open deals of each stage of the pipeline, stages in order (empty ones too)."""
    query = (
        select(
            Stage.id,
            Stage.name,
            Stage.position,
            Stage.rot_days,
            Stage.probability,
            Deal.currency,
            func.count(Deal.id),
            func.coalesce(func.sum(Deal.value_cents), 0),
        )
        .outerjoin(Deal, and_(Deal.stage_id == Stage.id, Deal.status == DealStatus.OPEN.value))
        .where(Stage.pipeline_id == pipeline_id)
        .group_by(Stage.id, Deal.currency)
        .order_by(Stage.position, Stage.id)
    )
    default = home_currency(session)
    stages: dict[int, tuple[str, int, int | None, int]] = {}
    money: dict[int, dict[str, tuple[int, int]]] = {}
    for sid, name, pos, rot, prob, currency, count, cents in session.execute(query):
        stages[sid] = (name, pos, rot, prob)
        per_stage = money.setdefault(sid, {})
        if currency is not None:
            per_stage[currency] = (count, cents)
    return [
        StageSummary(
            stage_id=sid,
            name=name,
            position=pos,
            rot_days=rot,
            probability=prob,
            count=sum(n for n, _ in money[sid].values()),
            totals=currency_totals(money[sid], default, prob),
        )
        for sid, (name, pos, rot, prob) in stages.items()
    ]
