"""Follow-up subcommands: the agenda, activities (add, list, done, snooze), the
iCalendar export and escalation. Stalled deals and parking are in
`funnel.commands.future_sales`."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, time
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
from funnel.commands.values import days_ahead, limit, record_id

SNOOZE_WORDS = ("later", "tomorrow", "monday", "week")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("agenda", help="what Today shows: overdue, today, next days, …")
    p.add_argument("--days", type=days_ahead, default=7, metavar="N", help="look ahead N days")
    p.add_argument("--limit", type=limit, default=200, metavar="N", help="lines per section")
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_agenda)

    p = sub.add_parser("activity", help="add or list follow-up activities")
    act = p.add_subparsers(dest="activity_command", metavar="ACTION", required=True)
    a = act.add_parser("add", help="add an activity to a deal or a client")
    target = a.add_mutually_exclusive_group(required=True)
    target.add_argument("--deal", type=record_id, metavar="ID")
    target.add_argument("--client", type=record_id, metavar="ID")
    a.add_argument("--kind", required=True, metavar="KIND", help="call, email, meeting or task")
    a.add_argument("--due", required=True, metavar="DATE[THH:MM]")
    a.add_argument("--subject", required=True, metavar="TEXT")
    a.add_argument("--rrule", metavar="RULE", help="RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=MO")
    a.add_argument("--notes", metavar="TEXT", default="")
    add_today(a)
    add_json(a)
    a.set_defaults(handler=cmd_activity_add)
    a = act.add_parser("list", help="a deal's or client's activities")
    target = a.add_mutually_exclusive_group(required=True)
    target.add_argument("--deal", type=record_id, metavar="ID")
    target.add_argument("--client", type=record_id, metavar="ID")
    a.add_argument("--open", action="store_true", help="open ones only")
    add_json(a)
    a.set_defaults(handler=cmd_activity_list)

    p = sub.add_parser("done", help="mark an activity done (a recurring one gets its next)")
    p.add_argument("activity_id", type=record_id, metavar="ACTIVITY_ID")
    p.add_argument("--outcome", metavar="TEXT")
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_done)

    p = sub.add_parser("snooze", help="push an activity to later")
    p.add_argument("activity_id", type=record_id, metavar="ACTIVITY_ID")
    p.add_argument(
        "--to", required=True, metavar="WHEN", help=f"{'|'.join(SNOOZE_WORDS)} or DATE[THH:MM]"
    )
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_snooze)

    p = sub.add_parser("export-ics", help="write open activities to an iCalendar file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--include-done", action="store_true")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    add_today(p)
    p.set_defaults(handler=cmd_export_ics)

    p = sub.add_parser("escalate", help="hand long-overdue activities to the backup owner")
    add_today(p)
    add_json(p)
    p.set_defaults(handler=cmd_escalate)


# --- parsing ----------------------------------------------------------------------


def parse_date(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CliError(f"{what} '{text}' is not a date of the form YYYY-MM-DD.") from None


def parse_due(text: str, what: str = "--due") -> tuple[date, time | None]:
    """DATE or DATETHH:MM (a space instead of T is accepted too)."""
    value = text.strip().replace(" ", "T", 1)
    day, sep, clock = value.partition("T")
    due = parse_date(day, what) if day else None
    if due is None or len(day) != 10:
        raise CliError(f"{what} '{text}' is not a date of the form YYYY-MM-DD[THH:MM].")
    if not sep:
        return due, None
    try:
        at = time.fromisoformat(clock)
    except ValueError:
        raise CliError(f"{what} '{text}' has no valid time; write YYYY-MM-DDTHH:MM.") from None
    return due, at.replace(second=0, microsecond=0)


def now_local(args: argparse.Namespace) -> datetime:
    """The person's wall-clock time: noon of --today, else the system clock in
    the local zone."""
    if getattr(args, "today", None):
        return datetime.combine(args.today, time(12, 0))
    return now_of(args).astimezone().replace(tzinfo=None)


def _hhmm(at: time | None) -> str:
    return at.strftime("%H:%M") if at else ""


# --- handlers ---------------------------------------------------------------------


def cmd_agenda(args: argparse.Namespace) -> int:
    from funnel.followups.agenda import agenda

    db = open_db(args, write=False)
    with db.read() as s:
        result = agenda(s, today=today_of(args), days=args.days, limit=args.limit)
    if args.json:
        print_json(result.as_json())
        return 0
    c = result.counts
    activity_sections = (
        (f"Overdue ({c.overdue})", result.overdue),
        (f"Due today ({c.today})", result.due_today),
        (f"Next {result.days} days ({c.upcoming})", result.upcoming),
    )
    for title, lines in activity_sections:
        print(title)
        print_table(
            ["id", "due", "time", "kind", "subject", "deal", "client", "phone", "e-mail"],
            [
                (ln.activity_id, ln.due_date, _hhmm(ln.due_time), ln.kind, ln.subject,
                 ln.deal, ln.client, ln.phone, ln.email)
                for ln in lines
            ],
        )  # fmt: skip
        print()
    print(f"Returning from future sales ({c.returning})")
    print_table(
        ["deal", "title", "client", "phone", "return_on", "days late", "back to"],
        [
            (r.deal_id, r.title, r.client, r.phone, r.return_on, r.days_overdue, r.return_stage)
            for r in result.returning
        ],
    )
    print()
    print(f"Stalled ({c.stalled})")
    print_table(
        ["deal", "title", "client", "phone", "stage", "days_over", "next step"],
        [
            (r.deal_id, r.title, r.client, r.phone, r.stage, r.days_over,
             "none" if r.no_next_step else "")
            for r in result.stalled
        ],
    )  # fmt: skip
    return 0


def cmd_activity_add(args: argparse.Namespace) -> int:
    from funnel.followups.activities import add_activity
    from funnel.followups.activity_list import get_activity

    due_date, due_time = parse_due(args.due)
    db = open_db(args)
    with db.write() as s:
        activity_id = add_activity(
            s, kind=args.kind, subject=args.subject, due_date=due_date, due_time=due_time,
            deal_id=args.deal, client_id=args.client, rrule=args.rrule, notes=args.notes,
            now=now_of(args),
        )  # fmt: skip
        row = get_activity(s, activity_id)
    if args.json:
        print_json(row.as_json())
    else:
        when = f"{row.due_date} {_hhmm(row.due_time)}".strip()
        repeat = f", repeating {row.rrule}" if row.rrule else ""
        print(f"Activity {row.id} added: {row.kind} '{row.subject}' due {when}{repeat}.")
    return 0


def cmd_activity_list(args: argparse.Namespace) -> int:
    from funnel.followups.activity_list import list_activities

    db = open_db(args, write=False)
    with db.read() as s:
        rows = list_activities(s, deal_id=args.deal, client_id=args.client, open_only=args.open)
    if args.json:
        print_json([r.as_json() for r in rows])
        return 0
    print_table(
        ["id", "kind", "subject", "due", "time", "repeats", "done", "outcome"],
        [
            (r.id, r.kind, r.subject, r.due_date, _hhmm(r.due_time), r.rrule or "",
             r.done_at.strftime("%Y-%m-%d") if r.done_at else "", r.outcome)
            for r in rows
        ],
    )  # fmt: skip
    return 0


def cmd_done(args: argparse.Namespace) -> int:
    from funnel.followups.activities import complete_activity
    from funnel.followups.activity_list import get_activity

    db = open_db(args)
    with db.write() as s:
        result = complete_activity(
            s, args.activity_id, now=now_of(args), outcome=args.outcome, today=today_of(args)
        )
        row = get_activity(s, args.activity_id)
        following = get_activity(s, result.next_activity_id) if result.next_activity_id else None
    if args.json:
        print_json({**row.as_json(), "next": following.as_json() if following else None})
        return 0
    print(f"Activity {row.id} '{row.subject}' done.")
    if following:
        print(f"Next occurrence: activity {following.id} due {following.due_date}.")
    return 0


def cmd_snooze(args: argparse.Namespace) -> int:
    from funnel.followups.activity_list import get_activity
    from funnel.followups.snooze import snooze_activity

    word = args.to.strip().lower()
    if word in SNOOZE_WORDS:
        until: str | datetime = word
    else:
        day, at = parse_due(args.to, "--to")
        until = datetime.combine(day, at or time(9, 0))
    db = open_db(args)
    with db.write() as s:
        snooze_activity(s, args.activity_id, until=until, now_local=now_local(args))
        row = get_activity(s, args.activity_id)
    if args.json:
        print_json(row.as_json())
    else:
        print(f"Activity {row.id} '{row.subject}' is now due {row.due_date} {_hhmm(row.due_time)}.")
    return 0


def cmd_export_ics(args: argparse.Namespace) -> int:
    from funnel.followups.ics import export_calendar

    dest = Path(args.file).expanduser()
    if dest.exists() and not args.force:
        raise CliError(f"{dest} already exists; pass --force to overwrite it.")
    db = open_db(args, write=False)
    with db.read() as s:
        export = export_calendar(
            s, now=now_of(args), today=today_of(args), include_done=args.include_done
        )
    try:
        dest.write_bytes(export.data)
    except OSError as exc:
        raise CliError(f"Cannot write {dest}: {exc.strerror}.") from exc
    print(f"Wrote {export.events} activities to {dest}.")
    if export.skipped:
        ids = ", ".join(str(i) for i in export.skipped)
        print(f"funnel: left out activities whose dates cannot be written: {ids}", file=sys.stderr)
    return 0


def cmd_escalate(args: argparse.Namespace) -> int:
    from funnel.followups.escalation import escalate_overdue

    db = open_db(args)
    with db.write() as s:
        done = escalate_overdue(s, today=today_of(args), now=now_of(args))
    if args.json:
        print_json(
            [
                {
                    "activity_id": e.activity_id,
                    "subject": e.subject,
                    "deal_id": e.deal_id,
                    "due_date": e.due_date,
                    "days_overdue": e.days_overdue,
                    "from_owner_id": e.from_owner_id,
                    "to_owner_id": e.to_owner_id,
                }
                for e in done
            ]
        )
        return 0
    print(f"Escalated {len(done)} overdue activities.")
    for e in done:
        print(f"  {e.activity_id}  {e.subject}  due {e.due_date} ({e.days_overdue} d overdue)")
    return 0
