"""`funnel demo`: fill a database with realistic generated data."""

from __future__ import annotations

import argparse
import sys
import time

from sqlalchemy import func, select

from funnel.commands.cli import CliError, add_json, add_today, now_of, open_db, print_json
from funnel.demo import MAX_DEALS, DemoResult, generate_demo
from funnel.store.models import Deal

DEFAULT_DEALS = 1000
DEFAULT_SEED = 1


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo",
        help="fill the database with realistic demo data",
        description="Generate clients, deals with their stage history, follow-ups and "
        "purchases. A tenth of the deals are open in the main sales pipeline; the rest "
        "are two years of history, a wholesale pipeline and parked deals.",
    )
    p.add_argument(
        "--deals",
        default=str(DEFAULT_DEALS),
        metavar="N",
        help=f"how many deals to make, 1 to {MAX_DEALS:,} (default {DEFAULT_DEALS})",
    )
    p.add_argument(
        "--seed",
        default=str(DEFAULT_SEED),
        metavar="S",
        help=f"the same seed and day give the same data (default {DEFAULT_SEED})",
    )
    p.add_argument("--append", action="store_true", help="add to a database that already has deals")
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_demo)


def _whole_number(text: str, what: str, low: int, high: int | None = None) -> int:
    try:
        value = int(text.replace("_", ""))
    except ValueError:
        value = None
    if value is None or value < low or (high is not None and value > high):
        limit = f"from {low:,} to {high:,}" if high is not None else f"of at least {low}"
        raise CliError(f"{what} must be a whole number {limit} (got '{text}').")
    return value


def _progress(done: int, total: int) -> None:
    sys.stderr.write(f"\rMaking demo data: {done * 100 // total}% ({done:,} of {total:,} deals)")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def cmd_demo(args: argparse.Namespace) -> int:
    deals = _whole_number(args.deals, "--deals", 1, MAX_DEALS)
    seed = _whole_number(args.seed, "--seed", 0)
    db = open_db(args)
    try:
        with db.read() as s:
            existing = s.scalar(select(func.count(Deal.id))) or 0
        if existing and not args.append:
            raise CliError(
                f"{db.path} already has {existing:,} deals; pass --append to add demo data to them."
            )
        show_progress = not args.json and sys.stderr.isatty()
        started = time.perf_counter()
        result = generate_demo(
            db,
            deals=deals,
            seed=seed,
            now=now_of(args),
            progress=_progress if show_progress else None,
        )
        seconds = time.perf_counter() - started
    finally:
        db.close()
    if args.json:
        print_json({**result.as_json(), "seed": seed, "seconds": round(seconds, 2)})
    else:
        _report(result, seed, seconds)
    return 0


def _report(r: DemoResult, seed: int, seconds: float) -> None:
    print(f"Made {r.deals:,} demo deals (seed {seed}) in {seconds:.1f} s:")
    print(f"  {r.pipeline}: {r.open_deals:,} open")
    if r.wholesale_pipeline:
        print(f"  {r.wholesale_pipeline}: {r.wholesale_open:,} open")
    if r.future_pipeline:
        print(f"  {r.future_pipeline}: {r.parked:,} parked")
    print(f"  closed: {r.won:,} won, {r.lost:,} lost, {r.archived:,} archived")
    print(
        f"  {r.clients:,} clients with {r.contacts:,} phones and e-mails, "
        f"{r.stage_changes:,} stage changes, {r.activities:,} activities, "
        f"{r.notes:,} notes, {r.purchases:,} purchases"
    )
    if r.owners_created:
        print(f"  {r.owners_created} salespeople added as owners")
