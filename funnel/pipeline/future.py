"""What the board of a Future-sales pipeline reads: its parked deals grouped by
when they come back, as board cards that pass the board's filters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from funnel.pipeline.board import BoardCard, BoardFilters, board_cards
from funnel.pipeline.parked import FutureGroup, future_board
from funnel.pipeline.pipelines import get_pipeline
from funnel.store.models import PipelineKind
from funnel.store.settings import get_setting


@dataclass(frozen=True)
class FutureBoard:
    stage_id: int  # the stage every parked deal of this pipeline is in
    groups: list[FutureGroup]
    cards: list[list[BoardCard]]  # per group, soonest return first
    returns: dict[int, tuple[date | None, int]]  # deal id -> (return date, days overdue)
    default_currency: str


def is_future(session: Session, pipeline_id: int) -> bool:
    return get_pipeline(session, pipeline_id).kind == PipelineKind.FUTURE


def load_future_board(
    session: Session, pipeline_id: int, *, today: date, filters: BoardFilters
) -> FutureBoard:
    """The buckets of one future pipeline; the cards pass the board's filters."""
    pipeline = get_pipeline(session, pipeline_id)
    stage_id = pipeline.stages[0].id if pipeline.stages else -1
    cards = {c.id: c for c in board_cards(session, pipeline_id, today=today, filters=filters)}
    groups = [
        FutureGroup(
            g.group,
            g.first_day,
            g.last_day,
            tuple(d for d in g.deals if d.pipeline_id == pipeline_id),
            0,
            {},
        )
        for g in future_board(session, today=today, owner_id=filters.owner_id)
    ]
    returns = {d.id: (d.return_on, d.days_overdue) for g in groups for d in g.deals}
    per_group = [[cards[d.id] for d in g.deals if d.id in cards] for g in groups]
    default = str(get_setting(session, "default_currency", "USD"))
    return FutureBoard(stage_id, groups, per_group, returns, default)
