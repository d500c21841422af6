"""The decisions of a review, one function per key the person presses. Each
does its work through the usual services (moves, parking, activities,
clients), records a `ReviewDecision` and says whether the deal left the
review — all in the caller's one transaction.

When does a deal leave?
- archive, park, won, lost and the silent-lead notice settle it at once;
- a call or a next step lets it leave when its checklist is then complete
  (every item held or waived); otherwise it stays on screen to be fixed;
- moving it to another stage or changing the temperature never does by
  itself: they are done on the way to one of the above;
- `keep` ("next deal") lets it leave only with a complete checklist.

Decisions that move the deal return their `MoveResult`s, and
`funnel.cleanup.decision_log.revert_decision`/`reapply_decision` undo and redo
them (the window's Ctrl+Z).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from funnel.cleanup.checklist import checklist, parse_waived
from funnel.cleanup.decision_log import (
    FINISHED,
    DecisionResult,
    item_to_decide,
    open_deal_of,
    record_decision,
)
from funnel.cleanup.silent import TASK_SUBJECT, close_notices, send_silent_notice
from funnel.cleanup.temperature import COOLER
from funnel.customers.clients import update_client
from funnel.errors import NotFoundError, ValidationError
from funnel.followups.activities import add_activity
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.pipeline.moves import (
    MoveResult,
    archive_deal,
    lose_deal,
    move_deal,
    win_deal,
)
from funnel.pipeline.parking import CALLBACK_SUBJECT, park_deal, unpark_deal
from funnel.store.models import (
    Activity,
    ActivityKind,
    Client,
    Deal,
    DecisionKind,
    PipelineKind,
    Review,
    ReviewDecision,
    ReviewItem,
    Stage,
)
from funnel.timeutil import utc_naive

CALL_SUBJECT = "Call"  # the UI passes its translation
# "Call tomorrow" moves a call due up to this many days later rather than
# adding a second one beside it.
NEARBY_DAYS = 3
ARCHIVED_OUTCOME = "Archived: no reply"


# --- question 1: does the client know they are in your funnel? ---------------------


def _call_to_reuse(session: Session, deal_id: int, on: date) -> Activity | None:
    """The deal's open call due on `on`, or the earliest one due before it or
    within `NEARBY_DAYS` after: the next step that a new call would duplicate."""
    return session.scalars(
        select(Activity)
        .where(
            Activity.deal_id == deal_id,
            Activity.done_at.is_(None),
            Activity.kind == ActivityKind.CALL.value,
            Activity.rrule.is_(None),
            Activity.due_date <= on + timedelta(days=NEARBY_DAYS),
        )
        .order_by(
            (Activity.due_date != on).asc(),  # one already on that day first
            Activity.due_date,
            Activity.due_time.asc().nulls_first(),
            Activity.id,
        )
        .limit(1)
    ).first()


def schedule_call(
    session: Session,
    item_id: int,
    *,
    on: date,
    now: datetime,
    today: date,
    at: time | None = None,
    subject: str = CALL_SUBJECT,
) -> DecisionResult:
    """No, they do not know: call them (today or tomorrow, as offered).

    A call the deal already has on that day is reused, and one due earlier
    or a few days later is moved to that day (its subject and time kept), so
    the deal never gets a second call beside its next step."""
    item = item_to_decide(session, item_id)
    open_deal_of(session, item)
    if on < today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Schedule the call for today or later (got {day})."),
            day=on.isoformat(),
        )
    detail: dict = {"on": on.isoformat()}
    existing = _call_to_reuse(session, item.deal_id, on)
    if existing is not None:
        activity_id = existing.id
        if existing.due_date != on:
            detail["moved_activity"] = {
                "id": existing.id,
                "due_date": existing.due_date.isoformat(),
                "due_time": existing.due_time.isoformat() if existing.due_time else None,
            }
            existing.due_date = on
            existing.notified_at = None
            session.flush()
        else:
            detail["reused_activity"] = existing.id
    else:
        activity_id = add_activity(
            session,
            kind=ActivityKind.CALL,
            subject=(subject or "").strip() or CALL_SUBJECT,
            due_date=on,
            due_time=at,
            deal_id=item.deal_id,
            now=now,
        )
        detail["added_activity"] = activity_id
    return record_decision(
        session,
        item,
        DecisionKind.CALL,
        now=now,
        today=today,
        leaves=None,
        detail=detail,
        activity_id=activity_id,
    )


def archive(session: Session, item_id: int, *, now: datetime, today: date,
            reason: str | None = None, followups: str = "cancel") -> DecisionResult:  # fmt: skip
    """No, and not worth a call: archive the deal (its silent-lead notice, if
    any, is closed and its task ticked off)."""
    item = item_to_decide(session, item_id)
    open_deal_of(session, item)
    # The notice's "archive unless they reply" task is settled by this very
    # decision (done, not cancelled), so it is closed before the follow-ups.
    closed = close_notices(session, item.deal_id, now=now, outcome=ARCHIVED_OUTCOME)
    moved = archive_deal(session, item.deal_id, now=now, reason=reason, followups=followups)
    return record_decision(
        session,
        item,
        DecisionKind.ARCHIVE,
        now=now,
        today=today,
        leaves=True,
        detail={"silent_closed": closed},
        moves=(moved,),
    )


# --- question 2: are they ready to buy this month? ----------------------------------


def park(
    session: Session,
    item_id: int,
    *,
    now: datetime,
    today: date,
    months: int | None = None,
    until: date | None = None,
    note: str | None = None,
    callback_subject: str = CALLBACK_SUBJECT,
    followups: str = "cancel",
) -> DecisionResult:
    """No, not this month: park it in Future sales for 1, 3, 6 months or until a date."""
    item = item_to_decide(session, item_id)
    deal = open_deal_of(session, item)
    moves: tuple[MoveResult, ...] = ()
    if deal.pipeline.kind == PipelineKind.FUTURE:
        # A returning deal still not ready: back to its stage, then parked anew,
        # so the history says both and the new call-back replaces the old date.
        moves = (unpark_deal(session, item.deal_id, now=now),)
        # Moves set the ids; the loaded relationships still name the old ones.
        session.expire(deal, ["pipeline", "stage"])
    moved = park_deal(
        session,
        item.deal_id,
        today=today,
        now=now,
        months=months,
        until=until,
        note=note,
        callback_subject=callback_subject,
        followups=followups,
    )
    return record_decision(
        session,
        item,
        DecisionKind.PARK,
        now=now,
        today=today,
        leaves=True,
        detail={"months": months, "until": until.isoformat() if until else None},
        moves=(*moves, moved),
        activity_id=moved.park.activity_id if moved.park else None,
    )


# --- the other decisions ----------------------------------------------------------------


def set_next_step(
    session: Session,
    item_id: int,
    *,
    kind: str,
    subject: str,
    on: date,
    now: datetime,
    today: date,
    at: time | None = None,
) -> DecisionResult:
    """Keep the deal and set its next step."""
    item = item_to_decide(session, item_id)
    open_deal_of(session, item)
    if on < today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A next step is today or later (got {day})."),
            day=on.isoformat(),
        )
    activity_id = add_activity(
        session, kind=kind, subject=subject, due_date=on, due_time=at, deal_id=item.deal_id, now=now
    )
    return record_decision(
        session,
        item,
        DecisionKind.NEXT_STEP,
        now=now,
        today=today,
        leaves=None,
        detail={"on": on.isoformat(), "kind": kind, "added_activity": activity_id},
        activity_id=activity_id,
    )


def keep(session: Session, item_id: int, *, now: datetime, today: date) -> DecisionResult:
    """Next deal: this one stays as it is. Allowed once its checklist is
    complete; after another decision on it, that decision is its outcome."""
    item = item_to_decide(session, item_id)
    deal = open_deal_of(session, item)
    found = checklist(session, item.deal_id, today=today, waived=parse_waived(item.waived))
    if found is None or not found.complete:
        missing = ", ".join(k.value for k in (found.missing if found else ()))
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Deal '{title}' still misses part of its checklist ({missing}); "
                "fix or waive it first.",
            ),
            title=deal.title,
            missing=missing,
        )
    earlier = session.scalars(
        select(ReviewDecision)
        .where(ReviewDecision.item_id == item.id, ReviewDecision.undone_at.is_(None))
        .order_by(ReviewDecision.id.desc())
        .limit(1)
    ).first()
    if earlier is not None:
        moment = utc_naive(now)
        item.done_at = moment
        item.outcome = earlier.kind
        session.flush()
        return DecisionResult(
            earlier.id, item.review_id, item.id, item.deal_id, earlier.kind, True,
            own_decision=False,
        )  # fmt: skip
    return record_decision(session, item, DecisionKind.KEEP, now=now, today=today, leaves=True)


def skip(session: Session, item_id: int, *, now: datetime, today: date) -> DecisionResult:
    """Not this week: the deal is passed over on purpose (it stays as it is and
    comes back in next week's review). An explicit skip counts as decided, so a
    review can be finished without deciding every deal."""
    item = item_to_decide(session, item_id)
    open_deal_of(session, item)
    return record_decision(session, item, DecisionKind.SKIP, now=now, today=today, leaves=True)


def move(
    session: Session, item_id: int, stage_id: int, *, now: datetime, today: date
) -> DecisionResult:
    """Move the deal to another stage of a sales pipeline (it stays on screen);
    a returning parked deal is brought back into that stage."""
    item = item_to_decide(session, item_id)
    open_deal_of(session, item)
    stage = session.get(Stage, stage_id)
    if stage is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no stage with id {stage_id}."), stage_id=stage_id
        )
    if stage.pipeline.kind != PipelineKind.SALES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "'{stage}' is a future-sales stage; park the deal to put it there."
            ),
            stage=stage.name,
        )
    deal = session.get(Deal, item.deal_id)
    if deal is not None and deal.pipeline.kind == PipelineKind.FUTURE:
        moved = unpark_deal(session, item.deal_id, now=now, stage_id=stage_id)
    else:
        moved = move_deal(session, item.deal_id, stage_id, now=now)
    return record_decision(
        session,
        item,
        DecisionKind.MOVE,
        now=now,
        today=today,
        leaves=False,
        detail={"stage": stage.name},
        moves=(moved,),
    )


def change_temperature(
    session: Session, item_id: int, temperature: str | None, *, now: datetime, today: date
) -> DecisionResult:
    """Set the client's temperature (hot, warm, cold or none)."""
    item = item_to_decide(session, item_id)
    deal = open_deal_of(session, item)
    if deal.client_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Deal '{title}' has no client to be hot, warm or cold."),
            title=deal.title,
        )
    before = deal.client.temperature if deal.client else None
    update_client(session, deal.client_id, temperature=temperature)
    return record_decision(
        session,
        item,
        DecisionKind.TEMPERATURE,
        now=now,
        today=today,
        leaves=False,
        detail={"from": before, "to": temperature, "temperature_client": deal.client_id},
    )


