"""Today: what a salesperson does first. Overdue follow-ups (oldest first), those
due today, the next N days, deals returning from future sales, stalled deals.

Each section holds at most `limit` lines (the most urgent) and its full count,
so the view opens at once on a large database; every line carries what is
needed to act on it (deal, client, first phone and e-mail). Dates are the
person's local dates; `today` is theirs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from funnel.errors import ValidationError
from funnel.pipeline.parked import ParkedDeal, returning_deals
from funnel.pipeline.stalls import StalledDeal, stalled_counts, stalled_deals
from funnel.store.models import (
    Activity,
    Client,
    ClientContact,
    ContactKind,
    Deal,
    DealStatus,
    Pipeline,
    PipelineKind,
)

DEFAULT_DAYS = 7
DEFAULT_LIMIT = 200  # lines per section; counts are always complete
_CHUNK = 5000


@dataclass(frozen=True)
class AgendaLine:
    """An open activity with its deal and client."""

    activity_id: int
    kind: str
    subject: str
    due_date: date  # local
    due_time: time | None  # local; None = some time that day
    deal_id: int | None
    deal: str | None  # title
    client_id: int | None
    client: str | None  # name
    phone: str | None  # the client's first phone (for a tel: link)
    email: str | None  # the client's first e-mail (for a mailto: link)
    owner_id: int | None
    rrule: str | None
    days_overdue: int  # 0 unless due before today

    def as_json(self) -> dict:
        return {
            "activity_id": self.activity_id,
            "kind": self.kind,
            "subject": self.subject,
            "due_date": self.due_date.isoformat(),
            "due_time": self.due_time.strftime("%H:%M") if self.due_time else None,
            "deal_id": self.deal_id,
            "deal": self.deal,
            "client_id": self.client_id,
            "client": self.client,
            "phone": self.phone,
            "email": self.email,
            "recurring": self.rrule is not None,
            "days_overdue": self.days_overdue,
        }


@dataclass(frozen=True)
class ReturningLine:
    """A parked deal whose return date has come."""

    deal_id: int
    title: str
    client_id: int | None
    client: str | None
    phone: str | None
    email: str | None
    value: Decimal
    currency: str
    return_on: date | None
    days_overdue: int  # 0 on the return date itself
    return_stage_id: int | None
    return_stage: str | None

    def as_json(self) -> dict:
        return {
            "deal_id": self.deal_id,
            "title": self.title,
            "client_id": self.client_id,
            "client": self.client,
            "phone": self.phone,
            "email": self.email,
            "value": float(self.value),
            "currency": self.currency,
            "return_on": self.return_on.isoformat() if self.return_on else None,
            "days_overdue": self.days_overdue,
            "return_stage": self.return_stage,
        }


@dataclass(frozen=True)
class StalledLine:
    deal_id: int
    title: str
    client_id: int | None
    client: str | None
    phone: str | None
    email: str | None
    pipeline: str
    stage: str
    days_in_stage: int
    rot_days: int
    days_over: int
    no_next_step: bool

    def as_json(self) -> dict:
        return {
            "deal_id": self.deal_id,
            "title": self.title,
            "client_id": self.client_id,
            "client": self.client,
            "phone": self.phone,
            "email": self.email,
            "pipeline": self.pipeline,
            "stage": self.stage,
            "days_in_stage": self.days_in_stage,
            "rot_days": self.rot_days,
            "days_over": self.days_over,
            "no_next_step": self.no_next_step,
        }


@dataclass(frozen=True)
class AgendaCounts:
    overdue: int
    today: int
    upcoming: int
    returning: int
    stalled: int

    @property
    def to_do(self) -> int:
        """The badge on the navigation: what needs doing today."""
        return self.overdue + self.today + self.returning

    def as_json(self) -> dict:
        return {
            "overdue": self.overdue,
            "today": self.today,
            "upcoming": self.upcoming,
            "returning": self.returning,
            "stalled": self.stalled,
        }


@dataclass(frozen=True)
class Agenda:
    today: date
    days: int
    overdue: tuple[AgendaLine, ...]  # oldest first
    due_today: tuple[AgendaLine, ...]
    upcoming: tuple[AgendaLine, ...]  # due in the next `days` days, soonest first
    returning: tuple[ReturningLine, ...]  # longest waiting first
    stalled: tuple[StalledLine, ...]  # worst first
    counts: AgendaCounts

    def as_json(self) -> dict:
        return {
            "today": self.today.isoformat(),
            "days": self.days,
            "counts": self.counts.as_json(),
            "overdue": [line.as_json() for line in self.overdue],
            "due_today": [line.as_json() for line in self.due_today],
            "upcoming": [line.as_json() for line in self.upcoming],
            "returning": [line.as_json() for line in self.returning],
            "stalled": [line.as_json() for line in self.stalled],
        }


def first_contacts(
    session: Session, client_ids: Iterable[int | None]
) -> dict[int, tuple[str | None, str | None]]:
    """Each client's first phone and first e-mail (in the order entered)."""
    ids = sorted({cid for cid in client_ids if cid is not None})
    found: dict[int, list[str | None]] = {}
    for i in range(0, len(ids), _CHUNK):
        query = (
            select(ClientContact.client_id, ClientContact.kind, ClientContact.value)
            .where(ClientContact.client_id.in_(ids[i : i + _CHUNK]))
            .order_by(ClientContact.client_id, ClientContact.id)
        )
        for client_id, kind, value in session.execute(query):
            pair = found.setdefault(client_id, [None, None])
            slot = 0 if kind == ContactKind.PHONE else 1
            if pair[slot] is None:
                pair[slot] = value
    return {cid: (p[0], p[1]) for cid, p in found.items()}


