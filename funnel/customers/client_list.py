"""The clients list and what a client card shows besides the client itself.

The same two questions as the deals list (`funnel.deals.rows`): `client_ids`
returns the ordered ids of the matching clients in one query; `client_rows`
builds the rows of a page of them, with their deal count and purchases
gathered by one GROUP BY each rather than per client.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from funnel.customers.identity import phone_region
from funnel.deals.search import client_condition, folded_query
from funnel.errors import ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.models import (
    Client,
    ClientContact,
    ContactKind,
    Deal,
    DealStatus,
    Pipeline,
    Purchase,
    Stage,
    Temperature,
    fold,
    from_cents,
)

SORT_KEYS = (
    "name",
    "company",
    "phone",
    "email",
    "temperature",
    "source",
    "tags",
    "deals",
    "total",
    "last_purchase",
    "created",
)
NO_TEMPERATURE = "none"  # the filter value for clients whose temperature is not set
MAX_PAGE = 5000


@dataclass(frozen=True)
class ClientFilters:
    text: str = ""
    temperature: str | None = None  # hot | warm | cold | NO_TEMPERATURE; None: any


@dataclass(frozen=True)
class ClientListRow:
    id: int
    name: str
    company: str | None
    phone: str | None  # the first phone
    email: str | None  # the first e-mail
    temperature: str | None
    source: str | None
    tags: tuple[str, ...]
    deals: int
    # (currency, total) per currency, largest first: purchases are rarely in
    # more than one currency, but sums across currencies would mean nothing.
    totals: tuple[tuple[str, Decimal], ...]
    last_purchase: date | None


@dataclass(frozen=True)
class ClientDeal:
    id: int
    title: str
    pipeline: str
    stage: str
    status: str
    value: Decimal
    currency: str
    created_at: datetime


@dataclass(frozen=True)
class PurchaseRow:
    id: int
    purchased_on: date
    amount: Decimal
    currency: str
    deal_id: int | None
    deal: str | None


def _first_contact(kind: ContactKind) -> ColumnElement:
    return (
        select(ClientContact.search)
        .where(ClientContact.client_id == Client.id, ClientContact.kind == kind.value)
        .order_by(ClientContact.id)
        .limit(1)
        .scalar_subquery()
    )


_Column = ColumnElement[Any] | InstrumentedAttribute[Any]


def _sort_key(sort_key: str) -> tuple[_Column | None, _Column]:
    """(a column that is null for rows that go last either way, the sort column)."""
    if sort_key == "name":
        return None, Client.search_text
    if sort_key == "company":
        return Client.company, func.lower(Client.company)
    if sort_key in ("phone", "email"):
        column = _first_contact(ContactKind.PHONE if sort_key == "phone" else ContactKind.EMAIL)
        return column, column
    if sort_key == "temperature":
        order = {t.value: i for i, t in enumerate(Temperature)}
        return Client.temperature, case(order, value=Client.temperature, else_=len(order))
    if sort_key == "source":
        return Client.source, func.lower(Client.source)
    if sort_key == "tags":
        return case((Client.tags == "", None), else_=Client.tags), func.lower(Client.tags)
    if sort_key == "deals":
        count = select(func.count(Deal.id)).where(Deal.client_id == Client.id).scalar_subquery()
        return None, count
    if sort_key == "total":
        total = (
            select(func.coalesce(func.sum(Purchase.amount_cents), 0))
            .where(Purchase.client_id == Client.id)
            .scalar_subquery()
        )
        return None, total
    if sort_key == "last_purchase":
        last = (
            select(func.max(Purchase.purchased_on))
            .where(Purchase.client_id == Client.id)
            .scalar_subquery()
        )
        return last, last
    if sort_key == "created":
        return None, Client.created_at
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "Clients can be sorted by {choices} (got '{sort_key}')."),
        choices=", ".join(SORT_KEYS),
        sort_key=sort_key,
    )


def client_ids(
    session: Session,
    *,
    filters: ClientFilters = ClientFilters(),
    sort_key: str = "name",
    descending: bool = False,
) -> list[int]:
    """The ids of the matching clients (archived ones left out), in list order."""
    nullable, column = _sort_key(sort_key)
    query = filtered_clients(session, filters)
    order: list[ColumnElement[Any]] = [] if nullable is None else [nullable.is_(None)]
    order += [column.desc(), Client.id.desc()] if descending else [column.asc(), Client.id.asc()]
    return list(session.scalars(query.order_by(*order)))


def filtered_clients(session: Session, filters: ClientFilters) -> Select:
    """select(Client.id) of the clients the list shows with these filters
    (a campaign started from the list keeps them and rebuilds from them)."""
    query = select(Client.id).where(Client.archived.is_(False))
    if filters.temperature == NO_TEMPERATURE:
        query = query.where(Client.temperature.is_(None))
    elif filters.temperature is not None:
        if filters.temperature not in {t.value for t in Temperature}:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Temperature is hot, warm or cold (got '{temperature}')."
                ),
                temperature=filters.temperature,
            )
        query = query.where(Client.temperature == filters.temperature)
    if folded_query(filters.text):
        query = query.where(client_condition(filters.text, phone_region(session)))
    return query


def client_rows(session: Session, ids: Sequence[int]) -> list[ClientListRow]:
    """The rows of the given clients in the order of `ids`; missing ones left out."""
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
    clients = {
        r.id: r
        for r in session.execute(
            select(
                Client.id,
                Client.name,
                Client.company,
                Client.temperature,
                Client.source,
                Client.tags,
            ).where(Client.id.in_(ids))
        )
    }
    phones: dict[int, str] = {}
    emails: dict[int, str] = {}
    for client_id, kind, value in session.execute(
        select(ClientContact.client_id, ClientContact.kind, ClientContact.value)
        .where(ClientContact.client_id.in_(ids))
        .order_by(ClientContact.id)
    ):
        (phones if kind == ContactKind.PHONE else emails).setdefault(client_id, value)
    deals = dict(
        session.execute(
            select(Deal.client_id, func.count(Deal.id))
            .where(Deal.client_id.in_(ids))
            .group_by(Deal.client_id)
        ).all()
    )
    totals: dict[int, list[tuple[str, Decimal]]] = defaultdict(list)
    last: dict[int, date] = {}
    for client_id, currency, cents, latest in session.execute(
        select(
            Purchase.client_id,
            Purchase.currency,
            func.sum(Purchase.amount_cents),
            func.max(Purchase.purchased_on),
        )
        .where(Purchase.client_id.in_(ids))
        .group_by(Purchase.client_id, Purchase.currency)
    ):
        totals[client_id].append((currency, from_cents(cents)))
        if client_id not in last or latest > last[client_id]:
            last[client_id] = latest
    rows = []
    for client_id in ids:
        c = clients.get(client_id)
        if c is None:
            continue
        rows.append(
            ClientListRow(
                id=c.id,
                name=c.name,
                company=c.company,
                phone=phones.get(client_id),
                email=emails.get(client_id),
                temperature=c.temperature,
                source=c.source,
                tags=split_tags(c.tags),
                deals=deals.get(client_id, 0),
                totals=tuple(sorted(totals.get(client_id, ()), key=lambda t: -t[1])),
                last_purchase=last.get(client_id),
            )
        )
    return rows


def split_tags(text: str | None) -> tuple[str, ...]:
    return tuple(t.strip() for t in (text or "").split(",") if t.strip())


def client_deals(session: Session, client_id: int) -> list[ClientDeal]:
    """A client's deals: open ones first, then newest first."""
    open_first = case((Deal.status == DealStatus.OPEN.value, 0), else_=1)
    rows = session.execute(
        select(
            Deal.id,
            Deal.title,
            Pipeline.name,
            Stage.name,
            Deal.status,
            Deal.value_cents,
            Deal.currency,
            Deal.created_at,
        )
        .join(Pipeline, Pipeline.id == Deal.pipeline_id)
        .join(Stage, Stage.id == Deal.stage_id)
        .where(Deal.client_id == client_id)
        .order_by(open_first, Deal.created_at.desc(), Deal.id.desc())
    )
    return [
        ClientDeal(i, t, p, s, st, from_cents(v), cur, created)
        for i, t, p, s, st, v, cur, created in rows
    ]


