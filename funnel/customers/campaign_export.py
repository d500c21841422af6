"""A mailing campaign's members as a file for a mail or messenger service
(CSV, XLSX, vCard 3.0), or as a mailto: link for a few of them.

Files are written to a temporary name beside the target and renamed, so a
failed export leaves no half-written file.
"""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session

from funnel.customers.campaigns import get_campaign
from funnel.errors import ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.models import Client, ClientContact, ContactKind
from funnel.store.models_campaigns import CampaignMember

FORMATS = ("csv", "xlsx", "vcf")
MAILTO_MAX = 20  # mail programs cut longer links; more recipients: export a file
HEADERS = ("name", "email", "phone", "language", "message")


@dataclass(frozen=True)
class Recipient:
    client_id: int
    name: str
    email: str | None
    phone: str | None
    language: str | None
    message: str


def recipients(
    session: Session, campaign_id: int, *, pending_only: bool = False
) -> list[Recipient]:
    """The current round's members with their first e-mail and phone, by name."""
    campaign = get_campaign(session, campaign_id)
    query = (
        select(Client.id, Client.name, Client.language, CampaignMember.note)
        .join(CampaignMember, CampaignMember.client_id == Client.id)
        .where(
            CampaignMember.campaign_id == campaign.id,
            CampaignMember.round == campaign.round,
            CampaignMember.control.is_(False),  # the held-out group is not contacted
        )
        .order_by(Client.search_text, Client.id)
    )
    if pending_only:
        query = query.where(CampaignMember.status.is_(None))
    rows = session.execute(query).all()
    ids = [r[0] for r in rows]
    contacts: dict[tuple[int, str], str] = {}
    for start in range(0, len(ids), 5000):
        for cid, kind, value in session.execute(
            select(ClientContact.client_id, ClientContact.kind, ClientContact.value)
            .where(ClientContact.client_id.in_(ids[start : start + 5000]))
            .order_by(ClientContact.id)
        ):
            contacts.setdefault((cid, kind), value)
    return [
        Recipient(
            cid,
            name,
            contacts.get((cid, ContactKind.EMAIL.value)),
            contacts.get((cid, ContactKind.PHONE.value)),
            language,
            note or "",
        )
        for cid, name, language, note in rows
    ]


def _vcard_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def vcard_text(people: list[Recipient]) -> str:
    cards = []
    for p in people:
        lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{_vcard_escape(p.name)}",
                 f"N:{_vcard_escape(p.name)};;;;"]  # fmt: skip
        if p.email:
            lines.append(f"EMAIL;TYPE=INTERNET:{_vcard_escape(p.email)}")
        if p.phone:
            lines.append(f"TEL;TYPE=CELL:{_vcard_escape(p.phone)}")
        if p.message:
            lines.append(f"NOTE:{_vcard_escape(p.message)}")
        lines.append("END:VCARD")
        cards.append("\r\n".join(lines))
    return "\r\n".join(cards) + ("\r\n" if cards else "")


def export_recipients(people: list[Recipient], path: Path, fmt: str | None = None) -> int:
    """Write the recipients; the format is `fmt` or the file's extension."""
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Export to .csv, .xlsx or .vcf (got '{name}')."),
            name=path.name,
        )
    fd, tmp = tempfile.mkstemp(prefix=".funnel-", suffix="." + fmt, dir=path.parent)
    os.close(fd)
    try:
        values = [
            (p.name, p.email or "", p.phone or "", p.language or "", p.message) for p in people
        ]
        if fmt == "csv":
            with open(tmp, "w", newline="", encoding="utf-8-sig") as f:
                writer = csv.writer(f)
                writer.writerow(HEADERS)
                writer.writerows(values)
        elif fmt == "xlsx":
            from openpyxl import Workbook

            book = Workbook(write_only=True)
            sheet = book.create_sheet("Recipients")
            sheet.append(list(HEADERS))
            for row in values:
                sheet.append(list(row))
            book.save(tmp)
        else:
            Path(tmp).write_text(vcard_text(people), encoding="utf-8", newline="")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(people)


def mailto_link(people: list[Recipient], subject: str, body: str = "") -> str:
    """mailto: with the recipients in BCC (they do not see each other)."""
    emails = [p.email for p in people if p.email]
    if not emails:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "None of these clients has an e-mail."))
    if len(emails) > MAILTO_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "mailto: takes at most {max} addresses; export a file for {count}."
            ),
            max=MAILTO_MAX,
            count=len(emails),
        )
    query = f"bcc={quote(','.join(emails), safe='@,')}&subject={quote(subject)}"
    if body:
        query += f"&body={quote(body)}"
    return f"mailto:?{query}"


BUYER_HEADERS = (
    "name", "company", "email", "phone", "source", "purchases", "revenue", "currency",
    "first_purchase", "last_purchase", "expected_next",
)  # fmt: skip


def export_buyers(rows: list, path: Path) -> int:
    """A client list (`BuyerRow`s) to .csv or .xlsx with its lifetime figures,
    or to .vcf as contacts."""
    fmt = path.suffix.lstrip(".").lower()
    if fmt == "vcf":
        people = [Recipient(r.id, r.name, r.email, r.phone, r.language, "") for r in rows]
        return export_recipients(people, path, "vcf")
    if fmt not in FORMATS:
        export_recipients([], path)  # raises the readable error
    fd, tmp = tempfile.mkstemp(prefix=".funnel-", suffix="." + fmt, dir=path.parent)
    os.close(fd)

    def iso(d) -> str:
        return d.isoformat() if d else ""

    values = [
        (r.name, r.company or "", r.email or "", r.phone or "", r.source or "", r.purchases,
         str(r.revenue), r.currency, iso(r.first_purchase), iso(r.last_purchase),
         iso(r.expected_next))
        for r in rows
    ]  # fmt: skip
    try:
        if fmt == "csv":
            with open(tmp, "w", newline="", encoding="utf-8-sig") as f:
                writer = csv.writer(f)
                writer.writerow(BUYER_HEADERS)
                writer.writerows(values)
        else:
            from openpyxl import Workbook

            book = Workbook(write_only=True)
            sheet = book.create_sheet("Clients")
            sheet.append(list(BUYER_HEADERS))
            for row in values:
                sheet.append(list(row))
            book.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(rows)
