"""`funnel report conversion|stages|wins|forecast|trend|activity|velocity`:
the numbers of the Reports page, headless."""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal
from typing import Any

from funnel.commands.cli import (
    CliError,
    add_json,
    add_today,
    open_db,
    parse_day,
    print_json,
    print_table,
    today_of,
)
from funnel.reports.catalog import NAMES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report", help="pipeline reports: conversion, time in stage, wins, forecast, trend, …"
    )
    p.add_argument("name", choices=NAMES, metavar="REPORT", help=" | ".join(NAMES))
    p.add_argument(
        "--from",
        dest="start",
        type=parse_day,
        metavar="YYYY-MM-DD",
        help="first day of the period (default: the first of this month)",
    )
    p.add_argument(
        "--to",
        dest="end",
        type=parse_day,
        metavar="YYYY-MM-DD",
        help="last day of the period, included (default: today)",
    )
    p.add_argument("--pipeline", metavar="NAME", help="only this pipeline")
    p.add_argument("--owner", metavar="NAME", help="only this owner's deals")  # fmt: skip
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_report)


def _period(args: argparse.Namespace, today: date):
    from funnel.reports.period import Period

    end = args.end or (today if args.start is None or args.start <= today else args.start)
    start = args.start or end.replace(day=1)
    return Period(start, end)


def _owner_id(session, name: str | None) -> int | None:
    if name is None:
        return None
    from funnel.owners import list_owners

    key = name.strip().casefold()
    for owner in list_owners(session, include_inactive=True):
        if owner.name.casefold() == key:
            return owner.id
    raise CliError(f"There is no owner named '{name}'.")


def _cell(value: Any, kind: str) -> Any:
    from funnel.reports.tables import Kind

    if value is None:
        return ""
    if kind == Kind.PERCENT:
        return f"{value * 100:.1f}%"
    if kind == Kind.DAYS:
        return f"{value:.1f}"
    if kind == Kind.MONEY:
        return f"{Decimal(value):.2f}"
    if kind in (Kind.MONTH, Kind.TEXT) and isinstance(value, date):  # a forecast bucket
        return value.strftime("%Y-%m")
    if isinstance(value, date):
        return value.isoformat()
    return value


def cmd_report(args: argparse.Namespace) -> int:
    from funnel.pipeline.pipelines import find_pipeline
    from funnel.reports.catalog import run_report
    from funnel.reports.period import Filters
    from funnel.reports.tables import tables_of

    today = today_of(args)
    period = _period(args, today)
    db = open_db(args)
    with db.begin() as s:
        pipeline_id = find_pipeline(s, args.pipeline).id if args.pipeline else None
        filters = Filters(pipeline_id, _owner_id(s, args.owner))
        report = run_report(s, args.name, period, filters, today=today)
    if args.json:
        data = report.as_json()
        data["filters"] = {"pipeline": args.pipeline, "owner": args.owner}
        print_json(data)
        return 0
    span = (
        f"as of {today.isoformat()}" if args.name == "forecast"
        else f"{period.start.isoformat()} to {period.end.isoformat()}"
    )  # fmt: skip
    print(f"{args.name}: {span}"
          + (f", pipeline {args.pipeline}" if args.pipeline else "")
          + (f", owner {args.owner}" if args.owner else ""))  # fmt: skip
    for table in tables_of(report):
        print()
        print(table.title)
        print_table(
            [c.title for c in table.columns],
            [
                [_cell(v, c.kind) for v, c in zip(row, table.columns, strict=True)]
                for row in table.rows
            ],
        )
    converted = getattr(report, "converted", None)
    if converted is not None:
        print()
        if converted.total is None:
            print(f"Not counted in the money columns: {', '.join(converted.missing)} "
                  f"(no exchange rate to {converted.home_currency}).")  # fmt: skip
        else:
            day = converted.as_of.isoformat() if converted.as_of else ""
            print(f"Money in {converted.home_currency}, other currencies at rates of {day}.")
    return 0
