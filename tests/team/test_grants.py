"""Every table of the schema is reachable by both team roles: a migration
that creates a table and forgets to grant it breaks the app for every
salesperson. `grant_to_team` is what such a migration calls."""

from __future__ import annotations

import psycopg
import pytest
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Integer, String, create_engine

from funnel.store.db import open_database
from funnel.store.migrations.team_access import MANAGER, SALESPERSON, grant_to_team
from funnel.store.server_address import parse_server_url
from funnel.team.users import add_user
from tests.conftest import NOW
from tests.pg_cluster import fresh_name

PASSWORD = "s3cret-pass"


def unreachable(conn: psycopg.Connection) -> list[str]:
    """What either role cannot use: a manager must read and write every
    table, a salesperson at least read it; both must draw ids."""
    missing = []
    tables = conn.execute(
        "SELECT quote_ident(table_name) FROM information_schema.tables "
        "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1"
    ).fetchall()
    for (table,) in tables:
        wanted = {MANAGER: ("SELECT", "INSERT", "UPDATE", "DELETE"), SALESPERSON: ("SELECT",)}
        for role, privileges in wanted.items():
            for privilege in privileges:
                sql = "SELECT has_table_privilege(%s, %s, %s)"
                if not conn.execute(sql, [role, table, privilege]).fetchone()[0]:
                    missing.append(f"{privilege} on {table} for {role}")
    sequences = conn.execute(
        "SELECT quote_ident(sequence_name) FROM information_schema.sequences "
        "WHERE sequence_schema = current_schema() ORDER BY 1"
    ).fetchall()
    for (sequence,) in sequences:
        for role in (MANAGER, SALESPERSON):
            sql = "SELECT has_sequence_privilege(%s, %s, 'USAGE')"
            if not conn.execute(sql, [role, sequence]).fetchone()[0]:
                missing.append(f"USAGE on {sequence} for {role}")
    return missing


@pytest.mark.postgresql
def test_every_table_and_id_sequence_is_open_to_both_team_roles(pg_url):
    with psycopg.connect(pg_url) as conn:
        assert unreachable(conn) == []


def _context(connection) -> MigrationContext:
    return MigrationContext.configure(connection)


def _migrate(url: str, table: str, *, grant: bool = True, **how) -> None:
    """A later migration's work: create a table, then grant it (or forget to)."""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.begin() as connection, Operations.context(_context(connection)):
            from alembic import op

            op.create_table(
                table,
                Column("id", Integer, primary_key=True),
                Column("name", String(40), nullable=False),
            )
            if grant:
                grant_to_team(table, **how)
    finally:
        engine.dispose()


@pytest.mark.postgresql
def test_a_table_a_migration_forgot_to_grant_is_caught(pg_url):
    _migrate(pg_url, "forgotten", grant=False)
    with psycopg.connect(pg_url) as conn:
        missing = unreachable(conn)
    assert "SELECT on forgotten for funnel_salesperson" in missing
    assert "USAGE on forgotten_id_seq for funnel_manager" in missing


@pytest.mark.postgresql
def test_grant_to_team_lets_a_manager_write_and_a_salesperson_read_a_new_table(pg_cluster, pg_url):
    _migrate(pg_url, "price_list", salesperson="read")
    _migrate(pg_url, "call_log")  # working data: both write
    with psycopg.connect(pg_url) as conn:
        assert unreachable(conn) == []
    boss, seller = fresh_name("boss"), fresh_name("seller")
    db = open_database(parse_server_url(pg_url), now=NOW)
    with db.write() as s:
        add_user(s, boss, name="Boss", password=PASSWORD, role="manager")
        add_user(s, seller, name="Seller", password=PASSWORD)
    db.close()
    database = pg_url.rsplit("/", 1)[1]
    with psycopg.connect(pg_cluster.url(database, user=boss, password=PASSWORD)) as conn:
        conn.execute("INSERT INTO price_list (name) VALUES ('2027')")
    with psycopg.connect(pg_cluster.url(database, user=seller, password=PASSWORD)) as conn:
        assert conn.execute("SELECT name FROM price_list").fetchall() == [("2027",)]
        conn.execute("INSERT INTO call_log (name) VALUES ('called Anna')")
        conn.commit()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO price_list (name) VALUES ('mine')")


def test_grant_to_team_does_nothing_on_a_sqlite_file(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    try:
        with engine.begin() as connection, Operations.context(_context(connection)):
            grant_to_team("deal")  # no roles, no GRANT on SQLite: nothing to fail
    finally:
        engine.dispose()
