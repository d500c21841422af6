"""The review's queue and what a decision needs to know about each deal.

Order (issue 5): the open deals of `sales` pipelines, stalled first (most
days over first — the shared rule of `funnel.pipeline.stalls`), then those with no next
step (longest in their stage first), then parked deals whose return date has
come (longest waiting first), then the rest in board order. Each deal appears
once, in the first group it belongs to.

The queue is read in three statements whatever the size (10,000 open deals
take a few tens of milliseconds); a deal's facts are a handful of indexed
look-ups, so the next deal shows at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from funnel.cleanup.checklist import CONTACT_KINDS, CheckKey, Checklist, checklist, checklists
from funnel.cleanup.silent import SilentState, silent_state, silent_states
from funnel.cleanup.temperature import Demotion, demotion_for
from funnel.errors import NotFoundError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.pipeline.parked import returning_deals
from funnel.pipeline.stalls import (
    age_in_days,
    open_activity_exists,
    stalled_deals,
    uses_business_days,
)
from funnel.store.models import (
    Activity,
    ActivityKind,
    Client,
    ClientContact,
    ContactKind,
    Deal,
    DealStatus,
    Note,
    Owner,
    Pipeline,
    PipelineKind,
    ReviewReason,
    Stage,
    Temperature,
    from_cents,
)

LATEST_NOTES = 3
_CHUNK = 5000
REASON_ORDER = (
    ReviewReason.STALLED,
    ReviewReason.NO_NEXT_STEP,
    ReviewReason.RETURNING,
    ReviewReason.REST,
)


class QueueEntry(NamedTuple):
    deal_id: int
    reason: str  # a ReviewReason
    days_over: int  # days past the stage's limit (stalled deals), else 0


def signed_in_owner(session: Session, everyone: bool = False) -> int | None:
    """Whose deals the clean-up queues: on a team server the signed-in
    owner's (a manager may ask for `everyone`); on a file every deal."""
    from funnel.store.conflicts import ACTOR

    return None if everyone else session.info.get(ACTOR)


def review_queue(session: Session, *, today: date, owner_id: int | None = None) -> list[QueueEntry]:
    """The deals a review started `today` walks through, in order (only
    `owner_id`'s when given)."""
    entries = _whole_queue(session, today=today)
    if owner_id is None:
        return entries
    mine = set(session.scalars(select(Deal.id).where(Deal.owner_id == owner_id)))
    return [e for e in entries if e.deal_id in mine]


def _whole_queue(session: Session, *, today: date) -> list[QueueEntry]:
    stalled = stalled_deals(session, today=today)
    queue = [QueueEntry(d.id, ReviewReason.STALLED.value, d.days_over) for d in stalled]
    seen = {d.id for d in stalled}
    sales = list(
        session.scalars(select(Pipeline.id).where(Pipeline.kind == PipelineKind.SALES.value))
    )
    rows = session.connection().execute(
        select(Deal.id, ~open_activity_exists(), Deal.stage_entered_at)
        .join(Pipeline, Pipeline.id == Deal.pipeline_id)
        .join(Stage, Stage.id == Deal.stage_id)
        .where(Deal.status == DealStatus.OPEN.value, Deal.pipeline_id.in_(sales))
        .order_by(Pipeline.position, Pipeline.id, Stage.position, Deal.stage_entered_at, Deal.id)
    )
    no_step: list[tuple[datetime, int]] = []
    rest: list[QueueEntry] = []
    for deal_id, without_step, entered in rows:
        if deal_id in seen:
            continue
        if without_step:
            no_step.append((entered, deal_id))
        else:
            rest.append(QueueEntry(deal_id, ReviewReason.REST.value, 0))
    no_step.sort()  # longest in its stage first, whatever the stage
    returning = [
        QueueEntry(d.id, ReviewReason.RETURNING.value, 0)
        for d in returning_deals(session, today=today)
    ]
    waiting = [QueueEntry(i, ReviewReason.NO_NEXT_STEP.value, 0) for _, i in no_step]
    return queue + waiting + returning + rest


def queue_counts(session: Session, *, today: date, everyone: bool = False) -> dict[str, int]:
    """How many deals a review started today would show, per reason (every
    ReviewReason is a key)."""
    counts = dict.fromkeys((r.value for r in REASON_ORDER), 0)
    for entry in review_queue(session, today=today, owner_id=signed_in_owner(session, everyone)):
        counts[entry.reason] += 1
    return counts


@dataclass(frozen=True)
class QueueLine:
    """A deal of the queue as `funnel cleanup` lists it."""

    position: int  # 1-based
    deal_id: int
    title: str
    client: str | None
    pipeline: str
    stage: str
    reason: str  # a ReviewReason
    days_over: int
    value: Decimal
    currency: str
    missing: tuple[str, ...]  # checklist items that do not hold, in checklist order
    archive_due: bool  # a silent lead's archive day has come without a reply

    def as_json(self) -> dict:
        return {
            "position": self.position,
            "deal_id": self.deal_id,
            "title": self.title,
            "client": self.client,
            "pipeline": self.pipeline,
            "stage": self.stage,
            "reason": self.reason,
            "days_over": self.days_over,
            "value": float(self.value),
            "currency": self.currency,
            "missing": list(self.missing),
            "archive_due": self.archive_due,
        }


