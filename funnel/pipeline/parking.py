"""Future sales: parking a deal that is "not ready this month" and bringing it
back on its return date.

Parking moves the deal into the first stage of a `future` pipeline (a
StageChange of kind `parked`), remembers the pipeline and stage it came from,
sets `return_on` and adds a "call back" activity due that day. A parked deal
never stalls; once its return date has passed it is *return overdue*.
Unparking moves it back (kind `unparked`) with a fresh time in stage.
Reading the parked deals (the Future board, Today's "Returning") lives in
`funnel.pipeline.parked`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from funnel.errors import NotFoundError, ValidationError
from funnel.followups.bounds import check_day
from funnel.followups.cancelling import (
    DEFAULT_CHOICE,
    FollowupChoice,
    cancel_activities,
    cancel_open_followups,
)
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.pipeline.moves import DealState, MoveResult, ParkExtras, load_deal, move_deal
from funnel.store.models import (
    Activity,
    ActivityKind,
    ChangeKind,
    Deal,
    DealStatus,
    Note,
    Pipeline,
    PipelineKind,
    Stage,
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
    followups: FollowupChoice | str = DEFAULT_CHOICE,
) -> MoveResult:
    """ "Not ready this month": park an open deal until `today + months` or
    `until`. Its open follow-ups are cancelled (unless `keep`); the call-back
    is the one next step. `funnel.pipeline.undo.revert_move(result)` undoes it
    all (the call-back and note too, and the cancelled follow-ups return)."""
    deal = load_deal(session, deal_id)
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
    cancelled = cancel_open_followups(
        session, deal.id, change_id=moved.change_id, moment=utc_naive(now), choice=followups
    )
    return _finish_park(session, deal, replace(moved, cancelled=cancelled), on, subject, note, now)


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
    deal = load_deal(session, result.deal_id)
    moved = move_deal(
        session,
        deal.id,
        result.after.stage_id,
        now=result.after.stage_entered_at,
        kind=ChangeKind.PARKED,
        reason=result.park.note[:500] if result.park and result.park.note else None,
    )
    assert result.after.return_on is not None
    moment = result.after.stage_entered_at
    cancel_activities(session, result.cancelled, change_id=moved.change_id, moment=moment)
    moved = replace(moved, cancelled=result.cancelled)
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
    deal = load_deal(session, deal_id)
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
