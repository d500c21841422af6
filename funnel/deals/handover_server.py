"""A hand-over on a team server, through the SECURITY DEFINER functions of
migration 0012 (`funnel_hand_over`, `funnel_undo_hand_over`).

Row-level security lets a salesperson write only their own deals, and a deal
they hand over stops being theirs in the very UPDATE that hands it over, so
the server does the step itself after checking who asks. Its refusals (raised
with SQLSTATEs FH001…FH404) come back here as the same errors the file path
and the version check give. The deal and follow-ups this session holds are
brought up to date without reading them back: after the hand-over the giver
may no longer see them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Integer, Text, cast, func, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from funnel.errors import ChangedByOtherError, FunnelError, NotFoundError, PermissionDeniedError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.conflicts import CHANGED, CHANGED_BY, NOT_YOURS, NOT_YOURS_NOBODY
from funnel.store.models import Activity, Deal
from funnel.store.sqlfunc import dialect_name

HANDED_AWAY = QT_TRANSLATE_NOOP(
    "Errors", "{who} now owns {what}; ask them or a manager to hand it back."
)
NO_DEAL = QT_TRANSLATE_NOOP("Errors", "There is no deal with id {deal_id}.")
NO_OWNER = QT_TRANSLATE_NOOP("Errors", "There is no active owner with id {owner_id}.")
Moved = tuple[tuple[int, int | None], ...]


def on_server(session: Session) -> bool:
    """Whether hand-overs go through the server's functions (a team server)
    or are plain ORM writes (a file: one person, no row-level security)."""
    return dialect_name(session) == "postgresql"


def hand_over_on_server(
    session: Session,
    deal: Deal,
    owner_id: int | None,
    *,
    text: str | None,
    at: datetime | None,
) -> tuple[int, Moved]:
    """Hand `deal` (at the version this session holds) to `owner_id` with its
    open follow-ups, leaving the notice `text` when given. Returns the deal's
    new version and the moved follow-ups with their owners before."""
    call = func.funnel_hand_over(
        cast(deal.id, Integer),
        cast(owner_id, Integer),
        cast(deal.version, Integer),
        cast(text, Text),
        cast(at, DateTime),
    )
    done: dict[str, Any] = _call(
        session, call, title=deal.title, deal_id=deal.id, owner_id=owner_id
    )
    _written(deal, owner_id, done["version"], done.get("by"))
    moved = []
    for activity_id, before, version in done["moved"]:
        moved.append((int(activity_id), None if before is None else int(before)))
        activity = session.identity_map.get(identity_key(Activity, activity_id))
        if activity is not None:
            _written(activity, owner_id, version, done.get("by"))
    return int(done["version"]), tuple(moved)


def _written(record: Any, owner_id: int | None, version: int, by: int | None) -> None:
    """What the server wrote, as if this session had loaded it (not dirty)."""
    set_committed_value(record, "owner_id", owner_id)
    set_committed_value(record, "version", version)
    set_committed_value(record, "updated_by_id", by)


def undo_on_server(
    session: Session,
    *,
    deal_id: int,
    title: str,
    from_owner_id: int | None,
    to_owner_id: int | None,
    version: int | None,
    noticed_at: datetime | None,
    moved: Moved,
) -> None:
    """Give a hand-over this person made back (the server refuses unless the
    deal is still as they left it, or they manage, or it is theirs now)."""
    call = func.funnel_undo_hand_over(
        cast(deal_id, Integer),
        cast(from_owner_id, Integer),
        cast(to_owner_id, Integer),
        cast(version, Integer),
        cast(noticed_at, DateTime),
        cast([i for i, _ in moved], ARRAY(Integer)),
        cast([before for _, before in moved], ARRAY(Integer)),
    )
    _call(session, call, title=title, deal_id=deal_id, owner_id=to_owner_id)
    for key in [identity_key(Deal, deal_id), *(identity_key(Activity, i) for i, _ in moved)]:
        record = session.identity_map.get(key)
        if record is not None:
            session.expire(record)


def _call(session: Session, call: Any, *, title: str, deal_id: int, owner_id: int | None) -> Any:
    try:
        return session.execute(select(call)).scalar_one()
    except DBAPIError as exc:
        error = _refusal(exc, what=f"'{title}'", deal_id=deal_id, owner_id=owner_id)
        if error is None:
            raise
        raise error from exc


def _refusal(
    exc: DBAPIError, *, what: str, deal_id: int, owner_id: int | None
) -> FunnelError | None:
    state = getattr(exc.orig, "sqlstate", None)
    diag = getattr(exc.orig, "diag", None)
    who = (getattr(diag, "message_detail", None) or "") if diag is not None else ""
    if state == "FH001":
        if who:
            return PermissionDeniedError(NOT_YOURS, what=what, who=who)
        return PermissionDeniedError(NOT_YOURS_NOBODY, what=what)
    if state == "FH002":
        if who:
            return ChangedByOtherError(CHANGED_BY, who=who, what=what)
        return ChangedByOtherError(CHANGED, what=what)
    if state == "FH003":
        return NotFoundError(NO_OWNER, owner_id=owner_id)
    if state == "FH004":
        if who:
            return PermissionDeniedError(HANDED_AWAY, who=who, what=what)
        return PermissionDeniedError(CHANGED, what=what)  # back in the pool, or gone
    if state == "FH404":
        return NotFoundError(NO_DEAL, deal_id=deal_id)
    return None
