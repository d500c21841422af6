import plistlib
from contextlib import contextmanager

from funnel.followups.autostart import RUN_KEY, RUN_VALUE, autostart_enabled, set_autostart

COMMAND = ["/opt/funnel/bin/python", "-m", "funnel", "--minimized"]


def test_on_linux_a_desktop_entry_starts_funnel_at_login(tmp_path):
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config")}
    where = {"platform": "linux", "environ": env, "home": tmp_path}
    assert not autostart_enabled(**where)
    set_autostart(True, COMMAND, **where)
    entry = (tmp_path / "config" / "autostart" / "funnel.desktop").read_text()
    assert "Exec=/opt/funnel/bin/python -m funnel --minimized" in entry
    assert autostart_enabled(**where)
    set_autostart(False, COMMAND, **where)
    assert not autostart_enabled(**where)


def test_on_macos_a_launch_agent_runs_at_load(tmp_path):
    set_autostart(True, COMMAND, platform="darwin", home=tmp_path)
    plist = plistlib.loads((tmp_path / "Library/LaunchAgents/app.funnel.plist").read_bytes())
    assert (plist["ProgramArguments"], plist["RunAtLoad"]) == (COMMAND, True)


class FakeRegistry:
    """Just enough of `winreg` for the per-user Run key."""

    HKEY_CURRENT_USER = "HKCU"
    REG_SZ = 1

    def __init__(self):
        self.values: dict[tuple[str, str], str] = {}

    @contextmanager
    def CreateKey(self, root, path):
        yield (root, path)

    OpenKey = CreateKey

    def SetValueEx(self, key, name, _reserved, _kind, value):
        self.values[(key[1], name)] = value

    def QueryValueEx(self, key, name):
        if (key[1], name) not in self.values:
            raise FileNotFoundError(name)
        return self.values[(key[1], name)], self.REG_SZ

    def DeleteValue(self, key, name):
        if self.values.pop((key[1], name), None) is None:
            raise FileNotFoundError(name)


def test_on_windows_the_run_key_starts_funnel_at_login():
    reg = FakeRegistry()
    command = [r"C:\Program Files\Funnel\pythonw.exe", "-m", "funnel", "--minimized"]
    set_autostart(True, command, platform="win32", registry=reg)
    assert reg.values[(RUN_KEY, RUN_VALUE)] == (
        '"C:\\Program Files\\Funnel\\pythonw.exe" -m funnel --minimized'
    )
    assert autostart_enabled(platform="win32", registry=reg)
    set_autostart(False, command, platform="win32", registry=reg)
    set_autostart(False, command, platform="win32", registry=reg)  # already off: fine
    assert not autostart_enabled(platform="win32", registry=reg)
