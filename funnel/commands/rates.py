"""`funnel rates set|list|remove`: the exchange rates to the home currency
that let totals in several currencies also be read as one figure."""

from __future__ import annotations

import argparse

from funnel.commands.cli import add_json, open_db, parse_day, print_json, print_table, today_of
from funnel.rates import HomeTotal, list_rates, remove_rate, set_rate
from funnel.store.profile import home_currency


def register(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser("rates", help="exchange rates to the home currency")
    actions = r.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = actions.add_parser("set", help="what one unit of a currency is worth in the home currency")
    s.add_argument("currency", metavar="CURRENCY", help="ISO code, e.g. EUR")
    s.add_argument("rate", metavar="RATE", help="e.g. 5.45: 1 CURRENCY = 5.45 home currency")
    s.add_argument("--on", type=parse_day, metavar="YYYY-MM-DD", help="the rate's day (today)")
    add_json(s)
    s.set_defaults(handler=cmd_rates_set)
    li = actions.add_parser("list", help="every rate kept, newest day first")
    add_json(li)
    li.set_defaults(handler=cmd_rates_list)
    rm = actions.add_parser("remove", help="remove a currency's rates (or one day's)")
    rm.add_argument("currency", metavar="CURRENCY")
    rm.add_argument("--on", type=parse_day, metavar="YYYY-MM-DD", help="only this day's rate")
    add_json(rm)
    rm.set_defaults(handler=cmd_rates_remove)


def converted_line(total: HomeTotal) -> str | None:
    """The extra line under per-currency totals: the home-currency figure, or
    which currencies have no rate. None when everything is in the home currency."""
    if not total.needed:
        return None
    if total.total is None:
        missing = ", ".join(total.missing)
        return (
            f"No exchange rate for {missing}: totals stay per currency "
            f"(set one with `funnel rates set {total.missing[0]} RATE`)."
        )
    day = total.as_of.isoformat() if total.as_of else ""
    return f"≈ {total.total:,.2f} {total.home_currency} in all, at rates of {day}"


def cmd_rates_set(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.write() as s:
        change = set_rate(s, args.currency, args.rate, on=args.on or today_of(args))
    r = change.rate
    if args.json:
        print_json(
            {**r.as_json(), "replaced": None if change.previous is None else str(change.previous)}
        )
    else:
        print(f"1 {r.currency} = {r.rate} {r.home_currency} from {r.as_of.isoformat()}.")
    return 0


def cmd_rates_list(args: argparse.Namespace) -> int:
    db = open_db(args, write=False)
    with db.read() as s:
        home = home_currency(s)
        rates = list_rates(s)
    if args.json:
        print_json({"home_currency": home, "rates": [r.as_json() for r in rates]})
        return 0
    print(f"Home currency: {home}")
    print_table(
        ["currency", "rate", "in", "on"],
        [(r.currency, r.rate, r.home_currency, r.as_of.isoformat()) for r in rates],
    )
    if any(r.home_currency != home for r in rates):
        print(f"Rates quoted in another currency than {home} are kept but not used.")
    return 0


def cmd_rates_remove(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.write() as s:
        removed = remove_rate(s, args.currency, on=args.on)
    if args.json:
        print_json({"removed": [r.as_json() for r in removed]})
    else:
        days = ", ".join(r.as_of.isoformat() for r in removed)
        print(f"Removed the {removed[0].currency} rate of {days}.")
    return 0
