"""The hygiene checklist: four questions to ask after every interaction with a
client, answered from the data rather than ticked by hand.

1. Notes made since the last contact? — a note on the deal or its client
   written after the last logged contact, or an outcome written on that
   contact itself. Nothing to note before a first contact.
2. The contact logged as an activity? — a done call, e-mail or meeting on the
   deal. A new lead still in the first stage of its pipeline has had no
   contact to log yet, so it holds there too.
3. A reminder or next task set? — an open activity on the deal (the shared
   "next step" rule of the board and Today).
4. Stage, value and expected close filled in? — a value above zero and an
   expected close date that has not passed (every deal has a stage).

A person may waive any of them for one deal in one review; a waived item
counts as held.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from funnel.store.models import Activity, ActivityKind, Deal, Note, Stage

CONTACT_KINDS = (ActivityKind.CALL.value, ActivityKind.EMAIL.value, ActivityKind.MEETING.value)
_CHUNK = 5000


class CheckKey(enum.StrEnum):
    NOTES = "notes"
    LOGGED = "logged"
    NEXT_STEP = "next_step"
    FIELDS = "fields"


CHECK_ORDER = (CheckKey.NOTES, CheckKey.LOGGED, CheckKey.NEXT_STEP, CheckKey.FIELDS)


class FieldGap(enum.StrEnum):
    """What the fourth item misses."""

    VALUE = "value"  # no value
    CLOSE = "close"  # no expected close date
    CLOSE_PASSED = "close_passed"  # the expected close date has passed


@dataclass(frozen=True)
class Hygiene:
    """The facts the checklist is computed from, for one deal."""

    deal_id: int
    last_contact_at: datetime | None  # UTC, the latest done call/e-mail/meeting
    last_contact_has_outcome: bool
    last_note_at: datetime | None  # UTC, on the deal or its client
    has_next_step: bool
    in_first_stage: bool
    value_cents: int
    expected_close: date | None


@dataclass(frozen=True)
class CheckItem:
    key: CheckKey
    held: bool
    waived: bool = False
    gaps: tuple[FieldGap, ...] = ()  # for FIELDS: what is missing

    @property
    def ok(self) -> bool:
        return self.held or self.waived


@dataclass(frozen=True)
class Checklist:
    items: tuple[CheckItem, ...]  # in CHECK_ORDER

    @property
    def complete(self) -> bool:
        """Every item holds or was waived: the deal may leave the review."""
        return all(item.ok for item in self.items)

    @property
    def missing(self) -> tuple[CheckKey, ...]:
        """Items neither held nor waived."""
        return tuple(item.key for item in self.items if not item.ok)

    def item(self, key: CheckKey | str) -> CheckItem:
        return next(i for i in self.items if i.key == key)

    def as_json(self) -> dict:
        return {
            item.key.value: {
                "held": item.held,
                "waived": item.waived,
                **({"gaps": [g.value for g in item.gaps]} if item.gaps else {}),
            }
            for item in self.items
        }


def parse_waived(text: str | None) -> frozenset[CheckKey]:
    keys = {k.value for k in CheckKey}
    return frozenset(CheckKey(k) for k in (text or "").split(",") if k in keys)


def waived_text(keys: Iterable[CheckKey | str]) -> str:
    chosen = {str(k) for k in keys}
    return ",".join(k.value for k in CHECK_ORDER if k.value in chosen)


def evaluate(h: Hygiene, *, today: date, waived: Iterable[CheckKey | str] = ()) -> Checklist:
    waived_keys = {CheckKey(k) for k in waived}
    if h.last_contact_at is None:
        notes = True  # no contact yet, nothing to write down
    else:
        notes = h.last_contact_has_outcome or (
            h.last_note_at is not None and h.last_note_at >= h.last_contact_at
        )
    logged = h.last_contact_at is not None or h.in_first_stage
    gaps: list[FieldGap] = []
    if h.value_cents <= 0:
        gaps.append(FieldGap.VALUE)
    if h.expected_close is None:
        gaps.append(FieldGap.CLOSE)
    elif h.expected_close < today:
        gaps.append(FieldGap.CLOSE_PASSED)
    held = {
        CheckKey.NOTES: notes,
        CheckKey.LOGGED: logged,
        CheckKey.NEXT_STEP: h.has_next_step,
        CheckKey.FIELDS: not gaps,
    }
    return Checklist(
        tuple(
            CheckItem(
                key,
                held[key],
                key in waived_keys,
                tuple(gaps) if key == CheckKey.FIELDS else (),
            )
            for key in CHECK_ORDER
        )
    )


def hygiene(session: Session, deal_ids: Iterable[int]) -> dict[int, Hygiene]:
    """The checklist facts of many deals: a few grouped queries per 5,000 deals."""
    ids = list(dict.fromkeys(deal_ids))
    out: dict[int, Hygiene] = {}
    conn = session.connection()
    first_position = (
        select(Stage.pipeline_id, func.min(Stage.position).label("first"))
        .group_by(Stage.pipeline_id)
        .subquery()
    )
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        deals = conn.execute(
            select(
                Deal.id,
                Deal.client_id,
                Deal.value_cents,
                Deal.expected_close,
                Stage.position == first_position.c.first,
            )
            .join(Stage, Stage.id == Deal.stage_id)
            .join(first_position, first_position.c.pipeline_id == Deal.pipeline_id)
            .where(Deal.id.in_(chunk))
        ).all()
        contacts: dict[int, tuple[datetime, bool]] = {}
        for deal_id, done_at, outcome in conn.execute(
            select(Activity.deal_id, Activity.done_at, Activity.outcome)
            .where(
                Activity.deal_id.in_(chunk),
                Activity.done_at.is_not(None),
                Activity.cancelled_at.is_(None),
                Activity.kind.in_(CONTACT_KINDS),
            )
            .order_by(Activity.deal_id, Activity.done_at.desc(), Activity.id.desc())
        ):
            if deal_id is not None and done_at is not None and deal_id not in contacts:
                contacts[deal_id] = (done_at, bool((outcome or "").strip()))
        with_step = set(
            conn.execute(
                select(Activity.deal_id)
                .where(Activity.deal_id.in_(chunk), Activity.done_at.is_(None))
                .distinct()
            ).scalars()
        )
        deal_notes = dict(
            conn.execute(
                select(Note.deal_id, func.max(Note.created_at))
                .where(Note.deal_id.in_(chunk))
                .group_by(Note.deal_id)
            ).all()
        )
        client_ids = list({r[1] for r in deals if r[1] is not None})
        client_notes = (
            dict(
                conn.execute(
                    select(Note.client_id, func.max(Note.created_at))
                    .where(Note.client_id.in_(client_ids))
                    .group_by(Note.client_id)
                ).all()
            )
            if client_ids
            else {}
        )
        for deal_id, client_id, cents, close, first in deals:
            last_contact = contacts.get(deal_id)
            notes = [deal_notes.get(deal_id), client_notes.get(client_id)]
            last_note = max((n for n in notes if n is not None), default=None)
            out[deal_id] = Hygiene(
                deal_id=deal_id,
                last_contact_at=last_contact[0] if last_contact else None,
                last_contact_has_outcome=bool(last_contact and last_contact[1]),
                last_note_at=last_note,
                has_next_step=deal_id in with_step,
                in_first_stage=bool(first),
                value_cents=cents or 0,
                expected_close=close,
            )
    return out


def checklists(
    session: Session,
    deal_ids: Iterable[int],
    *,
    today: date,
    waived: dict[int, frozenset[CheckKey]] | None = None,
) -> dict[int, Checklist]:
    """Each deal's checklist; `waived` maps a deal to the items waived for it."""
    waived = waived or {}
    return {
        deal_id: evaluate(h, today=today, waived=waived.get(deal_id, ()))
        for deal_id, h in hygiene(session, deal_ids).items()
    }


def checklist(
    session: Session, deal_id: int, *, today: date, waived: Iterable[CheckKey | str] = ()
) -> Checklist | None:
    """One deal's checklist (None when there is no such deal)."""
    found = hygiene(session, [deal_id]).get(deal_id)
    return evaluate(found, today=today, waived=waived) if found else None
