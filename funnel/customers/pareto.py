"""The 20% who bring 80%: clients ranked by revenue over a period, ABC classes
and the points of a Lorenz-style curve, all ranked in SQL with window functions.

Rules (pinned by tests):
- Revenue is in the home currency; purchases in other currencies are counted
  and left out (see `funnel.customers.segments`).
- Ties share a class: a client is in class A when the revenue of the clients
  *strictly richer* than them is under 80% of the total, so two clients with
  the same revenue never land on either side of a line.
- The top 20% is ceil(20% × clients): with 7 clients, 2. Rounding down would
  give no client at all below 5 clients, and a share of nothing says nothing;
  among equal revenues at the cut, the lower client id goes first, so the
  figure is the same on every run.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from funnel.customers.segments import buyers, home_currency, months_back
from funnel.errors import ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.models import Client, Purchase, from_cents
from funnel.store.settings import get_setting

ABC_LIMITS_KEY = "customers.abc_limits"
DEFAULT_ABC_LIMITS = (80, 95)  # A: the first 80% of revenue, B: the next 15%, C: the last 5%
TOP_SHARE = 20  # per cent of clients
CURVE_POINTS = 100
CLASSES = ("A", "B", "C")


def default_period(today: date) -> tuple[date, date]:
    """The last 12 months, today included."""
    return months_back(today, 12) + timedelta(days=1), today


def abc_limits(session: Session) -> tuple[int, int]:
    value = get_setting(session, ABC_LIMITS_KEY)
    if not value:
        return DEFAULT_ABC_LIMITS
    a, b = (int(v) for v in value)
    if not 0 < a < b <= 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "ABC limits are two percentages, the first below the second (got {value}).",
            ),
            value=value,
        )
    return a, b


def ranked(session: Session, date_from: date | None, date_to: date, limits: tuple[int, int]):
    """A subquery of (client_id, revenue, rank, cls) over the period; clients
    without home-currency revenue in it are left out."""
    currency = home_currency(session)
    b = buyers(date_to, currency, since=date_from)
    spenders = select(b.c.client_id, b.c.revenue).where(b.c.revenue > 0).subquery()
    total = func.sum(spenders.c.revenue).over()
    # Revenue of the clients strictly richer: in cents, "1 preceding" in a
    # descending range is every revenue at least one cent higher.
    richer = func.coalesce(
        func.sum(spenders.c.revenue).over(order_by=spenders.c.revenue.desc(), range_=(None, -1)),
        0,
    )
    ordered = select(
        spenders.c.client_id,
        spenders.c.revenue,
        func.row_number()
        .over(order_by=(spenders.c.revenue.desc(), spenders.c.client_id))
        .label("rank"),
        richer.label("richer"),
        func.sum(spenders.c.revenue)
        .over(order_by=(spenders.c.revenue.desc(), spenders.c.client_id))
        .label("running"),
        total.label("total"),
        func.count().over().label("n"),
    ).subquery()
    a, bl = limits
    cls = case(
        (ordered.c.richer * 100 < ordered.c.total * a, "A"),
        (ordered.c.richer * 100 < ordered.c.total * bl, "B"),
        else_="C",
    )
    return select(
        ordered.c.client_id,
        ordered.c.revenue,
        ordered.c.rank,
        ordered.c.total,
        ordered.c.n,
        ordered.c.running,
        cls.label("cls"),
    ).subquery("ranked")


@dataclass(frozen=True)
class ClassSummary:
    cls: str
    clients: int
    revenue: Decimal
    client_share: float
    revenue_share: float


@dataclass(frozen=True)
class Pareto:
    date_from: date | None
    date_to: date
    currency: str
    clients: int
    revenue: Decimal
    top_clients: int  # ceil(20% of clients)
    top_share: float  # their share of revenue, 0..1
    classes: tuple[ClassSummary, ...]
    curve: tuple[tuple[float, float], ...]  # (share of clients, share of revenue), from (0, 0)
    other_currency_purchases: int
    limits: tuple[int, int]

    def as_json(self) -> dict:
        return {
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat(),
            "currency": self.currency,
            "clients": self.clients,
            "revenue": str(self.revenue),
            "top_percent": TOP_SHARE,
            "top_clients": self.top_clients,
            "top_revenue_share": round(self.top_share, 4),
            "abc_limits": list(self.limits),
            "classes": [
                {"class": c.cls, "clients": c.clients, "revenue": str(c.revenue),
                 "client_share": round(c.client_share, 4),
                 "revenue_share": round(c.revenue_share, 4)}
                for c in self.classes
            ],
            "curve": [[round(x, 4), round(y, 4)] for x, y in self.curve],
            "other_currency_purchases": self.other_currency_purchases,
        }  # fmt: skip


def pareto(session: Session, *, date_from: date | None, date_to: date) -> Pareto:
    if date_from is not None and date_from > date_to:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The period starts on {start}, after its end {end}."),
            start=date_from.isoformat(),
            end=date_to.isoformat(),
        )
    limits = abc_limits(session)
    currency = home_currency(session)
    r = ranked(session, date_from, date_to, limits)
    # One pass over the ranks, grouped by (percentile of clients, class): at
    # most a hundred and three groups, from which the classes, the top 20%
    # (rank <= ceil(n × 20 / 100), i.e. 100 × rank <= n × 20 + 99) and the
    # curve's points are added up.
    in_top = 100 * r.c.rank <= r.c.n * TOP_SHARE + 99
    # `//`: integer division on every database (`/` is true division in
    # SQLAlchemy, and PostgreSQL's CAST to integer rounds where SQLite's truncates).
    bucket = (r.c.rank * CURVE_POINTS + r.c.n - 1) // r.c.n
    per_class: dict[str, list[int]] = {cls: [0, 0] for cls in CLASSES}
    steps: dict[int, int] = {}
    top_revenue = 0
    for p, cls, n, rev, top_rev, run in session.execute(
        select(
            bucket,
            r.c.cls,
            func.count(),
            func.sum(r.c.revenue),
            func.coalesce(func.sum(case((in_top, r.c.revenue), else_=0)), 0),
            func.max(r.c.running),
        ).group_by(bucket, r.c.cls)
    ):
        per_class[cls][0] += n
        per_class[cls][1] += rev
        top_revenue += top_rev
        steps[p] = max(steps.get(p, 0), run)
    clients = sum(v[0] for v in per_class.values())
    total = sum(v[1] for v in per_class.values())
    top = -(-clients * TOP_SHARE // 100)  # ceil
    classes = tuple(
        ClassSummary(
            cls, n, from_cents(rev), n / clients if clients else 0.0, rev / total if total else 0.0
        )
        for cls, (n, rev) in per_class.items()
    )
    curve = [(0.0, 0.0)] + [(p / CURVE_POINTS, steps[p] / total) for p in sorted(steps) if total]
    eligible = select(Client.id).where(Client.archived.is_(False), Client.merged_into_id.is_(None))
    other = session.scalar(
        select(func.count()).where(
            Purchase.purchased_on <= date_to,
            Purchase.purchased_on >= (date_from or date.min),
            Purchase.currency != currency,
            Purchase.amount_cents >= 0,
            Purchase.client_id.in_(eligible),
        )
    )
    return Pareto(
        date_from, date_to, currency, clients, from_cents(total), top,
        top_revenue / total if total else 0.0, classes, tuple(curve), int(other or 0), limits,
    )  # fmt: skip


def class_client_ids(
    session: Session, cls: str, *, date_from: date | None, date_to: date
) -> list[int]:
    """The clients of an ABC class over a period, richest first."""
    if cls not in CLASSES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An ABC class is A, B or C (got '{cls}')."), cls=cls
        )
    r = ranked(session, date_from, date_to, abc_limits(session))
    return list(session.scalars(select(r.c.client_id).where(r.c.cls == cls).order_by(r.c.rank)))


def class_a_client_ids(session: Session, *, today: date) -> frozenset[int]:
    """Class A over the default period: the mark on cards, deals and Today."""
    date_from, date_to = default_period(today)
    return frozenset(class_client_ids(session, "A", date_from=date_from, date_to=date_to))
