"""Finding deals and clients by what a person remembers: a title, a name, a
company, a few digits of a phone number or part of an e-mail.

Matching is a substring match on the case-folded `search_text` columns (SQLite's
LIKE folds ASCII only, so «анна» would not find «Анна» without them) and on
`client_contact.search`, which holds phone digits and lower-case e-mails. A
phone is matched by its digits alone when the text is made of at least three
digits and phone punctuation, so "+7 (912) 345" finds 79123450000; such text is
looked up among phones (and deal titles), not client names.

Substring matching cannot use an index, so the queries are shaped to stop
early: they walk the table newest first and stop at `limit` hits. A deal is
found through its client by taking the first `CLIENT_FANOUT` matching clients,
which holds every client of a specific search (a phone, an e-mail, a full
name) and keeps a one-letter search from gathering half the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import phonenumbers
from sqlalchemy import ColumnElement, String, and_, false, or_, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute, Session

from funnel.customers.clients import phone_digits
from funnel.customers.identity import national_digits, phone_region
from funnel.store.models import (
    Client,
    ClientContact,
    ContactKind,
    Deal,
    DealStatus,
    Pipeline,
    Stage,
    fold,
)

MIN_PHONE_DIGITS = 3
# From this many digits a number is also looked for inside phones (a local number).
LOCAL_DIGITS = 7
_EMAIL_CHARS = re.compile(r"[a-z0-9.@_%+\-!#$&'*/=?^`{|}~]+")
# How many matching clients a search follows to their deals.
CLIENT_FANOUT = 200
# How many newest matching deals (times the limit) are read to put open ones first.
DEAL_WINDOW = 10


@dataclass(frozen=True)
class ClientHit:
    id: int
    name: str
    company: str | None
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class DealHit:
    id: int
    title: str
    client: str | None
    pipeline_id: int
    pipeline: str
    stage: str
    status: str


@dataclass(frozen=True)
class SearchResults:
    deals: list[DealHit]
    clients: list[ClientHit]

    def __bool__(self) -> bool:
        return bool(self.deals or self.clients)


def folded_query(text: str) -> str:
    """The text as it is compared with `search_text`: trimmed, case-folded,
    inner runs of spaces collapsed (the columns hold single spaces)."""
    return fold(" ".join((text or "").split()))


def query_digits(text: str) -> str | None:
    """The phone digits to look for, or None when the text has too few."""
    digits = phone_digits(text)
    return digits if len(digits) >= MIN_PHONE_DIGITS else None


def looks_like_phone(text: str) -> bool:
    """Digits and phone punctuation only, enough of them for a phone search:
    "+7 (912) 345". Such text is looked up among phones, not names."""
    return query_digits(text) is not None and not any(ch.isalpha() for ch in text)


def _could_be_in_email(folded: str) -> bool:
    """Whether the text could be part of an e-mail address; a name with a space
    or in Cyrillic cannot, and skipping the e-mails saves a scan."""
    return bool(folded) and _EMAIL_CHARS.fullmatch(folded) is not None


def _prefix(column: InstrumentedAttribute[Any], prefix: str) -> ColumnElement[bool]:
    """`column` starts with `prefix`, as a range the column's index serves
    (SQLite's LIKE is case-insensitive and so cannot use a plain index)."""
    return and_(column >= prefix, column < prefix[:-1] + chr(ord(prefix[-1]) + 1))


def phone_prefixes(text: str, region: str | None) -> tuple[set[str], set[str]]:
    """The starts of stored phones the typed digits can be: (E.164 forms for
    `client_contact.normalized`, digit strings for `search`).

    "+7 926" is only +7926…; "8 926 842" in Russia is the domestic form of
    +7 926 842 (the trunk prefix 8 dropped), "926 842" its national number,
    "7 926 842" the international one without its plus. Without a region the
    Russian "8" is still understood: it is how most of our users type."""
    stripped = text.strip()
    digits = phone_digits(text)
    if stripped.startswith("+") or stripped.startswith("00"):
        international = digits[2:] if stripped.startswith("00") else digits
        return {"+" + international}, {international}
    normalized = {"+" + digits, "#" + digits}
    if region:
        try:
            code = phonenumbers.country_code_for_region(region)
            meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        except Exception:  # an unknown region reads numbers as if there were none
            code, meta = 0, None
        trunk = (meta.national_prefix if meta else None) or ""
        national = digits[len(trunk) :] if trunk and digits.startswith(trunk) else digits
        if code and national:
            normalized.add(f"+{code}{national}")
            normalized.add(f"+{code}{digits}")
    elif digits.startswith("8") and len(digits) > 1:
        normalized.add("+7" + digits[1:])
    return normalized, {digits}


def phone_start_condition(text: str, region: str | None) -> ColumnElement[bool]:
    """Phones that begin with the typed number in any of its readings."""
    normalized, digits = phone_prefixes(text, region)
    terms = [_prefix(ClientContact.normalized, p) for p in sorted(normalized)]
    terms += [_prefix(ClientContact.search, d) for d in sorted(digits)]
    return or_(*terms)


def _phone_anywhere(text: str) -> bool:
    """A local number typed without its area code ("345 00 00") is also looked
    for inside phones, after the numbers that start with it; a number typed
    with its country code ("+7 926") never is."""
    return not text.strip().startswith("+") and len(phone_digits(text)) >= LOCAL_DIGITS


def contact_condition(text: str, region: str | None = None) -> ColumnElement[bool] | None:
    """Contacts matching the text: phones beginning with it (or holding it,
    see `_phone_anywhere`) when it looks like a phone, else e-mails
    containing it (digits in "user4521@mail" or "order #9999" are no phone
    number). None when no contact can match: the caller skips the scan.

    The conditions read only the indexed `search` and `normalized` columns,
    not the contact's kind, so SQLite filters on the index and visits the
    table for matches alone."""
    if looks_like_phone(text):
        starts = phone_start_condition(text, region)
        if text.strip().startswith("+"):
            return starts
        # A list filter cannot rank; it keeps every number holding the digits.
        return or_(starts, ClientContact.search.contains(phone_digits(text), autoescape=True))
    folded = folded_query(text)
    if not _could_be_in_email(folded):
        return None
    email = ClientContact.search.contains(folded, autoescape=True)
    if not any(ch.isalpha() or ch == "@" for ch in folded):
        # "91" must not find phones by fewer digits than a phone search
        # allows; only e-mails hold an "@".
        email = and_(email, ClientContact.search.contains("@"))
    return email


def client_condition(text: str, region: str | None = None) -> ColumnElement[bool]:
    """Clients matching the text by name, company, phone or e-mail (for list filters)."""
    folded = folded_query(text)
    if not folded:
        return ~false()
    by_name = Client.search_text.contains(folded, autoescape=True)
    contacts = contact_condition(text, region)
    if contacts is None:
        return by_name
    by_contact = Client.id.in_(select(ClientContact.client_id).where(contacts))
    return by_contact if looks_like_phone(text) else or_(by_name, by_contact)


def deal_condition(text: str, region: str | None = None) -> ColumnElement[bool]:
    """Deals matching the text by title or by their client (for list filters)."""
    folded = folded_query(text)
    if not folded:
        return ~false()
    clients = select(Client.id).where(client_condition(text, region))
    return or_(Deal.search_text.contains(folded, autoescape=True), Deal.client_id.in_(clients))


def _matching_client_ids(session: Session, text: str, limit: int) -> list[int]:
    """Up to `limit` matching client ids, newest first (for a phone: those
    whose number starts with it first), without scanning past them."""
    if looks_like_phone(text):
        return _matching_phone_ids(session, text, limit)
    folded = folded_query(text)
    by_name = session.scalars(
        select(Client.id)
        .where(Client.archived.is_(False), Client.search_text.contains(folded, autoescape=True))
        .order_by(Client.id.desc())
        .limit(limit)
    ).all()
    seen = dict.fromkeys(by_name)
    contacts = contact_condition(text, phone_region(session))
    if len(seen) < limit and contacts is not None:
        # Ordered by `search` so the walk goes through its index, which is
        # smaller than the table, and stops at the limit.
        by_contact = session.scalars(
            select(ClientContact.client_id)
            .where(contacts)
            .order_by(ClientContact.search)
            .limit(limit * 2)  # a client may have several matching contacts
        ).all()
        for cid in by_contact:
            seen.setdefault(cid, None)
    return list(seen)[:limit]


def _matching_phone_ids(session: Session, text: str, limit: int) -> list[int]:
    """Clients whose number starts with the typed one (in any reading, see
    `phone_prefixes`), then — for a local number — those holding it."""
    region = phone_region(session)
    seen = dict.fromkeys(
        session.scalars(
            select(ClientContact.client_id)
            .where(phone_start_condition(text, region))
            .limit(limit * 2)
        )
    )
    if seen or text.strip().startswith("+"):
        return list(seen)[:limit]
    # Nothing starts so: numbers stored in a form no prefix reads ("912 345"
    # typed for +7 912 345… with no region set) — their national digits
    # decide — then, for a local number, those holding it. This walks the
    # whole `search` index, so only when the prefixes found nobody.
    digits = phone_digits(text)
    rows = session.execute(
        select(ClientContact.client_id, ClientContact.value)
        .where(ClientContact.search.contains(digits, autoescape=True))
        .order_by(ClientContact.search)
        .limit(limit * 4)
    ).all()
    inside: list[int] = []
    for client_id, value in rows:
        if national_digits(value, region).startswith(digits):
            seen.setdefault(client_id, None)
        elif _phone_anywhere(text):
            inside.append(client_id)
    for client_id in inside:
        seen.setdefault(client_id, None)
    return list(seen)[:limit]


def _client_hits(session: Session, ids: list[int], text: str) -> list[ClientHit]:
    if not ids:
        return []
    rows = session.execute(
        select(Client.id, Client.name, Client.company).where(
            Client.id.in_(ids), Client.archived.is_(False)
        )
    ).all()
    phones: dict[int, str] = {}
    emails: dict[int, str] = {}
    for client_id, kind, value in session.execute(
        select(ClientContact.client_id, ClientContact.kind, ClientContact.value)
        .where(ClientContact.client_id.in_(ids))
        .order_by(ClientContact.id)
    ):
        target = phones if kind == ContactKind.PHONE else emails
        target.setdefault(client_id, value)
    folded = folded_query(text)
    hits = [ClientHit(i, n, c, phones.get(i), emails.get(i)) for i, n, c in rows]
    if looks_like_phone(text):  # numbers that start with the digits first, as found
        order = {cid: n for n, cid in enumerate(ids)}
        return sorted(hits, key=lambda h: order[h.id])
    # Names that start with the text first, then alphabetical.
    return sorted(hits, key=lambda h: (not fold(h.name).startswith(folded), fold(h.name), h.id))


def find_clients(session: Session, text: str, *, limit: int = 20) -> list[ClientHit]:
    """Clients matching the text, for pickers: names starting with it first."""
    if not folded_query(text):
        return []
    ids = _matching_client_ids(session, text, max(limit, CLIENT_FANOUT))
    return _client_hits(session, ids, text)[:limit]


def _deal_hits(session: Session, text: str, client_ids: list[int], limit: int) -> list[DealHit]:
    folded = folded_query(text)
    matches = Deal.search_text.contains(folded, autoescape=True)
    if client_ids:
        matches = or_(matches, Deal.client_id.in_(client_ids))
    query = (
        select(
            Deal.id,
            Deal.title,
            Client.name,
            Deal.pipeline_id,
            Pipeline.name,
            Stage.name,
            Deal.status,
        )
        .join(Pipeline, Pipeline.id == Deal.pipeline_id)
        .join(Stage, Stage.id == Deal.stage_id)
        .outerjoin(Client, Client.id == Deal.client_id)
        .where(matches)
        .order_by(Deal.id.desc())
    )
    # Open deals come first. Sorting every match by status would walk the whole
    # table on every keystroke; the newest matches usually hold enough open ones.
    window = limit * DEAL_WINDOW
    rows = list(session.execute(query.limit(window)).all())
    open_rows = [r for r in rows if r.status == DealStatus.OPEN]
    if len(rows) == window and len(open_rows) < limit:
        # Many matches, few of them open among the newest: look for open ones
        # further back. `status || ''` keeps the planner off the status index,
        # which would visit every open deal to filter them by text.
        open_only = query.where((type_coerce(Deal.status, String) + "") == DealStatus.OPEN.value)
        open_rows = list(session.execute(open_only.limit(limit)).all())
    opened = {r.id for r in open_rows}
    ordered = open_rows + [r for r in rows if r.id not in opened]
    return [DealHit(*r) for r in ordered[:limit]]


def search(session: Session, text: str, *, limit: int = 20) -> SearchResults:
    """Deals (open first, newest first) and clients matching the text."""
    if not folded_query(text):
        return SearchResults([], [])
    client_ids = _matching_client_ids(session, text, max(limit, CLIENT_FANOUT))
    return SearchResults(
        deals=_deal_hits(session, text, client_ids, limit),
        clients=_client_hits(session, client_ids, text)[:limit],
    )
