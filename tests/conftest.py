"""Every test gets a temporary database and a fixed clock: Monday 23 November
2026, 09:00 UTC. Widget tests run headless.

The service tests (the folders in BOTH_BACKENDS) run twice: on a SQLite file
and on a real PostgreSQL server — a throwaway cluster started once for the
run (tests/pg_cluster.py), each test in a fresh database copied from a
migrated template. A test that needs the file itself (it asks for `db_path`)
or is marked `sqlite_only` runs on SQLite alone."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from funnel.store.db import Database, open_database

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


BOTH_BACKENDS = (
    "pipeline", "followups", "deals", "customers", "cleanup", "imports", "exports",
    "reports", "team",
)  # fmt: skip


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: a SQLite-file behaviour; not on a server")
    config.addinivalue_line("markers", "postgresql: needs the throwaway PostgreSQL server")


def pytest_generate_tests(metafunc):
    if "db" not in metafunc.fixturenames:
        return
    test_file = Path(str(metafunc.definition.fspath))
    both = (
        test_file.parent.name in BOTH_BACKENDS
        and test_file.parent.parent.name == "tests"
        and "db_path" not in metafunc.fixturenames
        and metafunc.definition.get_closest_marker("sqlite_only") is None
    )
    metafunc.parametrize(
        "backend", ["sqlite", "postgresql"] if both else ["sqlite"], indirect=True, scope="function"
    )


@pytest.fixture
def backend(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_cluster():
    """The throwaway PostgreSQL server of this test run."""
    from tests.pg_cluster import remove_cluster, start_cluster

    cluster = start_cluster()
    yield cluster
    remove_cluster(cluster)


@pytest.fixture(scope="session")
def pg_template(pg_cluster) -> str:
    """A database migrated to head and seeded, copied for each test."""
    from funnel.store.server_address import parse_server_url

    pg_cluster.admin_execute("CREATE DATABASE funnel_template")
    database = open_database(parse_server_url(pg_cluster.url("funnel_template")), now=NOW)
    database.close()
    return "funnel_template"


@pytest.fixture
def pg_url(pg_cluster, pg_template) -> Iterator[str]:
    """The URL of a fresh team database, as the manager who set it up."""
    from tests.pg_cluster import fresh_name

    name = fresh_name()
    pg_cluster.admin_execute(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    yield pg_cluster.url(name)
    pg_cluster.admin_execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def db(backend, request) -> Iterator[Database]:
    if backend == "postgresql":
        from funnel.store.server_address import parse_server_url

        target = parse_server_url(request.getfixturevalue("pg_url"))
        database = open_database(target, now=NOW)
    else:
        database = open_database(request.getfixturevalue("db_path"), now=NOW)
    yield database
    database.close()


@pytest.fixture
def session(db: Database):
    """A session whose work is committed when the test ends cleanly."""
    with db.begin() as s:
        yield s


@pytest.fixture
def settings_dir(tmp_path, qapp):
    """Qt settings (window geometry, language, columns) go to a temp folder."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("FunnelTests")
    QCoreApplication.setApplicationName("FunnelTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qt"))
    QSettings().clear()
    return tmp_path / "qt"


@pytest.fixture(autouse=True)
def english(request):
    """Widget tests see what an English user sees: the app installs the user's
    language on start, and English brings its plural forms ("1 deal", "5 deals").
    Installed before each Qt test, so no test depends on a language left behind."""
    if "qapp" in request.fixturenames:
        from ui import i18n

        request.getfixturevalue("qapp")
        i18n.install_language("en")


@pytest.fixture
def ctx(db, settings_dir):
    """The window's shared context over the test database, with a fixed clock."""
    from ui.context import AppContext

    return AppContext(db, clock=lambda: NOW)


@pytest.fixture
def window(ctx, qtbot):
    """A ready main window, shown offscreen."""
    from ui import i18n
    from ui.main_window import MainWindow

    i18n.install_language("en")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
