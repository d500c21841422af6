"""Merging duplicate clients into one, and undoing it exactly.

The survivor keeps its row and id; for each field (name, company, …) it
takes the value of the client the person chose, or by default its own when
it has one, else the first other client's that does. Tags and notes are
united by default. Phones and e-mails are united: a contact whose normalised
form the survivor already has stays with the merged client.

Every deal, activity, note, purchase and contact of the merged clients moves
to the survivor, and clients they referred now name the survivor as
referrer. The merged clients are archived with `merged_into_id` set; nothing
is deleted. One `ClientMerge` row records the survivor's values before and
the id of every row moved, per merged client, so `undo_merge` puts each row
back where it was.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from funnel.errors import NotFoundError, ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.client_summary import refresh_clients
from funnel.store.models import (
    Activity,
    Client,
    ClientContact,
    ClientMerge,
    Deal,
    Note,
    Purchase,
    fold,
)
from funnel.timeutil import utc_naive

# The fields a person picks a surviving value for, in the order shown.
MERGE_FIELDS = (
    "name",
    "company",
    "source",
    "tags",
    "temperature",
    "birthday",
    "notes",
    "owner_id",
    "referred_by_id",
    "external_id",
    "language",
)
# Rows that follow a client, by the name `moved` keeps them under.
MOVED_TABLES: dict[str, Any] = {
    "deal": Deal,
    "activity": Activity,
    "note": Note,
    "purchase": Purchase,
}


@dataclass(frozen=True)
class MergeResult:
    """What a merge changed. `undo_merge(session, merge_id, now=…)` (or
    `revert`) takes it back."""

    merge_id: int
    survivor_id: int
    merged_ids: tuple[int, ...]
    changed_fields: tuple[str, ...]
    moved: tuple[tuple[str, int], ...]  # (table, rows moved)
    contacts_kept_apart: int  # contacts the survivor already had, left with the merged

    def revert(self, session: Session, *, now: datetime) -> UndoResult:
        return undo_merge(session, self.merge_id, now=now)

    def count(self, table: str) -> int:
        return dict(self.moved).get(table, 0)


@dataclass(frozen=True)
class UndoResult:
    merge_id: int
    survivor_id: int
    restored_ids: tuple[int, ...]


def _value(client: Client, field: str) -> Any:
    return getattr(client, field)


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _from_json(field: str, value: Any) -> Any:
    if field == "birthday" and value is not None:
        return date.fromisoformat(value)
    return value


def _empty(value: Any) -> bool:
    return value is None or value == ""


def _united_tags(clients: Sequence[Client]) -> str:
    seen: dict[str, str] = {}
    for client in clients:
        for tag in (client.tags or "").split(","):
            if tag.strip():
                seen.setdefault(fold(tag.strip()), tag.strip())
    return ", ".join(seen.values())


def _united_notes(clients: Sequence[Client]) -> str:
    texts = dict.fromkeys(c.notes.strip() for c in clients if c.notes and c.notes.strip())
    return "\n\n".join(texts)


def _surviving(field: str, clients: Sequence[Client], chosen: Client | None) -> Any:
    """`clients[0]` is the survivor."""
    if chosen is not None:
        return _value(chosen, field)
    if field == "tags":
        return _united_tags(clients)
    if field == "notes":
        return _united_notes(clients)
    return next((_value(c, field) for c in clients if not _empty(_value(c, field))), None)


def _live_client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no client with id {client_id}."),
            client_id=client_id,
        )
    if client.merged_into_id is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Client {client_id} was already merged into client {target_id}."
            ),
            client_id=client_id,
            target_id=client.merged_into_id,
        )
    return client


def _check(keep_id: int, other_ids: Sequence[int], choices: Mapping[str, int]) -> None:
    if not other_ids:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Name at least one client to merge."))
    if keep_id in other_ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Client {client_id} cannot be merged into itself."),
            client_id=keep_id,
        )
    if len(set(other_ids)) != len(other_ids):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A client is named twice."))
    for field, source_id in choices.items():
        if field not in MERGE_FIELDS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "'{field}' is not a client field a merge can choose ({fields})."
                ),
                field=field,
                fields=", ".join(MERGE_FIELDS),
            )
        if source_id != keep_id and source_id not in other_ids:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The value of '{field}' must come from one of the merged clients."
                ),
                field=field,
            )


def _contact_key(contact: ClientContact) -> tuple[str, str]:
    return (contact.kind, contact.normalized or contact.value.casefold())


def _move_contacts(
    session: Session, survivor: Client, others: Sequence[Client]
) -> tuple[dict[str, list[int]], int]:
    have = {_contact_key(c) for c in survivor.contacts}
    moved: dict[str, list[int]] = {}
    kept_apart = 0
    for other in others:
        ids = []
        for contact in other.contacts:
            key = _contact_key(contact)
            if key in have:
                kept_apart += 1
                continue
            have.add(key)
            ids.append(contact.id)
        moved[str(other.id)] = ids
    all_ids = [i for ids in moved.values() for i in ids]
    if all_ids:
        session.execute(
            update(ClientContact)
            .where(ClientContact.id.in_(all_ids))
            .values(client_id=survivor.id)
            .execution_options(synchronize_session=False)
        )
    return moved, kept_apart


def merge_clients(
    session: Session,
    keep_id: int,
    other_ids: Sequence[int],
    *,
    choices: Mapping[str, int] | None = None,
    now: datetime,
    reason: str | None = None,
) -> MergeResult:
    """Fold `other_ids` into `keep_id`. `choices` maps a field of
    `MERGE_FIELDS` to the id of the client whose value survives."""
    choices = dict(choices or {})
    other_ids = list(other_ids)
    _check(keep_id, other_ids, choices)
    survivor = _live_client(session, keep_id)
    others = [_live_client(session, i) for i in other_ids]
    everyone = [survivor, *others]
    by_id = {c.id: c for c in everyone}

    before = {f: _json(_value(survivor, f)) for f in MERGE_FIELDS}
    after = {
        f: _surviving(f, everyone, by_id[choices[f]] if f in choices else None)
        for f in MERGE_FIELDS
    }
    if after["referred_by_id"] in by_id:  # nobody refers themselves
        after["referred_by_id"] = None
    if not (after["name"] or "").strip():
        after["name"] = survivor.name

    moved: dict[str, Any] = {}
    for table, model in MOVED_TABLES.items():
        per_client: dict[str, list[int]] = {}
        for other in others:
            ids = list(session.scalars(select(model.id).where(model.client_id == other.id)))
            per_client[str(other.id)] = ids
        all_ids = [i for ids in per_client.values() for i in ids]
        if all_ids:
            session.execute(
                update(model)
                .where(model.id.in_(all_ids))
                .values(client_id=keep_id)
                .execution_options(synchronize_session=False)
            )
        moved[table] = per_client
    moved["client_contact"], kept_apart = _move_contacts(session, survivor, others)
    referred: dict[str, list[int]] = {}
    for other in others:
        referred[str(other.id)] = list(
            session.scalars(
                select(Client.id).where(Client.referred_by_id == other.id, Client.id != keep_id)
            )
        )
        if referred[str(other.id)]:
            session.execute(
                update(Client)
                .where(Client.id.in_(referred[str(other.id)]))
                .values(referred_by_id=keep_id)
                .execution_options(synchronize_session=False)
            )
    moved["referred"] = referred
    moved["clients"] = {
        str(o.id): {"archived": o.archived, "merged_into_id": o.merged_into_id} for o in others
    }

    for field, value in after.items():
        setattr(survivor, field, value)
    survivor.search_text = fold(survivor.name, survivor.company)
    for other in others:
        other.archived = True
        other.merged_into_id = keep_id
    record = ClientMerge(
        survivor_id=keep_id,
        merged_id=others[0].id,
        merged_at=utc_naive(now),
        reason=reason,
        fields=before,
        moved=moved,
    )
    session.add(record)
    session.flush()
    refresh_clients(session, [keep_id, *other_ids])
    session.expire_all()  # the bulk updates above bypassed the loaded objects

    counts = [
        (table, sum(len(v) for v in moved[table].values()))
        for table in (*MOVED_TABLES, "client_contact", "referred")
    ]
    return MergeResult(
        merge_id=record.id,
        survivor_id=keep_id,
        merged_ids=tuple(other_ids),
        changed_fields=tuple(f for f in MERGE_FIELDS if _json(after[f]) != before[f]),
        moved=tuple(counts),
        contacts_kept_apart=kept_apart,
    )


def undo_merge(session: Session, merge_id: int, *, now: datetime) -> UndoResult:
    """Put every moved row back and the survivor's values as they were."""
    record = session.get(ClientMerge, merge_id)
    if record is None or record.undone_at is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no merge {merge_id} to undo."),
            merge_id=merge_id,
        )
    merged_ids = [int(i) for i in record.moved.get("clients", {})]
    involved = [record.survivor_id, *merged_ids]
    later = session.scalar(
        select(ClientMerge.id).where(
            ClientMerge.id > merge_id,
            ClientMerge.undone_at.is_(None),
            ClientMerge.survivor_id.in_(involved),
        )
    )
    survivor = session.get(Client, record.survivor_id)
    if later is not None or survivor is None or survivor.merged_into_id is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Merge {merge_id} cannot be undone before the merges made after it."
            ),
            merge_id=merge_id,
        )
    moved = record.moved
    for table, model in (*MOVED_TABLES.items(), ("client_contact", ClientContact)):
        for other_id, ids in moved.get(table, {}).items():
            if ids:
                session.execute(
                    update(model)
                    .where(model.id.in_(ids))
                    .values(client_id=int(other_id))
                    .execution_options(synchronize_session=False)
                )
    for other_id, ids in moved.get("referred", {}).items():
        if ids:
            session.execute(
                update(Client)
                .where(Client.id.in_(ids))
                .values(referred_by_id=int(other_id))
                .execution_options(synchronize_session=False)
            )
    for other_id, state in moved.get("clients", {}).items():
        other = session.get(Client, int(other_id))
        if other is not None:
            other.archived = state["archived"]
            other.merged_into_id = state["merged_into_id"]
    for field in MERGE_FIELDS:
        setattr(survivor, field, _from_json(field, record.fields.get(field)))
    survivor.search_text = fold(survivor.name, survivor.company)
    record.undone_at = utc_naive(now)
    session.flush()
    refresh_clients(session, involved)
    session.expire_all()
    return UndoResult(merge_id, record.survivor_id, tuple(merged_ids))


def revert_merge(session: Session, result: MergeResult, *, now: datetime) -> UndoResult:
    """`undo_merge` for a merge's result (the operations layer's undo)."""
    return undo_merge(session, result.merge_id, now=now)