def queue_lines(session: Session, *, today: date) -> list[QueueLine]:
    """The queue a review started today would walk, with what each deal misses."""
    queue = review_queue(session, today=today)
    ids = [e.deal_id for e in queue]
    info: dict[int, tuple] = {}
    for i in range(0, len(ids), _CHUNK):
        rows = session.connection().execute(
            select(
                Deal.id, Deal.title, Client.name, Pipeline.name, Stage.name, Deal.value_cents,
                Deal.currency,
            )
            .join(Pipeline, Pipeline.id == Deal.pipeline_id)
            .join(Stage, Stage.id == Deal.stage_id)
            .outerjoin(Client, Client.id == Deal.client_id)
            .where(Deal.id.in_(ids[i : i + _CHUNK]))
        )  # fmt: skip
        info.update((r[0], r[1:]) for r in rows)
    lists = checklists(session, ids, today=today)
    silent = silent_states(session, ids, today=today)
    out = []
    for n, entry in enumerate(queue, start=1):
        title, client, pipeline, stage, cents, currency = info[entry.deal_id]
        state = silent.get(entry.deal_id)
        out.append(
            QueueLine(
                n, entry.deal_id, title, client, pipeline, stage, entry.reason, entry.days_over,
                from_cents(cents), currency,
                tuple(k.value for k in lists[entry.deal_id].missing),
                bool(state and state.due),
            )
        )  # fmt: skip
    return out


# --- one deal's facts -------------------------------------------------------------------


@dataclass(frozen=True)
class ActivityFact:
    id: int
    kind: str
    subject: str
    due_date: date  # local
    due_time: time | None
    done_at: datetime | None  # UTC
    outcome: str | None

    def is_overdue(self, today: date) -> bool:
        return self.done_at is None and self.due_date < today

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "subject": self.subject,
            "due_date": self.due_date.isoformat(),
            "due_time": self.due_time.strftime("%H:%M") if self.due_time else None,
            "done_at": self.done_at.isoformat() if self.done_at else None,
            "outcome": self.outcome,
        }


@dataclass(frozen=True)
class NoteFact:
    id: int
    body: str
    created_at: datetime  # UTC
    on_client: bool  # written on the client rather than the deal


@dataclass(frozen=True)
class DealFacts:
    """Everything the review shows about one deal."""

    deal_id: int
    title: str
    status: str
    client_id: int | None
    client: str | None
    company: str | None
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    temperature: str | None
    pipeline_id: int
    pipeline: str
    pipeline_kind: str
    stage_id: int
    stage: str
    days_in_stage: int  # counted as the stall rule counts (business days if set)
    rot_days: int | None
    days_over: int  # > 0: stalled
    value: Decimal
    currency: str
    expected_close: date | None
    return_on: date | None  # parked deals
    return_pipeline_id: int | None
    return_stage_id: int | None
    return_stage: str | None
    last_activity: ActivityFact | None  # the latest done call, e-mail or meeting
    next_step: ActivityFact | None  # the earliest open activity
    notes: tuple[NoteFact, ...]  # the latest few, newest first
    checklist: Checklist
    silent: SilentState | None
    demotion: Demotion | None
    next_meeting: ActivityFact | None = None  # the earliest open meeting from today on
    owner: str | None = None  # on a team server (a manager reviews everyone's deals)

    @property
    def hot(self) -> bool:
        return self.temperature == Temperature.HOT

    @property
    def stalled(self) -> bool:
        return self.days_over > 0

    @property
    def is_open(self) -> bool:
        return self.status == DealStatus.OPEN

    @property
    def parked(self) -> bool:
        return self.pipeline_kind == PipelineKind.FUTURE

    def as_json(self) -> dict:
        return {
            "deal_id": self.deal_id,
            "title": self.title,
            "client": self.client,
            "stage": self.stage,
            "days_in_stage": self.days_in_stage,
            "days_over": self.days_over,
            "value": float(self.value),
            "currency": self.currency,
            "expected_close": self.expected_close.isoformat() if self.expected_close else None,
            "last_activity": self.last_activity.as_json() if self.last_activity else None,
            "next_step": self.next_step.as_json() if self.next_step else None,
            "checklist": self.checklist.as_json(),
            "silent": self.silent.as_json() if self.silent else None,
            "demotion": self.demotion.as_json() if self.demotion else None,
        }


def _activity_fact(a: Activity | None) -> ActivityFact | None:
    if a is None:
        return None
    return ActivityFact(a.id, a.kind, a.subject, a.due_date, a.due_time, a.done_at, a.outcome)


