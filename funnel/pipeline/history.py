"""A deal's stage history: every change, and how long it stayed after each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from funnel.errors import NotFoundError
from funnel.store.models import Deal, DealStatus, Pipeline, StageChange


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    changed_at: datetime
    kind: str
    from_pipeline: str | None
    from_stage: str | None
    from_status: str | None
    to_pipeline: str | None
    to_stage: str | None
    to_status: str
    reason: str | None
    # Days the deal then spent in `to_stage`: up to the next change, or up to
    # `today` for the stage it is still in. None once the deal is closed.
    days_spent: int | None

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "changed_at": self.changed_at.isoformat(),
            "kind": self.kind,
            "from_pipeline": self.from_pipeline,
            "from_stage": self.from_stage,
            "from_status": self.from_status,
            "to_pipeline": self.to_pipeline,
            "to_stage": self.to_stage,
            "to_status": self.to_status,
            "reason": self.reason,
            "days_spent": self.days_spent,
        }


def deal_history(session: Session, deal_id: int, *, today: date) -> list[HistoryEntry]:
    if session.get(Deal, deal_id) is None:
        raise NotFoundError(f"There is no deal with id {deal_id}.")
    names: dict[int | None, str] = {
        pid: name for pid, name in session.execute(select(Pipeline.id, Pipeline.name))
    }
    changes = session.scalars(
        select(StageChange)
        .where(StageChange.deal_id == deal_id)
        .order_by(StageChange.changed_at, StageChange.id)
    ).all()
    entries = []
    for i, c in enumerate(changes):
        if i + 1 < len(changes):
            days: int | None = (changes[i + 1].changed_at.date() - c.changed_at.date()).days
        elif c.to_status == DealStatus.OPEN:
            days = max(0, (today - c.changed_at.date()).days)
        else:
            days = None
        entries.append(
            HistoryEntry(
                id=c.id,
                changed_at=c.changed_at,
                kind=c.kind,
                from_pipeline=names.get(c.from_pipeline_id),
                from_stage=c.from_stage_name,
                from_status=c.from_status,
                to_pipeline=names.get(c.to_pipeline_id),
                to_stage=c.to_stage_name,
                to_status=c.to_status,
                reason=c.reason,
                days_spent=days,
            )
        )
    return entries
