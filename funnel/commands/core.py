"""Core subcommands: pipelines, deals, moves, history, check, backup."""

from __future__ import annotations

import argparse
from pathlib import Path

from funnel.commands.cli import (
    CliError,
    add_json,
    add_today,
    now_of,
    open_db,
    print_json,
    print_table,
    today_of,
)
from funnel.commands.values import record_id
from funnel.deals.service import STATUS_FILTERS, get_deal, list_deals
from funnel.pipeline.history import deal_history
from funnel.pipeline.moves import archive_deal, lose_deal, move_deal, reopen_deal, win_deal
from funnel.pipeline.pipelines import find_pipeline, find_stage, list_pipelines
from funnel.pipeline.summary import stage_summary
from funnel.store.client_summary import rebuild_summary
from funnel.store.db import backup_file, inspect_file, resolve_db_path
from funnel.store.integrity import check_database
from funnel.store.server_address import ServerAddress


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("pipelines", help="list pipelines and their stages")
    add_json(p)
    p.set_defaults(handler=cmd_pipelines)

    p = sub.add_parser("deals", help="list deals")
    p.add_argument("--pipeline", metavar="NAME")
    p.add_argument("--stage", metavar="NAME")
    p.add_argument("--status", choices=STATUS_FILTERS, default="open")
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_deals)

    p = sub.add_parser("summary", help="per-stage count, value and weighted value")
    p.add_argument("--pipeline", metavar="NAME")
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_summary)

    p = sub.add_parser("move", help="move a deal to a stage")
    p.add_argument("deal_id", type=record_id, metavar="DEAL_ID")
    p.add_argument("--stage", required=True, metavar="NAME")
    p.add_argument("--pipeline", metavar="NAME", help="default: the deal's own pipeline")
    p.add_argument("--reason", metavar="TEXT")
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_move)

    p = sub.add_parser("won", help="mark a deal won (records a purchase)")
    p.add_argument("deal_id", type=record_id, metavar="DEAL_ID")
    p.add_argument("--reason", metavar="TEXT", help="why it was won (optional)")
    add_followups(p)
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_won)

    p = sub.add_parser("lost", help="mark a deal lost")
    p.add_argument("deal_id", type=record_id, metavar="DEAL_ID")
    p.add_argument("--reason", required=True, metavar="TEXT")
    add_followups(p)
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_lost)

    p = sub.add_parser("archive", help="archive a deal")
    p.add_argument("deal_id", type=record_id, metavar="DEAL_ID")
    p.add_argument("--reason", metavar="TEXT")
    add_followups(p)
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_archive)

    p = sub.add_parser("reopen", help="reopen a won, lost or archived deal")
    p.add_argument("deal_id", type=record_id, metavar="DEAL_ID")
    p.add_argument("--stage", metavar="NAME")
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_reopen)

    p = sub.add_parser("history", help="a deal's stage changes with days spent")
    p.add_argument("deal_id", type=record_id, metavar="DEAL_ID")
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_history)

    p = sub.add_parser("check", help="check the database's integrity")
    p.add_argument(
        "--fix-summary",
        action="store_true",
        help="recompute the stored per-client purchase summary first",
    )
    add_json(p)
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", help="write a consistent copy of the database")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    p.set_defaults(handler=cmd_backup)


def cmd_pipelines(args: argparse.Namespace) -> int:
    db = open_db(args, write=False)
    with db.read() as s:
        pipelines = list_pipelines(s)
    if args.json:
        print_json(
            [
                {
                    "id": p.id,
                    "name": p.name,
                    "kind": p.kind,
                    "stages": [
                        {
                            "id": st.id,
                            "name": st.name,
                            "position": st.position,
                            "rot_days": st.rot_days,
                            "probability": st.probability,
                        }
                        for st in p.stages
                    ],
                }
                for p in pipelines
            ]
        )
        return 0
    for p in pipelines:
        print(f"{p.name} ({p.kind})")
        for st in p.stages:
            rot = f"stalls after {st.rot_days} d" if st.rot_days else "never stalls"
            print(f"  {st.position + 1}. {st.name} — {st.probability}%, {rot}")
    return 0


