"""`funnel import clients FILE` and `funnel import purchases FILE`: the
customer base from an address book, a CRM's contact export or a shop's
orders (CSV, XLSX or vCard)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from funnel.commands.cli import CliError, add_json, clock_now, open_db, print_json, system_language
from funnel.imports.client_fields import (
    CLIENT_FIELDS,
    MULTI_FIELDS,
    auto_map_clients,
    merge_client_mapping,
)
from funnel.imports.clients import apply_client_import, plan_client_import
from funnel.imports.csvfile import CsvTable, RowError
from funnel.imports.purchase_fields import (
    PURCHASE_FIELDS,
    auto_map_purchases,
    merge_purchase_mapping,
)
from funnel.imports.purchases import apply_purchase_import, plan_purchase_import
from funnel.imports.sources import read_table

MAX_ROWS_SHOWN = 100
FORMAT_NAMES = {"vcard": "vCard", "google": "Google Contacts", "outlook": "Outlook",
                "amocrm": "amoCRM/Kommo contacts"}  # fmt: skip


def locale_region() -> str | None:
    """The country of the system locale ("ru_RU.UTF-8" → "RU"): where
    national phone numbers are read unless the profile says otherwise."""
    lang = system_language().split(".", 1)[0]
    _, sep, country = lang.partition("_")
    return country.upper() if sep and len(country) == 2 else None


def _common(p: argparse.ArgumentParser, fields: Sequence[str]) -> None:
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--map", dest="mapping", metavar="FIELD=COLUMN", nargs="+", action="extend", default=[],
        help="take FIELD from COLUMN (repeatable; 'FIELD=' leaves it out). "
        f"Fields: {', '.join(fields)}",
    )  # fmt: skip
    p.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default: the first)")
    p.add_argument("--encoding", metavar="ENC", help="CSV encoding (default: detected)")
    p.add_argument("--delimiter", metavar="D", help="CSV delimiter ',', ';' or 'tab'")
    p.add_argument("--dry-run", action="store_true", help="only report what would be imported")
    p.add_argument(
        "--skip-bad-rows", action="store_true", help="import the good rows even when some are bad"
    )
    add_json(p)


def register_kinds(kinds: argparse._SubParsersAction) -> None:
    c = kinds.add_parser(
        "clients",
        help="import clients from CSV, XLSX or vCard",
        description="Import clients from a CSV or XLSX table or a vCard (.vcf) file. amoCRM/"
        "Kommo, Google Contacts and Outlook exports are recognised; each person is matched to "
        "an existing client by external id, phone, then e-mail, or created.",
    )
    _common(c, CLIENT_FIELDS)
    c.set_defaults(handler=cmd_import_clients)
    p = kinds.add_parser(
        "purchases",
        help="import purchase history (order lines) from CSV or XLSX",
        description="Import purchases: lines of one order become one purchase; cancelled "
        "orders and returns are not counted; importing the same file again adds nothing.",
    )
    _common(p, PURCHASE_FIELDS)
    p.add_argument("--currency", metavar="XXX", help="currency of amounts without one")
    p.set_defaults(handler=cmd_import_purchases)


def _read(args: argparse.Namespace) -> CsvTable:
    return read_table(args.file, sheet=args.sheet, encoding=args.encoding, delimiter=args.delimiter)


def _pairs(items: Sequence[str], fields: Sequence[str]) -> list[tuple[str, str]]:
    pairs = []
    for item in items:
        field, sep, column = item.partition("=")
        field = field.strip()
        if not sep or not field:
            raise CliError(f"--map takes FIELD=COLUMN (got '{item}').")
        if field not in fields:
            raise CliError(f"--map: '{field}' is not a field. Fields: {', '.join(fields)}.")
        pairs.append((field, column))
    return pairs


def _check_columns(table: CsvTable, pairs: list[tuple[str, str]]) -> None:
    for field, column in pairs:
        if column and not table.has_column(column):
            names = ", ".join(f"'{c}'" for c in table.columns)
            raise CliError(
                f"--map {field}={column}: {table.name} has no column '{column}'. "
                f"Its columns are: {names}."
            )


def _print_errors(errors: Sequence[RowError], skip: bool, written: bool) -> None:
    if not errors:
        return
    print(f"Rows that cannot be imported ({len(errors)}):")
    for error in errors[:MAX_ROWS_SHOWN]:
        print(f"  {error}")
    if len(errors) > MAX_ROWS_SHOWN:
        print(f"  … and {len(errors) - MAX_ROWS_SHOWN} more (--json lists them all)")
    if skip:
        print("These rows were skipped." if written else "These rows would be skipped.")
    else:
        print("Nothing was written; fix these rows or pass --skip-bad-rows.")


def _blocked(errors: Sequence[RowError], file: str, args: argparse.Namespace) -> int:
    if errors and not args.skip_bad_rows:
        print(
            f"funnel: {len(errors)} row(s) of {file} cannot be imported; nothing was written.",
            file=sys.stderr,
        )
        return 1
    return 0


def cmd_import_clients(args: argparse.Namespace) -> int:
    pairs = _pairs(args.mapping, CLIENT_FIELDS)
    table = _read(args)
    _check_columns(table, pairs)
    overrides: dict[str, list[str]] = {}
    for field, column in pairs:
        chosen = overrides.setdefault(field, [])
        if column and (field in MULTI_FIELDS or not chosen):
            chosen.append(column)
    mapping = merge_client_mapping(auto_map_clients(table.columns), overrides)
    db = open_db(args)
    result = None
    with db.begin() as session:
        plan = plan_client_import(
            session, table, mapping, skip_bad_rows=args.skip_bad_rows, region=locale_region()
        )
        blocked = bool(plan.errors) and not args.skip_bad_rows
        if not args.dry_run and not blocked and plan.can_apply:
            result = apply_client_import(session, plan, now=clock_now())
    if args.json:
        print_json(
            plan.as_json()
            | {"dry_run": args.dry_run, "result": result.as_json() if result else None}
        )
    else:
        fmt = FORMAT_NAMES.get(plan.format or "", "")
        print(f"{plan.file}: {plan.rows} rows" + (f", recognised as {fmt}" if fmt else ""))
        for field, columns in plan.mapping.items():
            print(f"  {field:<12} ← {', '.join(columns)}")
        verb = "Imported" if result else "Would import"
        print(
            f"{verb}: {len(plan.new_clients)} new clients, "
            f"{plan.matched} matched to existing clients"
        )
        if result and result.contacts_added:
            print(f"  phones and e-mails added to existing clients: {result.contacts_added}")
        _print_errors(plan.errors, args.skip_bad_rows, result is not None)
        if args.dry_run:
            print("Dry run: nothing was written.")
    return _blocked(plan.errors, plan.file, args)


def cmd_import_purchases(args: argparse.Namespace) -> int:
    pairs = _pairs(args.mapping, PURCHASE_FIELDS)
    table = _read(args)
    _check_columns(table, pairs)
    mapping = merge_purchase_mapping(auto_map_purchases(table.columns), dict(pairs))
    db = open_db(args)
    result = None
    with db.begin() as session:
        plan = plan_purchase_import(
            session, table, mapping, currency=args.currency, region=locale_region(),
            skip_bad_rows=args.skip_bad_rows,
        )  # fmt: skip
        blocked = bool(plan.errors) and not args.skip_bad_rows
        if not args.dry_run and not blocked and plan.purchases:
            result = apply_purchase_import(session, plan, now=clock_now())
    if args.json:
        print_json(
            plan.as_json()
            | {"dry_run": args.dry_run, "result": result.as_json() if result else None}
        )
    else:
        print(f"{plan.file}: {plan.rows} rows")
        for field, column in plan.mapping.items():
            print(f"  {field:<9} ← {column}")
        verb = "Imported" if result else "Would import"
        totals = ", ".join(f"{v:,.2f} {c}" for c, v in plan.totals().items()) or "nothing"
        print(f"{verb} {len(plan.purchases)} purchases ({totals})")
        print(
            f"  customers: {plan.matched} matched to existing clients, {len(plan.new_clients)} new"
        )
        print(f"  cancelled orders not counted: {plan.cancelled}; return lines: {plan.returns}")
        if plan.already:
            print(f"  orders imported before, left as they are: {plan.already}")
        _print_errors(plan.errors, args.skip_bad_rows, result is not None)
        if args.dry_run:
            print("Dry run: nothing was written.")
    return _blocked(plan.errors, plan.file, args)
