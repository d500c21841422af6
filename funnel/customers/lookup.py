""" "Already a client": who else has the phone or e-mail being typed.

One indexed query on `client_contact.normalized`, so the hint answers within
a keystroke's time however many clients there are.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from funnel.customers.identity import normalize_contact, phone_region
from funnel.store.models import Client, ClientContact, ContactKind

HINT_LIMIT = 3


@dataclass(frozen=True)
class KnownClient:
    id: int
    name: str
    company: str | None
    contact: str  # the contact as that client has it written


def clients_with(
    session: Session,
    kind: str | ContactKind,
    value: str,
    *,
    exclude_id: int | None = None,
    default_region: str | None = None,
    limit: int = HINT_LIMIT,
) -> list[KnownClient]:
    """Live clients (not archived, not merged) one of whose contacts is this
    phone or e-mail in any spelling, oldest first. `default_region` reads
    national numbers when the profile names no region (the system locale's)."""
    kind = ContactKind(kind)
    key = normalize_contact(kind, value, phone_region(session, default_region))
    if key is None:
        return []
    query = (
        select(Client.id, Client.name, Client.company, ClientContact.value)
        .join(Client, Client.id == ClientContact.client_id)
        .where(
            ClientContact.normalized == key,
            ClientContact.kind == kind.value,
            Client.archived.is_(False),
            Client.merged_into_id.is_(None),
        )
        .order_by(Client.id)
        .limit(limit + 1)
    )
    if exclude_id is not None:
        query = query.where(Client.id != exclude_id)
    seen: dict[int, KnownClient] = {}
    for cid, name, company, contact in session.execute(query):
        seen.setdefault(cid, KnownClient(cid, name, company, contact))
    return list(seen.values())[:limit]
