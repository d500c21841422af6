"""File › Import clients… and File › Import purchases…: a wizard over
`funnel.imports.clients` and `funnel.imports.purchases`.

Pages: choose the file (CSV, XLSX, vCard) → match columns to fields → check
every row and see who is matched to an existing client and who is new (a dry
run) → import. Reading, checking and writing run on a thread pool, each in
its own transaction, so the window never freezes and a failed or cancelled
import writes nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QStringListModel, Signal
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

from funnel.imports.clients import ClientImportPlan, apply_client_import, plan_client_import
from funnel.imports.plan import ImportCancelled
from funnel.imports.purchases import (
    PurchaseImportPlan,
    apply_purchase_import,
    plan_purchase_import,
)
from funnel.imports.sources import read_table
from ui.context import AppContext, Changes
from ui.i18n import money_text
from ui.imports.customer_pages import CustomerColumnsPage, CustomerFilePage
from ui.imports.import_page import ImportProgressPage
from ui.imports.jobs import WizardJobs
from ui.imports.locale_defaults import locale_region
from ui.imports.pages import error_label, fill
from ui.messages import error_text
from ui.operations.core import Op, background_worker

MAX_ROWS_LISTED = 1000
Plan = ClientImportPlan | PurchaseImportPlan


class CustomerCheckPage(QWizardPage):
    """The dry run: who is new, who is matched, and every row that cannot be read."""

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
        for widget in (self.progress, self.summary_label, self.errors_label):
            layout.addWidget(widget)
        layout.addWidget(self.errors_view, 1)
        layout.addWidget(self.skip_check)
        layout.addWidget(self.error_label)
        self.skip_check.toggled.connect(self.completeChanged)
        self.plan: Plan | None = None

    def wizard(self) -> CustomerImportWizard:  # type: ignore[override]
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
        self.wizard().start_plan(self)
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        self.wizard().abandon(self)

    def job_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def job_finished(self, plan: Plan) -> None:
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
            self.skip_check.setVisible(self._has_work(plan))
        self.completeChanged.emit()

    def job_failed(self, error: Exception) -> None:
        self.progress.hide()
        self.summary_label.clear()
        self.error_label.setText(error_text(error))
        self.completeChanged.emit()

    def _has_work(self, plan: Plan) -> bool:
        if isinstance(plan, ClientImportPlan):
            return bool(plan.new_clients) or bool(plan.additions)
        return bool(plan.purchases)

    def _summary(self, plan: Plan) -> str:
        matched = fill(
            self.tr("New clients: %1; matched to existing clients: %2"),
            len(plan.new_clients),
            plan.matched,
        )
        if isinstance(plan, ClientImportPlan):
            lines = [matched]
            if not self._has_work(plan):
                lines.append(self.tr("Everyone in the file is already a client; nothing to add."))
            return "\n".join(lines)
        totals = ", ".join(money_text(v, c) for c, v in plan.totals().items())
        lines = [
            self.tr("%n purchase(s) will be imported.", "", len(plan.purchases))
            + (f" ({totals})" if totals else ""),
            matched,
        ]
        if plan.currency:
            lines.append(fill(self.tr("Amounts without a currency are in %1."), plan.currency))
        lines.append(
            fill(
                self.tr("Cancelled orders not counted: %1. Return lines not counted: %2."),
                plan.cancelled,
                plan.returns,
            )
        )
        if plan.already:
            lines.append(
                self.tr(
                    "%n order(s) were imported before and are left as they are.", "", plan.already
                )
            )
        return "\n".join(lines)

    def isComplete(self) -> bool:
        plan = self.plan
        if plan is None or not self._has_work(plan):
            return False
        return not plan.errors or self.skip_check.isChecked()


class CustomerImportPage(ImportProgressPage):
    """Writes the checked plan with a progress bar and a Cancel button."""

    def wizard(self) -> CustomerImportWizard:  # type: ignore[override]
        return super().wizard()  # type: ignore[return-value]

    def job_finished(self, result: Any) -> None:
        self.result = result
        if hasattr(result, "purchases"):
            text = self.tr("Imported %n purchase(s).", "", result.purchases)
            created, count = result.new_clients, result.purchases
        else:
            text = self.tr("Imported %n client(s).", "", result.created)
            created, count = result.created, result.created + result.matched
        text += "\n" + fill(
            self.tr("New clients: %1; matched to existing clients: %2"), created, result.matched
        )
        self.finish(text)
        self.wizard().imported.emit(count)


class CustomerImportWizard(WizardJobs, QWizard):
    """`kind` is "clients" or "purchases". Emits `imported(count)` after writing."""

    imported = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        kind: str = "clients",
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._undo_stack = undo_stack
        self.kind = kind
        self._init_jobs()
        if kind == "clients":
            self.setWindowTitle(self.tr("Import clients"))
        else:
            self.setWindowTitle(self.tr("Import purchases"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.preview = None
        self.file_page = CustomerFilePage()
        self.columns_page = CustomerColumnsPage(kind)
        self.check_page = CustomerCheckPage()
        self.import_page = CustomerImportPage()
        for page in (self.file_page, self.columns_page, self.check_page, self.import_page):
            self.addPage(page)
        self.resize(760, 600)

    def start_plan(self, page: CustomerCheckPage) -> None:
        path, options = self.file_page.path(), self.file_page.read_options()
        read, kind, region = self.ctx.read, self.kind, locale_region()
        columns = self.columns_page
        client_mapping, purchase_mapping = columns.client_mapping(), columns.purchase_mapping()
        currency = columns.currency() if "currency" not in purchase_mapping else None

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]):
            def report(done: int, total: int) -> None:
                if cancelled():
                    raise ImportCancelled("The check was cancelled.")
                progress(done, total)

            table = read_table(path, **options)
            if kind == "clients":
                return read(
                    plan_client_import, table, client_mapping, region=region, progress=report
                )
            return read(
                plan_purchase_import, table, purchase_mapping, currency=currency, region=region,
                progress=report,
            )  # fmt: skip

        self._start(page, job)

    def start_import(self, page: CustomerImportPage) -> None:
        checked = self.check_page.plan
        assert checked is not None
        plan = dataclasses.replace(checked, skip_bad_rows=self.check_page.skip_check.isChecked())
        clients = isinstance(plan, ClientImportPlan)
        # Through the operations door, off the UI thread: once written, every
        # screen that shows clients or purchases hears of it.
        op: Op[Any] = Op(
            self.tr("Import clients") if clients else self.tr("Import purchases"),
            apply_client_import if clients else apply_purchase_import,
            (plan,),
            {"now": self.ctx.now()},
            changes=Changes(everything=True),
        )
        self._start(page, None, worker=background_worker(self.ctx, op, undo_stack=self._undo_stack))

    def importing(self) -> bool:
        return self.running(self.import_page)

    def reject(self) -> None:
        if self.importing():
            self.import_page.cancel()
            return
        self.abandon(self.check_page)
        super().reject()

    def done(self, result: int) -> None:
        self._pool.waitForDone()
        super().done(result)
