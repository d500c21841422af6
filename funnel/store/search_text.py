"""Keeping the case-folded `search_text` columns filled.

Services fill them on every write; bulk writers (import, demo) fill them too.
`index_missing` is the safety net run when a file is opened, so rows written
by an older Funnel or by hand still turn up in search.
"""

from __future__ import annotations

from sqlalchemy import bindparam, select, update
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
    # Core updates by id: filling an index is not an edit, so versions stay.
    for table, rows in ((Deal.__table__, deals), (Client.__table__, clients)):
        if rows:
            session.execute(
                update(table)  # type: ignore[arg-type]
                .where(table.c.id == bindparam("row_id"))
                .values(search_text=bindparam("text")),
                [{"row_id": r["id"], "text": r["search_text"]} for r in rows],
            )
    return len(deals) + len(clients)
