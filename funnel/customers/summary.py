"""The stored per-client purchase summary (`client_summary`): kept up to date
in the transaction that writes purchases, read by the lifecycle matrix and a
matrix cell's client list, and recomputed by `funnel check`.

Every path that adds, removes or moves purchases calls `refresh_clients` with
the clients concerned (win, reopen or lose a won deal and their undo, imports
of purchases and of deals, merge and unmerge, demo data). A client removed
takes its rows with it (the foreign key cascades).

The summary holds every purchase ever recorded, so it answers "as of" a day
only when no purchase is dated after that day; `covers` says so (one look at
the index by day), and the readers fall back to adding up the purchases.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from funnel.store.client_summary import ClientSummary
from funnel.store.models import Client, Purchase


def covers(session: Session, as_of: date) -> bool:
    """True when no purchase is dated after `as_of`, so the summary is the
    history as of that day."""
    latest = session.scalar(select(func.max(Purchase.purchased_on)))
    return latest is None or latest <= as_of


def stored_buyers(currency: str):
    """The same columns as `segments.buyers` (client_id, n, first, last,
    revenue, n_home, other) read off the summary: one row per client and
    currency instead of one per purchase."""
    s = ClientSummary
    home = s.currency == currency
    sums = (
        select(
            s.client_id.label("client_id"),
            func.sum(s.purchases).label("n"),
            func.min(s.first_purchase).label("first"),
            func.max(s.last_purchase).label("last"),
            func.sum(case((home, s.revenue_cents), else_=0)).label("revenue"),
            func.sum(case((home, s.purchases), else_=0)).label("n_home"),
            func.sum(case((home, 0), else_=s.purchases)).label("other"),
        )
        .group_by(s.client_id)
        .subquery("stored")
    )
    return (
        select(*sums.c)
        .join(Client, Client.id == sums.c.client_id)
        .where(Client.archived.is_(False), Client.merged_into_id.is_(None))
        .subquery("buyers")
    )