def cmd_deals(args: argparse.Namespace) -> int:
    db = open_db(args, write=False)
    today = today_of(args)
    with db.read() as s:
        pipeline_id = stage_id = None
        if args.pipeline:
            pipeline_id = find_pipeline(s, args.pipeline).id
        if args.stage:
            if pipeline_id is None:
                matches = [
                    st
                    for p in list_pipelines(s)
                    for st in p.stages
                    if st.name.casefold() == args.stage.strip().casefold()
                ]
                if not matches:
                    raise CliError(f"There is no stage named '{args.stage}'.")
                if len(matches) > 1:
                    raise CliError(
                        f"Several pipelines have a stage '{args.stage}'; add --pipeline."
                    )
                stage_id = matches[0].id
            else:
                stage_id = find_stage(s, pipeline_id, args.stage).id
        rows = list_deals(
            s, today=today, pipeline_id=pipeline_id, stage_id=stage_id, status=args.status
        )
    if args.json:
        print_json([r.as_json() for r in rows])
        return 0
    print_table(
        ["id", "title", "client", "pipeline", "stage", "status", "value", "cur", "days"],
        [
            (r.id, r.title, r.client, r.pipeline, r.stage, r.status, r.value, r.currency,
             r.days_in_stage)
            for r in rows
        ],
    )  # fmt: skip
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from funnel.commands.rates import converted_line
    from funnel.pipeline.pipelines import first_pipeline
    from funnel.rates import home_total

    db = open_db(args, write=False)
    with db.read() as s:
        pipeline = find_pipeline(s, args.pipeline) if args.pipeline else first_pipeline(s)
        rows = stage_summary(s, pipeline.id)
        # Per-currency totals stay as they are; with exchange rates set they
        # are also given as one home-currency figure, labelled as such.
        day = today_of(args)
        in_home = [
            home_total(s, [(t.currency, t.value) for t in r.totals], today=day) for r in rows
        ]
        overall = home_total(s, [(t.currency, t.value) for r in rows for t in r.totals], today=day)
    if args.json:
        stages = [
            {**r.as_json(), **({"converted": h.as_json()} if h.needed else {})}
            for r, h in zip(rows, in_home, strict=True)
        ]
        extra = {"converted": overall.as_json()} if overall.needed else {}
        print_json({"pipeline": pipeline.name, "stages": stages, **extra})
        return 0
    print(pipeline.name)
    # One line per stage and currency: totals in different currencies are
    # never added together, except in the labelled "≈" column and line.
    convert = overall.needed and overall.total is not None
    headers = ["stage", "deals", "currency", "value", "weighted", "prob %"]
    table = [
        [r.name if i == 0 else "", r.count if i == 0 else "", t.currency, t.value,
         t.weighted, r.probability if i == 0 else ""]
        for r in rows
        for i, t in enumerate(r.totals)
    ]  # fmt: skip
    if convert:
        headers.append(f"≈ {overall.home_currency}")
        firsts = [h.total if i == 0 and h.total is not None else ""
                  for r, h in zip(rows, in_home, strict=True)
                  for i, _ in enumerate(r.totals)]  # fmt: skip
        table = [[*line, first] for line, first in zip(table, firsts, strict=True)]
    print_table(headers, table)
    if (line := converted_line(overall)) is not None:
        print(line)
    return 0


def add_followups(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--followups",
        choices=("cancel", "keep"),
        default="cancel",
        help="the deal's open follow-ups: cancel them (default) or keep them",
    )


def _print_deal(
    args: argparse.Namespace, session, deal_id: int, message: str, cancelled: int | None = None
) -> None:
    row = get_deal(session, deal_id, today=today_of(args))
    if args.json:
        extra = {} if cancelled is None else {"followups_cancelled": cancelled}
        print_json({**row.as_json(), **extra})
    else:
        print(message.format(d=row))
        if cancelled:
            print(f"{cancelled} open follow-up(s) cancelled.")