def win(session: Session, item_id: int, *, now: datetime, today: date,
        reason: str | None = None, followups: str = "cancel") -> DecisionResult:  # fmt: skip
    item = item_to_decide(session, item_id)
    open_deal_of(session, item)
    moved = win_deal(
        session, item.deal_id, now=now, today=today, reason=reason, followups=followups
    )
    return record_decision(
        session, item, DecisionKind.WON, now=now, today=today, leaves=True, moves=(moved,)
    )


def lose(session: Session, item_id: int, *, reason: str, now: datetime, today: date,
         followups: str = "cancel") -> DecisionResult:  # fmt: skip
    item = item_to_decide(session, item_id)
    open_deal_of(session, item)
    moved = lose_deal(session, item.deal_id, reason=reason, now=now, followups=followups)
    return record_decision(
        session,
        item,
        DecisionKind.LOST,
        now=now,
        today=today,
        leaves=True,
        detail={"reason": reason},
        moves=(moved,),
    )


def silent_lead(
    session: Session,
    item_id: int,
    *,
    subject: str,
    now: datetime,
    today: date,
    days: int | None = None,
    task_subject: str = TASK_SUBJECT,
) -> DecisionResult:
    """The notice was handed to the mail program: log it and set the archive task."""
    item = item_to_decide(session, item_id)
    open_deal_of(session, item)
    sent = send_silent_notice(
        session,
        item.deal_id,
        today=today,
        now=now,
        subject=subject,
        days=days,
        task_subject=task_subject,
    )
    return record_decision(
        session,
        item,
        DecisionKind.SILENT,
        now=now,
        today=today,
        leaves=True,
        detail={"archive_on": sent.archive_on.isoformat(), "notice": sent.notice_id},
        activity_id=sent.task_id,
    )


