"""Starting at login from Preferences: the login entry runs this very app,
minimised, on the database in use (the writers are pointed at tmp)."""

from __future__ import annotations

from pathlib import Path

import pytest

from funnel.followups.escalation import escalation_settings
from funnel.owners import create_owner
from funnel.store.db import default_db_path
from ui.reminders.autostart import Autostart
from ui.settings.followups import FollowupSettings


def test_the_login_starts_the_funnel_script_of_this_environment(tmp_path):
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "funnel").write_text("#!/bin/sh\n")
    autostart = Autostart(default_db_path(), platform="linux",
                          executable=str(tmp_path / "bin" / "python"), frozen=False)  # fmt: skip
    assert autostart.command() == [str(tmp_path / "bin" / "funnel"), "--minimized"]


def test_without_the_script_python_runs_the_package(tmp_path):
    autostart = Autostart(default_db_path(), platform="linux",
                          executable=str(tmp_path / "python3"), frozen=False)  # fmt: skip
    assert autostart.command() == [str(tmp_path / "python3"), "-m", "funnel", "--minimized"]


def test_on_windows_pythonw_starts_without_a_console(tmp_path):
    (tmp_path / "pythonw.exe").write_text("")
    autostart = Autostart(default_db_path(), platform="win32",
                          executable=str(tmp_path / "python.exe"), frozen=False)  # fmt: skip
    assert autostart.command()[:3] == [str(tmp_path / "pythonw.exe"), "-m", "funnel"]


def test_a_frozen_app_starts_itself_on_the_database_in_use(tmp_path):
    db = tmp_path / "team.sqlite3"
    autostart = Autostart(db, platform="linux", executable="/opt/Funnel/funnel", frozen=True)
    assert autostart.command() == ["/opt/Funnel/funnel", "--db", str(db), "--minimized"]


@pytest.fixture
def login_entry(tmp_path, ctx):
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config")}
    return Autostart(ctx.db.path, platform="linux", home=tmp_path, environ=env,
                     executable="/usr/bin/python3", frozen=False)  # fmt: skip


def test_checking_start_at_login_writes_the_desktop_entry(ctx, login_entry, tmp_path, qtbot):
    section = FollowupSettings(ctx, autostart=login_entry)
    qtbot.addWidget(section)
    assert not section.login_box.isChecked()
    section.login_box.setChecked(True)
    assert section.apply()
    entry = Path(tmp_path / "config" / "autostart" / "funnel.desktop").read_text()
    assert f"Exec=/usr/bin/python3 -m funnel --db {ctx.db.path} --minimized" in entry
    section.login_box.setChecked(False)
    assert section.apply()
    assert not login_entry.is_enabled()


def test_escalation_is_set_in_the_same_section(db, now, ctx, login_entry, qtbot):
    with db.begin() as s:
        backup = create_owner(s, "Boris").id
    section = FollowupSettings(ctx, autostart=login_entry)
    qtbot.addWidget(section)
    assert not section.days_box.isEnabled()  # off by default
    section.escalate_box.setChecked(True)
    section.days_box.setValue(4)
    section.owner_box.setCurrentIndex(section.owner_box.findText("Boris"))
    assert section.apply()
    settings = ctx.read(escalation_settings)
    assert (settings.after_days, settings.backup_owner_id) == (4, backup)
