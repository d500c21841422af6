"""The lifecycle matrix: every buying client in one of nine cells, by how many
purchases they made (1 / 2–3 / 4 or more by default) and how long ago the last
one was (up to 30 days / 31–90 / over 90), as of a date.

A purchase is one `Purchase` row (one imported order, or one won deal).
Returns are never stored as purchases; a row with a negative amount (a refund
someone typed in by hand) is not a purchase and is left out everywhere.
Archived and merged clients are left out. Revenue is summed in the home
currency only: purchases in other currencies still count as purchases, and
how many were left out of the revenue is said.

Everything is counted in SQL, one GROUP BY over the purchases per question.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from funnel.customers import summary
from funnel.errors import ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.models import Client, Purchase, from_cents
from funnel.store.settings import get_setting, set_setting

COUNT_LIMITS_KEY = "customers.count_limits"
RECENCY_LIMITS_KEY = "customers.recency_limits"
CELL_NAMES_KEY = "customers.cell_names"
ACTIVE_TARGET_KEY = "customers.active_target"
HOME_CURRENCY_KEY = "profile.home_currency"
DEFAULT_COUNT_LIMITS = (1, 3)  # 1 purchase / 2–3 / 4 or more
DEFAULT_RECENCY_LIMITS = (30, 90)  # up to 30 days / 31–90 / over 90
DEFAULT_ACTIVE_TARGET = 30  # per cent of buying clients active
HISTORY_MONTHS = 12

# Row = purchase-count band, column = recency band. The UI translates these
# in the "Segments" context; a name the user typed replaces them as typed.
DEFAULT_CELL_NAMES: dict[str, str] = {
    "f0r0": QT_TRANSLATE_NOOP("Segments", "New active"),
    "f0r1": QT_TRANSLATE_NOOP("Segments", "New falling asleep"),
    "f0r2": QT_TRANSLATE_NOOP("Segments", "Lost one-timers"),
    "f1r0": QT_TRANSLATE_NOOP("Segments", "Repeat active"),
    "f1r1": QT_TRANSLATE_NOOP("Segments", "Repeat falling asleep"),
    "f1r2": QT_TRANSLATE_NOOP("Segments", "Repeat lost"),
    "f2r0": QT_TRANSLATE_NOOP("Segments", "Loyal active"),
    "f2r1": QT_TRANSLATE_NOOP("Segments", "Loyal falling asleep"),
    "f2r2": QT_TRANSLATE_NOOP("Segments", "Loyal lost"),
}
CELL_KEYS = tuple(DEFAULT_CELL_NAMES)


def cell_key(frequency: int, recency: int) -> str:
    return f"f{frequency}r{recency}"


def parse_cell(key: str) -> tuple[int, int]:
    if key not in DEFAULT_CELL_NAMES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A matrix cell is one of {cells} (got '{cell}')."),
            cells=", ".join(CELL_KEYS),
            cell=key,
        )
    return int(key[1]), int(key[3])


@dataclass(frozen=True)
class SegmentSettings:
    count_limits: tuple[int, int] = DEFAULT_COUNT_LIMITS
    recency_limits: tuple[int, int] = DEFAULT_RECENCY_LIMITS
    names: dict[str, str] = field(default_factory=dict)  # only the names a person typed
    active_target: int = DEFAULT_ACTIVE_TARGET

    def name(self, key: str) -> str:
        return self.names.get(key) or DEFAULT_CELL_NAMES[key]

    def as_json(self) -> dict:
        return {
            "count_limits": list(self.count_limits),
            "recency_limits": list(self.recency_limits),
            "names": {k: self.name(k) for k in CELL_KEYS},
            "custom_names": dict(self.names),
            "active_target": self.active_target,
        }


def _limits(value: object, default: tuple[int, int], what: str, low: int) -> tuple[int, int]:
    if value is None:
        return default
    try:
        a, b = (int(v) for v in value)  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        a = b = -1
    if not low <= a < b:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The {what} limits are two growing whole numbers from {low} (got {value}).",
            ),
            what=what,
            low=low,
            value=value,
        )
    return a, b


def segment_settings(session: Session) -> SegmentSettings:
    names = get_setting(session, CELL_NAMES_KEY) or {}
    return SegmentSettings(
        count_limits=_limits(get_setting(session, COUNT_LIMITS_KEY), DEFAULT_COUNT_LIMITS,
                             "purchase count", 1),
        recency_limits=_limits(get_setting(session, RECENCY_LIMITS_KEY), DEFAULT_RECENCY_LIMITS,
                               "recency", 1),
        names={k: str(v) for k, v in names.items() if k in DEFAULT_CELL_NAMES and str(v).strip()},
        active_target=int(get_setting(session, ACTIVE_TARGET_KEY, DEFAULT_ACTIVE_TARGET)),
    )  # fmt: skip


def save_segment_settings(session: Session, settings: SegmentSettings) -> SegmentSettings:
    """Check and store the limits, names and target; an empty name means the default."""
    counts = _limits(settings.count_limits, DEFAULT_COUNT_LIMITS, "purchase count", 1)
    recency = _limits(settings.recency_limits, DEFAULT_RECENCY_LIMITS, "recency", 1)
    if not 0 <= int(settings.active_target) <= 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The active-clients target is a percentage from 0 to 100 (got {value})."
            ),
            value=settings.active_target,
        )
    names = {}
    for key, name in settings.names.items():
        parse_cell(key)
        text = (name or "").strip()
        if len(text) > 60:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A cell name is at most 60 characters ('{name}')."),
                name=text,
            )
        if text and text != DEFAULT_CELL_NAMES[key]:
            names[key] = text
    set_setting(session, COUNT_LIMITS_KEY, list(counts))
    set_setting(session, RECENCY_LIMITS_KEY, list(recency))
    set_setting(session, CELL_NAMES_KEY, names)
    set_setting(session, ACTIVE_TARGET_KEY, int(settings.active_target))
    return segment_settings(session)


def home_currency(session: Session) -> str:
    """The profile's home currency; without one, the currency most purchases are
    in (said as such by callers), else USD."""
    value = get_setting(session, HOME_CURRENCY_KEY)
    if value:
        return str(value)
    common = session.scalar(
        select(Purchase.currency).group_by(Purchase.currency).order_by(func.count().desc()).limit(1)
    )
    return common or "USD"


def eligible_clients() -> Select:
    """Clients that count: not archived, not merged into another."""
    return select(Client.id).where(Client.archived.is_(False), Client.merged_into_id.is_(None))


def buyers(as_of: date, currency: str, since: date | None = None):
    """Per buying client as of a day: purchase count, first and last purchase,
    revenue in `currency` (cents) and the number of purchases in other currencies.

    The purchases are added up first (read off a covering index) and only the
    sums are joined to their clients: joining every purchase row to its client
    before grouping was three to four times slower on a million purchases."""
    sums = (
        select(
            Purchase.client_id.label("client_id"),
            func.count().label("n"),
            func.min(Purchase.purchased_on).label("first"),
            func.max(Purchase.purchased_on).label("last"),
            func.sum(case((Purchase.currency == currency, Purchase.amount_cents), else_=0)).label(
                "revenue"
            ),
            func.sum(case((Purchase.currency == currency, 1), else_=0)).label("n_home"),
            func.sum(case((Purchase.currency != currency, 1), else_=0)).label("other"),
        )
        .where(Purchase.purchased_on <= as_of, Purchase.amount_cents >= 0)
        .group_by(Purchase.client_id)
    )
    if since is not None:
        sums = sums.where(Purchase.purchased_on >= since)
    per_client = sums.subquery("sums")
    return (
        select(*per_client.c)
        .join(Client, Client.id == per_client.c.client_id)
        .where(Client.archived.is_(False), Client.merged_into_id.is_(None))
        .subquery("buyers")
    )


def buyers_for(session: Session, as_of: date, currency: str):
    """`buyers` as of a day, read off the stored per-client summary when it
    holds exactly that day's history (no purchase dated later), else added up
    from the purchases."""
    if summary.covers(session, as_of):
        return summary.stored_buyers(currency)
    return buyers(as_of, currency)


def figures_of(members, as_of: date, currency: str):
    """The `buyers` columns for a given set of clients only (`members`: a
    select of client ids, already eligible): their purchases are read through
    the index by client, and nothing else is added up."""
    return (
        select(
            Purchase.client_id.label("client_id"),
            func.count().label("n"),
            func.min(Purchase.purchased_on).label("first"),
            func.max(Purchase.purchased_on).label("last"),
            func.sum(case((Purchase.currency == currency, Purchase.amount_cents), else_=0)).label(
                "revenue"
            ),
            func.sum(case((Purchase.currency == currency, 1), else_=0)).label("n_home"),
        )
        .where(
            Purchase.purchased_on <= as_of,
            Purchase.amount_cents >= 0,
            Purchase.client_id.in_(members),
        )
        .group_by(Purchase.client_id)
        .subquery("figures")
    )


def bands(b, settings: SegmentSettings, as_of: date):
    """(frequency band, recency band) columns over a `buyers` subquery. Exactly
    30 days since the last purchase is still within "up to 30 days"."""
    c1, c2 = settings.count_limits
    r1, r2 = settings.recency_limits
    frequency = case((b.c.n <= c1, 0), (b.c.n <= c2, 1), else_=2)
    recency = case(
        (b.c.last >= as_of - timedelta(days=r1), 0),
        (b.c.last >= as_of - timedelta(days=r2), 1),
        else_=2,
    )
    return frequency, recency


@dataclass(frozen=True)
class Cell:
    key: str
    frequency: int  # 0: one purchase … 2: the most
    recency: int  # 0: most recent … 2: longest ago
    name: str
    clients: int
    client_share: float  # 0..1 of buying clients
    revenue: Decimal  # home currency
    revenue_share: float  # 0..1 of the home-currency revenue

    def as_json(self) -> dict:
        return {
            "key": self.key,
            "frequency": self.frequency,
            "recency": self.recency,
            "name": self.name,
            "clients": self.clients,
            "client_share": round(self.client_share, 4),
            "revenue": str(self.revenue),
            "revenue_share": round(self.revenue_share, 4),
        }


@dataclass(frozen=True)
class ActivePoint:
    day: date
    active: int
    buyers: int

    @property
    def share(self) -> float:
        return self.active / self.buyers if self.buyers else 0.0


@dataclass(frozen=True)
class Matrix:
    as_of: date
    currency: str
    currency_from_profile: bool
    settings: SegmentSettings
    cells: tuple[Cell, ...]  # nine, row by row
    clients: int
    revenue: Decimal
    other_currency_purchases: int  # left out of the revenue
    history: tuple[ActivePoint, ...]  # oldest first, the last is `as_of`

    def cell(self, key: str) -> Cell:
        return next(c for c in self.cells if c.key == key)

    @property
    def active(self) -> int:
        return sum(c.clients for c in self.cells if c.recency == 0)

    @property
    def active_share(self) -> float:
        return self.active / self.clients if self.clients else 0.0

    def as_json(self) -> dict:
        return {
            "as_of": self.as_of.isoformat(),
            "currency": self.currency,
            "currency_from_profile": self.currency_from_profile,
            "settings": self.settings.as_json(),
            "clients": self.clients,
            "revenue": str(self.revenue),
            "other_currency_purchases": self.other_currency_purchases,
            "active": {
                "clients": self.active,
                "share": round(self.active_share, 4),
                "target": self.settings.active_target / 100,
                "meets_target": self.active_share * 100 >= self.settings.active_target,
            },
            "cells": [c.as_json() for c in self.cells],
            "active_history": [
                {"day": p.day.isoformat(), "active": p.active, "buyers": p.buyers,
                 "share": round(p.share, 4)}
                for p in self.history
            ],
        }  # fmt: skip


def months_back(day: date, months: int) -> date:
    """The same day `months` earlier; the 31st falls on a shorter month's last day."""
    month = day.month - 1 - months
    year = day.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def lifecycle_matrix(session: Session, *, as_of: date, history: bool = True) -> Matrix:
    settings = segment_settings(session)
    profile_currency = get_setting(session, HOME_CURRENCY_KEY)
    currency = home_currency(session)
    b = buyers_for(session, as_of, currency)
    frequency, recency = bands(b, settings, as_of)
    days = history_days(as_of) if history else []
    rows = session.execute(
        select(
            frequency.label("f"),
            recency.label("r"),
            func.count(),
            func.coalesce(func.sum(b.c.revenue), 0),
            func.coalesce(func.sum(b.c.other), 0),
            # Buyers so far on each day of the history, from the same scan.
            *[func.sum(case((b.c.first <= d, 1), else_=0)) for d in days],
        ).group_by(frequency, recency)
    ).all()
    found = {(f, r): (n, rev, other) for f, r, n, rev, other, *_ in rows}
    base = [sum(row[5 + i] for row in rows) for i in range(len(days))]
    clients = sum(v[0] for v in found.values())
    revenue = sum(v[1] for v in found.values())
    cells = []
    for key in CELL_KEYS:
        f, r = parse_cell(key)
        n, rev, _ = found.get((f, r), (0, 0, 0))
        cells.append(
            Cell(
                key,
                f,
                r,
                settings.name(key),
                n,
                n / clients if clients else 0.0,
                from_cents(rev),
                rev / revenue if revenue else 0.0,
            )
        )
    points = active_history(session, as_of=as_of, settings=settings, base=base) if history else ()
    return Matrix(
        as_of=as_of,
        currency=currency,
        currency_from_profile=bool(profile_currency),
        settings=settings,
        cells=tuple(cells),
        clients=clients,
        revenue=from_cents(revenue),
        other_currency_purchases=int(sum(v[2] for v in found.values())),
        history=tuple(points),
    )


