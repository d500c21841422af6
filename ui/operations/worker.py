"""Running a long step (an import) off the UI thread, with progress and cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

# A job gets a progress callback (done, total) and a "was cancel pressed?" check.
Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]
# `done` of a progress report that means: waiting for another program that
# is writing to the same file to finish.
WAITING = -1


class Cancelled(Exception):
    """A job given up by the person before it wrote anything."""


class WorkerSignals(QObject):
    """Lives in the UI thread, so connected slots run there (queued)."""

    progress = Signal(int, int, int)  # token, done, total
    finished = Signal(int, object)  # token, result
    failed = Signal(int, object)  # token, exception


class Worker(QRunnable):
    """One job on a thread pool. `token` tells a page's current job from one it
    has abandoned (the person went back and forth meanwhile)."""

    def __init__(self, job: Job, token: int) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.job = job
        self.token = token
        self.signals = WorkerSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        def progress(done: int, total: int) -> None:
            self.signals.progress.emit(self.token, done, total)

        try:
            result = self.job(progress, self._cancel.is_set)
        except Exception as exc:  # shown to the person; the transaction is rolled back
            self.signals.failed.emit(self.token, exc)
        else:
            self.signals.finished.emit(self.token, result)
