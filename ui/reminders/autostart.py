"""Start Funnel minimised to the tray when the user logs in.

The files and registry values are written by `funnel.followups.autostart` (a desktop
entry on Linux, the per-user Run key on Windows, a LaunchAgent on macOS).
This side knows how this very app is started — the `funnel` script of its
environment, a frozen executable, or `python -m funnel` — and which database
it runs on, so the login starts the same app on the same file.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from funnel.followups import autostart
from funnel.store.db import default_db_path

MINIMIZED_FLAG = "--minimized"


class Autostart:
    """Starting at login, on or off. Everything the writers touch can be
    pointed elsewhere (`platform`, `home`, `environ`, `registry`) for tests."""

    def __init__(
        self,
        db_path: Path | str | None = None,
        *,
        platform: str | None = None,
        home: Path | None = None,
        environ: Mapping[str, str] | None = None,
        registry: Any = None,
        executable: str | None = None,
        frozen: bool | None = None,
    ) -> None:
        self.db_path = Path(db_path) if db_path is not None else None
        self.platform = platform
        self._where = {"platform": platform, "home": home, "environ": environ}
        self._registry = registry
        self.executable = executable or sys.executable
        self.frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen

    def _is_windows(self) -> bool:
        return (self.platform or sys.platform).startswith("win")

    def command(self) -> list[str]:
        """The command line the login runs: this app, minimised, on this database."""
        exe = Path(self.executable)
        if self.frozen:
            command = [str(exe)]
        else:
            script = exe.with_name("funnel.exe" if self._is_windows() else "funnel")
            if script.exists():
                command = [str(script)]
            else:
                if self._is_windows() and exe.name.lower() == "python.exe":
                    # pythonw starts without a console window flashing at login.
                    windowless = exe.with_name("pythonw.exe")
                    exe = windowless if windowless.exists() else exe
                command = [str(exe), "-m", "funnel"]
        # The login session may not have FUNNEL_DB set: name any other file.
        if self.db_path is not None and self.db_path != default_db_path():
            command += ["--db", str(self.db_path)]
        return [*command, MINIMIZED_FLAG]

    def is_enabled(self) -> bool:
        kwargs = dict(self._where)
        if self._is_windows():
            kwargs["registry"] = self._registry
        return autostart.autostart_enabled(**kwargs)

    def set_enabled(self, enabled: bool) -> None:
        """Raises `funnel.followups.autostart.AutostartError` with a readable reason."""
        kwargs = dict(self._where)
        if self._is_windows():
            kwargs["registry"] = self._registry
        autostart.set_autostart(enabled, self.command(), **kwargs)

    def where(self) -> str:
        """Where the login entry lives, for the Preferences hint."""
        if self._is_windows():
            return "HKCU\\" + autostart.RUN_KEY
        path = autostart.autostart_file(**self._where)
        return str(path) if path else ""
