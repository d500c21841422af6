"""Hand-made purchase histories for the repeat-sales tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from funnel.store.models import Client, Purchase


def client(session: Session, name: str, **fields) -> int:
    row = Client(name=name, created_at=datetime(2025, 1, 1), search_text=name.casefold(), **fields)
    session.add(row)
    session.flush()
    return row.id


def buy(
    session: Session, client_id: int, day: date, amount: int = 100, currency: str = "USD"
) -> None:
    session.add(
        Purchase(
            client_id=client_id,
            purchased_on=day,
            amount_cents=amount * 100,
            currency=currency,
            source="import",
        )
    )
    session.flush()


def buyer(session: Session, name: str, days_ago: list[int], today: date, amount: int = 100) -> int:
    """A client with one purchase per entry of `days_ago` (days before today)."""
    cid = client(session, name)
    for d in days_ago:
        buy(session, cid, today - timedelta(days=d), amount)
    return cid
