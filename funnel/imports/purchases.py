"""Importing purchase history: order lines (or whole orders) from a shop or
accounting export become one `Purchase` per order, for the client matched
by external id, phone or e-mail (or created).

- Lines of one order (same order number) add up to one purchase: the order's
  `amount`, or each line's quantity × price. Its date is the earliest line's.
- A cancelled order (a cancel word in the status column, or an order number
  such as "C536379") and return lines (negative quantity or amount) are
  recognised and not counted; an order whose lines are all returns is a return.
- `order_ref` keeps the order number, so importing the same file again adds
  nothing twice. Without an order column each row is one purchase, numbered
  by its customer, date and amount.
- A row without a customer or a date cannot be imported: it is reported with
  its line, and skipped only when asked (`skip_bad_rows`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from funnel.customers.clients import clean_email
from funnel.customers.identity import phone_region
from funnel.customers.matching import ClientIndex, Person, PlannedClient, new_index
from funnel.errors import FunnelError, ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.imports.bad_rows import refuse_bad_rows
from funnel.imports.cells import cents_signed, clean_id, decimal_of, moment_of
from funnel.imports.csvfile import CsvTable, RowError
from funnel.imports.currency import import_currency
from funnel.imports.plan import CancelCheck, ImportCancelled, Progress
from funnel.imports.planner import currency_code
from funnel.imports.purchase_fields import CANCEL_REF, PURCHASE_FIELDS, is_cancel_word
from funnel.imports.writer import insert_rows, write_people
from funnel.store.client_summary import refresh_clients
from funnel.store.models import Purchase
from funnel.timeutil import utc_naive

PROGRESS_EVERY = 10000
CHUNK_SIZE = 20000
SOURCE = "import"
_UNREAD = object()


class PlannedPurchase(NamedTuple):
    line: int
    order_ref: str
    client: int  # an existing client's id, or -1 - i for the plan's i-th new client
    purchased_on: date
    amount_cents: int
    currency: str
    lines: int


@dataclass(frozen=True)
class PurchaseImportPlan:
    file: str
    rows: int
    mapping: Mapping[str, str]
    currency: str | None
    purchases: tuple[PlannedPurchase, ...]
    new_clients: tuple[PlannedClient, ...]
    matched: int
    cancelled: int  # orders cancelled, not counted
    returns: int  # return lines (and all-return orders) not counted
    already: int  # orders imported before
    errors: tuple[RowError, ...]
    skip_bad_rows: bool = False

    @property
    def can_apply(self) -> bool:
        return bool(self.purchases) and (not self.errors or self.skip_bad_rows)

    def totals(self) -> dict[str, Decimal]:
        out: dict[str, int] = {}
        for p in self.purchases:
            out[p.currency] = out.get(p.currency, 0) + p.amount_cents
        return {c: Decimal(v) / 100 for c, v in out.items()}

    def as_json(self) -> dict:
        return {
            "file": self.file,
            "rows": self.rows,
            "mapping": dict(self.mapping),
            "currency": self.currency,
            "purchases": len(self.purchases),
            "totals": {c: str(v) for c, v in self.totals().items()},
            "new_clients": len(self.new_clients),
            "matched_clients": self.matched,
            "cancelled_orders": self.cancelled,
            "returns": self.returns,
            "already_imported": self.already,
            "errors": [{"line": e.line, "message": e.message} for e in self.errors],
        }


@dataclass(frozen=True)
class PurchaseImportResult:
    purchases: int
    new_clients: int
    matched: int
    skipped: int

    def as_json(self) -> dict:
        return {
            "purchases": self.purchases,
            "new_clients": self.new_clients,
            "matched_clients": self.matched,
            "skipped": self.skipped,
        }


class _Order:
    __slots__ = ("cancelled", "cents", "counted", "currency", "day", "line", "lines", "person")

    def __init__(self, line: int, day: date, currency: str | None) -> None:
        self.line = line
        self.person: Person | None = None
        self.day = day
        self.cents = 0
        self.currency = currency
        self.lines = 0
        self.cancelled = False
        self.counted = 0  # lines that are not returns


def check_purchase_mapping(table: CsvTable, mapping: Mapping[str, str]) -> dict[str, int]:
    unknown = [f for f in mapping if f not in PURCHASE_FIELDS]
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "'{field}' is not a field purchases are imported from. Fields: {fields}."
            ),
            field=unknown[0],
            fields=", ".join(PURCHASE_FIELDS),
        )
    index = {f: table.column_index(c) for f, c in mapping.items() if c}
    if not index.keys() & {"client", "name", "phone", "email"}:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Choose the column of {name} that says who bought: a customer id, name, "
                "phone or e-mail (for example --map client=CustomerID).",
            ),
            name=table.name,
        )
    if "date" not in index:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Choose the column of {name} that holds the date (--map date=COLUMN)."
            ),
            name=table.name,
        )
    if "amount" not in index and not {"quantity", "price"} <= index.keys():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Choose the column of {name} with the amount, or both quantity and price.",
            ),
            name=table.name,
        )
    return index


class _Reader:
    def __init__(self, table: CsvTable, index: dict[str, int], currency: str | None) -> None:
        self.table = table
        self.index = index
        self.currency = currency
        self._dates: dict[str, object] = {}
        self._cents: dict[str, object] = {}
        self._numbers: dict[str, object] = {}

    def column(self, field: str) -> str:
        return self.table.columns[self.index[field]]

    def cell(self, cells: tuple[str, ...], field: str) -> str:
        i = self.index.get(field)
        return cells[i].strip() if i is not None else ""

    def _cached(self, cache: dict, text: str, read, field: str, problems: list[str]):
        found = cache.get(text, _UNREAD)
        if found is _UNREAD:
            try:
                found = read(text)
            except (ValueError, ArithmeticError) as exc:
                found = ValueError(str(exc) or "is not a number")
            cache[text] = found
        if isinstance(found, ValueError):
            problems.append(f"'{self.column(field)}' has '{text}', which {found}")
            return None
        return found

    def day(self, cells: tuple[str, ...], problems: list[str]) -> date | None:
        text = self.cell(cells, "date")
        if not text:
            problems.append(f"the row has no date ('{self.column('date')}' is empty)")
            return None
        moment = self._cached(self._dates, text, moment_of, "date", problems)
        if moment is None:
            if not problems:
                problems.append(f"the row has no date ('{self.column('date')}' is '{text}')")
            return None
        return moment.date()

    def line_cents(self, cells: tuple[str, ...], problems: list[str]) -> tuple[int, bool] | None:
        """The line's amount in cents and whether it is a return."""
        amount = self.cell(cells, "amount")
        quantity = self.cell(cells, "quantity")
        returned = False
        if quantity:
            q = self._cached(self._numbers, quantity, decimal_of, "quantity", problems)
            if q is None:
                return None
            returned = q < 0
        if amount:
            cents = self._cached(self._cents, amount, cents_signed, "amount", problems)
            if cents is None:
                return None
            return abs(cents), returned or cents < 0
        price = self.cell(cells, "price")
        if not (quantity and price):
            what = self.column("amount") if "amount" in self.index else self.column("price")
            problems.append(f"the row has no amount ('{what}' is empty)")
            return None
        p = self._cached(self._numbers, price, decimal_of, "price", problems)
        if p is None:
            return None
        q = decimal_of(quantity)
        return int((abs(q) * p * 100).quantize(Decimal(1))), returned

    def person(self, cells: tuple[str, ...], problems: list[str]) -> Person | None:
        ext = clean_id(self.cell(cells, "client"))
        name = " ".join(self.cell(cells, "name").split())
        phone = self.cell(cells, "phone")
        email = self.cell(cells, "email")
        if not (ext or name or phone or email):
            problems.append("the row has no customer (no id, name, phone or e-mail)")
            return None
        p = Person(name=name[:300], external_id=ext[:100] or None)
        if phone:
            if sum(ch.isdigit() for ch in phone) < 5:
                problems.append(f"'{self.column('phone')}' has '{phone}', which is not a phone")
                return None
            p.phones.append((phone, None))
        if email:
            try:
                p.emails.append((clean_email(email), None))
            except FunnelError:
                problems.append(f"'{self.column('email')}' has '{email}', which is not an e-mail")
                return None
        return p

    def currency_of(self, cells: tuple[str, ...], problems: list[str]) -> str | None:
        text = self.cell(cells, "currency")
        if not text:
            if self.currency is None:
                problems.append(f"the row has no currency ('{self.column('currency')}' is empty)")
            return self.currency
        code = currency_code(text)
        if code is None:
            problems.append(f"'{self.column('currency')}' has '{text}', which is not a currency")
        return code


