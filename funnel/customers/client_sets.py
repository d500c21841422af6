"""Sets of clients a person works on: a matrix cell, an ABC class, the lost
list, a tag, a source, clients with a birthday, or a hand-picked selection.

A set is described by a small JSON-able definition (a campaign stores it and
rebuilds its list from it each round):

    {"kind": "cell", "cell": "f2r1"}          a lifecycle-matrix cell
    {"kind": "abc", "class": "A"}             + optional "from"/"to" (ISO days)
    {"kind": "lost"}                          see `funnel.customers.lifetime`
    {"kind": "tag", "tag": "vip"}
    {"kind": "source", "source": "instagram"}
    {"kind": "birthday"}                      clients with a birthday on file
    {"kind": "buyers"}                        every client who bought
    {"kind": "clients", "ids": [1, 2, 3]}     a selection
    {"kind": "filter", "text": "…", "temperature": "hot"}
                                              the Clients list's filter, kept as typed

`set_client_ids` answers "which clients, in what order" in one query for the
lazy list; `buyer_rows` builds a page of rows with their lifetime figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Select, func, literal, select, true
from sqlalchemy.orm import Session

from funnel.customers import pareto as pareto_
from funnel.customers.client_list import ClientFilters, filtered_clients
from funnel.customers.segments import (
    bands,
    buyers_for,
    eligible_clients,
    figures_of,
    home_currency,
    parse_cell,
    segment_settings,
)
from funnel.deals.search import client_condition, folded_query
from funnel.errors import ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.models import Client, ClientContact, ContactKind, Deal, Purchase, from_cents
from funnel.store.sqlfunc import days_between

KINDS = ("cell", "abc", "lost", "tag", "source", "birthday", "buyers", "clients", "filter")
SORT_KEYS = ("name", "purchases", "revenue", "last_purchase", "first_purchase", "silent")
MAX_PAGE = 5000
LOST_MIN_DAYS_KEY = "customers.lost_min_days"
LOST_GAP_FACTOR_KEY = "customers.lost_gap_factor"
DEFAULT_LOST_MIN_DAYS = 90
DEFAULT_LOST_GAP_FACTOR = 2


def _bad(definition: object) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "A client set is one of {kinds}; this one is not understood: {definition}."
        ),
        kinds=", ".join(KINDS),
        definition=definition,
    )


def check_definition(definition: dict) -> dict:
    if not isinstance(definition, dict) or definition.get("kind") not in KINDS:
        raise _bad(definition)
    kind = definition["kind"]
    if kind == "cell":
        parse_cell(str(definition.get("cell")))
    wrong = {
        "abc": lambda: definition.get("class") not in pareto_.CLASSES,
        "tag": lambda: not str(definition.get("tag") or "").strip(),
        "source": lambda: not str(definition.get("source") or "").strip(),
        "clients": lambda: not isinstance(definition.get("ids"), list),
        "filter": lambda: not isinstance(definition.get("text", ""), str),
    }
    if kind in wrong and wrong[kind]():
        raise _bad(definition)
    return definition


def _day(text: object) -> date | None:
    return date.fromisoformat(str(text)) if text else None


def lost_condition(session: Session, b, as_of: date, min_days: int, factor: int):
    """Silent past max(factor × their own average gap, min_days): with n
    purchases from first to last the average gap is (last − first)/(n − 1), so
    the test stays in whole numbers: silent·(n − 1) > factor·(last − first)."""
    silent = days_between(session, literal(as_of), b.c.last)
    span = days_between(session, b.c.last, b.c.first)
    return (silent > min_days) & ((b.c.n < 2) | (silent * (b.c.n - 1) > span * factor))


def lost_limits(session: Session) -> tuple[int, int]:
    from funnel.store.settings import get_setting

    return (
        int(get_setting(session, LOST_MIN_DAYS_KEY, DEFAULT_LOST_MIN_DAYS)),
        int(get_setting(session, LOST_GAP_FACTOR_KEY, DEFAULT_LOST_GAP_FACTOR)),
    )


def _buyer_condition(session: Session, definition: dict, b, today: date):
    """The condition on a `buyers` subquery for the sets defined by purchases."""
    kind = definition["kind"]
    if kind == "buyers":
        return true()
    if kind == "lost":
        min_days, factor = lost_limits(session)
        return lost_condition(session, b, today, min_days, factor)
    f, r = parse_cell(definition["cell"])
    frequency, recency = bands(b, segment_settings(session), today)
    return (frequency == f) & (recency == r)


BUYER_KINDS = ("cell", "lost", "buyers")


def members_query(session: Session, definition: dict, *, today: date) -> Select:
    """select(client_id) of the set's clients (archived and merged ones left out)."""
    definition = check_definition(definition)
    kind = definition["kind"]
    if kind in BUYER_KINDS:
        b = buyers_for(session, today, home_currency(session))
        return select(b.c.client_id).where(_buyer_condition(session, definition, b, today))
    if kind == "abc":
        first, end = pareto_.default_period(today)
        start: date | None = first
        if "from" in definition or "to" in definition:
            start, end = _day(definition.get("from")), _day(definition.get("to")) or today
        ranked = pareto_.ranked(session, start, end, pareto_.abc_limits(session))
        return select(ranked.c.client_id).where(ranked.c.cls == definition["class"])
    query = eligible_clients()
    if kind == "tag":
        # Tags are a comma-separated text: match the whole tag, any case.
        tag = str(definition["tag"]).strip().casefold()
        padded = "," + func.replace(func.lower(Client.tags), ", ", ",") + ","
        return query.where(padded.contains(f",{tag},"))
    if kind == "source":
        return query.where(func.lower(Client.source) == str(definition["source"]).casefold())
    if kind == "birthday":
        return query.where(Client.birthday.is_not(None))
    if kind == "filter":
        filters = ClientFilters(str(definition.get("text") or ""), definition.get("temperature"))
        return query.where(Client.id.in_(filtered_clients(session, filters)))
    return query.where(Client.id.in_([int(i) for i in definition["ids"]]))


