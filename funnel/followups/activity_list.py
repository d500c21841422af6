"""Reading activities: one row, a deal's or client's list, and each deal's
next step (its earliest open activity: by date; on one day, those without a
time first). The writes live in `funnel.followups.activities`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from funnel.errors import NotFoundError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.models import Activity, Client, Deal, Owner

_CHUNK = 5000


@dataclass(frozen=True)
class ActivityRow:
    id: int
    kind: str
    subject: str
    deal_id: int | None
    deal: str | None  # the deal's title
    client_id: int | None
    client: str | None  # the client's name
    owner_id: int | None
    owner: str | None
    due_date: date  # local
    due_time: time | None  # local wall time; None = some time that day
    notes: str
    rrule: str | None
    rrule_start: date | None
    done_at: datetime | None  # UTC
    outcome: str | None
    created_at: datetime  # UTC
    notified_at: datetime | None  # UTC
    escalated_at: datetime | None  # UTC
    escalated_from_id: int | None
    cancelled_at: datetime | None = None  # UTC; set with done_at when its deal was closed
    version: int = 1  # what a form that shows it passes back as `expected_version`

    @property
    def is_open(self) -> bool:
        return self.done_at is None

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_at is not None

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "subject": self.subject,
            "deal_id": self.deal_id,
            "deal": self.deal,
            "client_id": self.client_id,
            "client": self.client,
            "owner_id": self.owner_id,
            "owner": self.owner,
            "due_date": self.due_date.isoformat(),
            "due_time": self.due_time.strftime("%H:%M") if self.due_time else None,
            "notes": self.notes,
            "rrule": self.rrule,
            "done_at": self.done_at.isoformat() if self.done_at else None,
            "outcome": self.outcome,
            "cancelled_at": self.cancelled_at.isoformat() if self.cancelled_at else None,
        }


@dataclass(frozen=True)
class NextStep:
    """A deal's earliest open activity, for the board card."""

    activity_id: int
    deal_id: int
    kind: str
    subject: str
    due_date: date
    due_time: time | None

    def is_overdue(self, today: date) -> bool:
        return self.due_date < today


_OwnerA = aliased(Owner)


def _rows_query() -> Select:
    return (
        select(Activity, Deal.title, Client.name, _OwnerA.name)
        .outerjoin(Deal, Deal.id == Activity.deal_id)
        .outerjoin(Client, Client.id == Activity.client_id)
        .outerjoin(_OwnerA, _OwnerA.id == Activity.owner_id)
    )


def _to_row(a: Activity, deal: str | None, client: str | None, owner: str | None) -> ActivityRow:
    return ActivityRow(
        a.id, a.kind, a.subject, a.deal_id, deal, a.client_id, client, a.owner_id, owner,
        a.due_date, a.due_time, a.notes, a.rrule, a.rrule_start, a.done_at, a.outcome,
        a.created_at, a.notified_at, a.escalated_at, a.escalated_from_id, a.cancelled_at,
        a.version,
    )  # fmt: skip


def get_activity(session: Session, activity_id: int) -> ActivityRow:
    found = session.execute(_rows_query().where(Activity.id == activity_id)).first()
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no activity with id {activity_id}."),
            activity_id=activity_id,
        )
    return _to_row(*found)


def _done_at(row: ActivityRow) -> datetime:
    return row.done_at or datetime.min


def list_activities(
    session: Session,
    *,
    deal_id: int | None = None,
    client_id: int | None = None,
    open_only: bool = False,
) -> list[ActivityRow]:
    """A deal's or client's activities: open ones first, soonest due first, then
    done ones, latest done first."""
    query = _rows_query()
    if deal_id is not None:
        query = query.where(Activity.deal_id == deal_id)
    if client_id is not None:
        query = query.where(Activity.client_id == client_id)
    if open_only:
        query = query.where(Activity.done_at.is_(None))
    query = query.order_by(
        Activity.done_at.is_not(None),
        Activity.due_date,
        Activity.due_time.asc().nulls_first(),
        Activity.id,
    )
    rows = [_to_row(*r) for r in session.execute(query)]
    done = sorted((r for r in rows if not r.is_open), key=_done_at, reverse=True)
    return [r for r in rows if r.is_open] + done


def next_steps(session: Session, deal_ids: Iterable[int]) -> dict[int, NextStep]:
    """Each deal's next step (its earliest open activity); deals without one are
    absent from the answer, i.e. "no next step". One indexed query per 5,000 deals."""
    ids = list(dict.fromkeys(deal_ids))
    found: dict[int, NextStep] = {}
    for i in range(0, len(ids), _CHUNK):
        query = (
            select(
                Activity.id,
                Activity.deal_id,
                Activity.kind,
                Activity.subject,
                Activity.due_date,
                Activity.due_time,
            )
            .where(Activity.deal_id.in_(ids[i : i + _CHUNK]), Activity.done_at.is_(None))
            .order_by(
                Activity.deal_id,
                Activity.due_date,
                Activity.due_time.asc().nulls_first(),
                Activity.id,
            )
        )
        for row in session.execute(query):
            if row.deal_id is not None and row.deal_id not in found:
                found[row.deal_id] = NextStep(
                    row.id, row.deal_id, row.kind, row.subject, row.due_date, row.due_time
                )
    return found