def _auto_ref(person: Person, day: date, cents: int) -> str:
    who = person.external_id or (person.emails[0][0] if person.emails else "")
    who = who or (person.phones[0][0] if person.phones else "") or person.name
    digest = hashlib.sha1(f"{who}|{day}|{cents}".encode()).hexdigest()[:16]
    return f"auto:{digest}"


def plan_purchase_import(
    session: Session,
    table: CsvTable,
    mapping: Mapping[str, str],
    *,
    currency: str | None = None,
    region: str | None = None,
    skip_bad_rows: bool = False,
    progress: Progress | None = None,
) -> PurchaseImportPlan:
    clean = {f: c for f, c in mapping.items() if c}
    index = check_purchase_mapping(table, clean)
    default_currency = import_currency(session, currency, has_column="currency" in index)
    reader = _Reader(table, index, default_currency)
    errors: list[RowError] = list(table.bad_rows)
    orders: dict[str, _Order] = {}
    unnumbered: list[tuple[_Order, Person]] = []
    returns = 0
    has_order = "order" in index
    total = len(table.rows)
    for n, (cells, line) in enumerate(zip(table.rows, table.lines, strict=True)):
        if progress is not None and n % PROGRESS_EVERY == 0:
            progress(n, total)
        problems: list[str] = []
        person = reader.person(cells, problems)
        day = reader.day(cells, problems)
        money = reader.line_cents(cells, problems)
        code = reader.currency_of(cells, problems)
        if problems or person is None or day is None or money is None:
            errors.append(RowError(line, "; ".join(problems)))
            continue
        cents, returned = money
        ref = clean_id(reader.cell(cells, "order")) if has_order else ""
        if not ref:
            order = _Order(line, day, code)
            unnumbered.append((order, person))
        else:
            order = orders.get(ref)  # type: ignore[assignment]
            if order is None:
                order = orders[ref] = _Order(line, day, code)
        if order.person is None:
            order.person = person
        order.lines += 1
        order.day = min(order.day, day)
        if (ref and CANCEL_REF.fullmatch(ref)) or is_cancel_word(reader.cell(cells, "status")):
            order.cancelled = True
        if returned:
            returns += 1
            continue
        order.cents += cents
        order.counted += 1
    if progress is not None:
        progress(total, total)
    for order, person in unnumbered:
        orders[_auto_ref(person, order.day, order.cents)] = order

    existing = set(
        session.scalars(
            select(Purchase.order_ref).where(
                Purchase.source == SOURCE, Purchase.order_ref.is_not(None)
            )
        )
    )
    people = ClientIndex(session, phone_region(session, region))
    planned: list[PlannedPurchase] = []
    cancelled = already = 0
    for ref, order in orders.items():
        if order.cancelled:
            cancelled += 1
            continue
        if order.counted == 0:  # only returns
            continue
        if ref in existing:
            already += 1
            continue
        assert order.person is not None and order.currency is not None
        client = people.resolve(order.person, order.line)
        planned.append(
            PlannedPurchase(
                order.line, ref[:100], client, order.day, order.cents, order.currency, order.lines
            )
        )
    errors.sort(key=lambda e: e.line)
    return PurchaseImportPlan(
        file=table.name,
        rows=table.row_count,
        mapping=clean,
        currency=default_currency,
        purchases=tuple(planned),
        new_clients=people.planned(),
        matched=len(people.matched),
        cancelled=cancelled,
        returns=returns,
        already=already,
        errors=tuple(errors),
        skip_bad_rows=skip_bad_rows,
    )


