"""`funnel cleanup`: the deals the weekly review would walk through, in its
order, with what each misses from the hygiene checklist; `funnel cleanup
history`: past reviews, skipped weeks and the streak."""

from __future__ import annotations

import argparse

from funnel.commands.cli import add_json, add_today, open_db, print_json, print_table, today_of
from funnel.commands.values import weeks_back

REASONS = {
    "stalled": "stalled",
    "no_next_step": "no next step",
    "returning": "returning",
    "rest": "",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "cleanup", help="the deals the weekly clean-up would review, in order, with their gaps"
    )
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_cleanup)
    actions = p.add_subparsers(dest="cleanup_command", metavar="ACTION")
    h = actions.add_parser("history", help="past reviews, skipped weeks and the streak")
    h.add_argument("--weeks", type=weeks_back, default=26, metavar="N", help="look back N weeks")
    add_today(h)
    add_json(h)
    h.set_defaults(handler=cmd_history)


def cmd_cleanup(args: argparse.Namespace) -> int:
    from funnel.cleanup.queue import queue_lines
    from funnel.cleanup.reminder import cleanup_due

    db = open_db(args, write=False)
    today = today_of(args)
    with db.read() as s:
        lines = queue_lines(s, today=today)
        due = cleanup_due(s, today=today)
    if args.json:
        print_json(
            {
                "today": today.isoformat(),
                "due": due.as_json() if due else None,
                "deals": [line.as_json() for line in lines],
            }
        )
        return 0
    print_table(
        ["#", "id", "title", "client", "stage", "why", "days_over", "missing"],
        [
            (
                line.position,
                line.deal_id,
                line.title,
                line.client,
                line.stage,
                "archive due" if line.archive_due else REASONS.get(line.reason, line.reason),
                line.days_over or "",
                ", ".join(line.missing),
            )
            for line in lines
        ],
    )
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from funnel.cleanup.summary import review_history

    db = open_db(args, write=False)
    with db.read() as s:
        history = review_history(s, today=today_of(args), weeks=args.weeks)
    if args.json:
        print_json(history.as_json())
        return 0
    print(f"Streak: {history.streak} week(s) in a row; skipped: {history.skipped}")
    print_table(
        ["week of", "finished", "minutes", "reviewed", "calls", "parked", "archived", "won",
         "lost"],
        [
            (
                r.week_of.isoformat(),
                (r.finished_at.strftime("%Y-%m-%d %H:%M") if r.finished_at else
                 ("due" if r.due else "skipped"))
                + (f" partial ({r.reviewed} of {r.total})" if r.partial else ""),
                round(r.active_seconds / 60) if r.review_id else "",
                r.reviewed if r.review_id else "",
                r.calls if r.review_id else "",
                r.parked if r.review_id else "",
                r.archived if r.review_id else "",
                r.won if r.review_id else "",
                r.lost if r.review_id else "",
            )
            for r in history.rows
        ],
    )  # fmt: skip
    return 0
