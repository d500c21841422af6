"""Future sales: parking a deal that is "not ready this month" and bringing it
back on its return date.

Parking moves the deal into the first stage of a `future` pipeline (a
StageChange of kind `parked`), remembers the pipeline and stage it came from,
sets `return_on` and adds a "call back" activity due that day. A parked deal
never stalls; once its return date has passed it is *return overdue*.
Unparking moves it back (kind `unparked`) with a fresh time in stage.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from operator import itemgetter
from typing import NamedTuple

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from funnel.errors import NotFoundError, ValidationError
from funnel.followups.bounds import check_day
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.pipeline.moves import DealState, MoveResult, ParkExtras, move_deal
from funnel.store.models import (
    Activity,
    ActivityKind,
    ChangeKind,
    Client,
    Deal,
    DealStatus,
    Note,
    Pipeline,
    PipelineKind,
    Stage,
    from_cents,
)
from funnel.timeutil import utc_naive

PARK_PERIODS = (1, 3, 6)  # months offered by "Not ready this month"
MAX_PARK_MONTHS = 60
CALLBACK_SUBJECT = "Call back"  # the UI passes its translation as `callback_subject`

# A sentence per status, so each language can agree the words its own way.
_NOT_OPEN = {
    DealStatus.WON: QT_TRANSLATE_NOOP(
        "Errors", "Deal '{title}' is won; only an open deal is parked."
    ),
    DealStatus.LOST: QT_TRANSLATE_NOOP(
        "Errors", "Deal '{title}' is lost; only an open deal is parked."
    ),
    DealStatus.ARCHIVED: QT_TRANSLATE_NOOP(
        "Errors", "Deal '{title}' is archived; only an open deal is parked."
    ),
}


def return_date(today: date, months: int) -> date:
    """`months` calendar months after today, staying inside the target month:
    31 January + 1 month is 28 February (29 in a leap year), not 3 March, since
    "call me back next month" means that month."""
    return today + relativedelta(months=months)


def _deal(session: Session, deal_id: int) -> Deal:
    deal = session.get(Deal, deal_id)
    if deal is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no deal with id {deal_id}."), deal_id=deal_id
        )
    return deal


def _future_stage(session: Session, future_pipeline_id: int | None) -> Stage:
    query = select(Pipeline).where(Pipeline.kind == PipelineKind.FUTURE.value)
    if future_pipeline_id is not None:
        query = query.where(Pipeline.id == future_pipeline_id)
    pipeline = session.scalars(query.order_by(Pipeline.position, Pipeline.id)).first()
    if pipeline is None:
        if future_pipeline_id is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Pipeline {future_pipeline_id} is not a future-sales pipeline."
                ),
                future_pipeline_id=future_pipeline_id,
            )
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no future-sales pipeline to park deals in.")
        )
    if not pipeline.stages:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Pipeline '{pipeline}' has no stage to park deals in."),
            pipeline=pipeline.name,
        )
    return pipeline.stages[0]


def _return_on(today: date, months: int | None, until: date | None) -> date:
    if (months is None) == (until is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Say when to call back: in a number of months or on a date (one of the two).",
            )
        )
    if months is not None:
        if (
            isinstance(months, bool)
            or not isinstance(months, int)
            or not 1 <= months <= MAX_PARK_MONTHS
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Park for 1 to {max_park_months} months (got {months})."
                ),
                max_park_months=MAX_PARK_MONTHS,
                months=months,
            )
        return return_date(today, months)
    assert until is not None
    check_day(until, "return")
    if until <= today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The return date {until} is not after today ({today}); choose a later date.",
            ),
            until=until.isoformat(),
            today=today.isoformat(),
        )
    return until


def park_deal(
    session: Session,
    deal_id: int,
    *,
    today: date,
    now: datetime,
    months: int | None = None,
    until: date | None = None,
    note: str | None = None,
    future_pipeline_id: int | None = None,
    callback_subject: str = CALLBACK_SUBJECT,
) -> MoveResult:
    """ "Not ready this month": park an open deal until `today + months` or
    `until`. `revert_move(result)` undoes it all (the call-back and note too)."""
    deal = _deal(session, deal_id)
    on = _return_on(today, months, until)
    if deal.status != DealStatus.OPEN:
        raise ValidationError(_NOT_OPEN[DealStatus(deal.status)], title=deal.title)
    if deal.pipeline.kind == PipelineKind.FUTURE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Deal '{title}' is already parked until {return_on}."),
            title=deal.title,
            return_on=_day(deal.return_on),
        )
    note = (note or "").strip() or None
    subject = (callback_subject or "").strip() or CALLBACK_SUBJECT
    stage = _future_stage(session, future_pipeline_id)
    moved = move_deal(
        session, deal.id, stage.id, now=now, kind=ChangeKind.PARKED, reason=note and note[:500]
    )
    return _finish_park(session, deal, moved, on, subject, note, now)


def _day(on: date | None) -> str:
    return on.isoformat() if on else "an unknown date"


def _finish_park(
    session: Session,
    deal: Deal,
    moved: MoveResult,
    on: date,
    subject: str,
    note: str | None,
    now: datetime,
) -> MoveResult:
    deal.return_on = on
    deal.return_pipeline_id = moved.before.pipeline_id
    deal.return_stage_id = moved.before.stage_id
    moment = utc_naive(now)
    callback = Activity(
        kind=ActivityKind.CALL.value,
        subject=subject,
        deal_id=deal.id,
        client_id=deal.client_id,
        owner_id=deal.owner_id,
        due_date=on,
        notes=note or "",
        created_at=moment,
    )
    session.add(callback)
    note_row = Note(deal_id=deal.id, body=note, created_at=moment) if note else None
    if note_row is not None:
        session.add(note_row)
    session.flush()
    extras = ParkExtras(callback.id, subject, note_row.id if note_row else None, note)
    return replace(moved, after=DealState.of(deal), park=extras)


def repark(session: Session, result: MoveResult) -> MoveResult:
    """Redo an undone park exactly: same moment, return date, call-back and note."""
    deal = _deal(session, result.deal_id)
    moved = move_deal(
        session,
        deal.id,
        result.after.stage_id,
        now=result.after.stage_entered_at,
        kind=ChangeKind.PARKED,
        reason=result.park.note[:500] if result.park and result.park.note else None,
    )
    assert result.after.return_on is not None
    extras = result.park
    return _finish_park(
        session,
        deal,
        moved,
        result.after.return_on,
        extras.activity_subject if extras else CALLBACK_SUBJECT,
        extras.note if extras else None,
        result.after.stage_entered_at,
    )


def unpark_deal(
    session: Session, deal_id: int, *, now: datetime, stage_id: int | None = None
) -> MoveResult:
    """Bring a parked deal back into the stage it came from (or `stage_id`) with
    a fresh time in stage. The call-back activity stays: it is the next step."""
    deal = _deal(session, deal_id)
    if deal.status != DealStatus.OPEN or deal.pipeline.kind != PipelineKind.FUTURE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Deal '{title}' is not parked."), title=deal.title
        )
    if stage_id is None:
        stage_id = deal.return_stage_id or _fallback_stage(session, deal.return_pipeline_id)
    stage = session.get(Stage, stage_id)
    if stage is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no stage with id {stage_id}."), stage_id=stage_id
        )
    if stage.pipeline.kind == PipelineKind.FUTURE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "'{stage}' is a future-sales stage; choose a stage of a sales pipeline."
            ),
            stage=stage.name,
        )
    moved = move_deal(session, deal.id, stage.id, now=now, kind=ChangeKind.UNPARKED)
    deal.return_on = None
    deal.return_pipeline_id = None
    deal.return_stage_id = None
    session.flush()
    return replace(moved, after=DealState.of(deal))


def _fallback_stage(session: Session, pipeline_id: int | None) -> int:
    """The remembered stage was removed: the first stage of the remembered
    pipeline, else of the first sales pipeline."""
    query = (
        select(Stage.id)
        .join(Pipeline, Pipeline.id == Stage.pipeline_id)
        .where(Pipeline.kind == PipelineKind.SALES.value)
        .order_by(Pipeline.id != pipeline_id, Pipeline.position, Pipeline.id, Stage.position)
        .limit(1)
    )
    found = session.scalar(query)
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no sales pipeline to bring the deal back to.")
        )
    return found


# --- reading ----------------------------------------------------------------------


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
    session: Session, *, today: date, owner_id: int | None = None, limit: int | None = None
) -> list[ParkedDeal]:
    """Parked deals whose return date has come (today or earlier), longest
    waiting first: Today's "Returning" section."""
    query = _parked_query(session).where(Deal.return_on <= today)
    if owner_id is not None:
        query = query.where(Deal.owner_id == owner_id)
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
