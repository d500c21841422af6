"""A new Funnel on an older team database: the salesperson who updates first
is told who must upgrade it (not "your role does not allow this"), nothing is
touched; the owner of the tables opening it upgrades it for everyone."""

from __future__ import annotations

import psycopg
import pytest

from funnel.errors import DatabaseError
from funnel.store.db import open_database
from funnel.store.schema import known_revisions
from funnel.store.server_address import parse_server_url
from funnel.team.users import add_user
from tests.conftest import NOW
from tests.pg_cluster import fresh_name

pytestmark = pytest.mark.postgresql


def _version(url: str) -> str:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_a_salesperson_cannot_half_upgrade_and_is_told_who_can(pg_cluster, pg_url):
    boris = fresh_name("boris")
    manager = open_database(parse_server_url(pg_url), now=NOW)
    with manager.write() as s:
        add_user(s, boris, name="Boris", password="s3cret-pass")
    manager.close()
    _, head = known_revisions()
    with psycopg.connect(pg_url) as conn:  # as if the database were one release behind
        conn.execute("UPDATE alembic_version SET version_num = '0014'")
    database = pg_url.rsplit("/", 1)[1]
    boris_url = pg_cluster.url(database, user=boris, password="s3cret-pass")

    with pytest.raises(DatabaseError) as refused:
        open_database(parse_server_url(boris_url), now=NOW)
    message = str(refused.value)
    assert "earlier version of Funnel (schema 0014)" in message
    assert "owns its tables" in message and "Nothing was changed" in message
    assert _version(pg_url) == "0014"

    owner = open_database(parse_server_url(pg_url), now=NOW)  # the tables' owner upgrades
    owner.close()
    assert _version(pg_url) == head
    open_database(parse_server_url(boris_url), now=NOW).close()
