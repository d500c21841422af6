"""File › Import deals…: a wizard over `funnel.imports`.

Pages: choose the file → match columns to fields → stages and won/lost words
→ check every row (a dry run) → import. Reading the whole file, checking it
and writing it run on a thread pool, each in its own `Database.begin()`
transaction, so the window never freezes and a failed or cancelled import
writes nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

from dateutil.tz import tzlocal
from PySide6.QtCore import QCoreApplication, QLocale, QStringListModel, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QListView,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from funnel.imports.csvfile import CsvTable, read_csv
from funnel.imports.deals import (
    ImportCancelled,
    ImportOptions,
    ImportPlan,
    ImportResult,
    apply_import,
    plan_import,
)
from ui.context import AppContext, Changes
from ui.imports.import_page import ImportProgressPage
from ui.imports.jobs import WizardJobs
from ui.imports.locale_defaults import locale_region
from ui.imports.pages import FilePage, MappingPage, StagesPage, error_label, fill
from ui.messages import error_text
from ui.operations.core import Op, background_worker

T = TypeVar("T")

# Bad rows listed on the check page; the count above says how many there are.
MAX_ROWS_LISTED = 1000


class CheckPage(QWizardPage):
    """The dry run: what would be imported, and every row that cannot be."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Nothing has been written yet."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.progress = QProgressBar()
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary")
        self.summary_label.setWordWrap(True)
        self.errors_label = QLabel()
        self.errors_model = QStringListModel(self)
        self.errors_view = QListView()
        self.errors_view.setObjectName("bad_rows")
        self.errors_view.setModel(self.errors_model)
        self.errors_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.skip_check = QCheckBox(self.tr("Skip these rows and import the others"))
        self.skip_check.setObjectName("skip_bad_rows")
        self.error_label = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.errors_label)
        layout.addWidget(self.errors_view, 1)
        layout.addWidget(self.skip_check)
        layout.addWidget(self.error_label)
        self.skip_check.toggled.connect(self.completeChanged)
        self.plan: ImportPlan | None = None

    def wizard(self) -> ImportWizard:  # type: ignore[override]
        return super().wizard()  # type: ignore[return-value]

    def initializePage(self) -> None:
        self.plan = None
        self.summary_label.setText(self.tr("Checking every row…"))
        self.errors_label.clear()
        self.errors_model.setStringList([])
        self.errors_view.hide()
        self.skip_check.hide()
        self.skip_check.setChecked(False)
        self.error_label.clear()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.wizard().start_plan(self, with_choices=True)
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        self.wizard().abandon(self)

    def job_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def job_finished(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.progress.hide()
        self.summary_label.setText(self._summary(plan))
        if plan.errors:
            self.errors_label.setText(
                self.tr("%n row(s) cannot be imported:", "", len(plan.errors))
            )
            self.errors_model.setStringList(
                [
                    fill(self.tr("Line %1: %2"), str(e.line), e.message)
                    for e in plan.errors[:MAX_ROWS_LISTED]
                ]
            )
            self.errors_view.show()
            self.skip_check.setVisible(bool(plan.deals))
        self.completeChanged.emit()

    def job_failed(self, error: Exception) -> None:
        self.progress.hide()
        self.summary_label.clear()
        self.error_label.setText(error_text(error))
        self.completeChanged.emit()

    def _summary(self, plan: ImportPlan) -> str:
        lines = [
            fill(
                self.tr("%n deal(s) will be imported into “%1”.", "", len(plan.deals)),
                plan.pipeline,
            )
        ]
        statuses = (
            (self.tr("open"), "open"),
            (self.tr("won"), "won"),
            (self.tr("lost"), "lost"),
            (self.tr("deleted"), "archived"),
        )
        counts = [
            fill(self.tr("%1: %2"), text, plan.by_status[key])
            for text, key in statuses
            if key in plan.by_status
        ]
        if counts:
            lines.append(", ".join(counts))
        if plan.currency:
            lines.append(fill(self.tr("Values without a currency are in %1."), plan.currency))
        lines.append(
            fill(
                self.tr("New clients: %1; matched to existing clients: %2"),
                len(plan.people),
                plan.matched_clients,
            )
        )
        if plan.new_stages:
            names = ", ".join(s.name for s in plan.new_stages)
            lines.append(fill(self.tr("New stages: %1"), names))
        if plan.new_pipelines:
            lines.append(fill(self.tr("New pipelines: %1"), ", ".join(plan.new_pipelines)))
        if plan.new_owners:
            lines.append(fill(self.tr("New owners: %1"), ", ".join(plan.new_owners)))
        if plan.dates_ambiguous:  # no day above 12 in the file: say how it was read
            lines.append(
                self.tr("Dates such as 03/04/2026 were read month first (4 March), as your "
                        "language writes them; the file could be read either way.")
                if plan.date_order == "month-first"
                else self.tr("Dates such as 03/04/2026 were read day first (3 April), as your "
                             "language writes them; the file could be read either way.")
            )  # fmt: skip
        return "\n".join(lines)

    def isComplete(self) -> bool:
        plan = self.plan
        if plan is None or not plan.deals:
            return False
        return not plan.errors or self.skip_check.isChecked()


def locale_date_order() -> str:
    """How the person's language writes a short date: M/d/yy is month first."""
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat).lower().lstrip("0 ")
    return "month-first" if short.startswith("m") else "day-first"


