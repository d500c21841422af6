"""Finding the client a row of an import is about, without a query per row.

`ClientIndex` reads every client's external id and normalised phones and
e-mails once (a few hundred milliseconds for 100,000 clients) and answers
from memory. Rows are matched in the order of the issue: the external id the
other system gave, then a phone, then an e-mail. A name alone never matches
an existing client: two people share a name far more often than a phone.

New clients met earlier in the same file are indexed too, so a person who
appears on three rows (three orders, three deals) becomes one client.
References to clients are ints: an existing client's id (positive), or
`-1 - i` for the i-th new client of the import (negative).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from funnel.customers.identity import normalize_email, normalize_phone
from funnel.store.models import Client, ClientContact, ContactKind

Contact = tuple[str, str | None]
_SEPARATORS = re.compile(r"[\d\s().\-\u00a0]+")
_NON_DIGIT = re.compile(r"\D")  # (value as written, label such as "mobile")


def new_ref(index: int) -> int:
    return -1 - index


def new_index(ref: int) -> int:
    return -1 - ref


@dataclass
class Person:
    """What one row says about a customer."""

    name: str = ""
    company: str | None = None
    phones: list[Contact] = field(default_factory=list)
    emails: list[Contact] = field(default_factory=list)
    external_id: str | None = None
    birthday: date | None = None
    notes: str = ""
    source: str | None = None
    tags: tuple[str, ...] = ()
    first_seen: datetime | None = None
    temperature: str | None = None

    def is_empty(self) -> bool:
        return not (self.name or self.company or self.phones or self.emails or self.external_id)


@dataclass
class NewClient:
    """A client the import will create; later rows may add contacts to it."""

    line: int
    person: Person
    phone_keys: set[str] = field(default_factory=set)
    email_keys: set[str] = field(default_factory=set)


@dataclass
class Additions:
    """What an import adds to an existing client: contacts it lacks, and the
    external id, company and birthday when the client has none."""

    phones: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    emails: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    external_id: str | None = None


class PlannedClient(NamedTuple):
    """A new client as a plan holds it: plain values, contacts with their keys."""

    line: int
    name: str
    company: str | None
    phones: tuple[tuple[str, str | None, str | None], ...]
    emails: tuple[tuple[str, str | None, str | None], ...]
    external_id: str | None
    birthday: date | None
    notes: str
    source: str | None
    tags: tuple[str, ...]
    first_seen: datetime | None
    temperature: str | None = None


class ClientIndex:
    def __init__(self, session: Session, region: str | None) -> None:
        self.region = region
        self.by_external: dict[str, int] = {}
        self.by_phone: dict[str, int] = {}
        self.by_email: dict[str, int] = {}
        self.has_external: set[int] = set()
        self.new: list[NewClient] = []
        self.additions: dict[int, Additions] = {}
        self.matched: set[int] = set()
        self._by_name: dict[str, int] = {}  # within this file only
        self._phone_keys: dict[str, str | None] = {}
        self._email_keys: dict[str, str | None] = {}
        owner = func.coalesce(Client.merged_into_id, Client.id)
        for cid, ext in session.execute(
            select(owner, Client.external_id).where(Client.external_id.is_not(None))
        ):
            self.by_external.setdefault(str(ext), cid)
            self.has_external.add(cid)
        for cid, kind, key in session.execute(
            select(owner, ClientContact.kind, ClientContact.normalized)
            .join(Client, Client.id == ClientContact.client_id)
            .where(ClientContact.normalized.is_not(None))
            .order_by(ClientContact.client_id)
        ):
            target = self.by_phone if kind == ContactKind.PHONE else self.by_email
            target.setdefault(str(key), cid)

    # -- keys -----------------------------------------------------------------

    def phone_key(self, value: str) -> str | None:
        # Each phone is read twice (to find, then to index); libphonenumber is
        # the slow part of matching, so its answers are kept for the import.
        try:
            return self._phone_keys[value]
        except KeyError:
            pass
        text = value.strip()
        if text.startswith("+") and _SEPARATORS.fullmatch(text[1:]):
            # "+7 912 345-67-89" means exactly "+79123456789", which
            # libphonenumber reads in half the time.
            text = "+" + _NON_DIGIT.sub("", text)
        key = self._phone_keys[value] = normalize_phone(text, self.region)
        return key

    def email_key(self, value: str) -> str | None:
        try:
            return self._email_keys[value]
        except KeyError:
            key = self._email_keys[value] = normalize_email(value)
            return key

    # -- matching ---------------------------------------------------------------

    def find(self, person: Person) -> int | None:
        if person.external_id and person.external_id in self.by_external:
            return self.by_external[person.external_id]
        for value, _label in person.phones:
            key = self.phone_key(value)
            if key and key in self.by_phone:
                return self.by_phone[key]
        for value, _label in person.emails:
            key = self.email_key(value)
            if key and key in self.by_email:
                return self.by_email[key]
        return None

    def resolve(self, person: Person, line: int, *, group_by_name: bool = False) -> int:
        """The client a row is about: found (and given what it lacks) or new.
        With `group_by_name`, a row with no id, phone or e-mail joins an
        earlier row of this file with the same name."""
        ref = self.find(person)
        name_key = " ".join(person.name.split()).casefold() if group_by_name else ""
        if ref is None and name_key and not (person.external_id or person.phones or person.emails):
            ref = self._by_name.get(name_key)
        if ref is None:
            ref = new_ref(len(self.new))
            self.new.append(NewClient(line, person))
        elif ref > 0:
            self.matched.add(ref)
        self._remember(ref, person)
        if name_key:
            self._by_name.setdefault(name_key, ref)
        return ref

    def _remember(self, ref: int, person: Person) -> None:
        """Index the row's id and contacts under `ref`; note what is new for it."""
        additions: Additions | None = None
        if ref < 0:
            target = self.new[new_index(ref)]
            if target.person is not person:
                _merge_into(target.person, person)
        else:
            additions = self.additions.setdefault(ref, Additions())
        ext = person.external_id
        if ext:
            fresh = ref not in self.has_external and ext not in self.by_external
            if additions is not None and fresh:
                additions.external_id = ext
                self.has_external.add(ref)
            self.by_external.setdefault(ext, ref)
        for value, label in person.phones:
            key = self.phone_key(value)
            if key is None or self.by_phone.get(key) == ref:
                continue
            if key not in self.by_phone and additions is not None:
                additions.phones.append((value, label, key))
            self.by_phone.setdefault(key, ref)
        for value, label in person.emails:
            key = self.email_key(value)
            if key is None or self.by_email.get(key) == ref:
                continue
            if key not in self.by_email and additions is not None:
                additions.emails.append((value, label, key))
            self.by_email.setdefault(key, ref)

    def planned(self) -> tuple[PlannedClient, ...]:
        """The new clients, each contact once with its normalised key."""
        out = []
        for n in self.new:
            p = n.person
            seen: set[str] = set()
            phones, emails = [], []
            for value, label in p.phones:
                key = self.phone_key(value)
                if (key or value) not in seen:
                    seen.add(key or value)
                    phones.append((value, label, key))
            for value, label in p.emails:
                key = self.email_key(value)
                if (key or value) not in seen:
                    seen.add(key or value)
                    emails.append((value, label, key))
            name = p.name or p.company or (p.emails[0][0] if p.emails else "")
            name = name or (p.phones[0][0] if p.phones else "") or (p.external_id or "")
            planned = PlannedClient(
                n.line, name, p.company, tuple(phones), tuple(emails), p.external_id,
                p.birthday, p.notes, p.source, p.tags, p.first_seen, p.temperature,
            )  # fmt: skip
            out.append(planned)
        return tuple(out)

    def counts(self) -> tuple[int, int]:
        """(existing clients matched, new clients)."""
        return len(self.matched), len(self.new)


def _merge_into(target: Person, other: Person) -> None:
    """A later row about a new client adds what the first one lacked."""
    seen_phones = {v for v, _ in target.phones}
    target.phones += [c for c in other.phones if c[0] not in seen_phones]
    seen_emails = {v.casefold() for v, _ in target.emails}
    target.emails += [c for c in other.emails if c[0].casefold() not in seen_emails]
    for attr in ("company", "external_id", "birthday", "source", "temperature"):
        if not getattr(target, attr) and getattr(other, attr):
            setattr(target, attr, getattr(other, attr))
    if not target.name and other.name:
        target.name = other.name
    if other.notes and other.notes not in target.notes:
        target.notes = "\n".join(n for n in (target.notes, other.notes) if n)
    if other.first_seen and (target.first_seen is None or other.first_seen < target.first_seen):
        target.first_seen = other.first_seen
    target.tags = tuple(dict.fromkeys((*target.tags, *other.tags)))


def unique_contacts(values: Iterable[Contact]) -> list[Contact]:
    seen: set[str] = set()
    out = []
    for value, label in values:
        key = value.strip().casefold()
        if key and key not in seen:
            seen.add(key)
            out.append((value.strip(), label))
    return out
