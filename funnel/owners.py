"""Owners: the salespeople deals, clients and activities belong to."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from funnel.errors import ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.models import Owner

MAX_NAME = 200


@dataclass(frozen=True)
class OwnerRow:
    id: int
    name: str
    email: str | None
    is_default: bool
    active: bool


def _row(owner: Owner) -> OwnerRow:
    return OwnerRow(owner.id, owner.name, owner.email, bool(owner.is_default), bool(owner.active))


def list_owners(session: Session, *, include_inactive: bool = False) -> list[OwnerRow]:
    """Owners by name, the default one first (it is who "me" is)."""
    query = select(Owner).order_by(Owner.is_default.desc(), Owner.name, Owner.id)
    if not include_inactive:
        query = query.where(Owner.active.is_(True))
    return [_row(o) for o in session.scalars(query)]


def default_owner_id(session: Session) -> int | None:
    return session.scalar(select(Owner.id).where(Owner.is_default.is_(True)).limit(1))


def create_owner(session: Session, name: str, *, email: str | None = None) -> OwnerRow:
    name = (name or "").strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An owner needs a name."))
    if len(name) > MAX_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An owner's name is at most {max_name} characters."),
            max_name=MAX_NAME,
        )
    if session.scalar(select(Owner.id).where(func.lower(Owner.name) == name.lower())):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is already an owner named '{name}'."), name=name
        )
    email = (email or "").strip() or None
    if email is not None:
        from funnel.customers.clients import clean_email

        email = clean_email(email)
    owner = Owner(name=name, email=email, is_default=False, active=True)
    session.add(owner)
    session.flush()
    return _row(owner)


def current_owner_id(session: Session, actor_id: int | None = None) -> int | None:
    """Who "me" is: in team mode the signed-in owner (`actor_id`, or the
    actor the open database stamped on this session), else the file's default
    owner. Today's "mine", reminders, the clean-up queue and new records use it."""
    if actor_id is None:
        from funnel.store.conflicts import ACTOR

        actor_id = session.info.get(ACTOR)
    if actor_id is not None:
        return int(actor_id)
    return default_owner_id(session)
