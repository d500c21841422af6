"""The demo file: a separate file of made-up deals beside the real one
(`demo.sqlite3` in the same folder), marked as a demo in its settings so the
window can say so. A cancelled or failed demo leaves no file behind, and a
file of that name that holds real deals is never touched."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from funnel.demo import generate_demo
from funnel.errors import FunnelError, ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.db import open_database
from funnel.store.firststart import has_deals, is_demo, mark_demo

DEMO_NAME = "demo.sqlite3"
DEMO_DEALS = 3_000  # a few thousand: every screen has something, made in a second or two
DEMO_SEED = 1


class DemoCancelled(FunnelError):
    """The person pressed Cancel while the demo was being made."""


def demo_path(real: Path) -> Path:
    return Path(real).with_name(DEMO_NAME)


def _remove(path: Path) -> None:
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        file.unlink(missing_ok=True)


def make_demo_file(path: Path, *, language: str, now: datetime, progress, cancelled) -> Path:
    """The demo file at `path`: reused when it is one already, else made."""
    existed = path.exists()
    db = open_database(path, now=now, language=language)
    try:
        with db.begin() as session:
            if existed and is_demo(session):
                return path
            if has_deals(session):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path} already holds deals and is not a demo file; it is left alone.",
                    ),
                    path=str(path),
                )
            mark_demo(session)

        def step(done: int, total: int) -> None:
            if cancelled():
                raise DemoCancelled("Cancelled.")
            progress(done, total)

        generate_demo(db, deals=DEMO_DEALS, seed=DEMO_SEED, now=now, progress=step)
    except BaseException:
        db.close()
        if not existed:
            _remove(path)
        raise
    db.close()
    return path
