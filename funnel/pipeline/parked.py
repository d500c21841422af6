"""Reading parked deals: one deal with where it returns to, the deals whose
return date has come (Today's "Returning"), and the Future board grouped by
when they return. Parking and unparking live in `funnel.pipeline.parking`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from operator import itemgetter
from typing import NamedTuple

from dateutil.relativedelta import relativedelta
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from funnel.errors import NotFoundError, ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.models import (
    Client,
    Deal,
    DealStatus,
    Pipeline,
    PipelineKind,
    Stage,
    from_cents,
)


class ReturnGroup(enum.StrEnum):
    OVERDUE = "overdue"  # the return date has passed
    THIS_MONTH = "this_month"  # today to the end of this month
    NEXT_MONTH = "next_month"
    IN_2_3_MONTHS = "in_2_3_months"  # the two months after next month
    LATER = "later"


class ParkedDeal(NamedTuple):
    """An open deal parked in a future pipeline. (A NamedTuple: the Future board
    may hold 100,000s.)"""

    id: int
    title: str
    client_id: int | None
    client: str | None
    value_cents: int
    currency: str
    owner_id: int | None
    pipeline_id: int  # the future pipeline it is parked in
    stage_id: int
    return_on: date | None
    return_pipeline_id: int | None
    return_stage_id: int | None
    return_stage: str | None  # the remembered stage's name
    parked_at: datetime  # UTC, when it entered the future stage
    days_overdue: int  # days since the return date passed; 0 until then

    @property
    def value(self) -> Decimal:
        return from_cents(self.value_cents)

    @property
    def return_overdue(self) -> bool:
        """The return date has passed without the deal being brought back."""
        return self.days_overdue > 0

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "client_id": self.client_id,
            "client": self.client,
            "value": float(self.value),
            "currency": self.currency,
            "return_on": self.return_on.isoformat() if self.return_on else None,
            "return_stage": self.return_stage,
            "days_overdue": self.days_overdue,
            "return_overdue": self.return_overdue,
        }


@dataclass(frozen=True)
class FutureGroup:
    group: ReturnGroup
    first_day: date | None  # the range of return dates (None = open-ended)
    last_day: date | None
    deals: tuple[ParkedDeal, ...]  # soonest return first
    count: int
    totals: dict[str, Decimal]  # value per currency


def _parked_query(session: Session):
    """Open deals in future pipelines. The pipeline ids are read first and
    inlined, so the planner sees `pipeline_id IN (…)` and walks the pipeline
    index instead of every open deal."""
    future = list(
        session.scalars(select(Pipeline.id).where(Pipeline.kind == PipelineKind.FUTURE.value))
    )
    return (
        select(
            Deal.id,
            Deal.title,
            Deal.client_id,
            Client.name,
            Deal.value_cents,
            Deal.currency,
            Deal.owner_id,
            Deal.pipeline_id,
            Deal.stage_id,
            Deal.return_on,
            Deal.return_pipeline_id,
            Deal.return_stage_id,
            Deal.stage_entered_at,
        )
        .outerjoin(Client, Client.id == Deal.client_id)
        .where(Deal.status == DealStatus.OPEN.value, Deal.pipeline_id.in_(future))
    )


def _stage_names(session: Session) -> dict[int, str]:
    return {stage_id: name for stage_id, name in session.execute(select(Stage.id, Stage.name))}


def _parked_row(r, today: date, stage_names: dict[int, str]) -> ParkedDeal:
    on = r[9]
    overdue = (today - on).days if on is not None and on < today else 0
    return tuple.__new__(ParkedDeal, (*r[:12], stage_names.get(r[11]), r[12], overdue))


def get_parked_deal(session: Session, deal_id: int, *, today: date) -> ParkedDeal:
    """One parked deal with where it will return to (for the unpark dialog)."""
    found = session.execute(_parked_query(session).where(Deal.id == deal_id)).first()
    if found is None:
        title = session.scalar(select(Deal.title).where(Deal.id == deal_id))
        if title is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no deal with id {deal_id}."), deal_id=deal_id
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Deal '{title}' is not parked."), title=title
        )
    return _parked_row(found, today, _stage_names(session))


def returning_deals(
    session: Session,
    *,
    today: date,
    owner_id: int | None = None,
    limit: int | None = None,
    pipeline_id: int | None = None,
) -> list[ParkedDeal]:
    """Parked deals whose return date has come (today or earlier), longest
    waiting first: Today's "Returning" section. With `pipeline_id`, those
    parked in it or coming back to it."""
    query = _parked_query(session).where(Deal.return_on <= today)
    if owner_id is not None:
        query = query.where(Deal.owner_id == owner_id)
    if pipeline_id is not None:
        query = query.where(
            or_(Deal.pipeline_id == pipeline_id, Deal.return_pipeline_id == pipeline_id)
        )
    query = query.order_by(Deal.return_on, Deal.id)
    if limit is not None:
        query = query.limit(limit)
    names = _stage_names(session)
    return [_parked_row(r, today, names) for r in session.connection().execute(query)]


def return_group(return_on: date | None, today: date) -> ReturnGroup:
    if return_on is None or return_on < today:
        return ReturnGroup.OVERDUE  # no date at all needs a look as much as a late one
    months = (return_on.year - today.year) * 12 + return_on.month - today.month
    if months == 0:
        return ReturnGroup.THIS_MONTH
    if months == 1:
        return ReturnGroup.NEXT_MONTH
    if months <= 3:
        return ReturnGroup.IN_2_3_MONTHS
    return ReturnGroup.LATER


def _group_range(group: ReturnGroup, today: date) -> tuple[date | None, date | None]:
    first_of_month = today.replace(day=1)
    month = relativedelta(months=1)
    day = relativedelta(days=1)
    return {
        ReturnGroup.OVERDUE: (None, today - day),
        ReturnGroup.THIS_MONTH: (today, first_of_month + month - day),
        ReturnGroup.NEXT_MONTH: (first_of_month + month, first_of_month + 2 * month - day),
        ReturnGroup.IN_2_3_MONTHS: (first_of_month + 2 * month, first_of_month + 4 * month - day),
        ReturnGroup.LATER: (first_of_month + 4 * month, None),
    }[group]


def future_board(
    session: Session, *, today: date, owner_id: int | None = None
) -> list[FutureGroup]:
    """Open parked deals grouped by when they return: overdue, this month, next
    month, in 2–3 months, later — all five groups, empty ones too; in each,
    soonest return first. One SELECT; bucketing is a few date comparisons per
    deal."""
    query = _parked_query(session)
    if owner_id is not None:
        query = query.where(Deal.owner_id == owner_id)
    names = _stage_names(session)
    # Each group's last day, in group order: a deal goes to the first that holds it.
    bounds = [(_group_range(g, today)[1], g) for g in ReturnGroup if g != ReturnGroup.LATER]
    buckets: dict[ReturnGroup, list[ParkedDeal]] = {g: [] for g in ReturnGroup}
    undated: list[ParkedDeal] = []  # should not happen (`funnel check` reports it)
    cents: dict[ReturnGroup, dict[str, int]] = {g: {} for g in ReturnGroup}
    for r in session.connection().execute(query):
        row = _parked_row(r, today, names)
        on = row.return_on
        group = ReturnGroup.LATER
        if on is None:
            group = ReturnGroup.OVERDUE
            undated.append(row)
        else:
            for last, candidate in bounds:
                if on <= last:  # type: ignore[operator]
                    group = candidate
                    break
            buckets[group].append(row)
        sums = cents[group]
        sums[row.currency] = sums.get(row.currency, 0) + row.value_cents
    groups = []
    for group, rows in buckets.items():
        rows.sort(key=_BY_RETURN)
        if group == ReturnGroup.OVERDUE:
            rows[:0] = undated
        first, last = _group_range(group, today)
        totals = {cur: from_cents(c) for cur, c in cents[group].items()}
        groups.append(FutureGroup(group, first, last, tuple(rows), len(rows), totals))
    return groups


_BY_RETURN = itemgetter(ParkedDeal._fields.index("return_on"), 0)
