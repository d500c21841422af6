"""Start Funnel (minimised to the tray) when the user logs in.

Plain files and registry values, no Qt, one small function per platform:
- Linux and other freedesktop systems: `$XDG_CONFIG_HOME/autostart/funnel.desktop`
  (~/.config/autostart), read by GNOME, KDE, Xfce, Cinnamon …
- Windows: the per-user `Run` key, HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run,
  which needs no administrator rights and shows no console window.
- macOS: a LaunchAgent, ~/Library/LaunchAgents/app.funnel.plist.

The caller passes the command line to start, e.g. `[sys.executable, "-m",
"funnel", "--minimized"]` — how the app is started (and its minimised flag) is
the app's business, not this module's.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import shlex
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from funnel.errors import FunnelError

APP_ID = "app.funnel"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Funnel"


class AutostartError(FunnelError):
    pass


def _platform(platform: str | None) -> str:
    name = platform or sys.platform
    if name.startswith("win"):
        return "windows"
    if name == "darwin":
        return "macos"
    return "freedesktop"


def autostart_file(
    *,
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> Path | None:
    """Where the login entry lives (None on Windows, which uses the registry)."""
    env = os.environ if environ is None else environ
    home = home or Path.home()
    kind = _platform(platform)
    if kind == "windows":
        return None
    if kind == "macos":
        return home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    config = Path(env["XDG_CONFIG_HOME"]) if env.get("XDG_CONFIG_HOME") else home / ".config"
    return config / "autostart" / "funnel.desktop"


def _desktop_entry(command: Sequence[str]) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=Funnel",
            "Comment=Sales pipeline and follow-up reminders",
            f"Exec={shlex.join(command)}",
            "Icon=office-chart-line",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


def _launch_agent(command: Sequence[str]) -> bytes:
    return plistlib.dumps({"Label": APP_ID, "ProgramArguments": list(command), "RunAtLoad": True})


def _windows_command(command: Sequence[str]) -> str:
    import subprocess

    return subprocess.list2cmdline(list(command))


def _winreg() -> Any:
    import winreg  # only on Windows

    return winreg


def set_autostart(
    enabled: bool,
    command: Sequence[str],
    *,
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
    registry: Any = None,
) -> None:
    """Turn starting at login on (with `command`) or off. `registry` stands in
    for `winreg` in tests."""
    if enabled and not command:
        raise AutostartError("Starting at login needs the command that starts Funnel.")
    kind = _platform(platform)
    try:
        if kind == "windows":
            reg = registry or _winreg()
            with reg.CreateKey(reg.HKEY_CURRENT_USER, RUN_KEY) as key:
                if enabled:
                    reg.SetValueEx(key, RUN_VALUE, 0, reg.REG_SZ, _windows_command(command))
                else:
                    with contextlib.suppress(FileNotFoundError):  # already off
                        reg.DeleteValue(key, RUN_VALUE)
            return
        path = autostart_file(platform=platform, environ=environ, home=home)
        assert path is not None
        if not enabled:
            path.unlink(missing_ok=True)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        if kind == "macos":
            path.write_bytes(_launch_agent(command))
        else:
            path.write_text(_desktop_entry(command), encoding="utf-8")
    except OSError as exc:
        raise AutostartError(f"Cannot change starting at login: {exc.strerror or exc}.") from exc


def autostart_enabled(
    *,
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
    registry: Any = None,
) -> bool:
    if _platform(platform) == "windows":
        reg = registry or _winreg()
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY) as key:
                reg.QueryValueEx(key, RUN_VALUE)
        except FileNotFoundError:
            return False
        return True
    path = autostart_file(platform=platform, environ=environ, home=home)
    return path is not None and path.exists()
