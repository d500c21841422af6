"""The pipeline editor's small questions: where the deals of a removed stage
go, and a pipeline's name (and kind, for a new one)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from funnel.store.models import PipelineKind
from ui.deal_card.fields import FieldError
from ui.pipeline_editor.model import StageDraft


def kind_names() -> dict[str, str]:
    return {
        PipelineKind.SALES.value: QCoreApplication.translate(
            "PipelineEditor", "Sales: deals being worked on now"
        ),
        PipelineKind.FUTURE.value: QCoreApplication.translate(
            "PipelineEditor", "Future sales: parked deals waiting to return"
        ),
    }


class MoveDealsDialog(QDialog):
    """Removing a stage that holds deals: choose the stage they move to."""

    def __init__(
        self, stage: StageDraft, others: Sequence[StageDraft], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove stage"))
        self._others = list(others)
        self.intro = intro = QLabel(
            self.tr("Stage «%1» holds %n deal(s). Where should they go?", "", stage.deals).replace(
                "%1", stage.name
            )
        )
        intro.setWordWrap(True)
        self.target_box = QComboBox()
        self.target_box.setObjectName("moveTarget")
        for other in self._others:
            self.target_box.addItem(other.name, other.key)
        self.target_box.setMinimumWidth(260)
        note = QLabel(
            self.tr("Each move is written to the deal's history. Won and lost deals stay closed.")
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Remove and move deals")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Move them to:"), self.target_box)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def target(self) -> StageDraft:
        return self._others[self.target_box.currentIndex()]


class PipelineNameDialog(QDialog):
    """A pipeline's name; a new pipeline also chooses its kind. `taken` says
    whether a name is used by another pipeline."""

    def __init__(
        self,
        title: str,
        name: str,
        taken: Callable[[str], bool],
        *,
        ask_kind: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._taken = taken
        self.name_edit = QLineEdit(name)
        self.name_edit.setObjectName("pipelineName")
        self.name_edit.setMinimumWidth(300)
        self.name_edit.selectAll()
        self.error = FieldError()
        self.kind_box = QComboBox()
        for value, text in kind_names().items():
            self.kind_box.addItem(text, value)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), FieldError.wrap(self.name_edit, self.error))
        if ask_kind:
            form.addRow(self.tr("Kind:"), self.kind_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def accept(self) -> None:
        if not self.name():
            self.error.show_message(self.tr("A pipeline needs a name."))
        elif self._taken(self.name()):
            self.error.show_message(
                self.tr("A pipeline named «%1» already exists.").replace("%1", self.name())
            )
        else:
            super().accept()
