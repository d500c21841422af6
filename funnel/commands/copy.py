"""`funnel copy-to URL`: move a local file's data to a team server."""

from __future__ import annotations

import argparse
import sys

from funnel.commands.cli import CliError, add_json, clock_now, open_db, print_json, system_language
from funnel.store.copy_to import copy_database
from funnel.store.db import open_database
from funnel.store.paths import location_of
from funnel.store.server_address import ServerAddress


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "copy-to",
        help="copy this file's data into an empty team database",
        description="Copy every deal, client, activity, history row and purchase of the "
        "local file (--db) into an empty PostgreSQL database, keeping every id. The "
        "database is set up first if it has no tables. The copy is one transaction; row "
        "counts and money sums are compared before it is committed.",
    )
    p.add_argument("url", metavar="URL", help="postgresql://user@host:port/dbname")
    add_json(p)
    p.set_defaults(handler=cmd_copy_to)


def cmd_copy_to(args: argparse.Namespace) -> int:
    target_address = location_of(args.url)
    if not isinstance(target_address, ServerAddress):
        raise CliError(f"{args.url} is not a team server address (postgresql://…).")
    source = open_db(args, write=False)
    if source.is_server:
        raise CliError("copy-to copies a local file; --db names a server.")
    target = open_database(target_address, now=clock_now(), language=system_language(), seed=False)
    try:

        def progress(table: str, rows: int) -> None:
            if not args.json and rows:
                print(f"  {table}: {rows:,}", file=sys.stderr)

        report = copy_database(source, target, progress)
    finally:
        target.close()
        source.close()
    if args.json:
        print_json({"rows": report.rows, "sums": report.sums, "total": report.total})
    else:
        print(f"Copied {report.total:,} rows into {target_address.display}; counts and sums match.")
    return 0
