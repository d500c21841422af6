"""What a client card shows of the client's past: purchases with their totals,
and a timeline of every call, e-mail, meeting and task across all their deals,
with the merges that folded duplicates into them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from funnel.store.models import Activity, Client, ClientMerge, Deal, Purchase, from_cents

MERGE = "merge"  # the timeline kind of a merge (activities use ActivityKind)


@dataclass(frozen=True)
class PurchaseLine:
    id: int
    purchased_on: date
    order_ref: str | None
    amount: Decimal
    currency: str
    deal_id: int | None
    deal: str | None


@dataclass(frozen=True)
class CurrencyTotal:
    currency: str
    count: int
    revenue: Decimal
    average: Decimal  # per purchase (order)


@dataclass(frozen=True)
class PurchaseTotals:
    count: int
    first: date | None
    last: date | None
    # One line per currency, largest revenue first: sums across currencies mean nothing.
    by_currency: tuple[CurrencyTotal, ...]


@dataclass(frozen=True)
class TimelineEntry:
    when: datetime  # done at, else due (local wall time for due dates)
    kind: str  # an ActivityKind, or MERGE
    subject: str
    outcome: str | None  # for a merge: why they were duplicates (Reason values, comma-joined)
    done: bool
    deal_id: int | None
    deal: str | None
    item_id: int  # the activity's or the merge's id
    undone: bool = False  # a merge taken back
    cancelled: bool = False  # a follow-up cancelled when its deal was closed or parked


def client_purchase_lines(session: Session, client_id: int) -> list[PurchaseLine]:
    """The client's purchases, newest first."""
    rows = session.execute(
        select(
            Purchase.id,
            Purchase.purchased_on,
            Purchase.order_ref,
            Purchase.amount_cents,
            Purchase.currency,
            Purchase.deal_id,
            Deal.title,
        )
        .outerjoin(Deal, Deal.id == Purchase.deal_id)
        .where(Purchase.client_id == client_id)
        .order_by(Purchase.purchased_on.desc(), Purchase.id.desc())
    )
    return [
        PurchaseLine(i, d, ref, from_cents(a), cur, did, title)
        for i, d, ref, a, cur, did, title in rows
    ]


def purchase_totals(session: Session, client_id: int) -> PurchaseTotals:
    """Count, revenue and average order per currency, first and last purchase:
    one GROUP BY."""
    rows = session.execute(
        select(
            Purchase.currency,
            func.count(),
            func.sum(Purchase.amount_cents),
            func.min(Purchase.purchased_on),
            func.max(Purchase.purchased_on),
        )
        .where(Purchase.client_id == client_id)
        .group_by(Purchase.currency)
    ).all()
    per_currency = sorted(
        (
            CurrencyTotal(cur, n, from_cents(total), from_cents(round((total or 0) / n)))
            for cur, n, total, _, _ in rows
        ),
        key=lambda t: (-t.revenue, t.currency),
    )
    return PurchaseTotals(
        count=sum(r[1] for r in rows),
        first=min((r[3] for r in rows), default=None),
        last=max((r[4] for r in rows), default=None),
        by_currency=tuple(per_currency),
    )


def client_timeline(session: Session, client_id: int) -> list[TimelineEntry]:
    """Every activity of the client or of one of their deals, and every merge
    into them, newest first."""
    deal_ids = select(Deal.id).where(Deal.client_id == client_id)
    rows = session.execute(
        select(
            Activity.id,
            Activity.kind,
            Activity.subject,
            Activity.outcome,
            Activity.done_at,
            Activity.due_date,
            Activity.due_time,
            Activity.deal_id,
            Deal.title,
            Activity.cancelled_at,
        )
        .outerjoin(Deal, Deal.id == Activity.deal_id)
        .where(or_(Activity.client_id == client_id, Activity.deal_id.in_(deal_ids)))
    ).all()
    entries = [
        TimelineEntry(
            when=done_at or datetime.combine(due_date, due_time or time()),
            kind=kind,
            subject=subject,
            outcome=outcome,
            done=done_at is not None,
            deal_id=deal_id,
            deal=deal,
            item_id=aid,
            cancelled=cancelled_at is not None,
        )
        for (
            aid,
            kind,
            subject,
            outcome,
            done_at,
            due_date,
            due_time,
            deal_id,
            deal,
            cancelled_at,
        ) in rows
    ]
    merged = session.execute(
        select(
            ClientMerge.id,
            ClientMerge.merged_at,
            ClientMerge.undone_at,
            ClientMerge.moved,
            ClientMerge.reason,
        ).where(ClientMerge.survivor_id == client_id)
    ).all()
    names = dict(
        session.execute(
            select(Client.id, Client.name).where(
                Client.id.in_({int(i) for m in merged for i in m.moved.get("clients", {})})
            )
        ).all()
    )
    for mid, merged_at, undone_at, moved, reason in merged:
        who = ", ".join(names.get(int(i), f"#{i}") for i in moved.get("clients", {}))
        entries.append(
            TimelineEntry(
                merged_at, MERGE, who, reason, True, None, None, mid, undone_at is not None
            )
        )
    entries.sort(key=lambda e: (e.when, e.item_id), reverse=True)
    return entries
