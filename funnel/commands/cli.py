"""The `funnel` command: with no subcommand it opens the window; subcommands
work headless over the same database and services.

Each group of subcommands lives in `funnel/commands/<name>.py` with a
`register(subparsers)` function; this module only wires them and owns the
clock, the database path and the error handling shared by all.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any, NoReturn

from funnel import __version__
from funnel.errors import FunnelError

# Subcommand modules under funnel/commands/, registered in this order.
COMMAND_MODULES = (
    "core",
    "imports",
    "demo",
    "future_sales",
    "followups",
    "cleanup",
    "clients",
    "deal_edit",
    "exports",
    "reports",
    "repeat",
    "customers_dedupe",
    "copy",
    "rates",
    "team",
)


class CliError(FunnelError):
    """Bad input on the command line."""


def parse_day(text: str) -> date:
    """A day a person picks: YYYY-MM-DD within the years Funnel handles."""
    from funnel.followups.bounds import FIRST_DAY, LAST_DAY

    try:
        day = date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date of the form YYYY-MM-DD") from exc
    if not FIRST_DAY <= day <= LAST_DAY:
        raise argparse.ArgumentTypeError(
            f"'{text}' is outside the years Funnel handles ({FIRST_DAY.year}–{LAST_DAY.year})"
        )
    return day


def add_today(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--today", type=parse_day, metavar="YYYY-MM-DD", help="answer as of this day"
    )


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def clock_now() -> datetime:
    """The only place the command reads the clock; services receive it."""
    return datetime.now(UTC)


def today_of(args: argparse.Namespace) -> date:
    return args.today if getattr(args, "today", None) else datetime.now().date()


def now_of(args: argparse.Namespace) -> datetime:
    """`now` as of `--today`: noon of that day, so day arithmetic is stable."""
    if getattr(args, "today", None):
        return datetime.combine(args.today, datetime.min.time()).replace(hour=12, tzinfo=UTC)
    return clock_now()


def system_language() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(var):
            return os.environ[var]
    return "en"


def open_db(args: argparse.Namespace, *, write: bool = True):
    """The database for a command. Only a command that writes creates a
    missing file (and says so); one that only reads refuses a missing file."""
    from funnel.store.db import open_database, resolve_db_path

    db = open_database(
        resolve_db_path(args.db),
        now=clock_now(),
        language=system_language(),
        create=write,
        readonly=not write,
    )
    if db.created:
        print(f"funnel: created new database {db.display}", file=sys.stderr)
    return db


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """A plain aligned table for people; numbers right-aligned."""
    rows = [["" if v is None else str(v) for v in r] for r in rows]
    widths = [len(h) for h in headers]
    for r in rows:
        widths = [max(w, len(v)) for w, v in zip(widths, r, strict=True)]
    numeric = [
        all(_is_number(r[i]) for r in rows if r[i]) and any(r[i] for r in rows)
        for i in range(len(headers))
    ]

    def fmt(values: Sequence[str]) -> str:
        cells = [
            v.rjust(w) if num else v.ljust(w)
            for v, w, num in zip(values, widths, numeric, strict=True)
        ]
        return "  ".join(cells).rstrip()

    print(fmt(list(headers)))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(fmt(r))
    if not rows:
        print("(none)")


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


class OneLineParser(argparse.ArgumentParser):
    """Bad arguments get one line on stderr (usage is one `--help` away)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="funnel",
        description="Funnel: a desktop sales-pipeline manager. "
        "Without a subcommand, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"funnel {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: $FUNNEL_DB or the user data folder)"
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help="open the app hidden in the tray (how it starts at login)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"funnel.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"funnel.commands.{name}":
                continue
            raise
        module.register(sub)
    return parser


def window_arguments(argv: Sequence[str]) -> tuple[str | None, bool] | None:
    """(db, minimized) when the arguments only open the window (`funnel`,
    `funnel --db FILE`, `funnel --minimized`), else None. The window then
    starts without loading every subcommand (and SQLAlchemy with them)."""
    db: str | None = None
    minimized = False
    items = list(argv)
    while items:
        item = items.pop(0)
        if item == "--minimized":
            minimized = True
        elif item == "--db" and items and not items[0].startswith("-"):
            db = items.pop(0)
        elif item.startswith("--db=") and len(item) > len("--db="):
            db = item[len("--db=") :]
        else:
            return None
    return db, minimized


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if (window := window_arguments(argv)) is not None:
        from ui.startup import run_window  # the window is only loaded when asked for

        return run_window(db_arg=window[0], minimized=window[1])
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # bad arguments (one line already printed), --help, --version
        return exc.code if isinstance(exc.code, int) else 2
    handler: Callable[[argparse.Namespace], int | None] | None = getattr(args, "handler", None)
    if handler is None:
        from ui.startup import run_window

        return run_window(db_arg=args.db, minimized=args.minimized)
    try:
        return handler(args) or 0
    except FunnelError as exc:
        print(f"funnel: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("funnel: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # one line, never a traceback (FUNNEL_DEBUG=1 shows it)
        if os.environ.get("FUNNEL_DEBUG"):
            raise
        from funnel.commands.errors import one_line_error

        print(f"funnel: {one_line_error(exc)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