def activity_order() -> tuple:
    """Soonest first; on one day those without a time first (as the next step).
    NULLS FIRST is SQLite's own order, so its index (done_at, due_date,
    due_time) serves the sort; PostgreSQL needs it spelt out."""
    return (Activity.due_date, Activity.due_time.asc().nulls_first(), Activity.id)


def _line_rows(
    session: Session, where: Iterable[ColumnElement[bool]], limit: int | None
) -> Sequence[Any]:
    client_id = func.coalesce(Activity.client_id, Deal.client_id)
    query = (
        select(
            Activity.id,
            Activity.kind,
            Activity.subject,
            Activity.due_date,
            Activity.due_time,
            Activity.deal_id,
            Deal.title,
            client_id,
            Client.name,
            Activity.owner_id,
            Activity.rrule,
        )
        .outerjoin(Deal, Deal.id == Activity.deal_id)
        .outerjoin(Client, Client.id == client_id)
        .where(Activity.done_at.is_(None), *where)
        .order_by(*activity_order())
    )
    if limit is not None:
        query = query.limit(limit)
    return session.connection().execute(query).all()


def _lines(rows: Sequence[Any], contacts: dict, today: date) -> list[AgendaLine]:
    out = []
    for aid, kind, subject, due, at, deal_id, title, cid, client, owner_id, rule in rows:
        phone, email = contacts.get(cid, (None, None))
        overdue = (today - due).days if due < today else 0
        out.append(
            AgendaLine(
                aid, kind, subject, due, at, deal_id, title, cid, client, phone, email,
                owner_id, rule, overdue,
            )
        )  # fmt: skip
    return out


def activity_lines(
    session: Session,
    where: Iterable[ColumnElement[bool]],
    *,
    today: date,
    limit: int | None = None,
) -> list[AgendaLine]:
    """Open activities matching `where` (conditions on `Activity`), soonest
    first, as agenda lines."""
    rows = _line_rows(session, where, limit)
    return _lines(rows, first_contacts(session, (r[7] for r in rows)), today)


def in_pipeline(pipeline_id: int) -> ColumnElement[bool]:
    """The activities Today shows for one pipeline: those of its deals (parked
    ones coming back to it included) and those of no deal, which belong to
    no pipeline and would otherwise never show."""
    deals = select(Deal.id).where(
        or_(Deal.pipeline_id == pipeline_id, Deal.return_pipeline_id == pipeline_id)
    )
    return or_(Activity.deal_id.is_(None), Activity.deal_id.in_(deals))


