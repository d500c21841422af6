"""`funnel copy-to URL`: move a local file's data to a team server;
`funnel --db URL copy-to FILE`: back up what this login sees into a new file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from funnel.commands.cli import CliError, add_json, clock_now, open_db, print_json, system_language
from funnel.store.copy_to import CopyReport, backup_to_file, copy_database
from funnel.store.database import Database
from funnel.store.db import open_database
from funnel.store.paths import location_of
from funnel.store.server_address import ServerAddress


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "copy-to",
        help="copy this file's data into an empty team database, or a team database "
        "into a new local file (a backup)",
        description="Copy every deal, client, activity, history row and purchase of the "
        "local file (--db) into an empty PostgreSQL database, keeping every id. The "
        "database is set up first if it has no tables. The copy is one transaction; row "
        "counts and money sums are compared before it is committed. With --db naming a "
        "team server and a file path as the target, everything the login can see is "
        "written into a new local Funnel file (a salesperson's backup holds only their "
        "own deals and clients); an existing file there is replaced once the copy is whole.",
    )
    p.add_argument(
        "url", metavar="TARGET", help="postgresql://user@host:port/dbname, or a file path"
    )
    add_json(p)
    p.set_defaults(handler=cmd_copy_to)


def cmd_copy_to(args: argparse.Namespace) -> int:
    target_address = location_of(args.url)
    source = open_db(args, write=False)
    if not isinstance(target_address, ServerAddress):
        if not source.is_server:
            source.close()
            raise CliError(
                f"{args.url} is not a team server address (postgresql://…); "
                "a local file is copied to a server, or a server to a file."
            )
        return _back_up(args, source, Path(target_address))
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


def _back_up(args: argparse.Namespace, source: Database, path: Path) -> int:
    def progress(table: str, rows: int) -> None:
        if not args.json and rows:
            print(f"  {table}: {rows:,}", file=sys.stderr)

    try:
        report = backup_to_file(source, path, now=clock_now(), progress=progress)
    finally:
        source.close()
    if args.json:
        print_json(
            {
                "rows": report.rows,
                "sums": report.sums,
                "total": report.total,
                "deals_without_client": report.deals_without_client,
                "unseen_references": report.unseen_references,
            }
        )
    else:
        deals = report.rows.get("deal", 0)
        print(
            f"Backed up {deals:,} deals you can see ({report.total:,} rows) to {path}; "
            "counts and sums match."
        )
        for line in unseen_lines(report):
            print(line)
    return 0


def unseen_lines(report: CopyReport) -> list[str]:
    """What the backup holds references to but not the rows themselves."""
    lines = []
    if n := report.deals_without_client:
        lines.append(
            "1 deal refers to a client you cannot see; it is kept without the client's details."
            if n == 1
            else f"{n:,} deals refer to clients you cannot see; they are kept without the "
            "clients' details."
        )
    if n := report.other_unseen:
        where = ", ".join(f"{t}: {c:,}" for t, c in sorted(report.unseen_references.items()))
        lines.append(
            f"{n:,} other row(s) refer to rows you cannot see ({where}); they are kept "
            "without those details."
        )
    return lines