def cmd_move(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.write() as s:
        deal = get_deal(s, args.deal_id, today=today_of(args))
        pipeline_id = find_pipeline(s, args.pipeline).id if args.pipeline else deal.pipeline_id
        stage = find_stage(s, pipeline_id, args.stage)
        move_deal(s, args.deal_id, stage.id, now=now_of(args), reason=args.reason)
        _print_deal(
            args, s, args.deal_id, "Deal {d.id} '{d.title}' is now in {d.pipeline} › {d.stage}."
        )
    return 0


def cmd_won(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.write() as s:
        result = win_deal(
            s, args.deal_id, now=now_of(args), today=today_of(args), reason=args.reason,
            followups=args.followups,
        )  # fmt: skip
        _print_deal(
            args, s, args.deal_id, "Deal {d.id} '{d.title}' won: {d.value} {d.currency}.",
            len(result.cancelled),
        )  # fmt: skip
    return 0


def cmd_lost(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.write() as s:
        result = lose_deal(
            s, args.deal_id, reason=args.reason, now=now_of(args), followups=args.followups
        )
        _print_deal(
            args, s, args.deal_id, "Deal {d.id} '{d.title}' lost: {d.lost_reason}.",
            len(result.cancelled),
        )  # fmt: skip
    return 0


def cmd_archive(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.write() as s:
        result = archive_deal(
            s, args.deal_id, now=now_of(args), reason=args.reason, followups=args.followups
        )
        _print_deal(
            args, s, args.deal_id, "Deal {d.id} '{d.title}' archived.", len(result.cancelled)
        )
    return 0


def cmd_reopen(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.write() as s:
        stage_id = None
        if args.stage:
            deal = get_deal(s, args.deal_id, today=today_of(args))
            stage_id = find_stage(s, deal.pipeline_id, args.stage).id
        reopen_deal(s, args.deal_id, now=now_of(args), stage_id=stage_id)
        _print_deal(args, s, args.deal_id, "Deal {d.id} '{d.title}' reopened in {d.stage}.")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    db = open_db(args, write=False)
    with db.read() as s:
        entries = deal_history(s, args.deal_id, today=today_of(args))
    if args.json:
        print_json([e.as_json() for e in entries])
        return 0

    def where(pipeline, stage, status):
        place = f"{pipeline} › {stage}" if stage else ""
        return f"{place} [{status}]" if status and status != "open" else place

    print_table(
        ["when (UTC)", "change", "from", "to", "days", "reason"],
        [
            (
                e.changed_at.strftime("%Y-%m-%d %H:%M"),
                e.kind,
                where(e.from_pipeline, e.from_stage, e.from_status),
                where(e.to_pipeline, e.to_stage, e.to_status),
                e.days_spent,
                e.reason,
            )
            for e in entries
        ],
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    db = open_db(args, write=args.fix_summary)
    if args.fix_summary:
        with db.begin() as s:
            rebuild_summary(s)
    with db.read() as s:
        problems = check_database(s)
    if args.json:
        print_json({"ok": not problems, "problems": problems})
    elif problems:
        for p in problems:
            print(p)
    else:
        print(f"{db.display}: ok")
    return 1 if problems else 0


def cmd_backup(args: argparse.Namespace) -> int:
    source = resolve_db_path(args.db)
    if isinstance(source, ServerAddress):
        raise CliError(
            "A team server is backed up by its administrator (pg_dump); "
            "'funnel backup' copies a local file."
        )
    if not source.exists():
        raise CliError(f"There is no database at {source} to back up.")
    inspect_file(source)  # refuses a file that is not Funnel's
    dest = Path(args.file).expanduser()
    if dest.exists() and not args.force:
        raise CliError(f"{dest} already exists; pass --force to overwrite it.")
    if dest.resolve() == source.resolve():
        raise CliError("The backup cannot overwrite the database itself.")
    backup_file(source, dest)  # replaces FILE only once the new copy is whole
    print(f"Backed up {source} to {dest}.")
    return 0
