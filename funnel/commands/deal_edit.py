"""`funnel deal add|edit`: create and change deals headless, as the deal
card does."""

from __future__ import annotations

import argparse

from funnel.commands.cli import (
    CliError,
    add_json,
    add_today,
    now_of,
    open_db,
    parse_day,
    print_json,
    today_of,
)
from funnel.deals.service import create_deal, get_deal, update_deal
from funnel.pipeline.pipelines import find_pipeline, find_stage


def register(sub: argparse._SubParsersAction) -> None:
    d = sub.add_parser("deal", help="add or edit a deal")
    actions = d.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser("add", help="add an open deal")
    a.add_argument("title", metavar="TITLE")
    a.add_argument("--pipeline", metavar="NAME", help="default: the first sales pipeline")
    a.add_argument("--stage", metavar="NAME", help="default: the pipeline's first stage")
    _fields(a)
    add_today(a)
    add_json(a)
    a.set_defaults(handler=cmd_deal_add)
    e = actions.add_parser("edit", help="change a deal's title, value, client or close date")
    e.add_argument("deal_id", type=int, metavar="DEAL_ID")
    e.add_argument("--title", metavar="TEXT")
    e.add_argument("--no-client", action="store_true", help="detach the client")
    _fields(e)
    add_today(e)
    add_json(e)
    e.set_defaults(handler=cmd_deal_edit)


def _fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--client-id", type=int, metavar="ID")
    p.add_argument("--value", metavar="AMOUNT")
    p.add_argument("--currency", metavar="XXX")
    p.add_argument("--expected-close", type=parse_day, metavar="YYYY-MM-DD")


def _print(args: argparse.Namespace, session, deal_id: int, message: str) -> None:
    row = get_deal(session, deal_id, today=today_of(args))
    if args.json:
        print_json(row.as_json())
    else:
        print(message.format(d=row))


def cmd_deal_add(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.begin() as s:
        pipeline_id = stage_id = None
        if args.pipeline:
            pipeline_id = find_pipeline(s, args.pipeline).id
        if args.stage:
            if pipeline_id is None:
                from funnel.pipeline.pipelines import first_pipeline

                pipeline_id = first_pipeline(s).id
            stage_id = find_stage(s, pipeline_id, args.stage).id
        deal_id = create_deal(
            s, title=args.title, now=now_of(args), pipeline_id=pipeline_id, stage_id=stage_id,
            client_id=args.client_id, value=args.value or 0, currency=args.currency,
            expected_close=args.expected_close,
        )  # fmt: skip
        _print(args, s, deal_id, "Added deal {d.id}: {d.title} in {d.pipeline} › {d.stage}")
    return 0


def cmd_deal_edit(args: argparse.Namespace) -> int:
    fields: dict = {}
    for name in ("title", "value", "currency", "client_id", "expected_close"):
        value = getattr(args, name)
        if value is not None:
            fields[name] = value
    if args.no_client:
        if "client_id" in fields:
            raise CliError("Give --client-id or --no-client, not both.")
        fields["client_id"] = None
    if not fields:
        raise CliError("Nothing to change: give --title, --value, --client-id or another field.")
    db = open_db(args)
    with db.begin() as s:
        update_deal(s, args.deal_id, **fields)
        _print(args, s, args.deal_id, "Changed deal {d.id}: {d.title}, {d.value} {d.currency}")
    return 0