def set_client_ids(
    session: Session,
    definition: dict,
    *,
    today: date,
    text: str = "",
    sort_key: str = "revenue",
    descending: bool = True,
) -> list[int]:
    """The set's client ids in list order, optionally narrowed by a search text."""
    if sort_key not in SORT_KEYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This list can be sorted by {choices} (got '{sort_key}')."),
            choices=", ".join(SORT_KEYS),
            sort_key=sort_key,
        )
    definition = check_definition(definition)
    currency = home_currency(session)
    if definition["kind"] in BUYER_KINDS:
        # One aggregation both chooses the clients and sorts them.
        b = buyers_for(session, today, currency)
        condition = _buyer_condition(session, definition, b, today)
        if sort_key == "name" or folded_query(text):
            query = select(Client.id).join(b, b.c.client_id == Client.id).where(condition)
        else:
            query = select(b.c.client_id).where(condition)
        ident = b.c.client_id
    else:
        members = members_query(session, definition, today=today).subquery()
        b = figures_of(select(members.c[0]), today, currency)
        query = (
            select(Client.id)
            .join(members, members.c[0] == Client.id)
            .outerjoin(b, b.c.client_id == Client.id)
        )
        ident = Client.id
    columns = {
        "name": Client.search_text,
        "purchases": func.coalesce(b.c.n, 0),
        "revenue": func.coalesce(b.c.revenue, 0),
        "last_purchase": b.c.last,
        "first_purchase": b.c.first,
        "silent": b.c.last,
    }
    column = columns[sort_key]
    if sort_key == "silent":
        descending = not descending
    if folded_query(text):
        query = query.where(client_condition(text))
    order = [column.desc(), ident.desc()] if descending else [column.asc(), ident.asc()]
    return list(session.scalars(query.order_by(*order)))


@dataclass(frozen=True)
class BuyerRow:
    """A client with their lifetime value as of a day (home currency)."""

    id: int
    name: str
    company: str | None
    phone: str | None
    email: str | None
    source: str | None
    owner_id: int | None
    language: str | None
    purchases: int
    revenue: Decimal
    currency: str
    average_order: Decimal | None
    first_purchase: date | None
    last_purchase: date | None
    average_gap_days: float | None  # None below 2 purchases
    expected_next: date | None
    days_silent: int | None
    last_amount: Decimal | None
    last_what: str | None  # the last purchase's deal title or order number
    last_currency: str | None = None

    def as_json(self) -> dict:
        def iso(d: date | None) -> str | None:
            return d.isoformat() if d else None

        return {
            "id": self.id, "name": self.name, "company": self.company, "phone": self.phone,
            "email": self.email, "source": self.source, "purchases": self.purchases,
            "revenue": str(self.revenue), "currency": self.currency,
            "average_order": str(self.average_order) if self.average_order is not None else None,
            "first_purchase": iso(self.first_purchase), "last_purchase": iso(self.last_purchase),
            "average_gap_days": (
                round(self.average_gap_days, 1) if self.average_gap_days is not None else None
            ),
            "expected_next": iso(self.expected_next), "days_silent": self.days_silent,
            "last_amount": str(self.last_amount) if self.last_amount is not None else None,
            "last_what": self.last_what, "last_currency": self.last_currency,
        }  # fmt: skip


