"""The people of a team server: each signs in with their own PostgreSQL login,
mapped to an owner, and is a member of the group role that decides what the
server lets them see and change (migration 0010).

Every function here takes a Session of a team server's database and does its
work in that session's transaction: a role created for a login whose owner
row then fails is rolled back with it (PostgreSQL's CREATE ROLE is
transactional). Names and passwords reach the server only as quoted
identifiers and literals (psycopg.sql), never pasted into SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from funnel.errors import PermissionDeniedError, ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.models import Deal, DealStatus, Owner

MANAGER, SALESPERSON = "manager", "salesperson"
ROLES = (SALESPERSON, MANAGER)
GROUP = {MANAGER: "funnel_manager", SALESPERSON: "funnel_salesperson"}
LOGIN = re.compile(r"^[a-z][a-z0-9_.-]{0,62}$")
MIN_PASSWORD = 8

NEEDS_SERVER = QT_TRANSLATE_NOOP(
    "Errors", "team commands need a team server address (postgresql://…)."
)
ONLY_MANAGERS_ADD = QT_TRANSLATE_NOOP("Errors", "Only a manager may add team members.")
ONLY_MANAGERS_DISABLE = QT_TRANSLATE_NOOP("Errors", "Only a manager may disable team members.")
BAD_LOGIN = QT_TRANSLATE_NOOP(
    "Errors",
    "'{login}' cannot be a login: use 1 to 63 lower-case Latin letters, digits, '_', '.' "
    "or '-', starting with a letter.",
)
LOGIN_TAKEN = QT_TRANSLATE_NOOP(
    "Errors", "The login '{login}' already exists on this server; nothing was changed."
)
NO_LOGIN = QT_TRANSLATE_NOOP("Errors", "There is no team member with the login '{login}'.")
NO_OWNER = QT_TRANSLATE_NOOP("Errors", "There is no owner named '{name}'.")
OWNER_HAS_LOGIN = QT_TRANSLATE_NOOP("Errors", "The owner '{name}' already signs in as '{login}'.")
BAD_ROLE = QT_TRANSLATE_NOOP("Errors", "A role is 'salesperson' or 'manager', not '{role}'.")
SHORT_PASSWORD = QT_TRANSLATE_NOOP("Errors", "A password needs at least {count} characters.")
NEEDS_NAME = QT_TRANSLATE_NOOP("Errors", "A team member needs a name.")
NAME_TAKEN = QT_TRANSLATE_NOOP(
    "Errors", "There is already an owner named '{name}'; pass it as the owner to link it."
)
SELF = QT_TRANSLATE_NOOP("Errors", "You cannot disable your own login.")


@dataclass(frozen=True)
class TeamMember:
    owner_id: int
    login: str | None
    name: str
    role: str
    active: bool
    open_deals: int


@dataclass(frozen=True)
class InitReport:
    login: str
    owner_name: str
    owner_created: bool  # else an existing owner got the login
    granted: bool  # the login was made a member of funnel_manager
    superuser: bool


@dataclass(frozen=True)
class DisableReport:
    login: str
    name: str
    open_deals: int


def _raw(session: Session):
    """The psycopg connection inside the session's transaction."""
    return session.connection().connection.driver_connection


def _execute(session: Session, template: str, *identifiers: str, literal: str | None = None):
    from psycopg import sql

    parts: list[sql.Composable] = [sql.Identifier(i) for i in identifiers]
    if literal is not None:
        parts.append(sql.Literal(literal))
    _raw(session).execute(sql.SQL(template).format(*parts))


def current_login(session: Session) -> str:
    return str(session.scalar(text("SELECT current_user")))


def is_manager(session: Session) -> bool:
    return bool(session.scalar(text("SELECT funnel_is_manager()")))


def require_manager(session: Session, refusal: str) -> None:
    if not is_manager(session):
        raise PermissionDeniedError(refusal)


def _role_exists(session: Session, login: str) -> bool:
    found = session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login})
    return found is not None


def _superuser(session: Session, login: str) -> bool:
    found = session.scalar(text("SELECT rolsuper FROM pg_roles WHERE rolname = :n"), {"n": login})
    return bool(found)


def _open_deals(session: Session, owner_id: int) -> int:
    return int(
        session.scalar(
            select(func.count(Deal.id)).where(
                Deal.owner_id == owner_id, Deal.status == DealStatus.OPEN
            )
        )
        or 0
    )


