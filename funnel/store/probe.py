"""Trying a team server's address before switching to it (the connect
dialog's "Test connection"): who we are, on which database — or the error a
person can act on (unreachable, wrong password, no such database)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from funnel.errors import DatabaseError
from funnel.store import postgres
from funnel.store.server_address import ServerAddress


@dataclass(frozen=True)
class Probe:
    user: str
    database: str
    host: str


def probe_server(address: ServerAddress, password: str | None) -> Probe:
    """Connect once (at most `postgres.CONNECT_TIMEOUT_S` to wait) and say who we are."""
    engine = postgres.make_engine(address, password)
    try:
        with engine.connect() as conn:
            row = conn.execute(text("SELECT current_user, current_database()")).one()
    except DBAPIError as exc:
        error = postgres.translate_error(exc, address)
        if error is None:
            raise DatabaseError(f"Cannot connect to {address.display}: {exc.orig}") from exc
        raise error from exc
    finally:
        engine.dispose()
    return Probe(user=str(row[0]), database=str(row[1]), host=address.host)
