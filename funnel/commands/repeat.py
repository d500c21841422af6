"""Repeat-sales subcommands: the lifecycle matrix, Pareto/ABC, lifetime value,
lost clients and campaigns. Each `--json` carries every figure the Customers
page shows."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from funnel.commands.cli import (
    CliError,
    add_json,
    add_today,
    now_of,
    open_db,
    parse_day,
    print_json,
    print_table,
    today_of,
)
from funnel.customers.control_group import DEFAULT_CONTROL_PERCENT

STATUSES = ("contacted", "no_answer", "refused", "bought")


def _pair(text: str) -> tuple[int, int]:
    try:
        a, b = (int(v) for v in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not two numbers like 30,90") from None
    return a, b


def _ids(text: str) -> list[int]:
    try:
        return [int(v) for v in text.split(",") if v.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a list of ids like 1,2,3") from None


def _percent(value: float) -> str:
    return f"{value * 100:.1f}%"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("segments", help="the lifecycle matrix: purchase count × recency")
    p.add_argument("--as-of", type=parse_day, metavar="YYYY-MM-DD", help="default: today")
    p.add_argument("--count-limits", type=_pair, metavar="A,B", help="save: 1,3 means 1 / 2–3 / 4+")
    p.add_argument("--recency-limits", type=_pair, metavar="A,B", help="save: days, e.g. 30,90")
    p.add_argument("--target", type=int, metavar="PERCENT", help="save the active-clients target")
    p.add_argument(
        "--name", action="append", default=[], metavar="CELL=NAME", help="save a cell's name"
    )
    add_json(p)
    p.set_defaults(handler=cmd_segments)

    p = sub.add_parser("pareto", help="clients ranked by revenue, the top 20%%, ABC classes")
    p.add_argument("--from", dest="date_from", type=parse_day, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=parse_day, metavar="YYYY-MM-DD")
    p.add_argument("--all-time", action="store_true", help="default: the last 12 months")
    p.add_argument("--class", dest="cls", choices=("A", "B", "C"), help="list this class's ids")
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_pareto)

    p = sub.add_parser("ltv", help="lifetime value per segment and source, or of one client")
    p.add_argument("--client", type=int, metavar="ID")
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_ltv)

    p = sub.add_parser("lost-clients", help="clients who bought and went silent, richest first")
    p.add_argument("--limit", type=int, default=100, metavar="N")
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_lost)

    p = sub.add_parser("campaign", help="repeat-sales campaigns")
    act = p.add_subparsers(dest="campaign_command", metavar="ACTION", required=True)
    a = act.add_parser("create", help="a campaign on a set of clients")
    a.add_argument("--name", required=True)
    a.add_argument("--channel", choices=("calls", "mailing", "birthday"), default="calls")
    target = a.add_mutually_exclusive_group(required=True)
    target.add_argument("--cell", metavar="KEY", help="a matrix cell, e.g. f2r1")
    target.add_argument("--abc", choices=("A", "B", "C"))
    target.add_argument("--lost", action="store_true")
    target.add_argument("--tag")
    target.add_argument("--source")
    target.add_argument("--birthdays", action="store_true")
    target.add_argument("--clients", type=_ids, metavar="ID,ID,…")
    target.add_argument(
        "--filter", metavar="TEXT", help="the clients the Clients list shows for TEXT"
    )
    a.add_argument("--goal", default="")
    a.add_argument(
        "--template",
        action="append",
        default=[],
        metavar="LANG=TEXT",
        help="{name}, {first_name}, {last_purchase}, {last_amount} are filled in",
    )
    a.add_argument("--rrule", metavar="RULE", help="recurring, e.g. FREQ=MONTHLY")
    a.add_argument("--owners", type=_ids, default=[], metavar="ID,ID,…", help="calls in turn")
    a.add_argument("--cap", type=int, default=20, metavar="N", help="calls a day per owner")
    a.add_argument("--days", type=int, default=5, metavar="N", help="business days to spread")
    a.add_argument("--start", type=parse_day, metavar="YYYY-MM-DD", help="first day")
    a.add_argument("--result-days", type=int, default=30, metavar="N")
    a.add_argument(
        "--control-percent",
        type=int,
        default=DEFAULT_CONTROL_PERCENT,
        metavar="P",
        help="held out, not contacted, as the comparison (0–50, default 10)",
    )
    a.add_argument(
        "--control-seed", type=int, metavar="N", help="the draw's seed (default: the campaign id)"
    )
    add_today(a)
    add_json(a)
    a.set_defaults(handler=cmd_campaign_create)
    a = act.add_parser("list", help="every campaign with its counts")
    add_json(a)
    a.set_defaults(handler=cmd_campaign_list)
    a = act.add_parser("show", help="a campaign's progress and result")
    a.add_argument("campaign_id", type=int)
    a.add_argument("--members", action="store_true", help="list the members too")
    add_today(a)
    add_json(a)
    a.set_defaults(handler=cmd_campaign_show)
    a = act.add_parser("outcome", help="record a call's outcome (marks the call done)")
    a.add_argument("activity_id", type=int)
    a.add_argument("status", choices=STATUSES)
    a.add_argument("--note", metavar="TEXT", help="the call's outcome text")
    add_today(a)
    add_json(a)
    a.set_defaults(handler=cmd_campaign_outcome)
    a = act.add_parser("export", help="a mailing's recipients to .csv, .xlsx or .vcf")
    a.add_argument("campaign_id", type=int)
    a.add_argument("file")
    a.add_argument("--pending", action="store_true", help="only those not contacted yet")
    a.add_argument("--force", action="store_true", help="overwrite FILE")
    a.set_defaults(handler=cmd_campaign_export)
    a = act.add_parser("mailto", help="a mailto: link for a few recipients")
    a.add_argument("campaign_id", type=int)
    a.set_defaults(handler=cmd_campaign_mailto)
    a = act.add_parser("run-due", help="build the next round of recurring campaigns")
    add_today(a)
    add_json(a)
    a.set_defaults(handler=cmd_campaign_run_due)


def cmd_segments(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from funnel.customers.segments import lifecycle_matrix, save_segment_settings, segment_settings

    db = open_db(args)
    as_of = args.as_of or today_of(args)
    if args.count_limits or args.recency_limits or args.target is not None or args.name:
        with db.begin() as s:
            current = segment_settings(s)
            names = dict(current.names)
            for item in args.name:
                key, sep, text = item.partition("=")
                if not sep:
                    raise CliError(f"--name '{item}' is not of the form CELL=NAME.")
                names[key.strip()] = text
            save_segment_settings(
                s,
                replace(
                    current,
                    count_limits=args.count_limits or current.count_limits,
                    recency_limits=args.recency_limits or current.recency_limits,
                    active_target=current.active_target if args.target is None else args.target,
                    names=names,
                ),
            )
    with db.begin() as s:
        matrix = lifecycle_matrix(s, as_of=as_of)
    if args.json:
        print_json(matrix.as_json())
        return 0
    c1, c2 = matrix.settings.count_limits
    r1, r2 = matrix.settings.recency_limits
    print(f"Clients as of {as_of}: {matrix.clients}, revenue {matrix.revenue} {matrix.currency}")
    print_table(
        ["cell", "purchases", "last purchase", "name", "clients", "share", "revenue", "share"],
        [
            [c.key, (f"≤{c1}", f"{c1 + 1}–{c2}", f">{c2}")[c.frequency],
             (f"≤{r1} days", f"{r1 + 1}–{r2} days", f">{r2} days")[c.recency], c.name,
             c.clients, _percent(c.client_share), c.revenue, _percent(c.revenue_share)]
            for c in matrix.cells
        ],
    )  # fmt: skip
    print(
        f"Active: {_percent(matrix.active_share)} (target {matrix.settings.active_target}%); "
        + ", ".join(f"{p.day}: {_percent(p.share)}" for p in matrix.history)
    )
    if matrix.other_currency_purchases:
        print(f"{matrix.other_currency_purchases} purchase(s) in other currencies left out.")
    return 0


def cmd_pareto(args: argparse.Namespace) -> int:
    from funnel.customers.pareto import class_client_ids, default_period, pareto

    today = today_of(args)
    first, end = default_period(today)
    start: date | None = None if args.all_time else first
    start = args.date_from or start
    end = args.date_to or end
    db = open_db(args)
    with db.begin() as s:
        result = pareto(s, date_from=start, date_to=end)
        ids = class_client_ids(s, args.cls, date_from=start, date_to=end) if args.cls else None
    if args.json:
        print_json({**result.as_json(), **({"class_client_ids": ids} if ids is not None else {})})
        return 0
    print(f"{start or 'all time'} – {end}: {result.clients} clients, {result.revenue} "
          f"{result.currency}")  # fmt: skip
    print(f"Top 20% ({result.top_clients} clients) bring {_percent(result.top_share)}.")
    print_table(
        ["class", "clients", "revenue", "share of revenue"],
        [[c.cls, c.clients, c.revenue, _percent(c.revenue_share)] for c in result.classes],
    )
    if ids is not None:
        print(" ".join(str(i) for i in ids))
    return 0


def cmd_ltv(args: argparse.Namespace) -> int:
    from funnel.customers.lifetime import client_lifetime, lifetime_summary

    db = open_db(args)
    with db.begin() as s:
        if args.client is not None:
            row = client_lifetime(s, args.client, as_of=today_of(args))
            if args.json:
                print_json(row.as_json())
            else:
                for key, value in row.as_json().items():
                    print(f"{key}: {'' if value is None else value}")
            return 0
        summary = lifetime_summary(s, as_of=today_of(args))
    if args.json:
        print_json(summary.as_json())
        return 0
    headers = ["", "clients", "avg value", "avg purchases", "avg order", "avg gap days"]

    def line(g):
        gap = "" if g.average_gap_days is None else f"{g.average_gap_days:.0f}"
        return [g.key or "(none)", g.clients, g.average_value,
                f"{g.average_purchases:.2f}", g.average_order, gap]  # fmt: skip

    print(f"Lifetime value ({summary.currency}) by segment:")
    print_table(headers, [line(summary.overall)] + [line(g) for g in summary.by_segment])
    print("\nby source:")
    print_table(headers, [line(g) for g in summary.by_source])
    return 0


def cmd_lost(args: argparse.Namespace) -> int:
    from funnel.customers.lifetime import lost_clients, lost_count

    db = open_db(args)
    with db.begin() as s:
        rows = lost_clients(s, as_of=today_of(args), limit=args.limit)
        total = lost_count(s, as_of=today_of(args))
    if args.json:
        print_json({"count": total, "clients": [r.as_json() for r in rows]})
        return 0
    print_table(
        ["id", "name", "purchases", "revenue", "last purchase", "days silent", "last bought"],
        [[r.id, r.name, r.purchases, r.revenue, r.last_purchase, r.days_silent,
          r.last_what or r.last_amount] for r in rows],
    )  # fmt: skip
    print(f"{total} lost client(s).")
    return 0


def _definition(args: argparse.Namespace) -> dict:
    if args.cell:
        return {"kind": "cell", "cell": args.cell}
    if args.abc:
        return {"kind": "abc", "class": args.abc}
    if args.lost:
        return {"kind": "lost"}
    if args.tag:
        return {"kind": "tag", "tag": args.tag}
    if args.source:
        return {"kind": "source", "source": args.source}
    if args.birthdays:
        return {"kind": "birthday"}
    if args.filter is not None:
        return {"kind": "filter", "text": args.filter, "temperature": None}
    return {"kind": "clients", "ids": args.clients}


def cmd_campaign_create(args: argparse.Namespace) -> int:
    from funnel.customers.campaigns import CampaignSpec, create_campaign

    templates = {}
    for item in args.template:
        lang, sep, text = item.partition("=")
        if not sep:
            raise CliError(f"--template '{item}' is not of the form LANG=TEXT.")
        templates[lang.strip()] = text
    spec = CampaignSpec(
        name=args.name, channel=args.channel, segment=_definition(args), goal=args.goal,
        templates=templates, rrule=args.rrule,
        owner_rule="in_turn" if args.owners else "client_owner", owner_ids=tuple(args.owners),
        daily_cap=args.cap, days=args.days, first_day=args.start, result_days=args.result_days,
        control_percent=args.control_percent, control_seed=args.control_seed,
    )  # fmt: skip
    db = open_db(args)
    with db.begin() as s:
        built = create_campaign(s, spec, today=today_of(args), now=now_of(args))
    if args.json:
        print_json(built.__dict__)
        return 0
    print(f"Campaign {built.campaign_id}: {built.members} client(s), {built.activities} "
          f"call(s) from {built.first_day} to {built.last_day}; "
          f"{built.held_out} held out, not contacted.")  # fmt: skip
    return 0


def cmd_campaign_list(args: argparse.Namespace) -> int:
    from funnel.customers.campaign_report import list_campaigns

    with open_db(args).begin() as s:
        rows = list_campaigns(s)
    if args.json:
        print_json([r.as_json() for r in rows])
        return 0
    print_table(
        ["id", "name", "channel", "started", "round", "members", "contacted", "bought"],
        [[r.id, r.name, r.channel, r.started_on, r.round, r.members, r.contacted, r.bought]
         for r in rows],
    )  # fmt: skip
    return 0


def cmd_campaign_show(args: argparse.Namespace) -> int:
    from funnel.customers.campaign_report import campaign_members, campaign_report

    with open_db(args).begin() as s:
        report = campaign_report(s, args.campaign_id, today=today_of(args))
        members = campaign_members(s, args.campaign_id) if args.members else None
    if args.json:
        data = report.as_json()
        if members is not None:
            data["member_rows"] = [m.as_json() for m in members]
        print_json(data)
        return 0
    print(f"{report.name} ({report.channel}), round {report.round}, {report.members} member(s)")
    print(
        ", ".join(f"{k}: {v}" for k, v in report.by_status.items()) + f", pending: {report.pending}"
    )
    print(
        f"Bought within {report.result_days} days of contact: {report.bought} of "
        f"{report.contacted} ({_percent(report.rate)}), {report.revenue} {report.currency}; "
        f"without contact: {_percent(report.baseline_rate)} of {report.baseline_clients}."
    )
    if report.control_percent:
        print(
            f"Held out ({report.control_percent}%), not contacted: {report.control_bought} of "
            f"{report.control_clients} bought ({_percent(report.control_rate)})"
            + (" — groups this small can differ by chance." if report.small else ".")
        )
    if members:
        print_table(
            ["client", "round", "owner", "planned", "activity", "status"],
            [[m.client, m.round, m.owner, m.planned_on, m.activity_id, m.status or ""]
             for m in members],
        )  # fmt: skip
    return 0


def cmd_campaign_outcome(args: argparse.Namespace) -> int:
    from funnel.customers.campaigns import record_outcome
    from funnel.followups.activities import complete_activity, get_activity

    with open_db(args).begin() as s:
        if get_activity(s, args.activity_id).is_open:
            complete_activity(s, args.activity_id, now=now_of(args), outcome=args.note,
                              today=today_of(args))  # fmt: skip
        change = record_outcome(s, args.activity_id, args.status, now=now_of(args))
        if change is None:
            raise CliError(f"Activity {args.activity_id} belongs to no campaign.")
    if args.json:
        print_json(
            {"activity_id": args.activity_id, "status": args.status, "before": change.status}
        )
    else:
        print(f"Activity {args.activity_id}: {args.status}.")
    return 0


def cmd_campaign_export(args: argparse.Namespace) -> int:
    from funnel.customers.campaign_export import export_recipients, recipients

    path = Path(args.file)
    if path.exists() and not args.force:
        raise CliError(f"{path} exists; add --force to overwrite it.")
    with open_db(args).begin() as s:
        people = recipients(s, args.campaign_id, pending_only=args.pending)
    count = export_recipients(people, path)
    print(f"{count} recipient(s) written to {path}.")
    return 0


def cmd_campaign_mailto(args: argparse.Namespace) -> int:
    from funnel.customers.campaign_export import mailto_link, recipients
    from funnel.customers.campaigns import get_campaign

    with open_db(args).begin() as s:
        people = recipients(s, args.campaign_id, pending_only=True)
        name = get_campaign(s, args.campaign_id).name
    print(mailto_link(people, name))
    return 0


def cmd_campaign_run_due(args: argparse.Namespace) -> int:
    from funnel.customers.campaigns import run_due_rounds

    with open_db(args).begin() as s:
        built = run_due_rounds(s, today=today_of(args), now=now_of(args))
    if args.json:
        print_json([b.__dict__ for b in built])
        return 0
    for b in built:
        print(f"Campaign {b.campaign_id} round {b.round}: {b.members} client(s).")
    if not built:
        print("No campaign is due.")
    return 0
