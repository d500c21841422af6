"""`funnel clients`, `funnel client add|show|edit`: the clients list and a
client's card, headless."""

from __future__ import annotations

import argparse
from datetime import date

from funnel.commands.cli import (
    CliError,
    add_json,
    clock_now,
    open_db,
    parse_day,
    print_json,
    print_table,
)
from funnel.customers.client_list import (
    NO_TEMPERATURE,
    ClientFilters,
    client_deals,
    client_ids,
    client_purchases,
    client_rows,
)
from funnel.customers.clients import ClientRow, create_client, get_client, update_client
from funnel.store.models import Temperature

PAGE = 5000
TEMPERATURES = (*(t.value for t in Temperature), NO_TEMPERATURE)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("clients", help="list clients")
    p.add_argument("--search", metavar="TEXT", default="", help="name, company, phone or e-mail")
    p.add_argument("--temperature", choices=TEMPERATURES)
    add_json(p)
    p.set_defaults(handler=cmd_clients)

    c = sub.add_parser("client", help="add, show or edit a client")
    actions = c.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser("add", help="add a client")
    a.add_argument("name", metavar="NAME")
    _fields(a)
    add_json(a)
    a.set_defaults(handler=cmd_client_add)
    s = actions.add_parser("show", help="a client's card: contacts, deals, purchases")
    s.add_argument("client_id", type=int, metavar="CLIENT_ID")
    add_json(s)
    s.set_defaults(handler=cmd_client_show)
    e = actions.add_parser("edit", help="change a client's fields")
    e.add_argument("client_id", type=int, metavar="CLIENT_ID")
    e.add_argument("--name", metavar="NAME")
    _fields(e)
    add_json(e)
    e.set_defaults(handler=cmd_client_edit)


def _fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--company", metavar="NAME")
    p.add_argument("--phone", dest="phones", metavar="PHONE", action="append",
                   help="a phone (repeatable; on edit, replaces the phones)")  # fmt: skip
    p.add_argument("--email", dest="emails", metavar="EMAIL", action="append",
                   help="an e-mail (repeatable; on edit, replaces the e-mails)")  # fmt: skip
    p.add_argument("--source", metavar="CHANNEL")
    p.add_argument("--tag", dest="tags", metavar="TAG", action="append")
    p.add_argument("--temperature", choices=[t.value for t in Temperature])
    p.add_argument("--birthday", type=parse_day, metavar="YYYY-MM-DD")
    p.add_argument("--notes", metavar="TEXT")


def _client_json(row: ClientRow) -> dict:
    return {
        "id": row.id,
        "name": row.name,
        "company": row.company,
        "phones": list(row.phones),
        "emails": list(row.emails),
        "source": row.source,
        "tags": list(row.tags),
        "temperature": row.temperature,
        "birthday": row.birthday.isoformat() if row.birthday else None,
        "notes": row.notes,
        "created_at": row.created_at.isoformat(),
    }


def cmd_clients(args: argparse.Namespace) -> int:
    filters = ClientFilters(text=args.search, temperature=args.temperature)
    db = open_db(args)
    rows = []
    with db.begin() as s:
        ids = client_ids(s, filters=filters)
        for start in range(0, len(ids), PAGE):
            rows += client_rows(s, ids[start : start + PAGE])
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "name": r.name,
                    "company": r.company,
                    "phone": r.phone,
                    "email": r.email,
                    "temperature": r.temperature,
                    "source": r.source,
                    "tags": list(r.tags),
                    "deals": r.deals,
                    "totals": {c: str(v) for c, v in r.totals},
                    "last_purchase": _day(r.last_purchase),
                }
                for r in rows
            ]
        )
        return 0
    print_table(
        ["id", "name", "company", "phone", "email", "deals", "total", "last purchase"],
        [
            (r.id, r.name, r.company, r.phone, r.email, r.deals,
             "; ".join(f"{v} {c}" for c, v in r.totals), r.last_purchase)
            for r in rows
        ],
    )  # fmt: skip
    return 0


def _given(args: argparse.Namespace) -> dict:
    fields = {}
    for name in ("company", "source", "temperature", "birthday", "notes", "phones", "emails",
                 "tags"):  # fmt: skip
        value = getattr(args, name)
        if value is not None:
            fields[name] = value
    return fields


def _show(args: argparse.Namespace, row: ClientRow, message: str) -> None:
    if args.json:
        print_json(_client_json(row))
    else:
        print(message.format(c=row))


def cmd_client_add(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.begin() as s:
        client_id = create_client(s, name=args.name, now=clock_now(), **_given(args))
        row = get_client(s, client_id)
    _show(args, row, "Added client {c.id}: {c.name}")
    return 0


def cmd_client_edit(args: argparse.Namespace) -> int:
    fields = _given(args)
    if args.name is not None:
        fields["name"] = args.name
    if not fields:
        raise CliError("Nothing to change: give --name, --phone, --email or another field.")
    db = open_db(args)
    with db.begin() as s:
        row = update_client(s, args.client_id, **fields)
    _show(args, row, "Changed client {c.id}: {c.name}")
    return 0


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def cmd_client_show(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.begin() as s:
        row = get_client(s, args.client_id)
        deals = client_deals(s, args.client_id)
        purchases = client_purchases(s, args.client_id)
    if args.json:
        data = _client_json(row)
        data["deals"] = [
            {"id": d.id, "title": d.title, "pipeline": d.pipeline, "stage": d.stage,
             "status": d.status, "value": str(d.value), "currency": d.currency}
            for d in deals
        ]  # fmt: skip
        data["purchases"] = [
            {"id": p.id, "date": _day(p.purchased_on), "amount": str(p.amount),
             "currency": p.currency, "deal_id": p.deal_id}
            for p in purchases
        ]  # fmt: skip
        print_json(data)
        return 0
    print(f"{row.name}" + (f" ({row.company})" if row.company else "") + f"  [id {row.id}]")
    for label, values in (("phone", row.phones), ("e-mail", row.emails)):
        for v in values:
            print(f"  {label}: {v}")
    facts = (
        ("source", row.source),
        ("temperature", row.temperature),
        ("birthday", _day(row.birthday)),
        ("tags", ", ".join(row.tags)),
    )
    for label, value in facts:
        if value:
            print(f"  {label}: {value}")
    if row.notes:
        print(f"  notes: {row.notes}")
    print(f"Deals ({len(deals)}):")
    for d in deals:
        print(f"  {d.id}  {d.title} — {d.pipeline} › {d.stage}, {d.status}, {d.value} {d.currency}")
    print(f"Purchases ({len(purchases)}):")
    for p in purchases:
        print(f"  {_day(p.purchased_on)}  {p.amount} {p.currency}")
    return 0
