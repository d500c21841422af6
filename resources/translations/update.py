"""Refresh the translation sources and compile them.

    .venv/bin/python resources/translations/update.py

Runs `pyside6-lupdate` over every Python file of `ui/` and `funnel/` (domain
error templates are marked with `QT_TRANSLATE_NOOP("Errors", ...)`), keeping
existing translations, then `pyside6-lrelease` to the .qm files the app loads.
English is the source language, so `funnel_en.ts` holds only the messages with
plural forms ("%n deal(s)" becomes "1 deal" / "5 deals").
Strings still to translate are marked `type="unfinished"` in the .ts files;
`tests/test_translations.py` fails while any remain.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("ru", "pt_BR", "en")
PLURAL_ONLY = frozenset({"en"})  # the source text is English; only its plurals need forms


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def sources() -> list[str]:
    files = sorted((ROOT / "ui").rglob("*.py")) + sorted((ROOT / "funnel").rglob("*.py"))
    return [str(f.relative_to(ROOT)) for f in files if "migrations" not in f.parts]


def ts_path(language: str) -> Path:
    return HERE / f"funnel_{language}.ts"


def lupdate_args(language: str) -> list[str]:
    """The options lupdate needs for one language, besides sources and -ts."""
    return ["-pluralonly"] if language in PLURAL_ONLY else []


def lupdate(language: str, ts: Path, extra_args: tuple[str, ...] = ()) -> None:
    """Collect the sources' messages into `ts`, keeping its translations."""
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), *lupdate_args(language), *extra_args, "-ts", str(ts)],
        cwd=ROOT,
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)


def update(*, release: bool = True, extra_args: tuple[str, ...] = ()) -> None:
    for language in LANGUAGES:
        ts = ts_path(language)
        lupdate(language, ts, extra_args)
        if release:
            lrelease(ts, ts.with_suffix(".qm"))


if __name__ == "__main__":
    update(release="--no-release" not in sys.argv, extra_args=("-no-obsolete",))