def expected_next(
    first: date | None, last: date | None, n: int
) -> tuple[float | None, date | None]:
    """(average days between purchases, expected next purchase): last + the
    average gap, rounded to the nearest day; only with 2 purchases or more."""
    if n < 2 or first is None or last is None:
        return None, None
    gap = (last - first).days / (n - 1)
    return gap, last + timedelta(days=round(gap))


def buyer_rows(session: Session, ids: Sequence[int], *, today: date) -> list[BuyerRow]:
    """Rows of these clients in the order of `ids`; missing ones left out."""
    if len(ids) > MAX_PAGE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Ask for at most {max_page} clients at a time (got {count})."
            ),
            max_page=MAX_PAGE,
            count=len(ids),
        )
    if not ids:
        return []
    ids = list(ids)
    currency = home_currency(session)
    clients = {
        r.id: r
        for r in session.execute(
            select(Client.id, Client.name, Client.company, Client.source, Client.owner_id,
                   Client.language).where(Client.id.in_(ids))
        )
    }  # fmt: skip
    contacts: dict[tuple[int, str], str] = {}
    for client_id, kind, value in session.execute(
        select(ClientContact.client_id, ClientContact.kind, ClientContact.value)
        .where(ClientContact.client_id.in_(ids))
        .order_by(ClientContact.id)
    ):
        contacts.setdefault((client_id, kind), value)
    figures = {
        row.client_id: row
        for row in session.execute(
            select(
                Purchase.client_id,
                func.count().label("n"),
                func.min(Purchase.purchased_on).label("first"),
                func.max(Purchase.purchased_on).label("last"),
                func.sum(Purchase.amount_cents).filter(Purchase.currency == currency).label("rev"),
                func.count().filter(Purchase.currency == currency).label("n_home"),
            )
            .where(
                Purchase.client_id.in_(ids),
                Purchase.purchased_on <= today,
                Purchase.amount_cents >= 0,
            )
            .group_by(Purchase.client_id)
        )
    }
    # The last purchase of each: its amount and what it was.
    last_rank = (
        func.row_number()
        .over(
            partition_by=Purchase.client_id,
            order_by=(Purchase.purchased_on.desc(), Purchase.id.desc()),
        )
        .label("k")
    )
    latest = (
        select(
            Purchase.client_id, Purchase.amount_cents, Purchase.order_ref, Purchase.deal_id,
            Purchase.currency, last_rank,
        )
        .where(
            Purchase.client_id.in_(ids), Purchase.purchased_on <= today,
            Purchase.amount_cents >= 0,
        )
        .subquery()
    )  # fmt: skip
    lasts = {
        cid: (cents, title or ref, cur)
        for cid, cents, ref, cur, title in session.execute(
            select(
                latest.c.client_id,
                latest.c.amount_cents,
                latest.c.order_ref,
                latest.c.currency,
                Deal.title,
            )
            .outerjoin(Deal, Deal.id == latest.c.deal_id)
            .where(latest.c.k == 1)
        )
    }
    rows = []
    for client_id in ids:
        c = clients.get(client_id)
        if c is None:
            continue
        f = figures.get(client_id)
        n = f.n if f else 0
        revenue = f.rev or 0 if f else 0
        gap, expected = expected_next(f.first if f else None, f.last if f else None, n)
        last_cents, what, last_currency = lasts.get(client_id, (None, None, None))
        rows.append(
            BuyerRow(
                id=c.id,
                name=c.name,
                company=c.company,
                phone=contacts.get((client_id, ContactKind.PHONE.value)),
                email=contacts.get((client_id, ContactKind.EMAIL.value)),
                source=c.source,
                owner_id=c.owner_id,
                language=c.language,
                purchases=n,
                revenue=from_cents(revenue),
                currency=currency,
                average_order=from_cents(revenue // f.n_home) if f and f.n_home else None,
                first_purchase=f.first if f else None,
                last_purchase=f.last if f else None,
                average_gap_days=gap,
                expected_next=expected,
                days_silent=(today - f.last).days if f else None,
                last_amount=from_cents(last_cents) if last_cents is not None else None,
                last_what=what,
                last_currency=last_currency,
            )
        )
    return rows
