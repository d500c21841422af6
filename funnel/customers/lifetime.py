"""Lifetime value: a client's revenue to date, purchases, average order,
average days between purchases and the expected next purchase (last + the
average gap, with 2 purchases or more) — and the same averaged per matrix
cell and per acquisition source, so a manager sees which channel brings
clients worth keeping. Also the lost clients: bought before, silent past
max(2 × their own average gap, 90 days), richest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Float, cast, func, select
from sqlalchemy.orm import Session

from funnel.customers.client_sets import (
    BuyerRow,
    buyer_rows,
    lost_condition,
    lost_limits,
    set_client_ids,
)
from funnel.customers.segments import (
    CELL_KEYS,
    bands,
    buyers_for,
    cell_key,
    home_currency,
    segment_settings,
)
from funnel.errors import NotFoundError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.models import Client, from_cents
from funnel.store.sqlfunc import days_between


@dataclass(frozen=True)
class GroupValue:
    """Averages over a group of buying clients (home currency)."""

    key: str  # a cell key, or a source ("" when not set)
    clients: int
    revenue: Decimal  # the group's total
    average_value: Decimal  # revenue per client
    average_purchases: float
    average_order: Decimal
    average_gap_days: float | None  # over clients with 2 purchases or more

    def as_json(self) -> dict:
        return {
            "key": self.key,
            "clients": self.clients,
            "revenue": str(self.revenue),
            "average_value": str(self.average_value),
            "average_purchases": round(self.average_purchases, 2),
            "average_order": str(self.average_order),
            "average_gap_days": (
                round(self.average_gap_days, 1) if self.average_gap_days is not None else None
            ),
        }


@dataclass(frozen=True)
class LifetimeSummary:
    as_of: date
    currency: str
    overall: GroupValue
    by_segment: tuple[GroupValue, ...]
    by_source: tuple[GroupValue, ...]  # highest average value first

    def as_json(self) -> dict:
        return {
            "as_of": self.as_of.isoformat(),
            "currency": self.currency,
            "overall": self.overall.as_json(),
            "by_segment": [g.as_json() for g in self.by_segment],
            "by_source": [g.as_json() for g in self.by_source],
        }


def lifetime_summary(session: Session, *, as_of: date) -> LifetimeSummary:
    currency = home_currency(session)
    settings = segment_settings(session)
    b = buyers_for(session, as_of, currency)
    frequency, recency = bands(b, settings, as_of)
    span = days_between(session, b.c.last, b.c.first)
    gap = cast(span, Float) / func.nullif(b.c.n - 1, 0)
    figures = (
        func.count(),
        func.coalesce(func.sum(b.c.revenue), 0),
        func.coalesce(func.sum(b.c.n), 0),
        func.coalesce(func.sum(b.c.n_home), 0),
        func.avg(gap),
    )

    def group(key: str, n: int, rev: int, purchases: int, home: int, avg_gap) -> GroupValue:
        return GroupValue(
            key, n, from_cents(rev),
            from_cents(rev // n) if n else Decimal("0.00"),
            purchases / n if n else 0.0,
            from_cents(rev // home) if home else Decimal("0.00"),
            float(avg_gap) if avg_gap is not None else None,
        )  # fmt: skip

    overall = group("all", *session.execute(select(*figures)).one())
    segments = {
        cell_key(f, r): group(cell_key(f, r), *rest)
        for f, r, *rest in session.execute(
            select(frequency, recency, *figures).group_by(frequency, recency)
        )
    }
    by_segment = tuple(segments.get(k) or group(k, 0, 0, 0, 0, None) for k in CELL_KEYS)
    source = func.coalesce(func.lower(Client.source), "")
    by_source = [
        group(key, *rest)
        for key, *rest in session.execute(
            select(source, *figures).join(Client, Client.id == b.c.client_id).group_by(source)
        )
    ]
    by_source.sort(key=lambda g: (-g.average_value, g.key))
    return LifetimeSummary(as_of, currency, overall, by_segment, tuple(by_source))


def client_lifetime(session: Session, client_id: int, *, as_of: date) -> BuyerRow:
    rows = buyer_rows(session, [client_id], today=as_of)
    if not rows:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no client with id {client_id}."),
            client_id=client_id,
        )
    return rows[0]


def lost_clients(session: Session, *, as_of: date, limit: int | None = None) -> list[BuyerRow]:
    """Clients who bought before and have gone silent past their limit, by past revenue."""
    ids = set_client_ids(session, {"kind": "lost"}, today=as_of, sort_key="revenue")
    return buyer_rows(session, ids[:limit] if limit else ids[:5000], today=as_of)


def lost_count(session: Session, *, as_of: date) -> int:
    b = buyers_for(session, as_of, home_currency(session))
    min_days, factor = lost_limits(session)
    return (
        session.scalar(
            select(func.count())
            .select_from(b)
            .where(lost_condition(session, b, as_of, min_days, factor))
        )
        or 0
    )