def apply_purchase_import(
    session: Session,
    plan: PurchaseImportPlan,
    *,
    now: datetime,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> PurchaseImportResult:
    refuse_bad_rows(plan.file, plan.errors, skip=plan.skip_bad_rows)
    if not plan.purchases:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} has no new purchases to import."), file=plan.file
        )

    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled("The import was cancelled; nothing was written.")

    total = len(plan.purchases)
    if progress is not None:
        progress(0, total)
    ids = write_people(session, plan.new_clients, {}, now=utc_naive(now))
    check_cancel()
    table = Purchase.__table__
    for start in range(0, total, CHUNK_SIZE):
        chunk = plan.purchases[start : start + CHUNK_SIZE]
        rows = [
            {
                "client_id": ids[new_index(p.client)] if p.client < 0 else p.client,
                "deal_id": None,
                "purchased_on": p.purchased_on,
                "amount_cents": p.amount_cents,
                "currency": p.currency,
                "order_ref": p.order_ref,
                "source": SOURCE,
            }
            for p in chunk
        ]
        insert_rows(session, table, rows)  # type: ignore[arg-type]
        if progress is not None:
            progress(start + len(chunk), total)
        check_cancel()
    refresh_clients(
        session, {ids[new_index(p.client)] if p.client < 0 else p.client for p in plan.purchases}
    )
    session.flush()
    session.expire_all()  # written with Core: objects the caller holds are read afresh
    return PurchaseImportResult(
        purchases=total, new_clients=len(ids), matched=plan.matched, skipped=len(plan.errors)
    )