def check_login(login: str) -> str:
    login = (login or "").strip()
    if not LOGIN.match(login):
        raise ValidationError(BAD_LOGIN, login=login)
    return login


def init_team(session: Session, *, name: str | None = None) -> InitReport:
    """Make the connected login the team's manager: its owner row (the
    file's default owner "Me" when it has no login yet, else a new one) and
    its membership of funnel_manager. Running it again changes nothing."""
    login = current_login(session)
    superuser = _superuser(session, login)
    owner = session.scalar(select(Owner).where(Owner.login == login))
    created = False
    if owner is None:
        owner = session.scalar(
            select(Owner).where(Owner.is_default.is_(True), Owner.login.is_(None)).limit(1)
        )
        if owner is None:
            owner = Owner(name=(name or login).strip(), is_default=False, active=True)
            session.add(owner)
            created = True
        owner.login = login
    if name and name.strip() and owner.name != name.strip():
        owner.name = name.strip()
    owner.role = MANAGER
    owner.active = True
    session.flush()
    granted = False
    if not superuser:
        member = session.scalar(
            text("SELECT pg_has_role(current_user, 'funnel_manager', 'MEMBER')")
        )
        if not member:
            _execute(session, "GRANT {} TO {}", GROUP[MANAGER], login)
            granted = True
    return InitReport(login, owner.name, created, granted, superuser)


def add_user(
    session: Session,
    login: str,
    *,
    name: str,
    password: str,
    role: str = SALESPERSON,
    owner_name: str | None = None,
) -> TeamMember:
    """A new login on the server, member of its role's group, acting as a new
    owner `name` or as the existing owner `owner_name` (copied from a file)."""
    require_manager(session, ONLY_MANAGERS_ADD)
    login = check_login(login)
    if role not in ROLES:
        raise ValidationError(BAD_ROLE, role=role)
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError(SHORT_PASSWORD, count=MIN_PASSWORD)
    name = (name or "").strip()
    if _role_exists(session, login):
        raise ValidationError(LOGIN_TAKEN, login=login)
    if owner_name:
        owner = session.scalar(select(Owner).where(func.lower(Owner.name) == owner_name.lower()))
        if owner is None:
            raise ValidationError(NO_OWNER, name=owner_name)
        if owner.login:
            raise ValidationError(OWNER_HAS_LOGIN, name=owner.name, login=owner.login)
        if name:
            owner.name = name
    else:
        if not name:
            raise ValidationError(NEEDS_NAME)
        if session.scalar(select(Owner.id).where(func.lower(Owner.name) == name.lower())):
            raise ValidationError(NAME_TAKEN, name=name)
        owner = Owner(name=name, is_default=False)
        session.add(owner)
    owner.login, owner.role, owner.active = login, role, True
    session.flush()
    _execute(session, "CREATE ROLE {} LOGIN PASSWORD {}", login, literal=password)
    _execute(session, "GRANT {} TO {}", GROUP[role], login)
    return TeamMember(owner.id, login, owner.name, role, True, _open_deals(session, owner.id))


def disable_user(session: Session, login: str) -> DisableReport:
    """The login can no longer sign in and its owner is inactive; their deals
    stay theirs until handed over."""
    require_manager(session, ONLY_MANAGERS_DISABLE)
    login = (login or "").strip()
    owner = session.scalar(select(Owner).where(Owner.login == login))
    if owner is None:
        raise ValidationError(NO_LOGIN, login=login)
    if login == current_login(session):
        raise ValidationError(SELF)
    owner.active = False
    session.flush()
    if _role_exists(session, login):
        _execute(session, "ALTER ROLE {} NOLOGIN", login)
    return DisableReport(login, owner.name, _open_deals(session, owner.id))


def list_users(session: Session) -> list[TeamMember]:
    """Every owner with their login (if any), role and open deals; managers first."""
    open_count = (
        select(Deal.owner_id, func.count(Deal.id).label("n"))
        .where(Deal.status == DealStatus.OPEN)
        .group_by(Deal.owner_id)
        .subquery()
    )
    rows = session.execute(
        select(Owner, func.coalesce(open_count.c.n, 0))
        .outerjoin(open_count, open_count.c.owner_id == Owner.id)
        .order_by(Owner.active.desc(), Owner.role, Owner.name, Owner.id)
    )
    return [TeamMember(o.id, o.login, o.name, o.role, bool(o.active), int(n)) for o, n in rows]
