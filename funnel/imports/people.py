"""Writing the clients an import found: new ones with their phones and
e-mails, and what existing ones lacked. Core bulk inserts in the caller's
transaction (see `funnel.imports.writer`); every contact gets its normalised
form, which duplicates are found by."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, update

from funnel.customers.matching import Additions, PlannedClient
from funnel.imports.writer import insert_returning_ids, insert_rows
from funnel.store.models import Client, ClientContact, ContactKind, fold

MAX_LABEL = 50
MAX_CONTACT = 320


def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def _contact(client_id: int, kind: str, value: str, label: str | None, key: str | None) -> dict:
    value = value.strip()[:MAX_CONTACT]
    return {
        "client_id": client_id,
        "kind": kind,
        "value": value,
        "search": _digits(value) if kind == ContactKind.PHONE.value else value.lower(),
        "label": (label or None) and label[:MAX_LABEL],
        "normalized": key,
    }


def write_people(
    session: Any,
    new: tuple[PlannedClient, ...],
    additions: Mapping[int, Additions],
    *,
    now: datetime,
) -> list[int]:
    """Insert the new clients (returning their ids, in order) and add to
    existing ones what they lacked."""
    rows = [
        {
            "name": p.name,
            "company": p.company,
            "source": p.source,
            "tags": ", ".join(p.tags),
            "birthday": p.birthday,
            "notes": p.notes or "",
            "custom_fields": {},
            "created_at": p.first_seen or now,
            "archived": False,
            "external_id": p.external_id,
            "search_text": fold(p.name, p.company),
        }
        for p in new
    ]
    ids = insert_returning_ids(session, Client.__table__, rows)  # type: ignore[arg-type]
    contacts: list[dict] = []
    phone, email = ContactKind.PHONE.value, ContactKind.EMAIL.value
    for p, client_id in zip(new, ids, strict=True):
        contacts += [_contact(client_id, phone, *c) for c in p.phones]
        contacts += [_contact(client_id, email, *c) for c in p.emails]
    for client_id, more in additions.items():
        contacts += [_contact(client_id, phone, *c) for c in more.phones]
        contacts += [_contact(client_id, email, *c) for c in more.emails]
    insert_rows(session, ClientContact.__table__, contacts)  # type: ignore[arg-type]
    external = [
        {"cid": cid, "ext": more.external_id} for cid, more in additions.items() if more.external_id
    ]
    if external:
        table = Client.__table__
        session.execute(
            update(table)
            .where(table.c.id == bindparam("cid"), table.c.external_id.is_(None))
            .values(external_id=bindparam("ext")),
            external,
        )
    return ids
