"""Clients › Find duplicates…: groups of likely duplicates with the reason and
a score, found off the UI thread with progress and cancel; a group opens the
merge dialog, and Ctrl+Z undoes a merge."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
)
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from funnel.customers.duplicates import (
    DuplicateGroup,
    DuplicateSearchCancelled,
    Reason,
    find_duplicates,
)
from funnel.errors import FunnelError
from ui.clients.merge_dialog import MergeDialog
from ui.context import AppContext, Changes
from ui.lists.lazy import LEFT, RIGHT
from ui.messages import error_text
from ui.operations.clients import merge
from ui.operations.worker import Worker

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def reason_text(reason: Reason | str) -> str:
    texts = {
        Reason.SAME_PHONE: QCoreApplication.translate("DuplicateGroupsModel", "same phone"),
        Reason.SAME_EMAIL: QCoreApplication.translate("DuplicateGroupsModel", "same e-mail"),
        Reason.NAME_COMPANY: QCoreApplication.translate(
            "DuplicateGroupsModel", "similar name + same company"
        ),
        Reason.NAME_PHONE: QCoreApplication.translate(
            "DuplicateGroupsModel", "similar name + similar phone"
        ),
        Reason.NAME_EMAIL: QCoreApplication.translate(
            "DuplicateGroupsModel", "similar name + similar e-mail"
        ),
        Reason.NAME_BIRTHDAY: QCoreApplication.translate(
            "DuplicateGroupsModel", "similar name + same birthday"
        ),
    }
    try:
        return texts[Reason(reason)]
    except ValueError:  # a reason a later version wrote
        return str(reason)


class DuplicateGroupsModel(QAbstractTableModel):
    """One row per group: score, why, who, their phones and e-mails."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.groups: list[DuplicateGroup] = []
        self._headers = [
            (self.tr("Score"), RIGHT),
            (self.tr("Why"), LEFT),
            (self.tr("Clients"), LEFT),
            (self.tr("Phones and e-mails"), LEFT),
        ]

    def reason_text(self, reason: Reason) -> str:
        return reason_text(reason)

    def set_groups(self, groups: list[DuplicateGroup]) -> None:
        self.beginResetModel()
        self.groups = list(groups)
        self.endResetModel()

    def remove_group(self, row: int) -> None:
        self.beginRemoveRows(_ROOT, row, row)
        del self.groups[row]
        self.endRemoveRows()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.groups)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = self.groups[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._headers[column][1]
        if role == Qt.ItemDataRole.UserRole:
            return group.client_ids
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return str(group.score)
        if column == 1:
            return ", ".join(self.reason_text(r) for r in group.reasons)
        if column == 2:
            sep = "\n" if role == Qt.ItemDataRole.ToolTipRole else " · "
            return sep.join(
                f"{m.name} ({m.company})" if m.company else m.name for m in group.members
            )
        contacts = dict.fromkeys(c for m in group.members for c in (*m.phones, *m.emails))
        return ", ".join(contacts)


class DuplicatesDialog(QDialog):
    """The groups; "Merge…" (or a double-click) opens the merge of one."""

    def __init__(self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = undo_stack
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Duplicate clients"))
        self.worker: Worker | None = None
        self._running: dict[int, Worker] = {}  # kept alive until their thread ends
        self._pool = QThreadPool(self)
        self._token = 0
        self._merging = False
        self._reason = ""
        self.merge_dialog: MergeDialog | None = None

        self.status = QLabel()
        self.status.setObjectName("duplicatesStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelSearch")
        self.cancel_button.clicked.connect(self.cancel)
        self.search_button = QPushButton(self.tr("Search again"))
        self.search_button.setObjectName("searchAgain")
        self.search_button.clicked.connect(self.start)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.search_button)

        self.model = DuplicateGroupsModel(self)
        self.view = QTableView()
        self.view.setObjectName("duplicateGroups")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 230)
        header.resizeSection(3, 260)
        self.view.doubleClicked.connect(lambda index: self.open_merge(index.row()))

        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self._merge_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        hint = QLabel(self.tr("A merge can be undone with Ctrl+Z."))
        hint.setEnabled(False)
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.merge_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.resize(1000, 560)

        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.activated.connect(self.undo_stack.undo)
        redo = QShortcut(QKeySequence(QKeySequence.StandardKey.Redo), self)
        redo.activated.connect(self.undo_stack.redo)
        ctx.changed.connect(self._on_changed)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # searching ----------------------------------------------------------------
    def start(self) -> None:
        """Look for duplicates off the UI thread; the list fills when done."""
        self.cancel()
        self._token += 1
        ctx = self.ctx
        self.worker = Worker(
            lambda progress, cancelled: ctx.read(
                find_duplicates, progress=progress, cancelled=cancelled
            ),
            self._token,
        )
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.finished.connect(self._finished)
        self.worker.signals.failed.connect(self._failed)
        self._running[self._token] = self.worker
        self.status.setText(self.tr("Looking for duplicates…"))
        self.progress.setRange(0, 0)
        self._searching(True)
        self._pool.start(self.worker)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def is_searching(self) -> bool:
        return self.progress.isVisible()

    def _searching(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
        self.search_button.setVisible(not on)
        self._update_buttons()

    def _progress(self, token: int, done: int, total: int) -> None:
        if token == self._token:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _finished(self, token: int, groups: list[DuplicateGroup]) -> None:
        self._running.pop(token, None)
        if token != self._token:
            return
        self.worker = None
        self._searching(False)
        self.model.set_groups(groups)
        self._show_count()
        if groups:
            self.view.selectRow(0)
            self.view.setFocus()

    def _failed(self, token: int, exc: Exception) -> None:
        self._running.pop(token, None)
        if token != self._token:
            return
        self.worker = None
        self._searching(False)
        if isinstance(exc, DuplicateSearchCancelled):
            self.status.setText(self.tr("Stopped. Search again to see the groups."))
        else:
            self.status.setText(error_text(exc))

    def _show_count(self) -> None:
        n = self.model.rowCount()
        self.status.setText(
            self.tr("%n group(s) of likely duplicates.", "", n)
            if n
            else self.tr("No duplicates found.")
        )

    # merging ---------------------------------------------------------------------
    def _update_buttons(self, *_: Any) -> None:
        self.merge_button.setEnabled(
            not self.is_searching() and bool(self.view.selectionModel().selectedRows())
        )

    def _merge_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.open_merge(rows[0].row())

    def open_merge(self, row: int) -> MergeDialog | None:
        if not 0 <= row < self.model.rowCount():
            return None
        dialog = MergeDialog(self.ctx, self.model.groups[row].client_ids, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merge_chosen.connect(lambda keep, others, choices: self._merge(
            row, keep, others, choices))  # fmt: skip
        self._reason = ",".join(r.value for r in self.model.groups[row].reasons)
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def _merge(self, row: int, keep: int, others: list, choices: dict) -> None:
        self._merging = True
        try:
            merge(self.ctx, self.undo_stack, keep, others, choices, reason=self._reason)
        except FunnelError as exc:  # nothing was written: say why, stay open
            if self.merge_dialog is not None:
                self.merge_dialog.show_error(error_text(exc))
            return
        finally:
            self._merging = False
        if self.merge_dialog is not None:
            self.merge_dialog.accept()
        self.model.remove_group(row)
        self._show_count()

    def _on_changed(self, changes: Changes) -> None:
        # Another change (an undone merge, a client edited) may make or break
        # groups: look again, unless a search is on its way.
        if self._merging or not self.isVisible() or self.is_searching():
            return
        if changes.everything or changes.clients:
            self.start()

    def done(self, result: int) -> None:
        self.cancel()
        super().done(result)
