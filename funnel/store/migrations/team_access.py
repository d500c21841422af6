"""Grants for the team roles, for migrations that create tables.

Migration 0010 granted every table that existed then to the two group roles
(`funnel_manager`, `funnel_salesperson`). A table created later is reachable by
the database's owner only, until its migration grants it too; forgetting that
makes the app fail for every salesperson with "permission denied" the day the
migration ships. So a migration that creates a table calls, right after
`op.create_table(...)`:

    from funnel.store.migrations.team_access import grant_to_team
    grant_to_team("my_table")                      # working data: both roles write
    grant_to_team("my_setup", salesperson="read")  # configuration: managers write

and, when its rows belong to someone, adds row-level security policies like
those of 0010. On a SQLite file it does nothing. `tests/team/test_grants.py`
fails for any table or id sequence at the head revision that either role
cannot reach, so a forgotten call is caught by the tests rather than by a
salesperson.

A helper rather than `ALTER DEFAULT PRIVILEGES`: default privileges belong to
the role that creates the tables, and a database set up by one manager and
upgraded later by another would silently stop granting.
"""

from __future__ import annotations

from typing import Literal

from alembic import op

MANAGER = "funnel_manager"
SALESPERSON = "funnel_salesperson"
ROLES = (MANAGER, SALESPERSON)
WRITE = "SELECT, INSERT, UPDATE, DELETE"


def grant_to_team(table: str, *, salesperson: Literal["write", "read"] = "write") -> None:
    """Let both team roles use `table` (and its id sequence): a manager reads
    and writes it; a salesperson writes it (`"write"`) or only reads it
    (`"read"`). PostgreSQL only; a no-op elsewhere."""
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    quoted = bind.dialect.identifier_preparer.quote(table)
    op.execute(f"GRANT {WRITE} ON {quoted} TO {MANAGER}")
    theirs = WRITE if salesperson == "write" else "SELECT"
    op.execute(f"GRANT {theirs} ON {quoted} TO {SALESPERSON}")
    sequences = bind.exec_driver_sql(
        "SELECT pg_get_serial_sequence(c.table_name, c.column_name) "
        "FROM information_schema.columns c "
        "WHERE c.table_schema = current_schema() AND c.table_name = %(table)s",
        {"table": table},
    ).scalars()
    for sequence in sorted({s for s in sequences if s}):
        op.execute(f"GRANT USAGE, SELECT ON SEQUENCE {sequence} TO {MANAGER}, {SALESPERSON}")