def _counts(
    session: Session,
    today: date,
    horizon: date,
    owner_id: int | None,
    pipeline_id: int | None = None,
) -> dict[str, int]:
    """Every section's full count in one statement: each branch is a plain
    COUNT over one index range (a CASE per row would cost four times more)."""
    open_activity: list[ColumnElement[bool]] = [Activity.done_at.is_(None)]
    deal_scope: list[ColumnElement[bool]] = []
    if owner_id is not None:
        open_activity.append(Activity.owner_id == owner_id)
        deal_scope.append(Deal.owner_id == owner_id)
    if pipeline_id is not None:
        open_activity.append(in_pipeline(pipeline_id))
        deal_scope.append(
            or_(Deal.pipeline_id == pipeline_id, Deal.return_pipeline_id == pipeline_id)
        )
    future = select(Pipeline.id).where(Pipeline.kind == PipelineKind.FUTURE.value)
    branches = [
        select(literal("overdue"), func.count()).where(*open_activity, Activity.due_date < today),
        select(literal("today"), func.count()).where(*open_activity, Activity.due_date == today),
        select(literal("upcoming"), func.count()).where(
            *open_activity, Activity.due_date > today, Activity.due_date <= horizon
        ),
        select(literal("returning"), func.count()).where(
            Deal.status == DealStatus.OPEN.value,
            Deal.return_on <= today,
            Deal.pipeline_id.in_(list(session.scalars(future))),
            *deal_scope,
        ),
    ]
    counts = {name: n for name, n in session.connection().execute(union_all(*branches))}
    return counts


def _returning_line(d: ParkedDeal, contacts: dict) -> ReturningLine:
    phone, email = contacts.get(d.client_id, (None, None))
    return ReturningLine(
        d.id, d.title, d.client_id, d.client, phone, email, d.value, d.currency, d.return_on,
        d.days_overdue, d.return_stage_id, d.return_stage,
    )  # fmt: skip


def _stalled_line(d: StalledDeal, contacts: dict) -> StalledLine:
    phone, email = contacts.get(d.client_id, (None, None))
    return StalledLine(
        d.id, d.title, d.client_id, d.client, phone, email, d.pipeline, d.stage,
        d.days_in_stage, d.rot_days, d.days_over, d.no_next_step,
    )  # fmt: skip


def agenda(
    session: Session,
    *,
    today: date,
    days: int = DEFAULT_DAYS,
    owner_id: int | None = None,
    limit: int = DEFAULT_LIMIT,
    pipeline_id: int | None = None,
) -> Agenda:
    """Everything Today shows, as of the person's local `today`. `owner_id`
    narrows it to one salesperson's activities and deals, `pipeline_id` to
    one pipeline's (see `in_pipeline`)."""
    if not isinstance(days, int) or isinstance(days, bool) or not 0 <= days <= 366:
        raise ValidationError(f"Look ahead 0 to 366 days (got {days}).")
    horizon = today + timedelta(days=days)
    mine = [Activity.owner_id == owner_id] if owner_id is not None else []
    if pipeline_id is not None:
        mine.append(in_pipeline(pipeline_id))
    overdue = _line_rows(session, [Activity.due_date < today, *mine], limit)
    due_today = _line_rows(session, [Activity.due_date == today, *mine], limit)
    upcoming = _line_rows(
        session, [Activity.due_date > today, Activity.due_date <= horizon, *mine], limit
    )
    returning = returning_deals(
        session, today=today, owner_id=owner_id, limit=limit, pipeline_id=pipeline_id
    )
    stalled = stalled_deals(
        session, today=today, owner_id=owner_id, limit=limit, pipeline_id=pipeline_id
    )
    # One look-up of phones and e-mails for every line of every section.
    contacts = first_contacts(
        session,
        [
            *(r[7] for r in (*overdue, *due_today, *upcoming)),
            *(d.client_id for d in returning),
            *(d.client_id for d in stalled),
        ],
    )
    n = _counts(session, today, horizon, owner_id, pipeline_id)
    counts = AgendaCounts(
        overdue=n["overdue"],
        today=n["today"],
        upcoming=n["upcoming"],
        returning=n["returning"],
        stalled=sum(stalled_counts(session, pipeline_id, today=today, owner_id=owner_id).values()),
    )
    return Agenda(
        today=today,
        days=days,
        overdue=tuple(_lines(overdue, contacts, today)),
        due_today=tuple(_lines(due_today, contacts, today)),
        upcoming=tuple(_lines(upcoming, contacts, today)),
        returning=tuple(_returning_line(d, contacts) for d in returning),
        stalled=tuple(_stalled_line(d, contacts) for d in stalled),
        counts=counts,
    )
