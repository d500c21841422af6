"""The schema Funnel knows: its Alembic revisions, and the seeding and
indexing every new or upgraded database gets — shared by the local file
(funnel.store.db) and a team server (funnel.store.server_db)."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from funnel.errors import DatabaseError
from funnel.store.models import Pipeline

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(connection=None):
    # Alembic is imported only when needed: it costs most of a command's start-up.
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


_REVISION_LINE = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.M)
_DOWN_LINE = re.compile(r'^down_revision\s*=\s*["\']([^"\']+)["\']', re.M)


def known_revisions() -> tuple[set[str], str]:
    """Every schema revision this Funnel knows, and the newest. Read from the
    revision files' text rather than through Alembic, which is slow to import
    and needed only when a file must actually be migrated."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for file in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = file.read_text(encoding="utf-8")
        if match := _REVISION_LINE.search(text):
            revisions.add(match.group(1))
            if down := _DOWN_LINE.search(text):
                parents.add(down.group(1))
    heads = revisions - parents
    if len(heads) != 1:
        raise DatabaseError(f"Funnel's schema revisions are broken: heads {sorted(heads)}.")
    return revisions, heads.pop()


def seed_and_index(target, *, language: str, seed: bool, indexed: bool) -> None:
    """Seed and index through a session that joins `target`'s transaction
    (a Connection) or is `target` itself (a Session)."""
    from funnel.store.defaults import seed_defaults
    from funnel.store.search_text import index_missing

    session = target if isinstance(target, Session) else Session(bind=target)
    if seed and not session.scalar(select(func.count(Pipeline.id))):
        seed_defaults(session, language=language)
    if indexed:
        index_missing(session)
    session.flush()
