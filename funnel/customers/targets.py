"""Whom a campaign started from the Clients list can be on: the clients the
list shows with its filter (kept as a filter, so a recurring campaign rebuilds
from it), the clients selected in it, a tag, a source, or clients with a
birthday — each with how many clients it holds now."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from funnel.customers.client_list import ClientFilters
from funnel.customers.client_sets import eligible_clients, members_query
from funnel.store.models import Client


@dataclass(frozen=True)
class Target:
    kind: str  # filter | selection | tag | source | birthday
    label: str  # the tag or source as written; empty for the others
    definition: dict
    size: int


def _count(session: Session, definition: dict, today: date) -> int:
    members = members_query(session, definition, today=today).subquery()
    return session.scalar(select(func.count()).select_from(members)) or 0


def campaign_targets(
    session: Session, *, filters: ClientFilters, selected: Sequence[int], today: date
) -> list[Target]:
    """The choices, in this order: the list, the selection (when any), tags
    and sources by how many clients they hold, clients with a birthday."""
    targets = []
    shown = {"kind": "filter", "text": filters.text, "temperature": filters.temperature}
    targets.append(Target("filter", "", shown, _count(session, shown, today)))
    if selected:
        chosen = {"kind": "clients", "ids": sorted(set(selected))}
        targets.append(Target("selection", "", chosen, _count(session, chosen, today)))
    live = eligible_clients().subquery()
    tags: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for text, n in session.execute(
        select(Client.tags, func.count())
        .where(Client.id.in_(select(live.c[0])), Client.tags != "")
        .group_by(Client.tags)
    ):
        for tag in {t.strip() for t in (text or "").split(",") if t.strip()}:
            tags[tag.casefold()] += n
            spelling.setdefault(tag.casefold(), tag)
    for key, n in sorted(tags.items(), key=lambda kv: (-kv[1], kv[0])):
        targets.append(Target("tag", spelling[key], {"kind": "tag", "tag": spelling[key]}, n))
    sources = session.execute(
        select(func.min(Client.source), func.count())
        .where(Client.id.in_(select(live.c[0])), Client.source.is_not(None), Client.source != "")
        .group_by(func.lower(Client.source))
        .order_by(func.count().desc(), func.lower(Client.source))
    ).all()
    for source, n in sources:
        name = str(source)  # never NULL: NULL and empty sources were left out above
        targets.append(Target("source", name, {"kind": "source", "source": name}, n))
    birthdays = {"kind": "birthday"}
    targets.append(Target("birthday", "", birthdays, _count(session, birthdays, today)))
    return targets
