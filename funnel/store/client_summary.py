"""The stored per-client purchase summary (issue 12): what the lifecycle
matrix and a cell's client list would otherwise add up from every purchase.
Kept apart from `models.py` (which passed 500 lines).

One row per client and currency: count, revenue, first and last purchase of
the client's purchases in that currency (a negative amount, a hand-typed
refund, is not a purchase and is left out, as everywhere). Per currency rather
than in the home currency, because the home currency is a setting (or, without
one, the most common currency) and may change without any purchase changing.
Every path that adds, removes or moves purchases keeps it up to date in its
own transaction: purchases added, deleted or moved through the ORM are caught
at flush (the listener below); the bulk writers (imports, merge, demo data)
call `refresh_clients` with the clients they touched. A client removed takes
its rows with it (the foreign key cascades). `funnel check` recomputes it and
compares (`summary_problems`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import (
    BigInteger,
    Date,
    ForeignKey,
    Index,
    Integer,
    Select,
    String,
    and_,
    delete,
    event,
    func,
    insert,
    inspect,
    select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from funnel.store.models import Base, Purchase


class ClientSummary(Base):
    __tablename__ = "client_summary"
    __table_args__ = (
        # The cell list groups the rows by client and reads everything it
        # needs off this index, never the table.
        Index(
            "ix_client_summary_figures",
            "client_id", "purchases", "last_purchase", "first_purchase", "currency",
            "revenue_cents",
        ),
    )  # fmt: skip

    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True
    )
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    purchases: Mapped[int] = mapped_column(Integer)
    revenue_cents: Mapped[int] = mapped_column(BigInteger)
    first_purchase: Mapped[date] = mapped_column(Date)
    last_purchase: Mapped[date] = mapped_column(Date)


CHUNK = 500  # client ids per statement (well under every driver's parameter limit)
REBUILD_ABOVE = 20_000  # more clients than this: rebuilding all is quicker
COLUMNS = ("client_id", "currency", "purchases", "revenue_cents", "first_purchase",
           "last_purchase")  # fmt: skip


def _computed() -> Select:
    """The summary rows as the purchases say they should be."""
    return (
        select(
            Purchase.client_id,
            Purchase.currency,
            func.count().label("purchases"),
            func.sum(Purchase.amount_cents).label("revenue_cents"),
            func.min(Purchase.purchased_on).label("first_purchase"),
            func.max(Purchase.purchased_on).label("last_purchase"),
        )
        .where(Purchase.amount_cents >= 0)
        .group_by(Purchase.client_id, Purchase.currency)
    )


def rebuild_summary(session: Session) -> None:
    """Recompute every row (after a bulk write, and by the migration)."""
    session.flush()
    session.execute(delete(ClientSummary))
    session.execute(insert(ClientSummary).from_select(COLUMNS, _computed()))


def refresh_clients(session: Session, client_ids: Iterable[int | None]) -> None:
    """Recompute the rows of these clients from their purchases (pending ORM
    changes are flushed first, so a purchase just added or deleted counts)."""
    ids = sorted({int(i) for i in client_ids if i is not None})
    if not ids:
        return
    if len(ids) > REBUILD_ABOVE:
        rebuild_summary(session)
        return
    session.flush()
    _refresh(session, ids)


def _refresh(session: Session, client_ids: Iterable[int | None]) -> None:
    ids = sorted({int(i) for i in client_ids if i is not None})
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        session.execute(delete(ClientSummary).where(ClientSummary.client_id.in_(chunk)))
        session.execute(
            insert(ClientSummary).from_select(
                COLUMNS, _computed().where(Purchase.client_id.in_(chunk))
            )
        )


PENDING = "client_summary.pending"


@event.listens_for(Session, "before_flush")
def _note_purchases(session: Session, _context, _instances) -> None:
    """The clients whose purchases this flush adds, deletes or moves."""
    touched: set[int] = session.info.setdefault(PENDING, set())
    for obj in (*session.new, *session.deleted, *session.dirty):
        if isinstance(obj, Purchase):
            touched.add(obj.client_id)
            old = inspect(obj).attrs.client_id.history.deleted
            touched.update(i for i in old if i is not None)


@event.listens_for(Session, "after_flush_postexec")
def _refresh_noted(session: Session, _context) -> None:
    touched = session.info.pop(PENDING, None)
    if touched:
        _refresh(session, touched)


@event.listens_for(Session, "after_soft_rollback")
def _forget(session: Session, _previous) -> None:
    session.info.pop(PENDING, None)


MAX_REPORTED = 50


def summary_problems(session: Session) -> list[str]:
    """For `funnel check`: every stored row that differs from the purchases,
    and every row missing or left over."""
    expected = _computed().subquery("expected")
    s = ClientSummary
    same_key = and_(expected.c.client_id == s.client_id, expected.c.currency == s.currency)
    wrong = session.execute(
        select(expected.c.client_id, expected.c.currency, s.client_id.is_not(None))
        .outerjoin(s, same_key)
        .where(
            (s.client_id.is_(None))
            | (s.purchases != expected.c.purchases)
            | (s.revenue_cents != expected.c.revenue_cents)
            | (s.first_purchase != expected.c.first_purchase)
            | (s.last_purchase != expected.c.last_purchase)
        )
        .order_by(expected.c.client_id, expected.c.currency)
    ).all()
    extra = session.execute(
        select(s.client_id, s.currency)
        .outerjoin(expected, same_key)
        .where(expected.c.client_id.is_(None))
        .order_by(s.client_id, s.currency)
    ).all()
    found = [
        f"the purchase summary of client {c} in {cur} "
        + ("differs from the purchases" if stored else "is missing")
        for c, cur, stored in wrong
    ] + [f"the purchase summary of client {c} in {cur} has no purchases behind it"
         for c, cur in extra]  # fmt: skip
    if len(found) > MAX_REPORTED:
        more = len(found) - MAX_REPORTED
        found = [*found[:MAX_REPORTED], f"… and {more} more like the above"]
    if found:
        found.append("`funnel check --fix-summary` recomputes the purchase summary")
    return found
