"""The one line a command prints when something it did not expect goes wrong.

Domain errors (`FunnelError`) already read well. What is left are conditions
of the machine — a full disk, a file that vanished, a permission — and bugs.
The first get their own sentence; a bug says what failed, that the
transaction was rolled back, and how to see the details.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError

from funnel.store.sqlite import DISK_FULL, is_disk_full


def one_line_error(exc: BaseException) -> str:
    if is_disk_full(exc):
        return DISK_FULL
    if isinstance(exc, OSError) and exc.strerror:
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror}{where}; nothing was written."
    if isinstance(exc, DBAPIError | sqlite3.Error):
        orig = exc.orig if isinstance(exc, DBAPIError) else exc
        return f"the database refused the change ({orig}); nothing was written."
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return (
        f"unexpected error ({type(exc).__name__}: {first[:200]}); nothing was written. "
        "Run again with FUNNEL_DEBUG=1 to see the details."
    )
