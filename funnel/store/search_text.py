"""Keeping the case-folded `search_text` columns filled.

Services fill them on every write; bulk writers (import, demo) fill them too.
`index_missing` is the safety net run when a file is opened, so rows written
by an older Funnel or by hand still turn up in search.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from funnel.store.models import Client, Deal, fold


def index_missing(session: Session) -> int:
    """Fill empty search texts; returns how many rows were filled."""
    deals = [
        {"id": i, "search_text": fold(t)}
        for i, t in session.execute(select(Deal.id, Deal.title).where(Deal.search_text == ""))
        if t
    ]
    clients = [
        {"id": i, "search_text": fold(n, c)}
        for i, n, c in session.execute(
            select(Client.id, Client.name, Client.company).where(Client.search_text == "")
        )
        if n or c
    ]
    if deals:
        session.execute(update(Deal), deals)
    if clients:
        session.execute(update(Client), clients)
    return len(deals) + len(clients)
