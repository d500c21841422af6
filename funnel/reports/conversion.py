"""Conversion funnel: of the deals that entered each stage in the period, how
many reached the next stage, and how many were won.

Rules (read from the stage history):
- A deal *enters* a stage the first time it arrives there or at any later
  stage of the pipeline: a deal that skipped a stage counts as having passed
  it, at the moment it jumped over it. A won deal has passed every stage, at
  the latest when it was won.
- Each deal counts once per stage, at its first arrival: a deal reopened after
  it was lost, or brought back from Future sales, does not enter its stage a
  second time. Whether it *reached the next stage* or was *won* is read as of
  now, however long after the period that happened; won means the deal is won
  now, in this pipeline (a loss followed by a reopening and a win is a win).
- A deal moved between pipelines counts in each pipeline for the stages it
  reached there; in the one it left it is a drop-off after its last stage.
- Time in Future sales is not a stage of a sales pipeline: parking is a
  drop-off only if the deal never comes back further along.
- The owner filter is the deal's owner now.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from funnel.pipeline.pipelines import PipelineInfo, first_pipeline, get_pipeline
from funnel.reports.period import NO_FILTERS, Filters, Period
from funnel.reports.sql import open_between, ratio
from funnel.store.models import Deal, DealStatus, StageChange


@dataclass(frozen=True)
class ConversionStage:
    stage_id: int
    name: str
    entered: int  # deals that entered the stage in the period
    advanced: int  # … of which reached a later stage (the last stage: won)
    won: int  # … of which are won

    @property
    def dropped(self) -> int:
        return self.entered - self.advanced

    @property
    def advance_rate(self) -> float | None:
        return ratio(self.advanced, self.entered)

    @property
    def win_rate(self) -> float | None:
        return ratio(self.won, self.entered)

    def as_json(self) -> dict:
        return {
            "stage": self.name,
            "entered": self.entered,
            "advanced": self.advanced,
            "dropped": self.dropped,
            "won": self.won,
            "advance_rate": self.advance_rate,
            "win_rate": self.win_rate,
        }


@dataclass(frozen=True)
class ConversionReport:
    period: Period
    filters: Filters
    pipeline_id: int
    pipeline: str
    stages: tuple[ConversionStage, ...]

    @property
    def entered(self) -> int:
        return self.stages[0].entered if self.stages else 0

    @property
    def won(self) -> int:
        return self.stages[0].won if self.stages else 0

    def as_json(self) -> dict:
        return {
            "period": self.period.as_json(),
            "pipeline": self.pipeline,
            "entered": self.entered,
            "won": self.won,
            "stages": [s.as_json() for s in self.stages],
        }


def report_pipeline(session: Session, pipeline_id: int | None) -> PipelineInfo:
    """The pipeline asked for, or the first sales pipeline."""
    return first_pipeline(session) if pipeline_id is None else get_pipeline(session, pipeline_id)


def conversion(session: Session, period: Period, filters: Filters = NO_FILTERS) -> ConversionReport:
    """One pass over the pipeline's changes grouped by deal gives each deal's
    arrival at "this stage or further" for every stage; one aggregate over
    those rows counts them. The conversion of the first sales pipeline when no
    pipeline is chosen (stages of different pipelines do not line up)."""
    pipeline = report_pipeline(session, filters.pipeline_id)
    stages = pipeline.stages
    if not stages:
        return ConversionReport(period, filters, pipeline.id, pipeline.name, ())
    sc = StageChange
    # Per deal: its first arrival at each stage or further, and its first win
    # here. A stage's rank in the pipeline is a CASE on its id (no join).
    rank = case(
        (sc.to_status == DealStatus.OPEN.value,
         case({s.id: i for i, s in enumerate(stages)}, value=sc.to_stage_id)),
    )  # fmt: skip
    arrivals = [
        func.min(case((rank >= i, sc.changed_at))).label(f"e{i}") for i in range(len(stages))
    ]
    won_at = func.min(case((sc.to_status == DealStatus.WON.value, sc.changed_at))).label("won_at")
    per_deal = (
        select(sc.deal_id.label("deal_id"), *arrivals, won_at)
        .where(
            sc.to_pipeline_id == pipeline.id,
            sc.to_status.in_((DealStatus.OPEN.value, DealStatus.WON.value)),
            # A deal that enters a stage in the period is open in it then.
            sc.deal_id.in_(open_between(period.since, period.until)),
        )
        .group_by(sc.deal_id)
        .subquery("per_deal")
    )
    # Won is the deal's status now; a won deal has passed every stage.
    is_won = and_(Deal.status == DealStatus.WON.value, Deal.pipeline_id == pipeline.id)
    reached = [
        case((is_won, func.coalesce(per_deal.c[f"e{i}"], per_deal.c.won_at)),
             else_=per_deal.c[f"e{i}"]).label(f"e{i}")
        for i in range(len(stages))
    ]  # fmt: skip
    query = select(*reached, case((is_won, 1), else_=0).label("won")).join_from(
        per_deal, Deal, Deal.id == per_deal.c.deal_id
    )
    if filters.owner_id is not None:
        query = query.where(Deal.owner_id == filters.owner_id)
    d = query.subquery("reached")
    columns = []
    for i in range(len(stages)):
        entered = and_(d.c[f"e{i}"] >= period.since, d.c[f"e{i}"] < period.until)
        advanced = d.c[f"e{i + 1}"].is_not(None) if i + 1 < len(stages) else d.c.won == 1
        columns += [
            func.sum(case((entered, 1), else_=0)),
            func.sum(case((and_(entered, advanced), 1), else_=0)),
            func.sum(case((and_(entered, d.c.won == 1), 1), else_=0)),
        ]
    row = session.execute(select(*columns)).one()
    out = tuple(
        ConversionStage(s.id, s.name, int(row[3 * i] or 0), int(row[3 * i + 1] or 0),
                        int(row[3 * i + 2] or 0))
        for i, s in enumerate(stages)
    )  # fmt: skip
    return ConversionReport(period, filters, pipeline.id, pipeline.name, out)
