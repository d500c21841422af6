"""Importing clients from an address book or a contact export (CSV, XLSX,
vCard): `plan_client_import` reads and checks every row and matches each
person to an existing client (external id, then phone, then e-mail; see
`funnel.customers.matching`) without writing; `apply_client_import` writes
the plan in the caller's transaction, so a failure or a cancel writes nothing.

A matched client keeps what it has; the import only adds the phones and
e-mails it lacked and, when it had none, the external id.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session

from funnel.customers.clients import clean_email
from funnel.customers.identity import phone_region
from funnel.customers.matching import Additions, ClientIndex, Person, PlannedClient
from funnel.errors import FunnelError, ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.imports.bad_rows import refuse_bad_rows
from funnel.imports.cells import clean_id, day_of, month_first_day
from funnel.imports.client_fields import (
    CLIENT_FIELDS,
    TEMPERATURE_WORDS,
    ClientMapping,
    auto_map_clients,
    detect_format,
    label_for_column,
    type_column,
)
from funnel.imports.csvfile import CsvTable, RowError
from funnel.imports.plan import CancelCheck, ImportCancelled, Progress
from funnel.imports.writer import write_people
from funnel.timeutil import utc_naive

PROGRESS_EVERY = 5000
MAX_NAME = 300
_SPLIT = re.compile(r"\s*(?::::|[;\n]|,(?=\s*[+\d(]))\s*")
_SPLIT_EMAILS = re.compile(r"\s*(?::::|[;,\s])\s*")
_SPLIT_TAGS = re.compile(r"\s*(?::::|[;,])\s*")
_NOT_DIGIT = re.compile(r"\D")
_NO_YEAR = re.compile(r"--(\d{2})-?(\d{2})")


@dataclass(frozen=True)
class ClientImportPlan:
    file: str
    rows: int
    format: str | None
    mapping: ClientMapping
    new_clients: tuple[PlannedClient, ...]
    additions: Mapping[int, Additions]
    matched: int
    errors: tuple[RowError, ...]
    skip_bad_rows: bool = False
    readable_rows: int = 0

    @property
    def can_apply(self) -> bool:
        has_work = bool(self.new_clients) or any(
            a.phones or a.emails or a.external_id for a in self.additions.values()
        )
        return has_work and (not self.errors or self.skip_bad_rows)

    def as_json(self) -> dict:
        return {
            "file": self.file,
            "rows": self.rows,
            "format": self.format,
            "mapping": {f: list(c) for f, c in self.mapping.items()},
            "new_clients": len(self.new_clients),
            "matched_clients": self.matched,
            "errors": [{"line": e.line, "message": e.message} for e in self.errors],
        }


@dataclass(frozen=True)
class ClientImportResult:
    created: int
    matched: int
    contacts_added: int
    skipped: int
    client_ids: tuple[int, ...] = field(default=(), repr=False)

    def as_json(self) -> dict:
        return {
            "created": self.created,
            "matched": self.matched,
            "contacts_added": self.contacts_added,
            "skipped": self.skipped,
        }


def check_client_mapping(table: CsvTable, mapping: Mapping[str, Sequence[str]]) -> dict:
    unknown = [f for f in mapping if f not in CLIENT_FIELDS]
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "'{field}' is not a field clients are imported into. Fields: {fields}."
            ),
            field=unknown[0],
            fields=", ".join(CLIENT_FIELDS),
        )
    index = {f: tuple(table.column_index(c) for c in cols) for f, cols in mapping.items() if cols}
    if not index.keys() & {"name", "first_name", "last_name", "company", "phone", "email"}:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Choose the columns of {name} that hold the client's name, phone or e-mail.",
            ),
            name=table.name,
        )
    return index


class _Rows:
    """Reads one row into a Person, or problems naming the column and value."""

    def __init__(self, table: CsvTable, mapping: ClientMapping, fmt: str | None) -> None:
        self.table = table
        self.fmt = fmt
        self.index = check_client_mapping(table, mapping)
        columns = table.columns
        self.labels = {}
        for f in ("phone", "email"):
            for i in self.index.get(f, ()):
                typed = type_column(columns[i], columns)
                self.labels[i] = (
                    table.column_index(typed) if typed else None,
                    label_for_column(columns[i]),
                )

    def cells(self, cells: tuple[str, ...], field: str) -> list[tuple[int, str]]:
        return [(i, cells[i].strip()) for i in self.index.get(field, ()) if cells[i].strip()]

    def one(self, cells: tuple[str, ...], field: str) -> str:
        found = self.cells(cells, field)
        return " ".join(found[0][1].split()) if found else ""

    def label(self, cells: tuple[str, ...], i: int) -> str | None:
        typed, fixed = self.labels[i]
        if typed is not None and cells[typed].strip():
            return cells[typed].strip().lstrip("* ").casefold()[:50]
        return fixed

    def person(self, cells: tuple[str, ...], problems: list[str]) -> Person:
        p = Person()
        name = self.one(cells, "name")
        if not name:
            parts = [self.one(cells, f) for f in ("first_name", "middle_name", "last_name")]
            name = " ".join(x for x in parts if x)
        if len(name) > MAX_NAME:
            problems.append(f"the name is longer than {MAX_NAME} characters")
        p.name = name
        p.company = self.one(cells, "company")[:MAX_NAME] or None
        for i, text in self.cells(cells, "phone"):
            for piece in _SPLIT.split(text):
                if not piece:
                    continue
                if len(_NOT_DIGIT.sub("", piece)) < 5:
                    problems.append(
                        f"'{self.table.columns[i]}' has '{piece}', which is not a phone number"
                    )
                    continue
                p.phones.append((piece, self.label(cells, i)))
        for i, text in self.cells(cells, "email"):
            for piece in _SPLIT_EMAILS.split(text):
                if not piece:
                    continue
                try:
                    p.emails.append((clean_email(piece), self.label(cells, i)))
                except FunnelError:
                    problems.append(
                        f"'{self.table.columns[i]}' has '{piece}', which is not an e-mail address"
                    )
        notes = [text for _i, text in self.cells(cells, "notes")]
        birthday = self.one(cells, "birthday")
        if birthday:
            try:
                p.birthday = self.birthday(birthday)
            except ValueError as exc:
                column = self.table.columns[self.index["birthday"][0]]
                problems.append(f"'{column}' has '{birthday}', which {exc}")
            m = _NO_YEAR.fullmatch(birthday)
            if m:  # a birthday without its year: kept in the notes, not invented
                notes.append(f"Birthday: {m.group(2)}.{m.group(1)}")
        p.notes = "\n".join(notes)
        p.source = self.one(cells, "source")[:100] or None
        tags = []
        for _i, text in self.cells(cells, "tags"):
            tags += [t for t in _SPLIT_TAGS.split(text) if t and not t.startswith("*")]
        p.tags = tuple(dict.fromkeys(tags))
        temperature = self.one(cells, "temperature")
        if temperature:
            key = temperature.casefold().replace("ё", "е")
            p.temperature = TEMPERATURE_WORDS.get(key)
            if p.temperature is None:
                column = self.table.columns[self.index["temperature"][0]]
                problems.append(f"'{column}' has '{temperature}', which is not hot, warm or cold")
        ext = clean_id(self.one(cells, "external_id"))
        p.external_id = ext[:100] or None
        if not (p.name or p.company or p.phones or p.emails) and not problems:
            problems.append("the row has no name, company, phone or e-mail")
        return p

    def birthday(self, text: str) -> date | None:
        if _NO_YEAR.fullmatch(text):
            return None
        if self.fmt == "outlook" and "/" in text:
            if re.fullmatch(r"0?0/0?0/0*", text.strip()):
                return None
            found = month_first_day(text)
            if found is not None:
                return found
        return day_of(text)


def plan_client_import(
    session: Session,
    table: CsvTable,
    mapping: Mapping[str, Sequence[str]] | None = None,
    *,
    skip_bad_rows: bool = False,
    region: str | None = None,
    progress: Progress | None = None,
) -> ClientImportPlan:
    """Read, check and match every row without writing. `mapping` is field →
    columns (default: what Funnel recognises)."""
    fmt = detect_format(table.columns, table.encoding)
    chosen = auto_map_clients(table.columns) if mapping is None else dict(mapping)
    clean = {f: tuple(c) for f, c in chosen.items() if c}
    rows = _Rows(table, clean, fmt)
    index = ClientIndex(session, phone_region(session, region))
    errors: list[RowError] = list(table.bad_rows)
    total = len(table.rows)
    good = 0
    for n, (cells, line) in enumerate(zip(table.rows, table.lines, strict=True)):
        if progress is not None and n % PROGRESS_EVERY == 0:
            progress(n, total)
        problems: list[str] = []
        person = rows.person(cells, problems)
        if problems:
            errors.append(RowError(line, "; ".join(problems)))
            continue
        index.resolve(person, line)
        good += 1
    if progress is not None:
        progress(total, total)
    errors.sort(key=lambda e: e.line)
    return ClientImportPlan(
        file=table.name,
        rows=table.row_count,
        format=fmt,
        mapping=clean,
        new_clients=index.planned(),
        additions={
            k: v for k, v in index.additions.items() if v.phones or v.emails or v.external_id
        },
        matched=len(index.matched),
        errors=tuple(errors),
        skip_bad_rows=skip_bad_rows,
        readable_rows=good,
    )


def apply_client_import(
    session: Session,
    plan: ClientImportPlan,
    *,
    now: datetime,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ClientImportResult:
    refuse_bad_rows(plan.file, plan.errors, skip=plan.skip_bad_rows)
    if not plan.new_clients and not plan.matched:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} has no clients to import."), file=plan.file
        )
    total = len(plan.new_clients)
    if progress is not None:
        progress(0, total)
    if cancelled is not None and cancelled():
        raise ImportCancelled("The import was cancelled; nothing was written.")
    ids = write_people(session, plan.new_clients, plan.additions, now=utc_naive(now))
    if cancelled is not None and cancelled():
        raise ImportCancelled("The import was cancelled; nothing was written.")
    if progress is not None:
        progress(total, total)
    session.flush()
    session.expire_all()  # written with Core: objects the caller holds are read afresh
    added = sum(len(a.phones) + len(a.emails) for a in plan.additions.values())
    return ClientImportResult(
        created=len(ids),
        matched=plan.matched,
        contacts_added=added,
        skipped=len(plan.errors),
        client_ids=tuple(ids),
    )