def _contacts(session: Session, client: Client | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The client's phones and e-mails, in the order they were added."""
    if client is None:
        return (), ()
    contacts = session.execute(
        select(ClientContact.kind, ClientContact.value)
        .where(ClientContact.client_id == client.id)
        .order_by(ClientContact.id)
    ).all()
    phones = tuple(v for k, v in contacts if k == ContactKind.PHONE)
    emails = tuple(v for k, v in contacts if k == ContactKind.EMAIL)
    return phones, emails


def _last_and_next_activity(
    session: Session, deal_id: int
) -> tuple[Activity | None, Activity | None]:
    """The deal's last contact (a done call, e-mail or meeting) and its next step."""
    last = session.scalars(
        select(Activity)
        .where(
            Activity.deal_id == deal_id,
            Activity.done_at.is_not(None),
            Activity.cancelled_at.is_(None),
            Activity.kind.in_(CONTACT_KINDS),
        )
        .order_by(Activity.done_at.desc(), Activity.id.desc())
        .limit(1)
    ).first()
    upcoming = session.scalars(
        select(Activity)
        .where(Activity.deal_id == deal_id, Activity.done_at.is_(None))
        .order_by(Activity.due_date, Activity.due_time.asc().nulls_first(), Activity.id)
        .limit(1)
    ).first()
    return last, upcoming


def _latest_notes(session: Session, deal_id: int, client_id: int | None) -> tuple[NoteFact, ...]:
    """The deal's latest notes, and its client's own (not on another deal)."""
    whose = Note.deal_id == deal_id
    if client_id is not None:
        whose = whose | ((Note.client_id == client_id) & Note.deal_id.is_(None))
    return tuple(
        NoteFact(n.id, n.body, n.created_at, n.deal_id is None)
        for n in session.scalars(
            select(Note)
            .where(whose)
            .order_by(Note.created_at.desc(), Note.id.desc())
            .limit(LATEST_NOTES)
        )
    )


def deal_facts(
    session: Session,
    deal_id: int,
    *,
    today: date,
    waived: frozenset[CheckKey] | tuple = (),
) -> DealFacts:
    ReturnStage = aliased(Stage)
    found = session.execute(
        select(Deal, Pipeline.name, Pipeline.kind, Stage.name, Stage.rot_days, ReturnStage.name)
        .join(Pipeline, Pipeline.id == Deal.pipeline_id)
        .join(Stage, Stage.id == Deal.stage_id)
        .outerjoin(ReturnStage, ReturnStage.id == Deal.return_stage_id)
        .where(Deal.id == deal_id)
    ).first()
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no deal with id {deal_id}."), deal_id=deal_id
        )
    deal, pipeline, kind, stage, rot_days, return_stage = found
    client = session.get(Client, deal.client_id) if deal.client_id is not None else None
    phones, emails = _contacts(session, client)
    business = uses_business_days(session)
    age = age_in_days(deal.stage_entered_at, today, business_days=business)
    over = 0
    if kind == PipelineKind.SALES and rot_days is not None and deal.status == DealStatus.OPEN:
        over = max(0, age - rot_days)
    last, upcoming = _last_and_next_activity(session, deal_id)
    meeting = session.scalars(
        select(Activity)
        .where(
            Activity.deal_id == deal_id,
            Activity.done_at.is_(None),
            Activity.kind == ActivityKind.MEETING.value,
            Activity.due_date >= today,
        )
        .order_by(Activity.due_date, Activity.due_time.asc().nulls_first(), Activity.id)
        .limit(1)
    ).first()
    notes = _latest_notes(session, deal_id, client.id if client else None)
    listed = checklist(session, deal_id, today=today, waived=waived)
    assert listed is not None
    return DealFacts(
        deal_id=deal.id,
        title=deal.title,
        status=deal.status,
        client_id=deal.client_id,
        client=client.name if client else None,
        company=client.company if client else None,
        phones=phones,
        emails=emails,
        temperature=client.temperature if client else None,
        pipeline_id=deal.pipeline_id,
        pipeline=pipeline,
        pipeline_kind=kind,
        stage_id=deal.stage_id,
        stage=stage,
        days_in_stage=age,
        rot_days=rot_days,
        days_over=over,
        value=from_cents(deal.value_cents),
        currency=deal.currency,
        expected_close=deal.expected_close,
        return_on=deal.return_on,
        return_pipeline_id=deal.return_pipeline_id,
        return_stage_id=deal.return_stage_id,
        return_stage=return_stage,
        last_activity=_activity_fact(last),
        next_step=_activity_fact(upcoming),
        notes=notes,
        checklist=listed,
        silent=silent_state(session, deal_id, today=today),
        demotion=demotion_for(session, deal.client_id, today=today),
        next_meeting=_activity_fact(meeting),
        owner=_owner_name(session, deal.owner_id),
    )


def _owner_name(session: Session, owner_id: int | None) -> str | None:
    """Whose deal it is, said only on a team server (a file has one owner)."""
    from funnel.store.conflicts import ACTOR

    if owner_id is None or session.info.get(ACTOR) is None:
        return None
    owner = session.get(Owner, owner_id)
    return owner.name if owner is not None else None
