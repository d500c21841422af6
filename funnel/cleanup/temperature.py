"""Cooling down clients who went quiet: the review proposes a hot client with no
purchase and no activity for N days (setting `cleanup_demotion_days`, 30 by
default) to become warm, and a warm one cold. The person accepts or rejects
each; nothing changes by itself.

"Activity" is anything logged or planned with the client: an activity on the
client or on one of their deals created or done in the last N days. A client
added less than N days ago is not proposed either: hot leads start hot.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from funnel.errors import ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.models import Activity, Client, Deal, Purchase, Temperature
from funnel.store.settings import get_setting, set_setting

DAYS_SETTING = "cleanup_demotion_days"
DEFAULT_DAYS = 30
MAX_DAYS = 3650
COOLER = {Temperature.HOT: Temperature.WARM, Temperature.WARM: Temperature.COLD}
_CHUNK = 5000


@dataclass(frozen=True)
class Demotion:
    """A proposal: `client` from `from_temperature` to `to_temperature`."""

    client_id: int
    client: str
    from_temperature: str
    to_temperature: str
    last_purchase_on: date | None
    last_activity_at: datetime | None  # UTC
    days: int  # the setting it was proposed under

    def as_json(self) -> dict:
        return {
            "client_id": self.client_id,
            "client": self.client,
            "from": self.from_temperature,
            "to": self.to_temperature,
            "last_purchase_on": self.last_purchase_on.isoformat()
            if self.last_purchase_on
            else None,
            "last_activity_at": self.last_activity_at.isoformat()
            if self.last_activity_at
            else None,
            "days": self.days,
        }


def demotion_days(session: Session) -> int:
    value = get_setting(session, DAYS_SETTING)
    try:
        days = int(value) if value is not None else DEFAULT_DAYS
    except (TypeError, ValueError):
        return DEFAULT_DAYS  # a hand-edited bad value must not stop the review
    return days if 1 <= days <= MAX_DAYS else DEFAULT_DAYS


def set_demotion_days(session: Session, days: int) -> int:
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Propose cooling a client down after 1 to {max_days} quiet days (got {days}).",
            ),
            max_days=MAX_DAYS,
            days=days,
        )
    set_setting(session, DAYS_SETTING, days)
    return days


def _quiet(today: date, days: int) -> ColumnElement[bool]:
    """True for a `Client` row with nothing since the cutoff."""
    cutoff_day = today - timedelta(days=days)
    cutoff = datetime.combine(cutoff_day, time.min)
    recent = or_(
        Activity.created_at >= cutoff,
        and_(Activity.done_at >= cutoff, Activity.cancelled_at.is_(None)),
    )
    return and_(
        Client.temperature.in_(tuple(COOLER)),
        Client.archived.is_(False),
        Client.created_at < cutoff,
        ~exists().where(Purchase.client_id == Client.id, Purchase.purchased_on >= cutoff_day),
        ~exists().where(Activity.client_id == Client.id, recent),
        ~exists().where(Deal.client_id == Client.id, Activity.deal_id == Deal.id, recent),
    )


def _details(session: Session, rows: Sequence[Any], days: int) -> list[Demotion]:
    ids = [r[0] for r in rows]
    purchases: dict[int, date] = {}
    activities: dict[int, datetime] = {}
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        purchases.update(
            session.execute(
                select(Purchase.client_id, func.max(Purchase.purchased_on))
                .where(Purchase.client_id.in_(chunk))
                .group_by(Purchase.client_id)
            ).all()
        )
        # Two indexed look-ups (on the client, and on the client's deals) rather
        # than one over COALESCE, which no index serves.
        last = func.max(func.coalesce(Activity.done_at, Activity.created_at))
        for client_id, moment in (
            *session.execute(
                select(Activity.client_id, last)
                .where(Activity.client_id.in_(chunk))
                .group_by(Activity.client_id)
            ).all(),
            *session.execute(
                select(Deal.client_id, last)
                .join(Activity, Activity.deal_id == Deal.id)
                .where(Deal.client_id.in_(chunk))
                .group_by(Deal.client_id)
            ).all(),
        ):
            if (
                client_id is not None
                and moment is not None
                and (client_id not in activities or moment > activities[client_id])
            ):
                activities[client_id] = moment
    return [
        Demotion(cid, name, temp, COOLER[temp], purchases.get(cid), activities.get(cid), days)
        for cid, name, temp in rows
    ]


def demotion_proposals(
    session: Session,
    *,
    today: date,
    days: int | None = None,
    client_ids: Iterable[int] | None = None,
    limit: int | None = None,
) -> list[Demotion]:
    """Clients to cool down as of `today`, hottest first, then by name."""
    days = days or demotion_days(session)
    query = (
        select(Client.id, Client.name, Client.temperature)
        .where(_quiet(today, days))
        .order_by(Client.temperature != Temperature.HOT.value, Client.name, Client.id)
    )
    if client_ids is not None:
        query = query.where(Client.id.in_(list(client_ids)))
    if limit is not None:
        query = query.limit(limit)
    return _details(session, session.execute(query).all(), days)


def demotion_for(
    session: Session, client_id: int | None, *, today: date, days: int | None = None
) -> Demotion | None:
    if client_id is None:
        return None
    found = demotion_proposals(session, today=today, days=days, client_ids=[client_id])
    return found[0] if found else None
