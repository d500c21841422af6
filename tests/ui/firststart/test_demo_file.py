"""The demo file: made beside the real one, reused, and never left half-made."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from funnel.demo.demo_file import DEMO_DEALS, DemoCancelled, demo_path, make_demo_file
from funnel.errors import ValidationError
from funnel.store.db import open_database
from funnel.store.firststart import is_demo
from funnel.store.models import Deal
from tests.conftest import NOW
from tests.factories import make_deal


def never() -> bool:
    return False


def count(path):
    db = open_database(path, now=NOW)
    try:
        with db.begin() as s:
            return s.scalar(select(func.count(Deal.id))), is_demo(s)
    finally:
        db.close()


def test_the_demo_file_sits_beside_the_real_one(tmp_path):
    assert demo_path(tmp_path / "funnel.sqlite3") == tmp_path / "demo.sqlite3"


def test_a_demo_file_is_made_marked_and_reused(tmp_path):
    path = tmp_path / "demo.sqlite3"
    steps = []

    make_demo_file(path, language="ru", now=NOW, progress=lambda d, t: steps.append((d, t)),
                   cancelled=never)  # fmt: skip

    assert count(path) == (DEMO_DEALS, True)
    assert steps[-1] == (DEMO_DEALS, DEMO_DEALS)
    make_demo_file(path, language="ru", now=NOW, progress=lambda d, t: None, cancelled=never)
    assert count(path) == (DEMO_DEALS, True)  # opened again, not doubled


def test_a_cancelled_demo_leaves_no_file(tmp_path):
    path = tmp_path / "demo.sqlite3"
    with pytest.raises(DemoCancelled):
        make_demo_file(path, language="en", now=NOW, progress=lambda d, t: None,
                       cancelled=lambda: True)  # fmt: skip
    assert not path.exists()


def test_someone_elses_file_named_demo_is_left_alone(tmp_path):
    path = tmp_path / "demo.sqlite3"
    db = open_database(path, now=NOW)
    with db.begin() as s:
        make_deal(s, NOW)
    db.close()

    with pytest.raises(ValidationError, match="not a demo file"):
        make_demo_file(path, language="en", now=NOW, progress=lambda d, t: None, cancelled=never)
    assert count(path) == (1, False)
