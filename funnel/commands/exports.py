"""`funnel export clients|deals|purchases FILE`: the lists as CSV or XLSX."""

from __future__ import annotations

import argparse

from funnel.commands.cli import add_json, add_today, open_db, print_json, today_of
from funnel.customers.client_list import NO_TEMPERATURE, ClientFilters
from funnel.deals.rows import DealFilters
from funnel.deals.service import STATUS_FILTERS
from funnel.exports.files import ENCODINGS, FORMATS
from funnel.exports.tables import KINDS, export_list
from funnel.pipeline.pipelines import find_pipeline
from funnel.store.models import Temperature


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export clients, deals or purchases to CSV or XLSX",
        description="Write a list to a file: CSV (UTF-8 with a BOM, so Excel reads it right, "
        "or Windows-1251) or XLSX. Cells that a spreadsheet would run as formulas are "
        "written as text.",
    )
    p.add_argument("kind", choices=KINDS, metavar="WHAT", help=", ".join(KINDS))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", choices=FORMATS, help="default: from the file's name, else csv")
    p.add_argument("--encoding", choices=ENCODINGS, default="utf-8-sig", help="CSV only")
    p.add_argument("--search", metavar="TEXT", default="", help="only matching clients or deals")
    p.add_argument("--temperature", choices=(*(t.value for t in Temperature), NO_TEMPERATURE))
    p.add_argument("--status", choices=STATUS_FILTERS, default="all", help="deals: which ones")
    p.add_argument("--pipeline", metavar="NAME", help="deals: only this pipeline")
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.begin() as s:
        pipeline_id = find_pipeline(s, args.pipeline).id if args.pipeline else None
        client_filters = ClientFilters(text=args.search, temperature=args.temperature)
        filtered = bool(args.search or args.temperature)
        result = export_list(
            s, args.kind, args.file, today=today_of(args), format=args.format,
            encoding=args.encoding,
            client_filters=client_filters if args.kind == "clients" or filtered else None,
            deal_filters=DealFilters(pipeline_id=pipeline_id, status=args.status, text=args.search),
        )  # fmt: skip
    if args.json:
        print_json(result.as_json())
    else:
        print(f"Exported {result.rows} {result.kind} to {result.path} ({result.format})")
    return 0
