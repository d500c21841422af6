"""What the merge dialog shows of each client of a merge: every field's value
ready to read, and how complete the client is (the default survivor)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from funnel.customers.merge import MERGE_FIELDS, _contact_key, _empty, _value
from funnel.errors import NotFoundError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.models import Client, ContactKind, Deal, Owner, Purchase


@dataclass(frozen=True)
class MergeCandidate:
    """One client of a merge as the merge dialog shows it: each field's value
    ready to read (the owner's and the referrer's names, not their ids)."""

    id: int
    name: str
    created_at: datetime
    values: dict[str, Any]  # MERGE_FIELDS → value (None or "" when empty)
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    deals: int
    purchases: int
    # (comparable form, as written) of each phone and e-mail: the merge unites
    # contacts by the first.
    contact_keys: tuple[tuple[tuple[str, str], str], ...] = ()

    @property
    def filled(self) -> int:
        """How complete the client is: filled fields, contacts, deals, purchases."""
        fields = sum(1 for v in self.values.values() if not _empty(v))
        return fields + len(self.phones) + len(self.emails) + self.deals + self.purchases


def merge_candidates(session: Session, client_ids: Sequence[int]) -> list[MergeCandidate]:
    """The clients of a merge, in the order given."""
    ids = list(client_ids)
    clients = {c.id: c for c in session.scalars(select(Client).where(Client.id.in_(ids)))}
    owners = dict(session.execute(select(Owner.id, Owner.name)).all())
    referrers = {c.referred_by_id for c in clients.values() if c.referred_by_id}
    referrer_names = dict(
        session.execute(select(Client.id, Client.name).where(Client.id.in_(referrers))).all()
    )
    deals = dict(
        session.execute(
            select(Deal.client_id, func.count())
            .where(Deal.client_id.in_(ids))
            .group_by(Deal.client_id)
        ).all()
    )
    purchases = dict(
        session.execute(
            select(Purchase.client_id, func.count())
            .where(Purchase.client_id.in_(ids))
            .group_by(Purchase.client_id)
        ).all()
    )
    result = []
    for cid in ids:
        c = clients.get(cid)
        if c is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no client with id {client_id}."),
                client_id=cid,
            )
        values = {f: _value(c, f) for f in MERGE_FIELDS}
        values["owner_id"] = owners.get(c.owner_id) if c.owner_id else None
        values["referred_by_id"] = (
            referrer_names.get(c.referred_by_id) if c.referred_by_id else None
        )
        result.append(
            MergeCandidate(
                id=cid,
                name=c.name,
                created_at=c.created_at,
                values=values,
                phones=tuple(x.value for x in c.contacts if x.kind == ContactKind.PHONE),
                emails=tuple(x.value for x in c.contacts if x.kind == ContactKind.EMAIL),
                deals=deals.get(cid, 0),
                purchases=purchases.get(cid, 0),
                contact_keys=tuple((_contact_key(x), x.value) for x in c.contacts),
            )
        )
    return result