# --- temperature proposals --------------------------------------------------------------


def answer_demotion(
    session: Session,
    review_id: int,
    client_id: int,
    *,
    accept: bool,
    now: datetime,
    item_id: int | None = None,
) -> DecisionResult:
    """Accept (the client cools one step: hot → warm, warm → cold) or reject a
    proposed demotion; either way it is not proposed again in this review."""
    review = session.get(Review, review_id)
    if review is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no review with id {review_id}."),
            review_id=review_id,
        )
    if review.finished_at is not None:
        raise ValidationError(FINISHED)
    client = session.get(Client, client_id)
    if client is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no client with id {client_id}."),
            client_id=client_id,
        )
    before = client.temperature
    after = before
    if accept:
        if before not in COOLER:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Client '{name}' is not hot or warm; nothing to cool."),
                name=client.name,
            )
        after = COOLER[before]
        update_client(session, client_id, temperature=after)
    item = session.get(ReviewItem, item_id) if item_id is not None else None
    decision = ReviewDecision(
        review_id=review_id,
        item_id=item.id if item else None,
        deal_id=item.deal_id if item else None,
        client_id=client_id,
        kind=DecisionKind.DEMOTE if accept else DecisionKind.KEEP_TEMPERATURE,
        detail={"from": before, "to": after},
        decided_at=utc_naive(now),
    )
    session.add(decision)
    session.flush()
    return DecisionResult(
        decision.id,
        review_id,
        decision.item_id,
        decision.deal_id,
        decision.kind,
        False,
    )
