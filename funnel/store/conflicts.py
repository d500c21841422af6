"""Two people editing the same record: the second writer is told, nothing is lost.

Deals, clients and activities carry a `version` that SQLAlchemy checks and
bumps on every UPDATE (`version_id_col`): an update of a row someone else
changed since it was read matches no row, and the whole action is rolled back
and reported as `ChangedByOtherError` with who changed it (`updated_by_id`,
stamped on every write in team mode). A form that was opened earlier and is
saved in a new transaction passes the version it showed to `check_version`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ForeignKey, Integer, column, event, select, table
from sqlalchemy.orm import Mapped, Session, declared_attr, mapped_column

from funnel.errors import ChangedByOtherError, PermissionDeniedError
from funnel.i18n import QT_TRANSLATE_NOOP

ACTOR = "funnel_actor_id"
WRITING = "funnel_versioned_writes"

CHANGED_BY = QT_TRANSLATE_NOOP(
    "Errors", "{what} was changed by {who} a moment ago; nothing was written. Reload?"
)
CHANGED = QT_TRANSLATE_NOOP(
    "Errors", "{what} was changed elsewhere a moment ago; nothing was written. Reload?"
)
NOT_YOURS = QT_TRANSLATE_NOOP(
    "Errors", "{what} belongs to {who}; only they or a manager can change it."
)
NOT_YOURS_NOBODY = QT_TRANSLATE_NOOP(
    "Errors", "{what} belongs to someone else; only they or a manager can change it."
)


class Versioned:
    """Mixin: a version checked on UPDATE, and who wrote last."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr
    def updated_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("owner.id", ondelete="SET NULL"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}


def _describe(record: Any) -> str:
    for attr in ("title", "name", "subject"):
        value = getattr(record, attr, None)
        if value:
            return f"'{value}'"
    return f"{type(record).__name__.lower()} {getattr(record, 'id', '')}".strip()


def _who(session: Session, owner_id: int | None) -> str | None:
    if owner_id is None:
        return None
    # The owner table by name: the models import this module for their mixin.
    owner = table("owner", column("id"), column("name"))
    return session.scalar(select(owner.c.name).where(owner.c.id == owner_id))


def changed_error(session: Session, record: Any, updated_by_id: int | None) -> ChangedByOtherError:
    who = _who(session, updated_by_id)
    what = _describe(record)
    if who:
        return ChangedByOtherError(CHANGED_BY, who=who, what=what)
    return ChangedByOtherError(CHANGED, what=what)


def check_version(session: Session, record: Any, expected: int | None) -> None:
    """Refuse to save over a change made after the form showed `expected`."""
    if expected is None or not isinstance(record, Versioned):
        return
    if record.version != expected:
        raise changed_error(session, record, record.updated_by_id)


def stale_error(session: Session) -> ChangedByOtherError | PermissionDeniedError:
    """After a StaleDataError: find which record being written was changed,
    and by whom (read in a fresh connection: this transaction is doomed).
    A record still there at the version this action read was not changed by
    anyone: the team server's row-level security refused the write (the
    record is someone else's), which is told as such."""
    engine = session.get_bind()
    # A failed flush leaves nothing dirty and every record unreadable: what it
    # was writing was noted by `_note_writes` before it began.
    for written, record_id, version, what in session.info.get(WRITING, ()):
        with Session(engine) as look:
            row = look.execute(
                select(written.c.version, written.c.updated_by_id).where(written.c.id == record_id)
            ).first()
            if row is None or row.version != version:
                who = _who(look, row.updated_by_id if row else None)
                if who:
                    return ChangedByOtherError(CHANGED_BY, who=who, what=what)
                return ChangedByOtherError(CHANGED, what=what)
            if "owner_id" in written.c:
                owner_id = look.scalar(select(written.c.owner_id).where(written.c.id == record_id))
                who = _who(look, owner_id)
                if who:
                    return PermissionDeniedError(NOT_YOURS, what=what, who=who)
            return PermissionDeniedError(NOT_YOURS_NOBODY, what=what)
    return ChangedByOtherError(CHANGED, what="?")


@event.listens_for(Session, "before_flush")
def _note_writes(session: Session, _context, _instances) -> None:
    session.info[WRITING] = [
        (type(r).__table__, r.id, r.version, _describe(r))  # type: ignore[attr-defined]
        for r in (*session.dirty, *session.deleted)
        if isinstance(r, Versioned) and r.id is not None  # type: ignore[attr-defined]
    ]


@event.listens_for(Session, "before_flush")
def _stamp_writer(session: Session, _context, _instances) -> None:
    actor = session.info.get(ACTOR)
    if actor is None:
        return
    for record in session.new | session.dirty:
        if isinstance(record, Versioned) and session.is_modified(record):
            record.updated_by_id = actor
