"""Opening a team server's database: set up a new one, upgrade an old one,
refuse one from a newer Funnel or another program — as `funnel.store.db` does
for files.

A new, empty database is set up by whoever connects first and may create
tables (the manager, or `funnel team init`); the set-up and every upgrade run
in one transaction under an advisory lock, so two people connecting at once
do not both build it. Nothing is half-made: PostgreSQL's DDL is transactional.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from funnel.errors import (
    DatabaseError,
    MissingDatabaseError,
    NewerDatabaseError,
    NotAFunnelDatabaseError,
)
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store import postgres
from funnel.store.credentials import password_for
from funnel.store.database import Database
from funnel.store.server_address import ServerAddress

# pg_advisory_xact_lock key: "FNL1" as in the files' application_id.
SETUP_LOCK = 0x464E4C31

NOT_SET_UP = QT_TRANSLATE_NOOP(
    "Errors",
    "The database {path} has no Funnel data yet; run 'funnel team init {path}' "
    "as its owner, or connect as a manager to set it up.",
)
FOREIGN = QT_TRANSLATE_NOOP(
    "Errors",
    "The database {path} holds another program's tables, not Funnel's; it was left untouched.",
)
NEWER = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} was set up by a newer version of Funnel (schema {revision}); update Funnel to open it.",
)

OLDER = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} was set up by an earlier version of Funnel (schema {revision}) and must be "
    "upgraded by the login that owns its tables (the one that ran 'funnel team init'): "
    "ask them to open it once with this version, then connect again. Nothing was changed.",
)


def _may_upgrade(conn: Connection) -> bool:
    """Only the owner of the tables (or a superuser) can alter them; anyone
    else would be refused half-way by the first ALTER."""
    return bool(
        conn.execute(
            text(
                "SELECT COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
                "false) OR pg_has_role(current_user, t.tableowner, 'MEMBER') "
                "FROM pg_tables t WHERE t.schemaname = current_schema() "
                "AND t.tablename = 'alembic_version'"
            )
        ).scalar()
    )


def _state(conn: Connection) -> tuple[bool, str | None]:
    """(has tables of its own, alembic revision) of the connection's schema."""
    tables = set(
        conn.execute(
            text(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema()"
            )
        ).scalars()
    )
    revision = None
    if "alembic_version" in tables:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return bool(tables), revision


def _upgrade(conn: Connection, *, language: str, seed: bool) -> None:
    from alembic import command

    from funnel.store.schema import alembic_config, seed_and_index

    command.upgrade(alembic_config(conn), "head")
    seed_and_index(conn, language=language, seed=seed, indexed=True)


def actor_for(conn: Connection) -> int | None:
    """The owner this login acts as: its own row, else (the owner of the
    database, single manager set-up) the default owner."""
    login = conn.execute(text("SELECT current_user")).scalar()
    row = conn.execute(
        text("SELECT id FROM owner WHERE login = :login AND active"), {"login": login}
    ).scalar()
    if row is not None:
        return int(row)
    row = conn.execute(text("SELECT id FROM owner WHERE is_default ORDER BY id LIMIT 1")).scalar()
    return int(row) if row is not None else None


def open_server(
    address: ServerAddress,
    *,
    now: datetime,
    language: str = "en",
    seed: bool = True,
    create: bool = True,
    readonly: bool = False,
    password: str | None = None,
) -> Database:
    """Connect, then set up or upgrade when needed and allowed (`create`)."""
    from funnel.store.schema import known_revisions

    del now  # a server keeps its own backups; nothing to date here
    engine = postgres.make_engine(address, password or password_for(address))
    try:
        revisions, head = known_revisions()
        with engine.connect() as conn:
            has_tables, revision = _state(conn)
        if has_tables and revision is None:
            raise NotAFunnelDatabaseError(FOREIGN, path=address.display)
        if revision is not None and revision not in revisions:
            raise NewerDatabaseError(NEWER, path=address.display, revision=revision)
        created = False
        if revision != head:
            if not create or readonly:
                if revision is None:
                    raise MissingDatabaseError(NOT_SET_UP, path=address.display)
            else:
                if revision is not None:
                    with engine.connect() as conn:
                        if not _may_upgrade(conn):
                            raise DatabaseError(OLDER, path=address.display, revision=revision)
                with engine.begin() as conn:
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SETUP_LOCK})
                    _has, revision = _state(conn)  # someone else may have just done it
                    if revision != head:
                        created = revision is None
                        _upgrade(conn, language=language, seed=seed)
        with engine.connect() as conn:
            actor = actor_for(conn)
    except DBAPIError as exc:
        engine.dispose()
        error = postgres.translate_error(exc, address)
        if error is None:
            raise DatabaseError(f"Cannot open {address.display}: {exc.orig}") from exc
        raise error from exc
    except BaseException:
        engine.dispose()
        raise
    return Database(
        address,
        engine,
        sessionmaker(postgres.reader(engine), expire_on_commit=False),
        readonly=readonly,
        created=created,
        dialect=postgres,
        actor_id=actor,
    )