def client_purchases(session: Session, client_id: int) -> list[PurchaseRow]:
    """A client's purchases, newest first."""
    rows = session.execute(
        select(
            Purchase.id,
            Purchase.purchased_on,
            Purchase.amount_cents,
            Purchase.currency,
            Purchase.deal_id,
            Deal.title,
        )
        .outerjoin(Deal, Deal.id == Purchase.deal_id)
        .where(Purchase.client_id == client_id)
        .order_by(Purchase.purchased_on.desc(), Purchase.id.desc())
    )
    return [PurchaseRow(i, d, from_cents(a), cur, did, t) for i, d, a, cur, did, t in rows]


def client_tags(session: Session) -> list[str]:
    """Every tag in use, alphabetical (case-insensitively), for completers;
    of spellings that differ only in case, the one written first."""
    seen: dict[str, str] = {}
    in_use = (
        select(Client.tags)
        .where(Client.tags != "")
        .group_by(Client.tags)
        .order_by(func.min(Client.id))  # first written first, on every database
    )
    for text in session.scalars(in_use):
        for tag in split_tags(text):
            seen.setdefault(fold(tag), tag)
    return [seen[k] for k in sorted(seen)]


def client_sources(session: Session) -> list[str]:
    """Every source channel in use, alphabetical."""
    sources = session.scalars(select(Client.source).where(Client.source.is_not(None)).distinct())
    return sorted({s for s in sources if s}, key=fold)
