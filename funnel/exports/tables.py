"""What an export writes: the clients, deals or purchases of a list, as rows
of plain values. The lists are the ones the window shows (`client_ids`,
`deal_ids` with their filters), read a page at a time so 100,000 rows never
sit in memory as ORM objects.

The clients' headers are the ones the client import recognises ("Phones",
"E-mails", "External ID"…), so an export read back gives the same clients.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from funnel.customers.client_list import ClientFilters, client_ids
from funnel.deals.rows import DealFilters, deal_ids, deal_rows
from funnel.errors import ValidationError
from funnel.exports.files import Cell, format_of, write_csv, write_xlsx
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.models import Client, ClientContact, ContactKind, Purchase, from_cents

PAGE = 5000
KINDS = ("clients", "deals", "purchases")
CLIENT_HEADERS = ("Funnel ID", "Name", "Company", "Phones", "E-mails", "Birthday", "Source",
                  "Tags", "Temperature", "Notes", "External ID", "Created")  # fmt: skip
DEAL_HEADERS = ("Funnel ID", "Title", "Client", "Value", "Currency", "Pipeline", "Stage",
                "Status", "Owner", "Created", "Expected close", "Days in stage")  # fmt: skip
PURCHASE_HEADERS = ("Order", "Date", "Customer ID", "Customer name", "Phone", "E-mail",
                    "Amount", "Currency", "Source")  # fmt: skip


@dataclass(frozen=True)
class ExportResult:
    kind: str
    path: str
    format: str
    rows: int

    def as_json(self) -> dict:
        return {"kind": self.kind, "path": self.path, "format": self.format, "rows": self.rows}


def _pages(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), PAGE):
        yield ids[start : start + PAGE]


def _contacts(session: Session, ids: Sequence[int]) -> dict[int, tuple[list[str], list[str]]]:
    found: dict[int, tuple[list[str], list[str]]] = {}
    for cid, kind, value in session.execute(
        select(ClientContact.client_id, ClientContact.kind, ClientContact.value)
        .where(ClientContact.client_id.in_(list(ids)))
        .order_by(ClientContact.id)
    ):
        phones, emails = found.setdefault(cid, ([], []))
        (phones if kind == ContactKind.PHONE else emails).append(value)
    return found


def client_export_rows(session: Session, ids: Sequence[int]) -> Iterator[list[Cell]]:
    for page in _pages(ids):
        contacts = _contacts(session, page)
        clients = {
            c.id: c
            for c in session.execute(select(Client.__table__).where(Client.id.in_(list(page))))
        }
        for cid in page:
            c = clients.get(cid)
            if c is None:
                continue
            phones, emails = contacts.get(cid, ([], []))
            yield [
                c.id, c.name, c.company, "; ".join(phones), "; ".join(emails), c.birthday,
                c.source, c.tags, c.temperature, c.notes, c.external_id, c.created_at,
            ]  # fmt: skip


def deal_export_rows(session: Session, ids: Sequence[int], *, today: date) -> Iterator[list[Cell]]:
    for page in _pages(ids):
        for d in deal_rows(session, page, today=today):
            yield [
                d.id, d.title, d.client, d.value, d.currency, d.pipeline, d.stage, d.status,
                d.owner, d.created_at, d.expected_close, d.days_in_stage,
            ]  # fmt: skip


def purchase_export_rows(
    session: Session, client_ids: Sequence[int] | None
) -> Iterator[list[Cell]]:
    query = (
        select(
            Purchase.id,
            Purchase.order_ref,
            Purchase.purchased_on,
            Purchase.client_id,
            Client.external_id,
            Client.name,
            Purchase.amount_cents,
            Purchase.currency,
            Purchase.source,
        )
        .join(Client, Client.id == Purchase.client_id)
        .order_by(Purchase.purchased_on, Purchase.id)
    )
    pages = [None] if client_ids is None else list(_pages(client_ids))
    for page in pages:
        q = query if page is None else query.where(Purchase.client_id.in_(list(page)))
        rows = session.execute(q).all()
        contacts = _contacts(session, sorted({r.client_id for r in rows})) if rows else {}
        for r in rows:
            phones, emails = contacts.get(r.client_id, ([], []))
            yield [
                r.order_ref or f"funnel:{r.id}", r.purchased_on, r.external_id,
                r.name, phones[0] if phones else None, emails[0] if emails else None,
                from_cents(r.amount_cents), r.currency, r.source,
            ]  # fmt: skip


def export_list(
    session: Session,
    kind: str,
    path: str | Path,
    *,
    today: date,
    format: str | None = None,
    encoding: str = "utf-8-sig",
    client_filters: ClientFilters | None = None,
    deal_filters: DealFilters | None = None,
) -> ExportResult:
    """Write the clients (as the Clients list filters them), the deals (as the
    Deals list does) or the purchases (of the filtered clients) to a file."""
    chosen = format_of(path, format)
    headers: tuple[str, ...]
    rows: Iterator[list[Cell]]
    if kind == "clients":
        listed = client_ids(session, filters=client_filters or ClientFilters())
        headers, rows = CLIENT_HEADERS, client_export_rows(session, listed)
    elif kind == "deals":
        listed = deal_ids(session, filters=deal_filters or DealFilters())
        headers, rows = DEAL_HEADERS, deal_export_rows(session, listed, today=today)
    elif kind == "purchases":
        of = None if client_filters is None else client_ids(session, filters=client_filters)
        headers, rows = PURCHASE_HEADERS, purchase_export_rows(session, of)
    else:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Funnel exports {choices} (got '{kind}')."),
            choices=", ".join(KINDS),
            kind=kind,
        )
    if chosen == "xlsx":
        count = write_xlsx(path, headers, rows, title=kind.capitalize())
    else:
        count = write_csv(path, headers, rows, encoding=encoding)
    return ExportResult(kind, str(path), chosen, count)