def history_days(as_of: date) -> list[date]:
    return [months_back(as_of, m) for m in range(HISTORY_MONTHS, -1, -1)]


def active_history(
    session: Session,
    *,
    as_of: date,
    settings: SegmentSettings | None = None,
    base: list[int] | None = None,
) -> list[ActivePoint]:
    """The active share on the same day of each of the last 12 months and
    today: buyers so far (`base`, when the matrix counted them already), and
    those who bought within the first recency limit before each day."""
    settings = settings or segment_settings(session)
    days = history_days(as_of)
    window = settings.recency_limits[0]
    counted = (
        Purchase.amount_cents >= 0,
        Client.archived.is_(False),
        Client.merged_into_id.is_(None),
    )
    if base is None:
        first = (
            select(func.min(Purchase.purchased_on).label("first"))
            .join(Client, Client.id == Purchase.client_id)
            .where(*counted)
            .group_by(Purchase.client_id)
            .subquery()
        )
        base = list(
            session.execute(
                select(*[func.coalesce(func.sum(case((first.c.first <= d, 1), else_=0)), 0)
                         for d in days])
            ).one()
        )  # fmt: skip
    # Each day: one short range of the purchases by day (a covering index),
    # its distinct clients checked against the clients table once each.
    active = session.execute(
        select(
            *[
                select(func.count())
                .select_from(Client)
                .where(
                    Client.archived.is_(False),
                    Client.merged_into_id.is_(None),
                    Client.id.in_(
                        select(Purchase.client_id).where(
                            Purchase.purchased_on >= d - timedelta(days=window),
                            Purchase.purchased_on <= d,
                            Purchase.amount_cents >= 0,
                        )
                    ),
                )
                .scalar_subquery()
                for d in days
            ]
        )
    ).one()
    return [ActivePoint(d, int(a), int(n)) for d, a, n in zip(days, active, base, strict=True)]
