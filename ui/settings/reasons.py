"""Preferences › Reasons: the lists offered when a deal is lost or won.

Each list: Add (typed in place, Enter keeps it), rename (double-click or F2),
reorder (Move up/down, or drag), Retire (no longer offered; the deals that
carry it keep it, and so do the reports) and Restore. Beside each reason,
how many deals carry it. Both lists are saved when the person presses OK,
in one transaction and one undo step (`ui.operations.reasons`); a bad list
is said under it, naming the line, and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from funnel.errors import FunnelError
from funnel.pipeline.reasons import ReasonPlan, check_plan, list_reasons
from funnel.store.models import ReasonKind
from ui.context import AppContext
from ui.followups.fields import error_label
from ui.messages import error_text
from ui.operations.core import run_op
from ui.operations.reasons import edit_reasons_op
from ui.settings.reasons_model import ReasonDraft, ReasonsModel, ReasonsView, renamed_text


class ReasonsList(QWidget):
    """One list (lost or won) with its buttons."""

    edited = Signal()  # a line was added, moved, renamed, retired or restored

    def __init__(self, ctx: AppContext, kind: ReasonKind, title: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        name = kind.value
        self.title = QLabel(title)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.view = ReasonsView()
        self.view.setObjectName(f"{name}Reasons")
        self.title.setBuddy(self.view)
        self.model = ReasonsModel([])
        self.view.setModel(self.model)
        self.load()

        icon = self.style().standardIcon
        self.add_button = QPushButton(self.tr("Add"))
        self.retire_button = QPushButton(self.tr("Retire"))
        # Arrows only, so two lists fit side by side; the words are the tooltip.
        self.up_button = QPushButton(icon(QStyle.StandardPixmap.SP_ArrowUp), "")
        self.down_button = QPushButton(icon(QStyle.StandardPixmap.SP_ArrowDown), "")
        for button, words in ((self.up_button, self.tr("Move up")),
                              (self.down_button, self.tr("Move down"))):  # fmt: skip
            button.setToolTip(words + " (Ctrl+↑/↓)")
            button.setAccessibleName(words)
        for button, key in (
            (self.add_button, "add"),
            (self.retire_button, "retire"),
            (self.up_button, "up"),
            (self.down_button, "down"),
        ):
            button.setObjectName(f"{name}Reason{key.title()}")
            button.setAutoDefault(False)
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_by(step))
        self.add_button.clicked.connect(self.add)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.up_button.clicked.connect(lambda: self.move_by(-1))
        self.down_button.clicked.connect(lambda: self.move_by(1))
        self.show_retired = QCheckBox(self.tr("Show retired"))
        self.show_retired.setObjectName(f"{name}ShowRetired")
        self.show_retired.toggled.connect(self._hide_retired)
        self.error_label = error_label()
        self.error_label.setObjectName(f"{name}ReasonError")

        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.rowsMoved.connect(self._after_change)
        self.model.rowsInserted.connect(self._after_change)
        self.model.rowsRemoved.connect(self._after_change)
        self.model.dataChanged.connect(self._after_change)
        self.view.itemDelegate().closeEditor.connect(self._editor_closed)

        row = QHBoxLayout()
        for button in (self.add_button, self.retire_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.up_button, self.down_button):
            row.addWidget(button)
        self.view.setMinimumWidth(340)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.show_retired, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error_label)
        self._after_change()

    def load(self) -> None:
        rows = self.ctx.read(list_reasons, self.kind)
        self.saved = [ReasonPlan(r.text, r.id, r.retired) for r in rows]
        self.model.beginResetModel()
        self.model.drafts = [ReasonDraft.of(r) for r in rows]
        self.model.endResetModel()

    def plan(self) -> list[ReasonPlan]:
        return self.model.plan()

    def changed(self) -> bool:
        return self.plan() != self.saved

    # the person's actions ---------------------------------------------------
    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row))

    def add(self) -> None:
        self.show_problem(None)
        index = self.model.insert(self.model.active_count(), ReasonDraft(""))
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _editor_closed(self, _editor, _hint=None) -> None:
        row = self.current_row()
        if 0 <= row < len(self.model.drafts):
            draft = self.model.drafts[row]
            if draft.reason_id is None and not draft.text:  # an added line left empty
                self.model.remove(row)

    def toggle_retired(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        draft = self.model.drafts[row]
        if draft.reason_id is None and not draft.retired:
            self.model.remove(row)  # a line added in this edit just goes
            return
        retiring = not draft.retired
        self.model.set_retired(row, retiring)
        # Offered reasons stay on top, retired ones below them.
        target = len(self.model.drafts) - 1 if retiring else self.model.active_count() - 1
        self.model.move(row, target)
        self.select(target)
        if retiring and not self.show_retired.isChecked():
            visible = [r for r in range(len(self.model.drafts)) if not self.view.isRowHidden(r)]
            if visible:
                self.select(min(visible, key=lambda r: abs(r - row)))
        self._update_buttons()

    def move_by(self, step: int) -> None:
        row = self.current_row()
        if row < 0:
            return
        target = row + step
        while 0 <= target < len(self.model.drafts) and self.view.isRowHidden(target):
            target += step
        if 0 <= target < len(self.model.drafts) and self.model.move(row, target):
            self.select(target)

    # showing ----------------------------------------------------------------
    def _hide_retired(self) -> None:
        shown = self.show_retired.isChecked()
        for row, draft in enumerate(self.model.drafts):
            self.view.setRowHidden(row, draft.retired and not shown)
        self._update_buttons()

    def _after_change(self, *_args) -> None:
        self._hide_retired()
        self.edited.emit()

    def renames(self) -> list[str]:
        """What saving does to the deals of each renamed reason, in words."""
        return [renamed_text(d) for d in self.model.drafts if d.renamed and d.deals]

    def _update_buttons(self, *_args) -> None:
        row = self.current_row()
        has = row >= 0 and not self.view.isRowHidden(row)
        retired = has and self.model.drafts[row].retired
        self.retire_button.setText(self.tr("Restore") if retired else self.tr("Retire"))
        self.retire_button.setEnabled(has)
        visible = [r for r in range(len(self.model.drafts)) if not self.view.isRowHidden(r)]
        self.up_button.setEnabled(has and bool(visible) and row > visible[0])
        self.down_button.setEnabled(has and bool(visible) and row < visible[-1])

    def show_problem(self, error: FunnelError | None) -> None:
        self.error_label.setText(error_text(error) if error else "")
        self.error_label.setVisible(error is not None)
        if error is None:
            return
        line = error.params.get("second", error.params.get("line"))
        ordered = self.model.ordered()
        if isinstance(line, int) and 1 <= line <= len(ordered):
            draft = ordered[line - 1]
            if draft.retired:
                self.show_retired.setChecked(True)
            self.select(self.model.drafts.index(draft))
            self.view.setFocus()

    def check(self) -> bool:
        """The list is fit to save, or its problem is shown under it."""
        try:
            check_plan(self.plan())
        except FunnelError as exc:
            self.show_problem(exc)
            return False
        self.show_problem(None)
        return True

    def finish_editing(self) -> None:
        """Keep what is being typed when OK is pressed with an editor open."""
        editor = self.view.indexWidget(self.view.currentIndex())
        if editor is not None:
            self.view.commitData(editor)
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class ReasonsSettings(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, undo_stack: QUndoStack | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reasonsSettings")
        self.ctx = ctx
        self.undo_stack = undo_stack
        self.lost = ReasonsList(ctx, ReasonKind.LOST, self.tr("Why deals are lost"))
        self.won = ReasonsList(ctx, ReasonKind.WON, self.tr("Why deals are won"))
        hint = QLabel(
            self.tr(
                "These are offered when a deal is marked lost or won. Double-click a reason "
                "(or press F2) to rename it: the deals that carry it are renamed too, in "
                "reports as well. A retired reason is no longer offered, but its deals keep "
                "it and the reports still count them. Changes are saved when you press OK."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.error_label = error_label()
        self.error_label.setObjectName("reasonsError")
        self.renames_label = QLabel()
        self.renames_label.setObjectName("reasonRenames")
        self.renames_label.setWordWrap(True)
        for part in self.lists():
            part.edited.connect(self._show_renames)
        self._show_renames()
        lists = QHBoxLayout()
        lists.setSpacing(18)
        lists.addWidget(self.lost, 1)
        lists.addWidget(self.won, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(lists, 1)
        layout.addWidget(self.renames_label)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)

    def _show_renames(self) -> None:
        renames = [line for part in self.lists() for line in part.renames()]
        self.renames_label.setText("\n".join(renames))
        self.renames_label.setVisible(bool(renames))

    def lists(self) -> tuple[ReasonsList, ReasonsList]:
        return (self.lost, self.won)

    def check(self) -> bool:
        for part in self.lists():
            part.finish_editing()
        return all([part.check() for part in self.lists()])  # both lists say their problem

    def apply(self) -> bool:
        """Save the changed lists in one go; False (and the problem said) if
        a list is refused, with nothing saved."""
        if not self.check():
            return False
        plans = {part.kind: part.plan() for part in self.lists() if part.changed()}
        if not plans:
            return True
        try:
            run_op(self.ctx, edit_reasons_op(plans), self.undo_stack)
        except FunnelError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return False
        self.error_label.hide()
        for part in self.lists():
            part.load()
            part._after_change()
        return True
