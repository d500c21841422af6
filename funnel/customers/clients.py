"""Clients: people and companies, with their phones and e-mails."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from funnel.customers.identity import normalize_email, normalize_phone, phone_region
from funnel.errors import NotFoundError, ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.conflicts import check_version
from funnel.store.models import Client, ClientContact, ContactKind, Temperature, fold
from funnel.timeutil import utc_naive

_UNSET = object()
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Where clients come from, as stored; the UI shows each in the user's language.
# Any other text a person types is kept as it is.
SOURCE_CHANNELS = (
    "site",
    "instagram",
    "vk",
    "referral",
    "whatsapp",
    "telegram",
    "cold call",
    "exhibition",
)


@dataclass(frozen=True)
class ClientRow:
    id: int
    name: str
    company: str | None
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    source: str | None
    tags: tuple[str, ...]
    temperature: str | None
    birthday: date | None
    referred_by_id: int | None
    owner_id: int | None
    notes: str
    created_at: datetime
    version: int = 1  # what a form that shows it passes back as `expected_version`


def phone_digits(phone: str) -> str:
    return re.sub(r"\D", "", phone or "")


def clean_phone(phone: str) -> str:
    phone = (phone or "").strip()
    if len(phone_digits(phone)) < 3:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{phone}' does not look like a phone number."), phone=phone
        )
    return phone


def clean_email(email: str) -> str:
    email = (email or "").strip()
    if not _EMAIL.match(email):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{email}' is not an e-mail address."), email=email
        )
    return email


def _clean_temperature(value: str | None) -> Temperature | None:
    if value in (None, ""):
        return None
    allowed = {t.value for t in Temperature}
    if value not in allowed:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Temperature is hot, warm or cold (got '{value}')."),
            value=value,
        )
    return Temperature(value)


def _tags_text(tags: Iterable[str]) -> str:
    seen: dict[str, None] = {}
    for tag in tags:
        tag = tag.strip()
        if tag:
            seen.setdefault(tag, None)
    return ", ".join(seen)


def _check_referrer(session: Session, referred_by_id: int | None) -> int | None:
    if referred_by_id is not None and session.get(Client, referred_by_id) is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors", "There is no client with id {referred_by_id} to be the referrer."
            ),
            referred_by_id=referred_by_id,
        )
    return referred_by_id


def _contacts(
    phones: Iterable[str], emails: Iterable[str], region: str | None
) -> list[ClientContact]:
    rows = []
    for p in phones:
        if p and p.strip():
            p = clean_phone(p)
            rows.append(
                ClientContact(
                    kind=ContactKind.PHONE.value,
                    value=p,
                    search=phone_digits(p),
                    normalized=normalize_phone(p, region),
                )
            )
    for e in emails:
        if e and e.strip():
            e = clean_email(e)
            rows.append(
                ClientContact(
                    kind=ContactKind.EMAIL.value,
                    value=e,
                    search=e.lower(),
                    normalized=normalize_email(e),
                )
            )
    return rows


def _row(client: Client) -> ClientRow:
    return ClientRow(
        id=client.id,
        name=client.name,
        company=client.company,
        phones=tuple(c.value for c in client.contacts if c.kind == ContactKind.PHONE),
        emails=tuple(c.value for c in client.contacts if c.kind == ContactKind.EMAIL),
        source=client.source,
        tags=tuple(t.strip() for t in client.tags.split(",") if t.strip()),
        temperature=client.temperature,
        birthday=client.birthday,
        referred_by_id=client.referred_by_id,
        owner_id=client.owner_id,
        notes=client.notes,
        created_at=client.created_at,
        version=client.version,
    )


def _client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no client with id {client_id}."),
            client_id=client_id,
        )
    return client


def create_client(
    session: Session,
    *,
    name: str,
    now: datetime,
    company: str | None = None,
    phones: Iterable[str] = (),
    emails: Iterable[str] = (),
    source: str | None = None,
    tags: Iterable[str] = (),
    temperature: str | None = None,
    birthday: date | None = None,
    referred_by_id: int | None = None,
    owner_id: int | None = None,
    notes: str = "",
) -> int:
    name = (name or "").strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A client needs a name."))
    client = Client(
        name=name,
        company=(company or "").strip() or None,
        source=(source or "").strip() or None,
        tags=_tags_text(tags),
        temperature=_clean_temperature(temperature),
        birthday=birthday,
        referred_by_id=_check_referrer(session, referred_by_id),
        owner_id=owner_id,
        notes=notes or "",
        custom_fields={},
        created_at=utc_naive(now),
    )
    client.search_text = fold(client.name, client.company)
    client.contacts = _contacts(phones, emails, phone_region(session))
    session.add(client)
    session.flush()
    return client.id


def update_client(
    session: Session, client_id: int, *, expected_version: int | None = None, **fields
) -> ClientRow:
    """Change the given fields; `phones`/`emails`/`tags` replace the whole list.
    With `expected_version` (what a form showed), a client someone else
    changed since is refused with ChangedByOtherError, unchanged."""
    client = _client(session, client_id)
    check_version(session, client, expected_version)
    allowed = {
        "name", "company", "source", "tags", "temperature", "birthday",
        "referred_by_id", "owner_id", "notes", "phones", "emails",
    }  # fmt: skip
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown client field(s): {fields}."),
            fields=", ".join(sorted(unknown)),
        )
    if "name" in fields:
        name = (fields["name"] or "").strip()
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A client needs a name."))
        client.name = name
    if "company" in fields:
        client.company = (fields["company"] or "").strip() or None
    if "source" in fields:
        client.source = (fields["source"] or "").strip() or None
    if "tags" in fields:
        client.tags = _tags_text(fields["tags"])
    if "temperature" in fields:
        client.temperature = _clean_temperature(fields["temperature"])
    if "birthday" in fields:
        client.birthday = fields["birthday"]
    if "referred_by_id" in fields:
        if fields["referred_by_id"] == client_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A client cannot be referred by themselves.")
            )
        client.referred_by_id = _check_referrer(session, fields["referred_by_id"])
    if "owner_id" in fields:
        client.owner_id = fields["owner_id"]
    if "notes" in fields:
        client.notes = fields["notes"] or ""
    if "phones" in fields or "emails" in fields:
        current = _row(client)
        phones = fields.get("phones", current.phones)
        emails = fields.get("emails", current.emails)
        client.contacts = _contacts(phones, emails, phone_region(session))
    client.search_text = fold(client.name, client.company)
    session.flush()
    return _row(client)


def get_client(session: Session, client_id: int) -> ClientRow:
    return _row(_client(session, client_id))


def find_client_id(session: Session, name: str) -> int | None:
    """The oldest client with exactly this name (ignoring case), if any."""
    return session.scalar(
        select(Client.id)
        .where(func.lower(Client.name) == name.strip().lower())
        .order_by(Client.id)
        .limit(1)
    )


def list_clients(session: Session, *, limit: int | None = None) -> list[ClientRow]:
    query = (
        select(Client)
        .options(selectinload(Client.contacts))
        .where(Client.archived.is_(False))
        .order_by(Client.name, Client.id)
    )
    if limit:
        query = query.limit(limit)
    return [_row(c) for c in session.scalars(query)]
