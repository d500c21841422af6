"""Handing a deal to another owner: its open follow-ups go with it, and the
new owner is told ("Anna handed you 'Clinic CRM' with 2 follow-ups").

On a file the hand-over is plain ORM writes. On a team server it is one call
of the server's `funnel_hand_over` (`funnel.deals.handover_server`, migration
0012): under row-level security a salesperson could not write a deal that, in
that very write, stops being theirs, so the server does it after checking that
the caller is the deal's owner or a manager. Undone by `undo_hand_over` (on a
server: by a manager, the deal's owner now, or whoever handed it over while
the deal is still as they left it). `hand_over_deals` gives several at once
(the Deals list's "Assign to…"), refusing up front, naming the deal, when a
salesperson tries to give away a deal that is not theirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from funnel.deals.handover_server import hand_over_on_server, on_server, undo_on_server
from funnel.errors import NotFoundError, PermissionDeniedError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.owners import current_owner_id
from funnel.store.columns import table_of
from funnel.store.conflicts import NOT_YOURS, NOT_YOURS_NOBODY
from funnel.store.models import Activity, Deal, Notification, NotificationKind, Owner
from funnel.timeutil import utc_naive


@dataclass(frozen=True)
class HandOver:
    deal_id: int
    from_owner_id: int | None
    to_owner_id: int | None
    # (activity id, its owner before) of each open follow-up moved
    moved: tuple[tuple[int, int | None], ...]
    noticed_at: datetime | None  # the notice's created_at, None: no notice
    title: str = ""  # for a refusal of its undo (the giver may no longer read the deal)
    version: int | None = None  # on a server: the deal's version right after


NOBODY = "Someone"
HANDED = " handed you '"


def handed_text(who: str | None, title: str, count: int) -> str:
    """The English notice (the CLI's; the UI composes its own)."""
    steps = "1 follow-up" if count == 1 else f"{count} follow-ups"
    return f"{who or NOBODY}{HANDED}{title}' with {steps}."


def handed_by(text: str) -> str | None:
    """Who a notice written by `handed_text` names (None: nobody known).
    The notice row keeps no link to the giver; its text does."""
    who, found, _rest = text.partition(HANDED)
    return who if found and who and who != NOBODY else None


def hand_over(
    session: Session, deal: Deal, owner_id: int | None, *, now: datetime | None
) -> HandOver | None:
    """Give `deal` to `owner_id` with its open follow-ups; with `now`, tell
    the new owner (unless they hand it to themselves). None: no change."""
    if deal.owner_id == owner_id:
        return None
    old = deal.owner_id
    open_steps = session.scalars(
        select(Activity).where(Activity.deal_id == deal.id, Activity.done_at.is_(None))
    ).all()
    me = current_owner_id(session)
    noticed_at, text = None, None
    if now is not None and owner_id is not None and owner_id != me:
        who = session.scalar(select(Owner.name).where(Owner.id == me)) if me else None
        noticed_at = utc_naive(now)
        text = handed_text(who, deal.title, len(open_steps))
    if on_server(session):
        version, moved = hand_over_on_server(session, deal, owner_id, text=text, at=noticed_at)
        return HandOver(deal.id, old, owner_id, moved, noticed_at, deal.title, version)
    moved = tuple((a.id, a.owner_id) for a in open_steps if a.owner_id != owner_id)
    for activity in open_steps:
        activity.owner_id = owner_id
    session.flush()
    deal.owner_id = owner_id
    session.flush()
    if text is not None:
        session.execute(
            insert(table_of(Notification)),
            [
                {
                    "owner_id": owner_id,
                    "kind": NotificationKind.HANDED_OVER.value,
                    "activity_id": None,
                    "deal_id": deal.id,
                    "text": text,
                    "created_at": noticed_at,
                    "read_at": None,
                }
            ],
        )
    return HandOver(deal.id, old, owner_id, moved, noticed_at, deal.title)


def undo_hand_over(session: Session, handed: HandOver) -> None:
    """Give the deal and the follow-ups that moved back; remove the notice."""
    if on_server(session):
        undo_on_server(
            session, deal_id=handed.deal_id, title=handed.title,
            from_owner_id=handed.from_owner_id, to_owner_id=handed.to_owner_id,
            version=handed.version, noticed_at=handed.noticed_at, moved=handed.moved,
        )  # fmt: skip
        return
    if handed.noticed_at is not None:
        session.execute(
            delete(Notification).where(
                Notification.deal_id == handed.deal_id,
                Notification.owner_id == handed.to_owner_id,
                Notification.kind == NotificationKind.HANDED_OVER,
                Notification.created_at == handed.noticed_at,
            )
        )
    deal = session.get(Deal, handed.deal_id)
    if deal is not None:
        deal.owner_id = handed.from_owner_id
        session.flush()
    for activity_id, owner_id in handed.moved:
        activity = session.get(Activity, activity_id)
        if activity is not None and activity.owner_id == handed.to_owner_id:
            activity.owner_id = owner_id
    session.flush()


def may_hand_over_others(session: Session) -> bool:
    """A manager on a team server, or whoever uses a file (it has no roles)."""
    if not on_server(session):
        return True
    from funnel.team.users import is_manager

    return is_manager(session)


def hand_over_deals(
    session: Session, deal_ids: list[int], owner_id: int, *, now: datetime
) -> tuple[HandOver, ...]:
    """Give each deal (with its open follow-ups, telling the new owner) to
    `owner_id`, in this one transaction; deals already theirs are left as
    they are. A salesperson may give away their own deals only: the first
    other person's deal refuses the whole action before anything changes."""
    owner = session.get(Owner, owner_id)
    if owner is None or not owner.active:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no active owner with id {owner_id}."),
            owner_id=owner_id,
        )
    ids = list(dict.fromkeys(deal_ids))
    found = {d.id: d for d in session.scalars(select(Deal).where(Deal.id.in_(ids)))}
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no deal with id {deal_id}."), deal_id=missing[0]
        )
    deals = [found[i] for i in ids]
    if not may_hand_over_others(session):
        me = current_owner_id(session)
        for deal in deals:
            if deal.owner_id not in (me, None, owner_id):
                who = session.scalar(select(Owner.name).where(Owner.id == deal.owner_id))
                raise PermissionDeniedError(
                    NOT_YOURS if who else NOT_YOURS_NOBODY, what=f"'{deal.title}'", who=who or ""
                )
    handed = (hand_over(session, deal, owner_id, now=now) for deal in deals)
    return tuple(h for h in handed if h is not None)


def undo_hand_over_deals(session: Session, handed: tuple[HandOver, ...]) -> None:
    """Give every deal of a `hand_over_deals` back, with its follow-ups."""
    for one in reversed(handed):
        undo_hand_over(session, one)
