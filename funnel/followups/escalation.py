"""Escalation: a follow-up overdue by more than a set number of days is handed
to a backup owner, and both owners are told (a Notification each).

Settings: `escalate_after_days` (None or 0 = off, the default) and
`escalation_backup_owner_id` — one backup for the team, which suits the small
teams Funnel is for; an activity the backup already owns is left alone. Each
activity is escalated at most once (`Activity.escalated_at`), so handing it
back to its first owner sticks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, or_, select, update
from sqlalchemy.orm import Session

from funnel.errors import NotFoundError, ValidationError
from funnel.store.models import Activity, Deal, Notification, NotificationKind, Owner
from funnel.store.settings import get_setting, set_setting
from funnel.timeutil import utc_naive

AFTER_DAYS_SETTING = "escalate_after_days"
BACKUP_OWNER_SETTING = "escalation_backup_owner_id"


@dataclass(frozen=True)
class EscalationSettings:
    after_days: int | None  # None = off
    backup_owner_id: int | None

    @property
    def enabled(self) -> bool:
        return bool(self.after_days)


@dataclass(frozen=True)
class Escalation:
    activity_id: int
    subject: str
    deal_id: int | None
    due_date: date
    days_overdue: int
    from_owner_id: int | None
    to_owner_id: int


def escalation_settings(session: Session) -> EscalationSettings:
    days = get_setting(session, AFTER_DAYS_SETTING)
    backup = get_setting(session, BACKUP_OWNER_SETTING)
    return EscalationSettings(
        int(days) if days else None, int(backup) if backup is not None else None
    )


def set_escalation(
    session: Session, *, after_days: int | None, backup_owner_id: int | None
) -> EscalationSettings:
    """Turn escalation on (a number of days and a backup owner) or off (None/0)."""
    if after_days:
        if isinstance(after_days, bool) or not isinstance(after_days, int) or after_days < 1:
            raise ValidationError(
                f"Escalate after a whole number of days, at least 1 (got {after_days})."
            )
        if backup_owner_id is None:
            raise ValidationError("Choose the backup owner who receives escalated follow-ups.")
    if backup_owner_id is not None and session.get(Owner, backup_owner_id) is None:
        raise NotFoundError(f"There is no owner with id {backup_owner_id}.")
    set_setting(session, AFTER_DAYS_SETTING, after_days or None)
    set_setting(session, BACKUP_OWNER_SETTING, backup_owner_id)
    return escalation_settings(session)


def escalate_overdue(session: Session, *, today: date, now: datetime) -> list[Escalation]:
    """Hand every open activity overdue by more than the set days to the backup
    owner; write a notification for the previous owner (if any) and for the
    backup. Nothing happens while escalation is off."""
    settings = escalation_settings(session)
    if not settings.enabled:
        return []
    assert settings.after_days is not None
    backup = _backup_owner(session, settings.backup_owner_id)
    latest_due = today - timedelta(days=settings.after_days + 1)
    rows = _overdue(session, latest_due, backup.id)
    if not rows:
        return []
    moment = utc_naive(now)
    escalations, notes = [], []
    for aid, subject, deal_id, due, owner_id, owner_name, title in rows:
        days = (today - due).days
        about = f"'{subject}'" + (f" on deal '{title}'" if title else "")
        escalations.append(Escalation(aid, subject, deal_id, due, days, owner_id, backup.id))
        notes.append(
            {
                "owner_id": backup.id,
                "kind": NotificationKind.ESCALATED_TO.value,
                "activity_id": aid,
                "deal_id": deal_id,
                "text": f"{about}, {days} days overdue, was handed to you"
                + (f" from {owner_name}." if owner_name else "."),
                "created_at": moment,
            }
        )
        if owner_id is not None:
            notes.append(
                {
                    "owner_id": owner_id,
                    "kind": NotificationKind.ESCALATED_AWAY.value,
                    "activity_id": aid,
                    "deal_id": deal_id,
                    "text": f"{about}, {days} days overdue, was handed to {backup.name}.",
                    "created_at": moment,
                }
            )
    _hand_over(session, [e.activity_id for e in escalations], backup.id, moment)
    session.execute(insert(Notification), notes)
    session.expire_all()
    return escalations


def _backup_owner(session: Session, owner_id: int | None) -> Owner:
    backup = session.get(Owner, owner_id) if owner_id is not None else None
    if backup is None:
        raise ValidationError(
            "Escalation is on but its backup owner is not set or no longer exists; "
            "choose one in the settings."
        )
    return backup


def _overdue(session: Session, latest_due: date, backup_id: int) -> Sequence[Any]:
    """Open activities due on `latest_due` or before, not escalated yet and not
    the backup's own, oldest first, with their owner's name and deal's title."""
    return session.execute(
        select(
            Activity.id,
            Activity.subject,
            Activity.deal_id,
            Activity.due_date,
            Activity.owner_id,
            Owner.name,
            Deal.title,
        )
        .outerjoin(Owner, Owner.id == Activity.owner_id)
        .outerjoin(Deal, Deal.id == Activity.deal_id)
        .where(
            Activity.done_at.is_(None),
            Activity.escalated_at.is_(None),
            Activity.due_date <= latest_due,
            or_(Activity.owner_id.is_(None), Activity.owner_id != backup_id),
        )
        .order_by(Activity.due_date, Activity.id)
    ).all()


def _hand_over(session: Session, ids: list[int], backup_id: int, moment: datetime) -> None:
    """Give the activities to the backup owner, remembering whose they were."""
    for i in range(0, len(ids), 5000):
        chunk = ids[i : i + 5000]
        session.execute(
            update(Activity)
            .where(Activity.id.in_(chunk))
            .values(
                escalated_from_id=Activity.owner_id,
                owner_id=backup_id,
                escalated_at=moment,
                version=Activity.version + 1,  # a form open on it must not save over this
            )
            .execution_options(synchronize_session=False)
        )
