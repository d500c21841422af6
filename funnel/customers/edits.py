"""Editing a client as an undoable step: the fields the card saves, and what
they were before, so the edit can be taken back and done again."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from funnel.customers.clients import ClientRow, get_client, update_client
from funnel.errors import ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP

# What the client card edits (and so what an undo puts back).
CARD_FIELDS = (
    "name", "company", "phones", "emails", "source", "tags",
    "temperature", "birthday", "referred_by_id", "notes",
)  # fmt: skip


@dataclass(frozen=True)
class ClientEdit:
    client_id: int
    before: dict[str, Any]
    after: dict[str, Any]  # as stored (cleaned), to tell a later change from this one


def _fields(row: ClientRow) -> dict[str, Any]:
    return {name: getattr(row, name) for name in CARD_FIELDS}


def edit_client(
    session: Session, client_id: int, *, expected_version: int | None = None, **fields: Any
) -> ClientEdit:
    """`update_client`, remembering the fields before. With `expected_version`
    (what the card showed), a client changed since is refused, unchanged."""
    before = _fields(get_client(session, client_id))
    after = _fields(update_client(session, client_id, expected_version=expected_version, **fields))
    return ClientEdit(client_id, before, after)


def _unchanged_since(session: Session, client_id: int, expected: dict) -> ClientRow | None:
    """The client as it is, or None if it is no longer as `expected`."""
    current = get_client(session, client_id)
    return current if _fields(current) == expected else None


def revert_client_edit(session: Session, edit: ClientEdit) -> None:
    """Put the fields back, provided nobody changed the client since."""
    if _unchanged_since(session, edit.client_id, edit.after) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Client '{name}' has changed since; it cannot be undone."),
            name=get_client(session, edit.client_id).name,
        )
    update_client(session, edit.client_id, **edit.before)


def reapply_client_edit(session: Session, edit: ClientEdit) -> ClientEdit:
    """Do an undone edit again."""
    if _unchanged_since(session, edit.client_id, edit.before) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Client '{name}' has changed since; it cannot be redone."),
            name=get_client(session, edit.client_id).name,
        )
    update_client(session, edit.client_id, **edit.after)
    return edit
