"""What every import wizard shares: its pages' jobs run on a thread pool,
each page hears only about its own current job, and a page left behind
(the person went back) has its job cancelled."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWizardPage

from ui.operations.worker import Job, Worker


class JobPage(Protocol):
    def job_progress(self, done: int, total: int) -> None: ...
    def job_finished(self, result: Any) -> None: ...
    def job_failed(self, error: Exception) -> None: ...


class WizardJobs:
    """Mixed into a QWizard; call `_init_jobs()` in its constructor."""

    def _init_jobs(self) -> None:
        self._pool = QThreadPool(self)  # type: ignore[arg-type]
        self._token = 0
        self._jobs: dict[int, tuple[JobPage, Worker]] = {}
        self._active: dict[int, int] = {}  # id(page) → its current token

    def abandon(self, page: QWizardPage, *, forget: bool = True) -> None:
        """Cancel the page's running job. With `forget`, its outcome is ignored
        (the person went back); otherwise the page still hears how it ended."""
        token = self._active.get(id(page))
        if token is None:
            return
        if forget:
            del self._active[id(page)]
        if token in self._jobs:
            self._jobs[token][1].cancel()

    def running(self, page: QWizardPage) -> bool:
        return id(page) in self._active

    def _start(self, page: JobPage, job: Job | None, worker: Worker | None = None) -> None:
        """Run `job` for `page`, or a prepared `worker` (a write through the
        operations door, `ui.operations.core.background_worker`)."""
        self.abandon(page)  # type: ignore[arg-type]
        self._token += 1
        if worker is None:
            assert job is not None
            worker = Worker(job, self._token)
        worker.token = self._token
        worker.signals.progress.connect(self._job_progress)
        worker.signals.finished.connect(self._job_finished)
        worker.signals.failed.connect(self._job_failed)
        self._jobs[self._token] = (page, worker)
        self._active[id(page)] = self._token
        self._pool.start(worker)

    def _page_of(self, token: int, *, done: bool) -> JobPage | None:
        entry = self._jobs.pop(token, None) if done else self._jobs.get(token)
        if entry is None:
            return None
        page = entry[0]
        if self._active.get(id(page)) != token:
            return None
        if done:
            del self._active[id(page)]
        return page

    def _job_progress(self, token: int, done: int, total: int) -> None:
        page = self._page_of(token, done=False)
        if page is not None:
            page.job_progress(done, total)

    def _unpack(self, result: Any) -> Any:
        """A hook: what a finished job's result means to its page."""
        return result

    def _job_finished(self, token: int, result: Any) -> None:
        page = self._page_of(token, done=True)
        if page is not None:
            page.job_finished(self._unpack(result))

    def _job_failed(self, token: int, error: Exception) -> None:
        page = self._page_of(token, done=True)
        if page is not None:
            page.job_failed(error)
