"""Pipeline subcommands: stalled deals, and parking deals in future sales
(park, unpark, the Future board)."""

from __future__ import annotations

import argparse
from datetime import date

from funnel.commands.cli import (
    add_json,
    add_today,
    now_of,
    open_db,
    print_json,
    print_table,
    today_of,
)
from funnel.commands.core import add_followups
from funnel.commands.followups import parse_date
from funnel.commands.values import limit, months, record_id


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stalled", help="stalled deals, worst first")
    p.add_argument("--pipeline", metavar="NAME")
    p.add_argument("--limit", type=limit, metavar="N", help="only the N worst")
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_stalled)

    p = sub.add_parser("park", help="park a deal in future sales until it is ready")
    p.add_argument("deal_id", type=record_id, metavar="DEAL_ID")
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--months", type=months, metavar="N", help="return in N months (1, 3, 6 …)")
    when.add_argument("--until", metavar="YYYY-MM-DD", help="return on this date")
    p.add_argument("--note", metavar="TEXT")
    add_followups(p)
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_park)

    p = sub.add_parser("unpark", help="bring a parked deal back to its stage")
    p.add_argument("deal_id", type=record_id, metavar="DEAL_ID")
    p.add_argument("--stage", metavar="NAME", help="default: the stage it was parked from")
    p.add_argument("--pipeline", metavar="NAME", help="the pipeline of --stage")
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_unpark)

    p = sub.add_parser("future", help="parked deals grouped by when they return")
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_future)


def cmd_stalled(args: argparse.Namespace) -> int:
    from funnel.pipeline.pipelines import find_pipeline
    from funnel.pipeline.stalls import stalled_deals

    db = open_db(args, write=False)
    with db.read() as s:
        pipeline_id = find_pipeline(s, args.pipeline).id if args.pipeline else None
        rows = stalled_deals(s, today=today_of(args), pipeline_id=pipeline_id, limit=args.limit)
    if args.json:
        print_json([r.as_json() for r in rows])
        return 0
    print_table(
        ["id", "title", "pipeline", "stage", "days_in_stage", "rot_days", "days_over", "next step"],
        [
            (r.id, r.title, r.pipeline, r.stage, r.days_in_stage, r.rot_days, r.days_over,
             "none" if r.no_next_step else "")
            for r in rows
        ],
    )  # fmt: skip
    return 0


def _deal_json(s, deal_id: int, today: date) -> dict:
    from funnel.deals.service import get_deal

    return get_deal(s, deal_id, today=today).as_json()


def cmd_park(args: argparse.Namespace) -> int:
    from funnel.pipeline.parking import park_deal

    until = parse_date(args.until, "--until") if args.until else None
    today = today_of(args)
    db = open_db(args)
    with db.write() as s:
        result = park_deal(
            s, args.deal_id, today=today, now=now_of(args), months=args.months, until=until,
            note=args.note, followups=args.followups,
        )  # fmt: skip
        deal = _deal_json(s, args.deal_id, today)
    if args.json:
        print_json(
            {
                **deal,
                "callback_activity_id": result.park and result.park.activity_id,
                "followups_cancelled": len(result.cancelled),
            }
        )
    else:
        print(
            f"Deal {deal['id']} '{deal['title']}' parked in {deal['pipeline']} until "
            f"{deal['return_on']}; call-back activity "
            f"{result.park and result.park.activity_id} is due that day."
            + (f" {len(result.cancelled)} open follow-up(s) cancelled." if result.cancelled else "")
        )
    return 0


def cmd_unpark(args: argparse.Namespace) -> int:
    from funnel.pipeline.parked import get_parked_deal
    from funnel.pipeline.parking import unpark_deal
    from funnel.pipeline.pipelines import find_pipeline, find_stage, first_pipeline

    today = today_of(args)
    db = open_db(args)
    with db.write() as s:
        stage_id = None
        if args.stage:
            if args.pipeline:
                pipeline_id = find_pipeline(s, args.pipeline).id
            else:
                parked = get_parked_deal(s, args.deal_id, today=today)
                pipeline_id = parked.return_pipeline_id or first_pipeline(s).id
            stage_id = find_stage(s, pipeline_id, args.stage).id
        unpark_deal(s, args.deal_id, now=now_of(args), stage_id=stage_id)
        deal = _deal_json(s, args.deal_id, today)
    if args.json:
        print_json(deal)
    else:
        print(
            f"Deal {deal['id']} '{deal['title']}' is back in {deal['pipeline']} › {deal['stage']}."
        )
    return 0


def cmd_future(args: argparse.Namespace) -> int:
    from funnel.pipeline.parked import future_board

    db = open_db(args, write=False)
    with db.read() as s:
        groups = future_board(s, today=today_of(args))
    if args.json:
        print_json(
            [
                {
                    "group": g.group.value,
                    "first_day": g.first_day,
                    "last_day": g.last_day,
                    "count": g.count,
                    "totals": {cur: float(v) for cur, v in g.totals.items()},
                    "deals": [d.as_json() for d in g.deals],
                }
                for g in groups
            ]
        )
        return 0
    for g in groups:
        totals = ", ".join(f"{v} {cur}" for cur, v in g.totals.items()) or "0"
        print(f"{g.group.value.replace('_', ' ')} ({g.count}; {totals})")
        for d in g.deals:
            late = f", {d.days_overdue} d overdue" if d.return_overdue else ""
            print(f"  {d.id}  {d.title}  {d.client or ''}  returns {d.return_on}{late}")
    return 0
