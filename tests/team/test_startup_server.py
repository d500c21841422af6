"""Starting the window on a team server: it opens like a file; one that
cannot be reached says so and offers Retry, a local file, or Quit."""

from __future__ import annotations

import pytest

from ui import app as app_module

pytestmark = pytest.mark.postgresql

UNREACHABLE = "postgresql://anna@127.0.0.1:1/sales"


@pytest.fixture(autouse=True)
def no_assistant(monkeypatch):
    """A new local file would open the first-start assistant: not here."""
    monkeypatch.setattr(app_module.FunnelApp, "maybe_show_assistant", lambda self: None)


def _close(funnel_app) -> None:
    from ui.team.live import stop_live_refresh

    stop_live_refresh(funnel_app.ctx)
    app_module.FunnelApp._close(funnel_app.window)
    funnel_app.window.deleteLater()
    funnel_app.ctx.db.close()


def test_the_window_opens_on_a_server_named_with_db(pg_url, qtbot, settings_dir):
    funnel_app = app_module.start_app(pg_url, clock=lambda: app_module.datetime.now())
    try:
        assert funnel_app is not None
        window = funnel_app.window
        assert "@ 127.0.0.1" in window.windowTitle()
        assert "admin-secret" not in window.db_label.text()
        assert window.db_label.text().startswith("postgresql://funnel_admin@127.0.0.1")
        assert window.server_banner is not None and not window.server_banner.isVisible()
    finally:
        if funnel_app is not None:
            _close(funnel_app)


def test_an_unreachable_server_at_start_asks_and_quit_opens_nothing(
    monkeypatch, qtbot, settings_dir
):
    asked: list[str] = []

    def answer(error):
        asked.append(str(error))
        return "retry" if len(asked) == 1 else "quit"

    monkeypatch.setattr(app_module, "ask_unreachable", answer)
    assert app_module.start_app(UNREACHABLE) is None
    assert len(asked) == 2  # Retry tried again; then Quit
    assert "cannot be reached" in asked[0]


def test_an_unreachable_server_at_start_can_open_the_local_file_instead(
    monkeypatch, tmp_path, qtbot, settings_dir
):
    local = tmp_path / "mine.sqlite3"
    monkeypatch.setattr(app_module, "ask_unreachable", lambda error: "local")
    monkeypatch.setattr(app_module, "default_db_path", lambda: local)
    funnel_app = app_module.start_app(UNREACHABLE)
    try:
        assert funnel_app is not None and funnel_app.ctx.db.path == local
    finally:
        if funnel_app is not None:
            _close(funnel_app)
