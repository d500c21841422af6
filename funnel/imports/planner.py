"""Reading every row of a table into deals ready to write, or into reasons why not.

Each cell reader returns a value or raises `ValueError` with a sentence that
names the column and the value; a row collects all of its problems so the
person can fix a line in one go. Values repeat a lot in exports (dates,
amounts, stage names), so readers cache by the cell's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from funnel.customers.clients import clean_email
from funnel.customers.identity import phone_region
from funnel.customers.matching import ClientIndex, Person
from funnel.deals.service import parse_money
from funnel.errors import ValidationError
from funnel.imports.client_fields import field_for_column
from funnel.imports.csvfile import CsvTable, RowError
from funnel.imports.currency import import_currency
from funnel.imports.dates import MONTH_FIRST, DateFormatError, choose_date_order, parse_datetime
from funnel.imports.headers import FIELDS
from funnel.imports.plan import ImportOptions, NewStage, PlannedDeal, Progress
from funnel.imports.statuses import CLOSED_STATUSES, StatusWords
from funnel.pipeline.pipelines import PipelineInfo, list_pipelines
from funnel.store.models import DealStatus, Owner, PipelineKind, to_cents

# Rows checked between two progress reports.
PROGRESS_EVERY = 5000
# A date without a time is read as noon, so converting it to UTC never moves
# it to another day.
DATE_ONLY_TIME = time(12)
# The stage a new pipeline gets when the file names no stage for it.
FALLBACK_STAGE = "New"
MAX_NAME = {"title": 300, "client": 300, "company": 300, "stage": 200, "pipeline": 200,
            "owner": 200}  # fmt: skip
CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "руб": "RUB", "руб.": "RUB",
    "р.": "RUB", "р": "RUB", "rub.": "RUB", "r$": "BRL", "₴": "UAH", "₸": "KZT",
}  # fmt: skip
_CONTACT_SPLIT = re.compile(r"\s*(?:[;\n]|,(?=\s*[+\d(a-zA-Z]))\s*")
_PLAIN_AMOUNT = re.compile(r"\s*(\d{1,12})(?:[.,](\d{1,2}))?\s*")

Moment = tuple[datetime, date]  # naive UTC, and the day as the file writes it
_UNREAD = object()
_CHANGES = timedelta(days=1)  # marks a day whose UTC offset changes (DST)


def fold(name: str) -> str:
    """How names are compared: case and runs of spaces do not count."""
    return " ".join(name.split()).casefold()


def clean(text: str) -> str:
    return " ".join(text.split())


def check_mapping(table: CsvTable, mapping: Mapping[str, str]) -> dict[str, int]:
    """field → column index; refuses unknown fields and columns the file lacks."""
    unknown = [f for f in mapping if f not in FIELDS]
    if unknown:
        raise ValidationError(
            f"'{unknown[0]}' is not a field deals are imported into. Fields: {', '.join(FIELDS)}."
        )
    indexes = {f: table.column_index(c) for f, c in mapping.items() if c}
    if "title" not in indexes:
        raise ValidationError(
            f"Choose the column of {table.name} that holds the deal's title "
            '(for example --map title="Deal name").'
        )
    return indexes


def sales_pipeline(pipelines: list[PipelineInfo], name: str | None) -> PipelineInfo:
    sales = [p for p in pipelines if p.kind == PipelineKind.SALES.value]
    if name is None:
        if not sales:
            raise ValidationError("There is no sales pipeline to import deals into.")
        return sales[0]
    for p in pipelines:
        if fold(p.name) == fold(name):
            if p.kind != PipelineKind.SALES.value:
                raise ValidationError(
                    f"'{p.name}' holds parked deals; import into a sales pipeline."
                )
            return p
    names = ", ".join(p.name for p in sales)
    raise ValidationError(f"There is no pipeline named '{name}'. Sales pipelines: {names}.")


def currency_code(text: str) -> str | None:
    key = text.strip().casefold()
    if key in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[key]
    code = text.strip().upper()
    return code if len(code) == 3 and code.isascii() and code.isalpha() else None


def cents_of(text: str) -> int | None:
    """An amount in cents, or None when the text is not an amount. Plain
    amounts ("1500", "1500,5") skip the general parser: they are most cells."""
    m = _PLAIN_AMOUNT.fullmatch(text)
    if m:
        whole, frac = m.groups()
        return int(whole) * 100 + (int(frac.ljust(2, "0")) if frac else 0)
    try:
        return to_cents(parse_money(text))
    except ValidationError:
        return None


class Planner:
    """One pass over a table: what exists already, and what the rows name."""

    def __init__(
        self,
        session: Session,
        table: CsvTable,
        mapping: Mapping[str, str],
        options: ImportOptions,
    ) -> None:
        self.table = table
        self.options = options
        self.mapping = {f: c for f, c in mapping.items() if c}
        self.index = check_mapping(table, self.mapping)
        all_pipelines = list_pipelines(session)
        self.target = sales_pipeline(all_pipelines, options.pipeline)
        self.target_key = fold(self.target.name)
        self.existing_pipelines = {fold(p.name): p for p in all_pipelines}
        self.existing_stages = {
            (fold(p.name), fold(s.name)): s.name for p in all_pipelines for s in p.stages
        }
        self.stage_map = self._stage_map(all_pipelines)
        self.people = ClientIndex(session, phone_region(session, options.region))
        self.contact_columns = self._contact_columns()
        self.existing_owners = {fold(n) for n in session.scalars(select(Owner.name))}
        self.currency = import_currency(
            session, options.currency, has_column="currency" in self.index
        )
        self.words = StatusWords(options.won_words, options.lost_words)
        # The mapped cells and how each is read; the stage is read last, as
        # what it means depends on the row's pipeline and status.
        readers: dict[str, Callable[[str, str], object]] = {
            "title": self.name, "client": self.name, "company": self.name,
            "owner": self.name, "value": self.amount, "currency": self.currency_of,
            "created": self.moment, "stage_entered": self.moment, "closed": self.moment,
            "status": self.status, "pipeline": self.pipeline_key,
        }  # fmt: skip
        self.readers = [(f, self.index[f], r) for f, r in readers.items() if f in self.index]
        self.date_order, self.dates_ambiguous = self._date_order()
        self.month_first = self.date_order == MONTH_FIRST

        # What the good and bad rows name, in order of first appearance.
        self.pipelines: dict[str, str] = {self.target_key: self.target.name}
        self.stages: dict[tuple[str, str], str] = {}
        self.new_pipelines: dict[str, str] = {}
        self.new_stages: dict[tuple[str, str], NewStage] = {}
        self.owners: dict[str, str] = {}
        self.unknown_statuses: dict[str, None] = {}
        self._moments: dict[str, object] = {}
        self._offsets: dict[date, timedelta] = {}
        self._amounts: dict[str, int | None] = {}
        self._statuses: dict[str, str | None] = {}

    def _contact_columns(self) -> dict[str, list[int]]:
        """The columns phones and e-mails are read from: the mapped one, and
        every other column recognised as one (amoCRM exports a work, a mobile
        and an other phone, each in its own column)."""
        taken = set(self.index.values())
        found: dict[str, list[int]] = {}
        for field in ("phone", "email"):
            if field not in self.index:
                continue
            found[field] = [self.index[field]]
            for i, column in enumerate(self.table.columns):
                if i not in taken and field_for_column(column) == field:
                    found[field].append(i)
                    taken.add(i)
        return found

    def _stage_map(self, pipelines: list[PipelineInfo]) -> dict[str, tuple[str, str, str]]:
        """file stage key → (pipeline key, stage key, stage name) of an existing stage."""
        by_id = {s.id: (p, s) for p in pipelines for s in p.stages}
        mapped = {}
        for file_name, stage_id in self.options.stage_map.items():
            if stage_id not in by_id:
                raise ValidationError(
                    f"Stage '{file_name}' is mapped to a stage that no longer exists "
                    f"(id {stage_id})."
                )
            p, s = by_id[stage_id]
            mapped[fold(file_name)] = (fold(p.name), fold(s.name), s.name)
        return mapped

    # -- cell readers: (text, field) → value, or ValueError naming column and value --

    def column(self, field: str) -> str:
        return self.table.columns[self.index[field]]

    def _not_a(self, text: str, field: str, what: str) -> ValueError:
        return ValueError(f"'{self.column(field)}' has '{text.strip()}', which {what}")

    def amount(self, text: str, field: str) -> int:
        cents = self._amounts.get(text, -1)
        if cents == -1:
            cents = self._amounts[text] = cents_of(text)
        if cents is None:
            raise self._not_a(text, field, "is not an amount of money")
        return cents

    def currency_of(self, text: str, field: str) -> str:
        code = currency_code(text)
        if code is None:
            raise self._not_a(text, field, "is not a currency code such as USD, RUB or BRL")
        return code

    def moment(self, text: str, field: str) -> Moment | None:
        found = self._moments.get(text, _UNREAD)
        if found is _UNREAD:
            try:
                found = self._read_moment(text)
            except DateFormatError as exc:
                found = exc
            self._moments[text] = found
        if isinstance(found, DateFormatError):
            raise self._not_a(text, field, found.reason)
        return found  # type: ignore[return-value]

    def _date_order(self) -> tuple[str, bool]:
        columns = [self.index[f] for f in ("created", "stage_entered", "closed") if f in self.index]
        return choose_date_order(
            [row[i] for row in self.table.rows for i in columns if i < len(row)],
            asked=self.options.date_order,
            locale_order=self.options.locale_date_order,
        )

    def _read_moment(self, text: str) -> Moment | None:
        moment = parse_datetime(text, default_time=DATE_ONLY_TIME, month_first=self.month_first)
        if moment is None:
            return None
        day = moment.date()
        if moment.tzinfo is not None:
            return moment.astimezone(UTC).replace(tzinfo=None), day
        if self.options.timezone is not None:
            return moment - self._utc_offset(moment), day
        return moment, day

    def _utc_offset(self, moment: datetime) -> timedelta:
        """The file's zone offset at a local moment. Asking the zone costs more
        than reading the date, so a day without a clock change is asked once."""
        zone = self.options.timezone
        assert zone is not None  # asked only when the file names its zone
        day = moment.date()
        offset = self._offsets.get(day)
        if offset is None:
            first = datetime.combine(day, time(0), zone).utcoffset()
            last = datetime.combine(day, time(23, 59, 59), zone).utcoffset()
            offset = self._offsets[day] = first if first is not None and first == last else _CHANGES
        if offset is _CHANGES:
            return moment.replace(tzinfo=zone).utcoffset() or timedelta(0)
        return offset

    def status_word(self, text: str) -> str | None:
        if text not in self._statuses:
            self._statuses[text] = self.words.status_of(text)
        return self._statuses[text]

    def status(self, text: str, field: str) -> str:
        status = self.status_word(text)
        if status is None:
            self.unknown_statuses.setdefault(text.strip(), None)
            raise self._not_a(text, field, "is not a status (add it as a won or lost word)")
        return status

    def name(self, text: str, field: str) -> str:
        name = clean(text)
        if len(name) > MAX_NAME[field]:
            raise ValueError(f"the {field} is longer than {MAX_NAME[field]} characters")
        return name

    def pipeline_key(self, text: str, field: str = "pipeline") -> str:
        key = fold(text)
        if key in self.pipelines:
            return key
        existing = self.existing_pipelines.get(key)
        if existing is not None:
            if existing.kind != PipelineKind.SALES.value:
                raise ValueError(
                    f"'{existing.name}' holds parked deals; import into a sales pipeline"
                )
            self.pipelines[key] = existing.name
            return key
        name = self.name(text, field)
        self.pipelines[key] = self.new_pipelines[key] = name
        return key

    def stage_key(self, pipeline: str, text: str, line: int) -> str:
        key = fold(text)
        mapped = self.stage_map.get(key)
        if mapped is not None and mapped[0] == pipeline:
            key = mapped[1]
            self.stages.setdefault((pipeline, key), mapped[2])
            return key
        if (pipeline, key) in self.stages:
            return key
        name = self.existing_stages.get((pipeline, key))
        if name is None:
            name = self.name(text, "stage")
            self.new_stages[(pipeline, key)] = NewStage(self.pipelines[pipeline], name, line)
        self.stages[(pipeline, key)] = name
        return key

    # -- rows -----------------------------------------------------------------

    def run(
        self, progress: Progress | None
    ) -> tuple[list[PlannedDeal], list[RowError], list[tuple[int, str]]]:
        """Good rows as deals, bad ones as errors, and the deals whose stage is
        decided once every stage is known: (index, "first" | "last")."""
        deals: list[PlannedDeal] = []
        errors: list[RowError] = list(self.table.bad_rows)
        slots: list[tuple[int, str]] = []
        total = len(self.table.rows)
        for n, (cells, line) in enumerate(zip(self.table.rows, self.table.lines, strict=True)):
            if progress is not None and n % PROGRESS_EVERY == 0:
                progress(n, total)
            problems: list[str] = []
            deal, slot = self.read_row(cells, line, problems)
            if deal is None:
                errors.append(RowError(line, "; ".join(problems)))
                continue
            if slot:
                slots.append((len(deals), slot))
            deals.append(deal)
        if progress is not None:
            progress(total, total)
        return deals, errors, slots

    def read_row(
        self, cells: tuple[str, ...], line: int, problems: list[str]
    ) -> tuple[PlannedDeal | None, str | None]:
        """A row as a deal (None when it has problems, appended to `problems`),
        and "first"/"last" when its stage is decided later."""
        values: dict[str, Any] = {}  # each field read by its own reader, to its own type
        for field, i, reader in self.readers:
            text = cells[i]
            if text and not text.isspace():
                try:
                    values[field] = reader(text, field)
                except ValueError as exc:
                    problems.append(str(exc))
        get = values.get
        title = get("title") or ""
        client = get("client") or ""
        company = get("company") or ""
        owner = get("owner")
        value = get("value") or 0
        currency = get("currency") or self.currency
        created = get("created")
        entered = get("stage_entered") or created
        closed = get("closed")
        status = get("status")
        pipeline = get("pipeline") or self.target_key

        stage, slot = "", "first"
        column = self.index.get("stage")
        if column is not None and cells[column].strip():
            outcome = self.status_word(cells[column])
            if outcome in CLOSED_STATUSES:
                # amoCRM's «Успешно реализовано» is an outcome, not a stage.
                slot, status = "last", status or outcome
            else:
                try:
                    stage, slot = self.stage_key(pipeline, cells[column], line), ""
                except ValueError as exc:
                    problems.append(str(exc))
        if not title:
            title = client or company
            if not title:
                problems.append(f"the deal has no title ('{self.column('title')}' is empty)")
        if problems:
            return None, None

        status = status or DealStatus.OPEN.value
        closed_at = closed_on = None
        if status in CLOSED_STATUSES and (closed or entered):
            closed_at, closed_on = closed or entered  # type: ignore[misc]
        created_at = created[0] if created else None
        owner_key = None
        if owner:
            owner_key = fold(owner)
            self.owners.setdefault(owner_key, owner)
        if currency is None:
            problems.append(f"the row has no currency ('{self.column('currency')}' is empty)")
            return None, None
        client_key = self._client(cells, line, client or company, company, created_at, problems)
        if problems:
            return None, None
        deal = PlannedDeal(
            line, title, client_key, value, currency, pipeline, stage, status, owner_key,
            created_at, entered[0] if entered else None, closed_at, closed_on,
        )  # fmt: skip
        return deal, slot or None

    def _client(
        self,
        cells: tuple[str, ...],
        line: int,
        name: str,
        company: str,
        created_at: datetime | None,
        problems: list[str],
    ) -> int | None:
        """The row's client: matched by phone or e-mail (never by name alone)
        or new; rows of this file that name the same person without a phone or
        e-mail share one client. The earliest deal dates a new client."""
        person = Person(name=name, company=company or None, first_seen=created_at)
        for field, indexes in self.contact_columns.items():
            for i in indexes:
                for piece in _CONTACT_SPLIT.split(cells[i].strip()):
                    if not piece:
                        continue
                    if field == "phone":
                        if sum(ch.isdigit() for ch in piece) < 5:
                            problems.append(
                                f"'{self.table.columns[i]}' has '{piece}', which is not a phone"
                            )
                        else:
                            person.phones.append((piece, None))
                        continue
                    try:
                        person.emails.append((clean_email(piece), None))
                    except ValidationError:
                        problems.append(
                            f"'{self.table.columns[i]}' has '{piece}', which is not an e-mail"
                        )
        if problems or not (person.name or person.phones or person.emails):
            return None
        if not person.name:
            person.name = (person.emails or person.phones)[0][0]
        return self.people.resolve(person, line, group_by_name=True)

    # -- after the rows -------------------------------------------------------

    def keep_only(self, used: set[tuple[str, str]]) -> None:
        """Forget new stages only bad rows named: they are not created."""
        self.new_stages = {k: v for k, v in self.new_stages.items() if k in used}

    def stage_order(self, pipeline: str) -> list[str]:
        """The pipeline's stage keys after the import: existing ones, then new ones."""
        existing = self.existing_pipelines.get(pipeline)
        keys = [fold(s.name) for s in existing.stages] if existing else []
        keys += [k for (p, k) in self.new_stages if p == pipeline]
        return keys

    def fill_slots(self, deals: list[PlannedDeal], slots: list[tuple[int, str]]) -> None:
        """Deals without a stage go to the first stage; closed by an outcome, to the last."""
        chosen: dict[tuple[str, str], str] = {}
        for i, slot in slots:
            deal = deals[i]
            where = (deal.pipeline, slot)
            if where not in chosen:
                order = self.stage_order(deal.pipeline)
                if not order:
                    key = fold(FALLBACK_STAGE)
                    self.new_stages[(deal.pipeline, key)] = NewStage(
                        self.pipelines[deal.pipeline], FALLBACK_STAGE, deal.line
                    )
                    self.stages[(deal.pipeline, key)] = FALLBACK_STAGE
                    order = [key]
                key = order[0] if slot == "first" else order[-1]
                if (deal.pipeline, key) not in self.stages:
                    self.stages[(deal.pipeline, key)] = self.existing_stages[(deal.pipeline, key)]
                chosen[where] = key
            deals[i] = deal._replace(stage=chosen[where])
