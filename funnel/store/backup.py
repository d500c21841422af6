"""Copies of the database that are either whole or absent.

A backup is written through SQLite's online backup (consistent while the app
writes) to a temporary name in the destination's folder, flushed to the disk,
then renamed over the final name. A backup killed half-way or stopped by a
full disk leaves only the temporary file (removed when the error is seen),
never a file that looks like a backup and opens as an empty database.

Before an upgrade Funnel keeps one backup of the file as it was; an upgrade
tried again (after a crash or a full disk) reuses it rather than writing one
more full-size copy each time. The copy is recognised by a fingerprint of the
source (size and modification time) kept in the copy's `user_version`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import zlib
from datetime import datetime
from pathlib import Path

from funnel.errors import DatabaseError, DiskFullError
from funnel.store.sqlite import DISK_FULL, connect, is_disk_full

PARTIAL_SUFFIX = ".partial"


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible (nor needed) on Windows.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def fingerprint(path: Path) -> int:
    """A 31-bit mark of the file's current content, for `user_version`."""
    st = path.stat()
    return zlib.crc32(f"{st.st_size}:{st.st_mtime_ns}".encode()) & 0x7FFFFFFF


def partial_name(dest: Path) -> Path:
    return dest.with_name(f".{dest.name}.{os.getpid()}{PARTIAL_SUFFIX}")


def backup_file(source: Path, dest: Path, *, mark: int | None = None) -> Path:
    """A consistent copy of `source` at `dest`, appearing there only when whole."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    temp = partial_name(dest)
    temp.unlink(missing_ok=True)
    try:
        src = connect(source, readonly=True)
        try:
            dst = connect(temp, create=True)
            try:
                src.backup(dst)
                if mark is not None:
                    dst.execute(f"PRAGMA user_version={int(mark)}")
                # The copy is a self-contained file: no -wal beside it to lose.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, dest)
        _fsync_folder(dest.parent)
    except (OSError, sqlite3.Error) as exc:
        temp.unlink(missing_ok=True)
        for extra in ("-journal", "-wal", "-shm"):
            Path(f"{temp}{extra}").unlink(missing_ok=True)
        if is_disk_full(exc):
            raise DiskFullError(DISK_FULL) from exc
        raise DatabaseError(f"The backup could not be written to {dest}: {exc}.") from exc
    return dest


def _revision_and_mark(path: Path) -> tuple[str | None, int]:
    try:
        con = connect(path, readonly=True)
        try:
            mark = con.execute("PRAGMA user_version").fetchone()[0]
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None, 0
    return (row[0] if row else None), mark


def backup_before_upgrade(path: Path, revision: str, *, now: datetime) -> Path:
    """The backup of `path` at `revision` taken before upgrading it: an
    existing one of this very content, or a new one."""
    mark = fingerprint(path)
    for candidate in sorted(path.parent.glob(f"{path.stem}.backup-*{path.suffix}")):
        if _revision_and_mark(candidate) == (revision, mark):
            return candidate
    stamp = now.strftime("%Y%m%d-%H%M%S")
    return backup_file(path, path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}"), mark=mark)


def remove_stale_partials(folder: Path) -> None:
    """Temporary files of backups killed long ago (their process is gone)."""
    for temp in folder.glob(f".*{PARTIAL_SUFFIX}"):
        pid = temp.name.rsplit(".", 2)[-2]
        if pid.isdigit() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                temp.unlink()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
