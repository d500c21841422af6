"""`funnel import deals FILE`: bring an existing pipeline in from a CSV export.
(`import clients` and `import purchases`: `funnel.commands.import_customers`.)"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping, Sequence

from dateutil.tz import tzlocal

from funnel.commands.cli import (
    CliError,
    add_json,
    clock_now,
    open_db,
    print_json,
    system_language,
)
from funnel.commands.import_customers import locale_region, register_kinds
from funnel.imports.csvfile import read_csv
from funnel.imports.dates import DATE_ORDERS, DAY_FIRST, MONTH_FIRST, locale_date_order
from funnel.imports.deals import (
    FIELDS,
    ImportOptions,
    ImportPlan,
    ImportResult,
    apply_import,
    auto_map,
    merge_mapping,
    plan_import,
)

# Bad rows printed for people; --json lists them all.
MAX_ROWS_SHOWN = 100
STATUS_ORDER = ("open", "won", "lost", "archived")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import data from a CSV export")
    kinds = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    d = kinds.add_parser(
        "deals",
        help="import deals (an existing pipeline) from a CSV file",
        description="Import deals from a CSV file (UTF-8 or Windows-1251; comma, semicolon "
        "or tab). Recognised headers (English, Pipedrive, amoCRM/Kommo, Portuguese) are "
        f"mapped to fields by themselves; --map sets or changes a field. Fields: "
        f"{', '.join(FIELDS)}.",
    )
    d.add_argument("file", metavar="FILE")
    d.add_argument(
        "--map",
        dest="mapping",
        metavar="FIELD=COLUMN",
        nargs="+",
        action="extend",
        default=[],
        help="take FIELD from COLUMN (repeatable; 'FIELD=' leaves a recognised field out)",
    )
    d.add_argument("--pipeline", metavar="NAME", help="default: the first sales pipeline")
    d.add_argument(
        "--won-word", dest="won_words", metavar="W", nargs="+", action="extend", default=[],
        help="a status or stage word that means the deal was won",
    )  # fmt: skip
    d.add_argument(
        "--lost-word", dest="lost_words", metavar="W", nargs="+", action="extend", default=[],
        help="a status or stage word that means the deal was lost",
    )  # fmt: skip
    d.add_argument("--encoding", metavar="ENC", help="default: detected (utf-8 or cp1251)")
    d.add_argument("--delimiter", metavar="D", help="',', ';' or 'tab' (default: detected)")
    d.add_argument("--dry-run", action="store_true", help="only report what would be imported")
    d.add_argument(
        "--date-order", choices=DATE_ORDERS, metavar="ORDER",
        help="how to read 03/04/2026: day-first or month-first "
        "(default: as the file shows, else your locale's)",
    )  # fmt: skip
    d.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows even when some cannot be read",
    )
    d.add_argument(
        "--currency", metavar="XXX", help="currency of values without one (default: home currency)"
    )
    add_json(d)
    d.set_defaults(handler=cmd_import_deals)
    register_kinds(kinds)  # clients, purchases


def parse_mapping(items: Sequence[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for item in items:
        field, sep, column = item.partition("=")
        field = field.strip()
        if not sep or not field:
            raise CliError(f"--map takes FIELD=COLUMN (got '{item}').")
        if field not in FIELDS:
            raise CliError(f"--map: '{field}' is not a field. Fields: {', '.join(FIELDS)}.")
        mapping[field] = column
    return mapping


def cmd_import_deals(args: argparse.Namespace) -> int:
    overrides = parse_mapping(args.mapping)
    table = read_csv(args.file, encoding=args.encoding, delimiter=args.delimiter)
    for field, column in overrides.items():
        if column and not table.has_column(column):
            names = ", ".join(f"'{c}'" for c in table.columns)
            raise CliError(
                f"--map {field}={column}: {table.name} has no column '{column}'. "
                f"Its columns are: {names}."
            )
    mapping = merge_mapping(auto_map(table.columns), overrides)
    options = ImportOptions(
        pipeline=args.pipeline,
        won_words=tuple(args.won_words),
        lost_words=tuple(args.lost_words),
        timezone=tzlocal(),  # the file's times are the wall clock of whoever exported it
        skip_bad_rows=args.skip_bad_rows,
        currency=args.currency,
        region=locale_region(),
        date_order=args.date_order,
        locale_date_order=locale_date_order(system_language()),
    )
    db = open_db(args, write=not args.dry_run)
    result: ImportResult | None = None
    with db.read() if args.dry_run else db.write(waiting=_wait_for_writer(db.path)) as session:
        plan = plan_import(session, table, mapping, options)
        blocked = bool(plan.errors) and not args.skip_bad_rows
        if not args.dry_run and not blocked and plan.deals:
            result = apply_import(session, plan, now=clock_now())
    if args.json:
        data = plan.as_json() | {
            "encoding": table.encoding,
            "delimiter": table.delimiter,
            "dry_run": args.dry_run,
            "imported": result is not None,
            "result": result.as_json() if result else None,
        }
        print_json(data)
    else:
        _print_report(table.encoding, table.delimiter, plan, result, args)
    if blocked:
        print(
            f"funnel: {len(plan.errors)} row(s) of {plan.file} cannot be imported; "
            "nothing was written.",
            file=sys.stderr,
        )
        return 1
    return 0


# An import waits this long for another program's write (another import) to end.
IMPORT_WAIT_SECONDS = 600


def _wait_for_writer(path) -> Callable[[float], bool]:
    """Say once that the import waits for another writer, then wait (bounded)."""
    said = False

    def waiting(seconds: float) -> bool:
        nonlocal said
        if not said:
            print(
                f"funnel: another program is writing to {path}; the import waits for it to finish…",
                file=sys.stderr,
            )
            said = True
        return seconds < IMPORT_WAIT_SECONDS

    return waiting


def _counts(by_status: Mapping[str, int]) -> str:
    parts = [f"{by_status[s]} {s}" for s in STATUS_ORDER if by_status.get(s)]
    return ", ".join(parts) or "none"


def _print_report(
    encoding: str,
    delimiter: str,
    plan: ImportPlan,
    result: ImportResult | None,
    args: argparse.Namespace,
) -> None:
    shown = {"\t": "tab", ",": "comma", ";": "semicolon"}.get(delimiter, delimiter)
    print(f"{plan.file}: {plan.rows} rows, {encoding}, {shown}-separated")
    print("Columns:")
    width = max(len(f) for f in plan.mapping) if plan.mapping else 0
    for field in FIELDS:
        if field in plan.mapping:
            print(f"  {field.ljust(width)}  ← {plan.mapping[field]}")
    if plan.dates_ambiguous:
        other = DAY_FIRST if plan.date_order == MONTH_FIRST else MONTH_FIRST
        print(
            f"Dates: no day above 12 in the file, so dates like 03/04/2026 were read "
            f"{plan.date_order} (your locale's order); pass --date-order {other} if not."
        )
    verb = "Imported" if result else "Would import"
    print(f"{verb} {len(plan.deals)} deals into '{plan.pipeline}' ({_counts(plan.by_status)})")
    print(f"  currency of values without one: {plan.currency or '(from the file)'}")
    print(f"  new clients: {len(plan.people)}, matched to existing: {plan.matched_clients}")
    if plan.new_owners:
        print(f"  new owners: {', '.join(plan.new_owners)}")
    for name in plan.new_pipelines:
        print(f"  new pipeline: {name}")
    for stage in plan.new_stages:
        print(f"  new stage: {stage.pipeline} › {stage.name}")
    if result:
        print(f"  purchases recorded: {result.purchases}")
    if plan.errors:
        print(f"Rows that cannot be imported ({len(plan.errors)}):")
        for error in plan.errors[:MAX_ROWS_SHOWN]:
            print(f"  {error}")
        if len(plan.errors) > MAX_ROWS_SHOWN:
            print(f"  … and {len(plan.errors) - MAX_ROWS_SHOWN} more (--json lists them all)")
        if args.skip_bad_rows:
            print("These rows were skipped." if result else "These rows would be skipped.")
        else:
            print("Nothing was written; fix these rows or pass --skip-bad-rows.")
    elif args.dry_run:
        print("Dry run: nothing was written.")
