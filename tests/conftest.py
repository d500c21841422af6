"""Every test gets a temporary database and a fixed clock: Monday 23 November
2026, 09:00 UTC. Widget tests run headless."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from funnel.db import Database, open_database

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
TODAY = date(2026, 11, 23)


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "funnel.sqlite3"


@pytest.fixture
def db(db_path) -> Iterator[Database]:
    database = open_database(db_path, now=NOW)
    yield database
    database.close()


@pytest.fixture
def session(db: Database):
    """A session whose work is committed when the test ends cleanly."""
    with db.begin() as s:
        yield s