class ImportPage(ImportProgressPage):
    """Writes the checked plan with a progress bar and a Cancel button."""

    def wizard(self) -> ImportWizard:  # type: ignore[override]
        return super().wizard()  # type: ignore[return-value]

    def job_finished(self, result: ImportResult) -> None:
        self.result = result
        self.finish(
            "\n".join(
                [
                    self.tr("Imported %n deal(s).", "", result.deals),
                    fill(
                        self.tr("New clients: %1, new stages: %2, new pipelines: %3."),
                        result.new_clients,
                        result.new_stages,
                        result.new_pipelines,
                    ),
                ]
            )
        )
        self.wizard().imported.emit(result.deals)


class ImportWizard(WizardJobs, QWizard):
    """Emits `imported(count)` after deals were written, so windows can refresh."""

    imported = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._undo_stack = undo_stack
        self.setWindowTitle(self.tr("Import deals"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        # The import page has its own Cancel button for the running import.
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.preview: CsvTable | None = None
        self._table: CsvTable | None = None
        self._table_key: tuple | None = None
        self._init_jobs()

        self.file_page = FilePage()
        self.mapping_page = MappingPage()
        self.stages_page = StagesPage()
        self.check_page = CheckPage()
        self.import_page = ImportPage()
        for page in (
            self.file_page,
            self.mapping_page,
            self.stages_page,
            self.check_page,
            self.import_page,
        ):
            self.addPage(page)
        self.resize(760, 600)

    # -- what the pages share (`ui.imports.host.WizardHost`) ----------------------

    def read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return self.ctx.read(fn, *args, **kwargs)

    def set_preview(self, table: CsvTable) -> None:
        self.preview = table

    def options(self, *, with_choices: bool) -> ImportOptions:
        stages = self.stages_page
        mapping = self.mapping_page.mapping()
        return ImportOptions(
            pipeline=self.mapping_page.pipeline(),
            stage_map=stages.stage_map() if with_choices else {},
            won_words=stages.won_words(),
            lost_words=stages.lost_words(),
            timezone=tzlocal(),  # the file's times are the wall clock of whoever exported it
            currency=self.mapping_page.currency() if "currency" not in mapping else None,
            region=locale_region(),
            locale_date_order=locale_date_order(),
        )

    def start_plan(self, page: StagesPage | CheckPage, *, with_choices: bool) -> None:
        """Read the whole file (once) and check every row, off the UI thread."""
        file_page = self.file_page
        key = (str(file_page.path()), file_page.encoding(), file_page.delimiter())
        cached = self._table if key == self._table_key else None
        mapping = self.mapping_page.mapping()
        options = self.options(with_choices=with_choices)
        read = self.ctx.read

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]):
            def report(done: int, total: int) -> None:
                if cancelled():
                    raise ImportCancelled("The check was cancelled.")
                progress(done, total)

            table = cached or read_csv(key[0], encoding=key[1], delimiter=key[2])
            plan = read(plan_import, table, mapping, options, progress=report)
            return key, table, plan

        self._start(page, job)

    def start_import(self, page: ImportPage) -> None:
        checked = self.check_page.plan
        assert checked is not None
        plan = dataclasses.replace(checked, skip_bad_rows=self.check_page.skip_check.isChecked())
        # Through the operations door, off the UI thread: once written, every
        # screen hears of it (an import touches deals, clients, stages).
        op = Op(
            QCoreApplication.translate("ImportWizard", "Import deals"),
            apply_import,
            (plan,),
            {"now": self.ctx.now()},
            changes=Changes(everything=True),
        )
        self._start(page, None, worker=background_worker(self.ctx, op, undo_stack=self._undo_stack))

    def importing(self) -> bool:
        return self.running(self.import_page)

    def _unpack(self, result: Any) -> Any:
        if isinstance(result, tuple):  # a plan job: keep the file read for the next check
            self._table_key, self._table, result = result
        return result

    # -- closing ---------------------------------------------------------------

    def reject(self) -> None:
        """Cancel while importing stops the import (which then rolls back) and
        keeps the wizard open to say so; otherwise it closes."""
        if self.importing():
            self.import_page.cancel()
            return
        for page in (self.stages_page, self.check_page):
            self.abandon(page)
        super().reject()

    def done(self, result: int) -> None:
        self._pool.waitForDone()
        super().done(result)
