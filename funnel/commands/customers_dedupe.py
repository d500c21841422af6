"""Duplicates from the command line: `funnel duplicates`, `funnel merge`,
`funnel unmerge`."""

from __future__ import annotations

import argparse
import sys

from funnel.commands.cli import CliError, add_json, now_of, open_db, print_json, print_table
from funnel.customers.duplicates import REASON_TEXT, STRONG_SCORE, find_duplicates
from funnel.customers.merge import MERGE_FIELDS, merge_clients, undo_merge


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("duplicates", help="groups of likely duplicate clients, with reasons")
    p.add_argument(
        "--min-score",
        type=int,
        default=STRONG_SCORE,
        metavar="N",
        help=f"only groups scoring at least N of 100 (default {STRONG_SCORE})",
    )
    add_json(p)
    p.set_defaults(handler=cmd_duplicates)

    p = sub.add_parser("merge", help="merge duplicate clients into the first one")
    p.add_argument("keep_id", type=int, metavar="KEEP_ID", help="the client that stays")
    p.add_argument("other_ids", type=int, nargs="+", metavar="OTHER_ID")
    p.add_argument(
        "--take",
        action="append",
        default=[],
        metavar="FIELD=ID",
        help=f"take FIELD from client ID ({', '.join(MERGE_FIELDS)})",
    )
    add_json(p)
    p.set_defaults(handler=cmd_merge)

    p = sub.add_parser("unmerge", help="undo a merge (its id is printed by `funnel merge`)")
    p.add_argument("merge_id", type=int, metavar="MERGE_ID")
    add_json(p)
    p.set_defaults(handler=cmd_unmerge)


def parse_takes(takes: list[str]) -> dict[str, int]:
    choices: dict[str, int] = {}
    for take in takes:
        field, eq, value = take.partition("=")
        field = field.strip()
        if not eq or not value.strip().isdigit():
            raise CliError(f"--take '{take}' is not of the form FIELD=ID (e.g. name=12)")
        if field not in MERGE_FIELDS:
            raise CliError(
                f"--take '{take}': '{field}' is not one of the fields {', '.join(MERGE_FIELDS)}"
            )
        choices[field] = int(value)
    return choices


def cmd_duplicates(args: argparse.Namespace) -> int:
    db = open_db(args)

    def progress(done: int, total: int) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\rcomparing names… {done}/{total}", end="", file=sys.stderr)

    with db.begin() as s:
        groups = find_duplicates(s, min_score=args.min_score, progress=progress)
    if not args.json and sys.stderr.isatty():
        print("\r", end="", file=sys.stderr)
    if args.json:
        print_json(
            [
                {
                    "score": g.score,
                    "reasons": [r.value for r in g.reasons],
                    "clients": [
                        {
                            "id": m.id,
                            "name": m.name,
                            "company": m.company,
                            "phones": list(m.phones),
                            "emails": list(m.emails),
                            "deals": m.deals,
                            "created": m.created_on.isoformat(),
                        }
                        for m in g.members
                    ],
                }
                for g in groups
            ]
        )
        return 0
    rows = []
    for n, g in enumerate(groups, 1):
        reasons = ", ".join(REASON_TEXT[r] for r in g.reasons)
        for i, m in enumerate(g.members):
            contact = ", ".join((*m.phones, *m.emails))
            first = i == 0
            rows.append(
                [n if first else "", g.score if first else "", reasons if first else "",
                 m.id, m.name, m.company, contact]
            )  # fmt: skip
    print_table(["group", "score", "why", "id", "name", "company", "phones and e-mails"], rows)
    if groups:
        print(f"\n{len(groups)} group(s); merge one with: funnel merge KEEP_ID OTHER_ID...")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    choices = parse_takes(args.take)
    db = open_db(args)
    with db.begin() as s:
        result = merge_clients(s, args.keep_id, args.other_ids, choices=choices, now=now_of(args))
    moved = dict(result.moved)
    if args.json:
        print_json(
            {
                "merge_id": result.merge_id,
                "survivor_id": result.survivor_id,
                "merged_ids": list(result.merged_ids),
                "changed_fields": list(result.changed_fields),
                "moved": moved,
                "contacts_kept_apart": result.contacts_kept_apart,
            }
        )
        return 0
    merged = ", ".join(str(i) for i in result.merged_ids)
    print(
        f"Merged client(s) {merged} into {result.survivor_id} (merge {result.merge_id}): "
        f"{moved['deal']} deal(s), {moved['activity']} activit(ies), {moved['note']} note(s), "
        f"{moved['purchase']} purchase(s), {moved['client_contact']} phone(s)/e-mail(s) moved."
    )
    print(f"Undo with: funnel unmerge {result.merge_id}")
    return 0


def cmd_unmerge(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.begin() as s:
        result = undo_merge(s, args.merge_id, now=now_of(args))
    if args.json:
        print_json(
            {
                "merge_id": result.merge_id,
                "survivor_id": result.survivor_id,
                "restored_ids": list(result.restored_ids),
            }
        )
        return 0
    restored = ", ".join(str(i) for i in result.restored_ids)
    print(f"Merge {result.merge_id} undone: client(s) {restored} are back.")
    return 0
