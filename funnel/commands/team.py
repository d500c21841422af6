"""`funnel team …`: a team server's people — set-up, adding and disabling logins."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from funnel.commands.cli import (
    CliError,
    add_json,
    clock_now,
    print_json,
    print_table,
    system_language,
)
from funnel.store.database import Database
from funnel.store.paths import resolve_db_path
from funnel.store.server_address import ServerAddress
from funnel.team import users


def register(sub: argparse._SubParsersAction) -> None:
    team = sub.add_parser(
        "team",
        help="people of a team server: set-up, add, disable, list",
        description="Manage the logins of a team database on PostgreSQL. Each person signs "
        "in with their own login; a salesperson sees their own and shared deals, a manager "
        "everything.",
    )
    tsub = team.add_subparsers(dest="team_command", metavar="COMMAND", required=True)

    p = tsub.add_parser("init", help="set up a team database and make you its manager")
    p.add_argument("url", metavar="URL", help="postgresql://user@host:port/dbname")
    p.add_argument("--name", metavar="NAME", help="your name as the team sees it")
    add_json(p)
    p.set_defaults(handler=cmd_init)

    p = tsub.add_parser("add-user", help="create a login for a salesperson or manager")
    p.add_argument("login", metavar="LOGIN")
    p.add_argument("--name", metavar="NAME", help="the person's name (required without --owner)")
    p.add_argument("--role", choices=users.ROLES, default=users.SALESPERSON)
    p.add_argument("--owner", metavar="EXISTING_OWNER_NAME", help="link an existing owner")
    p.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    add_json(p)
    p.set_defaults(handler=cmd_add_user)

    p = tsub.add_parser("disable-user", help="stop a login from signing in")
    p.add_argument("login", metavar="LOGIN")
    add_json(p)
    p.set_defaults(handler=cmd_disable_user)

    p = tsub.add_parser("users", help="list the team's people")
    add_json(p)
    p.set_defaults(handler=cmd_users)


def _server(url: str | None) -> Database:
    from funnel.store.db import open_database

    address = resolve_db_path(url)
    if not isinstance(address, ServerAddress):
        raise CliError(users.NEEDS_SERVER)
    return open_database(address, now=clock_now(), language=system_language())


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    first = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != first:
        raise CliError("The two passwords differ; nothing was changed.")
    return first


def cmd_init(args: argparse.Namespace) -> int:
    db = _server(args.url)
    try:
        with db.write() as s:
            report = users.init_team(s, name=args.name)
    finally:
        db.close()
    if args.json:
        print_json({"created_database": db.created, **asdict(report)})
        return 0
    if db.created:
        print(f"Set up the Funnel tables in {db.display}.")
    how = "new owner" if report.owner_created else "owner"
    print(f"The login '{report.login}' is the manager, acting as {how} '{report.owner_name}'.")
    if report.granted:
        print(f"Granted funnel_manager to '{report.login}'.")
    elif report.superuser:
        print(f"'{report.login}' is a superuser: it sees and changes everything.")
    print("Next: funnel --db URL team add-user LOGIN --name NAME")
    return 0


def cmd_add_user(args: argparse.Namespace) -> int:
    if not args.name and not args.owner:
        raise CliError("add-user needs --name NAME or --owner EXISTING_OWNER_NAME.")
    db = _server(args.db)
    try:
        users.check_login(args.login)
        password = _read_password(args)
        with db.write() as s:
            member = users.add_user(
                s, args.login, name=args.name or "", password=password, role=args.role,
                owner_name=args.owner,
            )  # fmt: skip
    finally:
        db.close()
    if args.json:
        print_json(asdict(member))
    else:
        print(f"Added '{member.login}' ({member.role}) acting as '{member.name}'.")
    return 0


def cmd_disable_user(args: argparse.Namespace) -> int:
    db = _server(args.db)
    try:
        with db.write() as s:
            report = users.disable_user(s, args.login)
    finally:
        db.close()
    if args.json:
        print_json(asdict(report))
        return 0
    print(f"'{report.login}' ({report.name}) can no longer sign in.")
    if report.open_deals:
        print(
            f"They keep {report.open_deals} open deal(s); hand them over in the deal "
            "dialog's Owner field."
        )
    return 0


def cmd_users(args: argparse.Namespace) -> int:
    db = _server(args.db)
    try:
        with db.read() as s:
            members = users.list_users(s)
    finally:
        db.close()
    if args.json:
        print_json([asdict(m) for m in members])
        return 0
    print_table(
        ["login", "name", "role", "active", "open deals"],
        [
            [
                m.login or "-",
                m.name,
                m.role if m.login else "-",  # a role means something once they sign in
                "yes" if m.active else "no",
                m.open_deals,
            ]
            for m in members
        ],
    )
    return 0
