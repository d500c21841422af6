"""Notes: free text on a deal or a client, timestamped, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from funnel.errors import NotFoundError, ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.models import Client, Deal, Note
from funnel.timeutil import utc_naive

MAX_BODY = 20_000


@dataclass(frozen=True)
class NoteRow:
    id: int
    deal_id: int | None
    client_id: int | None
    body: str
    created_at: datetime  # UTC


def _row(note: Note) -> NoteRow:
    return NoteRow(note.id, note.deal_id, note.client_id, note.body, note.created_at)


def add_note(
    session: Session,
    *,
    body: str,
    now: datetime,
    deal_id: int | None = None,
    client_id: int | None = None,
) -> NoteRow:
    """A note on a deal or a client (or both: a deal's note may name its client)."""
    body = (body or "").strip()
    if not body:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A note cannot be empty."))
    if len(body) > MAX_BODY:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A note is at most {max_body} characters."),
            max_body=f"{MAX_BODY:,}",
        )
    if deal_id is None and client_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A note belongs to a deal or a client; choose one.")
        )
    if deal_id is not None and session.get(Deal, deal_id) is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no deal with id {deal_id}."), deal_id=deal_id
        )
    if client_id is not None and session.get(Client, client_id) is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no client with id {client_id}."),
            client_id=client_id,
        )
    note = Note(deal_id=deal_id, client_id=client_id, body=body, created_at=utc_naive(now))
    session.add(note)
    session.flush()
    return _row(note)


def list_notes(
    session: Session, *, deal_id: int | None = None, client_id: int | None = None
) -> list[NoteRow]:
    """The notes of a deal, or of a client, newest first."""
    if deal_id is None and client_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Ask for the notes of a deal or of a client.")
        )
    query = select(Note).order_by(Note.created_at.desc(), Note.id.desc())
    if deal_id is not None:
        query = query.where(Note.deal_id == deal_id)
    if client_id is not None:
        query = query.where(Note.client_id == client_id)
    return [_row(n) for n in session.scalars(query)]
