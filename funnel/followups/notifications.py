"""Messages kept for an owner until read: today, escalations ("this follow-up was
handed to you" / "…was handed to your backup"). Desktop pop-ups for due
follow-ups are not stored here; see `funnel.followups.reminders`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.orm import Session

from funnel.store.models import Notification
from funnel.timeutil import utc_naive


@dataclass(frozen=True)
class NotificationRow:
    id: int
    owner_id: int | None
    kind: str  # a NotificationKind value: the UI words it from this
    activity_id: int | None
    deal_id: int | None
    text: str  # an English sentence, for the CLI
    created_at: datetime  # UTC
    read_at: datetime | None  # UTC

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "owner_id": self.owner_id,
            "kind": self.kind,
            "activity_id": self.activity_id,
            "deal_id": self.deal_id,
            "text": self.text,
            "created_at": self.created_at.isoformat(),
            "read": self.read_at is not None,
        }


def list_notifications(
    session: Session,
    *,
    owner_id: int | None = None,
    unread_only: bool = True,
    limit: int | None = 200,
) -> list[NotificationRow]:
    """Newest first."""
    query = select(Notification).order_by(Notification.created_at.desc(), Notification.id.desc())
    if owner_id is not None:
        query = query.where(Notification.owner_id == owner_id)
    if unread_only:
        query = query.where(Notification.read_at.is_(None))
    if limit is not None:
        query = query.limit(limit)
    return [
        NotificationRow(
            n.id, n.owner_id, n.kind, n.activity_id, n.deal_id, n.text, n.created_at, n.read_at
        )
        for n in session.scalars(query)
    ]


def unread_count(session: Session, *, owner_id: int | None = None) -> int:
    query = select(func.count()).where(Notification.read_at.is_(None))
    if owner_id is not None:
        query = query.where(Notification.owner_id == owner_id)
    return session.scalar(query) or 0


def mark_notifications_read(
    session: Session, notification_ids: Iterable[int], *, now: datetime
) -> int:
    ids = list(dict.fromkeys(notification_ids))
    if not ids:
        return 0
    result = session.execute(
        update(Notification)
        .where(Notification.id.in_(ids), Notification.read_at.is_(None))
        .values(read_at=utc_naive(now))
        .execution_options(synchronize_session=False)
    )
    assert isinstance(result, CursorResult)  # an UPDATE's result counts its rows
    session.expire_all()
    return result.rowcount or 0
